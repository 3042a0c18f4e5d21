"""The weakest signs of a record's type where nothing on the page names one
(``comet.page.type_records.unnamed_type``): a printed book's extent, a book's binding
labelled (its value may be cut away).
Invented pages in the shapes of a reading site's, a catalogue's and a bookseller's pages."""

from __future__ import annotations

import pytest

from comet import parse_record


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


# --- a book's extent ---------------------------------------------------------------------


def test_an_extent_alone_makes_a_book() -> None:
    text = (
        "The Salt Marsh Keepers\n\nOrla Fenwick\n\nWant to read\n\n"
        "A quiet novel about three sisters and a tide mill.\n\n288 pages, Paperback\n\n"
        "First published March 3, 1987\n"
    )
    assert _type(text) == "book"


def test_a_german_extent_makes_a_book() -> None:
    text = "Flurnamen am Unterlauf\n\nvon Wendelin Halbach\n\nErschienen 2004\n\n412 Seiten\n"
    assert _type(text) == "book"


def test_an_extent_with_no_maker_or_date_is_no_book() -> None:
    # (negative) a count of pages alone: a notebook's or a leaflet's too (beside a volume's
    # number, 'Bd. 3', it is a catalogued volume's: the type model's sign of a book,
    # tests/pages/test_type_signs.py)
    assert _type("Flurnamen am Unterlauf\n\n412 S. : Kt.\n") != "book"


def test_a_range_of_pages_is_no_extent() -> None:
    # (negative) a range of pages is an article's or a chapter's place, no book's extent
    text = (
        "Tide mills of the northern coast\n\nOrla Fenwick\n\npp. 45-67\n\n"
        "A survey of eleven mills and their ponds.\n"
    )
    assert _type(text) != "book"


def test_an_extent_beside_an_issn_is_no_book() -> None:
    # (negative) a periodical's identifier: no monograph's extent
    text = (
        "Coastal Notes Quarterly\n\nISSN 2049-3630\n\n96 pages\n\nA review of fenland drainage.\n"
    )
    assert _type(text) != "book"


def test_an_extent_under_the_prose_is_a_reviewed_book_s() -> None:
    # (negative) a review's box of the book it discusses, under the review's prose
    text = (
        "The salt marsh keepers, reviewed\n\nTom Lane\n\nOrla Fenwick's new novel follows "
        "three sisters through a long winter at a tide mill, and it is her best book yet.\n\n"
        "The Salt Marsh Keepers\n288 pages\n"
    )
    assert _type(text) != "book"


# --- a book's binding --------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Обложка:", "Einband:", "Binding:", "Encuadernación:", "装帧:"],
)
def test_a_binding_label_makes_a_book(label: str) -> None:
    text = f"Ветряные мельницы севера\n\nО. Фенвик\n\n{label}\n"
    assert _type(text) == "book"


def test_a_cover_image_caption_is_no_binding() -> None:
    # (negative) 'Обложка книги' is a cover image's caption, no binding label
    text = "Ветряные мельницы севера\n\nО. Фенвик\n\nОбложка книги\n"
    assert _type(text) != "book"


# --- no sign ---------------------------------------------------------------------------


def test_an_abstract_heading_alone_is_no_sign() -> None:
    # (negative) an abstract's heading alone is a book's blurb too: no journal article
    text = (
        "Tides of the Northern Sea\n\nAna Ruiz\n\nAbstract\n\n"
        "A history of the northern sea's tides and of the people who measured them.\n"
    )
    assert _type(text) != "article-journal"


def test_a_named_type_wins_over_every_sign() -> None:
    # (negative) a thesis named by its degree keeps its type: the signs are read only where
    # nothing names one
    text = (
        "Tide mills of the northern coast\n\nOrla Fenwick\n\n"
        "Doctoral thesis, University of Marshtown, 2011\n\n212 pages\n\nAbstract\n\n"
        "A survey of eleven tide mills.\n"
    )
    assert _type(text) == "thesis"
