"""A book's place in a numbered series printed by its title: ``Name #N`` on a line of its
own right over the title (as book databases head a book's page), and ``Name, <volume word>
N : Title`` opening the title (as shops title a volume of a series); the series is the
record's collection and the number its collection number (``comet.page.series_lines``).
Invented pages in several languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import resolve
from comet.page.series_lines import numbered_series


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Fenland Sagas #2", ("Fenland Sagas", "2")),
        ("Crónicas del Delta #0", ("Crónicas del Delta", "0")),
        ("Moorchroniken ＃12", ("Moorchroniken", "12")),
    ],
)
def test_a_number_sign_numbers_a_series_line(line: str, want: tuple[str, str]) -> None:
    assert numbered_series(line, resolve(None)) == want


@pytest.mark.parametrize(
    "line",
    [
        "#1 Bestseller",  # (negative) no name before the sign
        "Top 10 #1",  # (negative) a digit in the name
        "Fenland Sagas #2 and #3",  # (negative) more after the number
        "Reed beds#2",  # (negative) no space before the sign
    ],
)
def test_not_signed_series_lines(line: str) -> None:
    assert numbered_series(line, resolve(None)) is None


@given(st.text(max_size=120))
def test_numbered_series_takes_any_text(text: str) -> None:
    found = numbered_series(text, resolve(None))
    assert found is None or (isinstance(found[0], str) and found[1][:1].isdigit())


DATABASE_PAGE = (
    "Sign in\nJoin\nWant to read\nRate this book\n\nFenland Sagas #2\n\nThe Reed Cutter\n\n"
    "Mara Quill, Ivo Lent (Illustrator)\n\n4.12\n1,204 ratings\n\n"
    "A cutter of reeds finds a boat in the marsh that no one in the village remembers.\n\n"
    "312 pages, Paperback\n\nFirst published March 3, 2011\n"
)


def test_a_signed_series_line_over_the_title_numbers_the_book() -> None:
    csl = parse_record(DATABASE_PAGE).to_csl()
    assert csl["title"] == "The Reed Cutter"
    assert csl["collection-title"] == "Fenland Sagas"
    assert csl["collection-number"] == "2"


def test_a_signed_line_far_from_the_title_names_no_series() -> None:
    # (negative) a heading between the line and the title: the line is a list's, not the book's
    text = DATABASE_PAGE.replace(
        "Fenland Sagas #2\n\nThe Reed Cutter\n",
        "Fenland Sagas #2\n\nReaders also enjoyed\n\nThe Reed Cutter\n",
    )
    csl = parse_record(text).to_csl()
    assert csl["title"] == "The Reed Cutter"
    assert csl.get("collection-title") is None


def test_a_signed_line_under_the_title_names_no_series() -> None:
    # (negative) under the title on a page known for no book's: a list's line
    text = DATABASE_PAGE.replace(
        "Fenland Sagas #2\n\nThe Reed Cutter\n", "The Reed Cutter\n\nFenland Sagas #2\n"
    )
    assert parse_record(text).to_csl().get("collection-title") is None


def test_an_issue_sign_over_an_article_is_no_series() -> None:
    # (negative) a magazine's issue over its article's title
    text = (
        "Marsh Monthly\n\nIssue #3\n\nWhy herons nest in colonies\n\nBy Tom Heron\n\n"
        "Herons gather in colonies for safety, and the colonies move with the fish in spring.\n"
    )
    assert parse_record(text).to_csl().get("collection-title") is None


def test_a_journal_line_over_an_article_is_no_series() -> None:
    # (negative) an article page: a volume word's line over the title is the journal's
    text = (
        "Marsh Journal, Vol. 12\n\nTidal Notes on Reed Beds\n\nAnna Reed, Tom Heron\n\nAbstract\n"
        "We study reed beds in three estuaries over a decade of tides and storms, with results.\n"
    )
    assert parse_record(text).to_csl().get("collection-title") is None


@pytest.mark.parametrize(
    ("title", "series", "number"),
    [
        ("Les Marais, tome 4 : Le gué des saules", "Les Marais", "4"),
        ("Moorchroniken, Band 3: Das stille Wasser", "Moorchroniken", "3"),
        ("Crónicas del Delta, tomo 2: La orilla", "Crónicas del Delta", "2"),
        ("Fenland Sagas, Vol. 5: The Eel Weir", "Fenland Sagas", "5"),
    ],
)
def test_a_series_statement_opening_a_shop_title(title: str, series: str, number: str) -> None:
    text = (
        f"Accueil\nLivres\n\n{title}\n\nde Mara Quill\n\nBroché\n12,50 €\n\n"
        "Détails sur le produit\nÉditeur : Éditions du Héron (3 mars 2011)\n"
        "Broché : 48 pages\nISBN-13 : 978-2-8036-1052-5\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["collection-title"] == series
    assert csl["collection-number"] == number
    assert csl["title"].startswith(series)  # (the title stays whole)


def test_a_title_with_a_colon_but_no_numbered_series_has_no_collection() -> None:
    # (negative) 'Name: Subtitle' alone names no series
    text = (
        "Les Marais : une histoire\n\nde Mara Quill\n\nBroché\n12,50 €\n\n"
        "Détails sur le produit\nÉditeur : Éditions du Héron (3 mars 2011)\n"
        "ISBN-13 : 978-2-8036-1052-5\n"
    )
    assert parse_record(text).to_csl().get("collection-title") is None
