"""The further values of a field that a record's table of rows prints one a line under it
(``Keywords: Reed beds`` / ``Salt marsh`` / ``Date: …``): values, no title
(``comet.page.table_values``). Invented records."""

from __future__ import annotations

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.table_values import table_value_lines

RECORD = (
    "Please use this identifier to cite this item: http://hdl.example.org/4411/77\n"
    "Title: Grazing Pressure and Reed Growth in Northern Salt Marshes\n"
    "Author(s): Quill, Mara\n"
    "Keywords: Reed beds\n"
    "Salt marsh ecology\n"
    "Grazing pressure\n"
    "Issue Date: 12-Mar-2011\n"
    "Publisher: University of Fenwick\n"
    "Abstract: Reed beds of three marshes were sampled over four seasons and compared.\n"
)


def _values(text: str) -> list[str]:
    page, _ = _prepare(text, None)
    return [page.layout.lines[i].text for i in sorted(table_value_lines(page))]


def test_the_keywords_under_their_row_are_values() -> None:
    assert _values(RECORD) == ["Salt marsh ecology", "Grazing pressure"]
    csl = parse_record(RECORD).to_csl()
    assert csl["title"] == "Grazing Pressure and Reed Growth in Northern Salt Marshes"


def test_authors_one_a_line_under_their_row() -> None:
    text = (
        "Title: Winter Herons of the Fens\nAuthors: Berg, Anna\nHolm, Jonas\n"
        "Date: 2019\nType: Article\n"
    )
    assert _values(text) == ["Holm, Jonas"]


def test_a_title_between_rows_of_one_value_stays() -> None:
    # (negative) a row of one value ('Type: Article') over an unlabelled line: no value's
    text = "Type: Article\nHeath Grazing in the Northern Uplands\nAuthors: Anna Berg\nDate: 2019\n"
    assert _values(text) == []


def test_a_blank_line_ends_the_table() -> None:
    # (negative) a blank line between: the line under it is no value of the row above
    text = (
        "Keywords: Reed beds\n\nHeath Grazing in the Northern Uplands\n"
        "Date: 2019\nPublisher: Fenwick Press\n"
    )
    assert _values(text) == []


def test_a_publisher_under_an_editors_row_is_no_name() -> None:
    # (negative) a field of persons goes on with names only: 'Fen Press' is none
    text = "Marsh Birds of the North\nEditors: Ola Berg, Kari Lunde\nFen Press\nISBN 978-3-030-86972-4\n"
    assert _values(text) == []
