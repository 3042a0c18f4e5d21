"""A book's series statement printed as a line of its own by the title, ``Name, <volume
word> <number>`` (``Fenland Studien, Band 7``): the collection and its number, never a
byline's names nor the title (``comet.page.series_lines``). Invented pages in the shape of
publishers' and shops' book pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.series_lines import numbered_series

PAGE = (
    "Marschland im Wandel\n\nFenland Studien, Band 7\nJonas Weber, Lea Brandt\n"
    "2019, 212 S., Softcover\nISBN 978-3-16-148410-0\n"
)


def test_a_series_line_names_the_collection_and_no_author() -> None:
    csl = parse_record(PAGE).to_csl()
    assert csl["title"] == "Marschland im Wandel"
    assert csl["collection-title"] == "Fenland Studien"
    assert csl["collection-number"] == "7"
    assert [a["family"] for a in csl["author"]] == ["Weber", "Brandt"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Fenland Studien, Band 7", ("Fenland Studien", "7")),
        ("Marsh Monographs, Vol. 12", ("Marsh Monographs", "12")),
        ("Cahiers du Marais, tome 3", ("Cahiers du Marais", "3")),
    ],
)
def test_series_lines(line: str, want: tuple[str, str]) -> None:
    assert numbered_series(line, resolve(None)) == want


@pytest.mark.parametrize(
    "line",
    [
        "Weber, Jonas",  # (negative) a name in inverted order
        "Berlin, 2019",  # (negative) a place and a year
        "Band 7",  # (negative) a numbering alone
        "Fenland Studien, Band 7 und 8",  # (negative) more after the number
    ],
)
def test_not_series_lines(line: str) -> None:
    assert numbered_series(line, resolve(None)) is None


def test_a_journal_line_is_no_article_s_collection() -> None:
    # (negative) an article page: no ISBN, no book; the journal's line names no collection
    text = (
        "Tidal Notes on Reed Beds\nMarsh Journal, Vol. 12\nAnna Reed, Tom Heron\n\nAbstract\n"
        "We study reed beds in three estuaries over a decade of tides and storms, with results.\n"
    )
    assert parse_record(text).to_csl().get("collection-title") is None


BOOK_RECORD = (
    "Reeds and Rivers\n\nSummary\n\nThe book studies reed beds in three estuaries over a decade "
    "of tides and storms, and what they tell of the coast.\n\nBibliographic data\n\n"
    "Copyright year\n2021\nISBN-Print\n978-3-16-148410-0\nPublisher\nHeron Press, Marshtown\n"
    "Series\nFenland Heritage\nVolume\n4\nLanguage\nEnglish\nPages\n212\n"
)


def test_a_volume_label_under_the_series_label_numbers_the_series() -> None:
    csl = parse_record(BOOK_RECORD).to_csl()
    assert csl["collection-title"] == "Fenland Heritage"
    assert csl["collection-number"] == "4"
    assert "volume" not in csl


def test_a_volume_label_away_from_the_series_stays_a_volume() -> None:
    # (negative) the volume label before the publisher, far from the series label
    text = BOOK_RECORD.replace(
        "Series\nFenland Heritage\nVolume\n4\n", "Series\nFenland Heritage\n"
    )
    text = text.replace("Copyright year\n2021\n", "Copyright year\n2021\nVolume\n4\n")
    csl = parse_record(text).to_csl()
    assert csl.get("collection-number") is None
    assert csl["volume"] == "4"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Les marais\n\nAna Ruiz\nÉditions du Héron\nCollection « Terres humides »\n"
            "ISBN 978-2-00-000000-6\n",
            "Terres humides",
        ),
        (
            "Marschland\n\nJonas Weber\nHeronsee Verlag, Reihe »Küste und Marsch«\n"
            "ISBN 978-3-16-148410-0\n",
            "Küste und Marsch",
        ),
    ],
)
def test_a_series_named_in_quotation_marks(text: str, want: str) -> None:
    assert parse_record(text).to_csl()["collection-title"] == want


def test_a_quoted_series_in_prose_of_no_book_page() -> None:
    # (negative) no ISBN: a text that mentions a collection names no collection of its own
    text = (
        "Les marais\n\nAna Ruiz\n\nUn texte de la collection « Terres humides » sur les marais, "
        "paru chez un petit éditeur de la côte.\n"
    )
    assert parse_record(text).to_csl().get("collection-title") is None


def test_a_multi_volume_works_heading_stays_the_title() -> None:
    # (negative) the page's heading has a series line's shape: a multi-volume work's title
    text = (
        "Flora der Marschen, Band 2\nJonas Weber\n2019, 212 S., Softcover\n"
        "ISBN 978-3-16-148410-0\nIn den Warenkorb\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["title"] == "Flora der Marschen, Band 2"
    assert [a["family"] for a in csl.get("author", [])] == ["Weber"]
    assert csl.get("collection-title") is None
