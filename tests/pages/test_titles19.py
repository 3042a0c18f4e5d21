"""Title lines (issue 13, session 19, titles19): shapes that recur across the wide sets.
Every page, name and title here was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.headline import _caseless, broken_headline_start
from comet.page.lines import Line

#: an invented abstract in Persian (a service-quality survey of university libraries)
FA_PROSE = (
    "هدف این پژوهش ارزیابی کیفیت خدمات کتابخانه های دانشگاهی از دیدگاه دانشجویان و استادان "
    "است و روش آن پیمایشی بوده و داده ها با پرسشنامه گردآوری شده است. "
    "یافته ها نشان داد که فاصله میان انتظارات کاربران و خدمات ارائه شده در همه ابعاد "
    "معنادار است و بیشترین فاصله در بعد کنترل اطلاعات دیده می شود. "
    "پیشنهاد می شود کتابخانه ها برای کاهش این فاصله برنامه ریزی کنند و منابع الکترونیکی "
    "بیشتری در دسترس کاربران قرار دهند تا رضایت آنان افزایش یابد و خدمات بهتر شود."
)
FA_SECOND = "اصفهان بر اساس مدل لیب کوال"


def _fa_article(first: str) -> str:
    """A journal's name, a title's two lines, the byline with affiliation marks, the
    abstract glued to its label."""
    return "\n".join(
        [
            "فصلنامه مطالعات کتابداری و علم اطلاعات",
            "",
            first,
            FA_SECOND,
            "مریم احمدی 1، علی رضایی2",
            "چکیده: " + FA_PROSE,
        ]
    )


def test_a_caseless_title_broken_over_two_lines_over_the_body_is_one_title() -> None:
    first = "ارزیابی کیفیت خدمات کتابخانه های دانشگاهی شهر"
    rec = parse_record(_fa_article(first))
    assert rec.title == first
    assert rec.subtitle == FA_SECOND


@pytest.mark.parametrize(
    "above",
    [
        "ورزش",  # one word over the headline: a kicker, a section's name
        "ارزیابی کیفیت خدمات کتابخانه های دانشگاهی:",  # a lead-in ending in a colon
        "ارزیابی کیفیت خدمات کتابخانه های دانشگاهی.",  # a sentence
        # a teaser of another story: the body shares one word with it ('افزایش'), not two
        "افزایش قیمت نفت در بازارهای جهانی ادامه دارد",
    ],
)
def test_a_kicker_or_a_sentence_over_a_caseless_headline_stays_apart(above: str) -> None:
    assert parse_record(_fa_article(above)).title == FA_SECOND


def test_a_cased_script_keeps_its_own_signals() -> None:
    first = Line(0, 0, 26, "Island Politics This Week", False)
    second = Line(1, 27, 70, "Council agrees to a second ferry", False)
    assert not broken_headline_start(second, first, True)
    assert not _caseless("Ferry 12") and _caseless("ارزیابی 12") and not _caseless("2024")


def _caps_cover(first: str, second: str) -> str:
    """A journal platform's article page: the title in capitals over two lines, no byline."""
    return "\n".join(
        [first, second, "DOI:", "https://doi.org/10.5555/rfx.v3i1.1234", "Palavras-chave:",
         "educação; políticas públicas"]
    )  # fmt: skip


def test_a_capitals_line_opening_with_a_function_word_goes_on_the_title_above() -> None:
    first = "POLÍTICAS DE PERMANÊNCIA ESTUDANTIL NAS UNIVERSIDADES FEDERAIS DO NORDESTE"
    rec = parse_record(_caps_cover(first, "UMA ANÁLISE DOS PROGRAMAS DE BOLSAS"))
    assert (rec.title or "").startswith(first)
    assert "UMA ANÁLISE DOS PROGRAMAS DE BOLSAS" in f"{rec.title} {rec.subtitle}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("BREAKING NEWS", "A STORM CLOSES THE COASTAL ROAD AGAIN"),  # a shorter tag above
        ("POLÍTICAS DE PERMANÊNCIA ESTUDANTIL NAS UNIVERSIDADES", "DO NORDESTE"),  # too short
    ],
)
def test_a_capitals_line_under_a_tag_or_a_short_one_stays_apart(first: str, second: str) -> None:
    from comet.page.parse import _prepare
    from comet.page.title_runs import _caps_run

    page, _ = _prepare(_caps_cover(first, second), None)
    assert _caps_run(page, 0) == []


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "This is the text file of report FEN-21-114 entitled 'Peat Water Levels: What "
            "Twenty Years of Gauges Show' which was released on March 3, 2021.",
            "Peat Water Levels: What Twenty Years of Gauges Show",
        ),
        (
            "Научная статья на тему 'ТОРФЯНЫЕ БОЛОТА СЕВЕРНОГО ПРИБРЕЖЬЯ'",
            "ТОРФЯНЫЕ БОЛОТА СЕВЕРНОГО ПРИБРЕЖЬЯ",
        ),
        (
            "Thèse intitulée « Les marais du littoral atlantique » (2019)",
            "Les marais du littoral atlantique",
        ),
    ],
)
def test_a_title_quoted_after_a_titling_phrase_in_the_head(head: str, title: str) -> None:
    # (under the head, the title glued to the site's subject line: the title and more)
    text = "\n".join([head, "", f"{title} Full text of the article in Earth sciences", "",
                      "Share", "Download"])  # fmt: skip
    assert _key_of(parse_record(text)) == _norm(title)


def _norm(text: str) -> str:
    return " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())


def _key_of(rec: object) -> str:
    title = getattr(rec, "title", None) or ""
    sub = getattr(rec, "subtitle", None) or ""
    return _norm(f"{title} {sub}")


@pytest.mark.parametrize(
    "text",
    [
        # a news story quoting a report's title in its body, far from the head
        "The Harbour Courier\nPolitics\nSport\nCouncil backs a second ferry\nBy Mara Quill\n"
        "The council discussed a report entitled 'Ferry Demand on the Island Routes' on Monday.",
        # a search for a title of two words
        "Search results\nBooks titled 'Fen birds'\n12 results\nFen birds of the east coast",
        # an apostrophe inside a word closes no quotation
        "Notes entitled 'Women's work in the fens\nFen Work and Fen Life\nBy Ana Ruiz",
        # news headlines and leads quoting the talk, show or book they report on (no
        # document of the page's own named before the phrase)
        "В музее прошла лекция на тему «Болота и города севера»\n14 мая 2024\nЛекцию "
        "прочитала Анна Петрова.",
        "Culture\nLe port rouvre son musée\nUne exposition intitulée « Le sel et la vase "
        "du port » ouvre samedi.\nPublié le 6 mai 2024",
        "Presentan un libro sobre la marisma\nLa autora presentó un libro titulado «La "
        "marisma de la ciudad vieja» ayer.",
        "Nowa książka o bagnach\nWydawnictwo wydało książkę pod tytułem „Bagna i miasto nocą”.",
    ],
)
def test_no_quoted_title_from_a_body_a_short_search_or_an_apostrophe(text: str) -> None:
    from comet.page.parse import _prepare
    from comet.page.quoted_title import quoted_titles

    page, _ = _prepare(text, None)
    assert quoted_titles(page) == []


@pytest.mark.parametrize(
    "value",
    [
        "Рецензия на книгу Anna Reed The Peat Roads of the East",  # a review of an English book
        "Обучение работе в системе Open Marsh Atlas for small teams",  # a software's name
    ],
)
def test_a_labelled_title_keeps_the_english_words_it_holds(value: str) -> None:
    text = "\n".join(["Название: " + value, "Автор: Анна Петрова", "Год: 2019"])
    rec = parse_record(text)
    assert _key_of(rec) == _norm(value)
