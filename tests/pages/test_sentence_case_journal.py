"""A journal's name in sentence case before a whole citation's locator (a year, an issue or
a volume and the pages: ``Русская речь. 2010. № 5, С. 123 - 126``, as GOST and many
languages print it) names the container (``comet.page.journal_head``). Invented pages in
the shape of a journal archive's author page of the fresh ``proc6`` set."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.journal_head import _journal_head

PAGE = "А. Б. Морева. Гавань и её люди в прозе прошлого века\n{line}\n"


def test_a_sentence_case_journal_before_a_whole_citation() -> None:
    csl = parse_record(PAGE.format(line="Северная речь. 2010. № 5, С. 123 - 126")).to_csl()
    assert csl.get("container-title") == "Северная речь"
    assert csl.get("page") == "123-126"


def test_the_type_stays_a_journal_article_once_the_container_is_named() -> None:
    page = (
        "Малые реки Севера\nИванова А. П.\nСеверная речь. 2010. № 5. С. 123–126.\n"
        "Аннотация\nСтатья рассматривает историю малых рек Севера и их значение для "
        "местных жителей.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") == "Северная речь"
    assert csl["type"] == "article-journal"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence's end before the numbers: function words, no name
        "Данные опубликованы в журнале. 2010. № 5, С. 123 - 126",
    ],
)
def test_no_journal_from_a_sentence_before_a_citation(line: str) -> None:
    assert parse_record(PAGE.format(line=line)).to_csl().get("container-title") is None


@pytest.mark.parametrize(
    "page",
    [
        # (review) a document's title over a council's approval: no authors by the numbers
        "Положение о конкурсе\nУтверждено решением совета. 2023. № 4, С. 12-15.\n",
        # (review) a department's news item citing a rector's order
        "Новости кафедры\nДоцент Н. В. Орлова получила грант\n15 марта 2024\n"
        "Грант поддержит исследование малых рек Севера. Ранее результаты работы были "
        "опубликованы в статье в журнале.\nПриказ ректора. 2024. № 15, С. 1-2.\n"
        "Поздравляем коллегу!\n",
        # (review) an author's bio listing her paper
        "O autorce\nAnna Wrona jest językoznawczynią i tłumaczką. Ostatnio opublikowała:\n"
        "Mowa potoczna. 2019. nr 3, s. 45-67.\nKontakt: anna.wrona@example.pl\n",
    ],
)
def test_no_sentence_case_journal_without_the_works_authors(page: str) -> None:
    assert parse_record(page).to_csl().get("container-title") is None


@pytest.mark.parametrize(
    ("head", "whole", "expect"),
    [
        ("Język polski. ", True, "Język polski"),
        ("Język polski. ", False, ""),  # an issue alone after it: sentence case is prose
        ("Results were reported in ", True, ""),
        ("All samples were dissolved in ", True, ""),
        ("Our results, shown. ", True, ""),
    ],
)
def test_sentence_case_heads(head: str, whole: bool, expect: str) -> None:
    assert _journal_head(head, _loc.all_rules(), whole_citation=whole) == expect


def test_a_journal_in_book_title_marks_before_the_sites_words() -> None:
    # a Chinese journal's site heads the article with the name in title marks and its own
    # words after them ('… official site ››'): the name the marks hold is the journal
    page = (
        "《湿地研究》唯一官方网站 ›› 2021, Vol. 9 ›› Issue (2): 45-67.\n"
        "湿地中的鸟类迁徙研究\n张三, 李四\n"
    )
    assert parse_record(page).to_csl().get("container-title") == "湿地研究"


def test_title_marks_inside_a_line_are_no_journal_head() -> None:
    # marks that do not open the text before the locator: the usual reading
    head = "本文引自《湿地研究》 "
    assert _journal_head(head, _loc.all_rules()) != "湿地研究"


def test_a_named_container_with_an_issue_and_no_authors_stays_untyped() -> None:
    # a news item quoting a regulation's number and its articles: no authored work, so the
    # container, issue and 'pages' read from it make no journal article
    page = (
        "首页\n法治\n新规下月起施行\n2024年3月1日\n《湿地保护条例》2024年第3号 第12-15条\n"
        "根据新规，居民小区的绿地不得随意改作停车场。\n"
    )
    assert parse_record(page).to_csl()["type"] != "article-journal"
