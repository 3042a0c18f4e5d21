"""Persian and Arabic type terms (``[types]`` of ``fa.toml`` and ``ar.toml``): a journal's
genre tag by the title and a type label's value name the work's type; a news agency's
one-word genre tag of a story names none. Every page, name and title here was written for
these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.vocab import parse_publication_type


@pytest.mark.parametrize(
    ("term", "csl"),
    [
        ("مقاله پژوهشی", "article-journal"),
        ("مقاله مروری", "article-journal"),
        ("پایان‌نامه کارشناسی ارشد", "thesis"),
        ("مقاله همایش", "paper-conference"),
        ("مجلة علمية", "article-journal"),
        ("رسالة ماجستير", "thesis"),
        ("فصل في كتاب", "chapter"),
    ],
)
def test_terms(term: str, csl: str) -> None:
    assert parse_publication_type(term).csl_type == csl


@pytest.mark.parametrize("word", ["گزارش", "تقرير", "کتاب", "كتاب"])
def test_news_genre_words_alone_name_no_type(word: str) -> None:
    # (negative) a news agency's genre tag of a story, a shop's or a menu's 'Book'
    assert parse_publication_type(word, strict=False).value is None


PROSE_FA = (
    "این پژوهش نقش باغ‌های شهری را در کاهش دمای تابستان بررسی می‌کند و داده‌های شش ایستگاه "
    "را در سه سال مقایسه می‌کند. نتایج نشان می‌دهد که باغ‌های بزرگ‌تر اثر بیشتری دارند و این "
    "اثر در شب بیشتر از روز است.\n"
)


def test_a_persian_journal_s_genre_tag_by_the_title() -> None:
    text = (
        "مقاله پژوهشی\n\nنقش باغ‌های شهری در کاهش دمای تابستان\n\n"
        "سارا احمدی، علی رضایی\n\n" + PROSE_FA
    )
    assert parse_record(text).to_csl()["type"] == "article-journal"


def test_a_persian_news_story_tagged_report_is_no_report() -> None:
    # (negative) 'گزارش' over a news story's headline: the agency's genre, no report
    text = "گزارش\n\nباغ‌های شهری دمای تابستان را کم می‌کنند\n\n۱۲ خرداد ۱۴۰۲\n\n" + PROSE_FA
    assert parse_record(text).to_csl()["type"] != "report"
