"""An age rating a shop prints after a book's title (``… 18+``) is no part of the title
(``comet.page.title_ends``). Invented pages; every title and name was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.title_ends import _age_mark

RULES = resolve(None)

_PAGE = """{title}
Ольга Северина
Издательство: Полярный круг
Год издания: 2022
ISBN: 978-5-00000-000-2
"""


@pytest.mark.parametrize("mark", [" 18+", " 16+", " 12+", " 6+", " 0+", "\u00a018+", " (16+)"])
def test_an_age_rating_after_the_title_is_cut(mark: str) -> None:
    title = "Зимний маяк на краю залива"
    rec = parse_record(_PAGE.format(title=title + mark))
    assert rec.to_csl()["title"] == title
    assert any(d.code == "title-end" and "age rating" in d.message for d in rec.diagnostics)


@pytest.mark.parametrize(
    "title",
    [
        "Programming in C++",  # glued to a word: the language's name
        "Reading for Readers Aged 13+",  # not a rating of the laws' scale
        "Counting to 18+ Ways",  # inside the title
        "18+",  # nothing before it
        "Winter 18+",  # one word before it: too short to tell
    ],
)
def test_a_title_of_its_own_keeps_its_end(title: str) -> None:
    assert _age_mark(title, RULES) is None


def test_a_number_after_a_function_word_is_the_titles() -> None:
    # negative: 'of 16+' ends a title's own phrase, not a shop's rating
    assert _age_mark("Wetland Songs: Volume 2 of 16+", RULES, frozenset({"of"})) is None


def test_no_age_rating_is_cut_off_a_page_of_no_book() -> None:
    # negative: no ISBN, no shop: a number with a plus ending a title is the title's
    text = "Rules of the fen games for players aged 12+\nFen Games Club\nThe rules of play.\n"
    assert parse_record(text).to_csl()["title"].endswith("12+")
