"""A labelled title that a record wraps over two lines (a report's résumé: the label over its
value, the fields apart by blank lines) is read whole (``comet.page.label_wraps``). Every
page, name, title and number here is invented."""

from __future__ import annotations

from comet import parse_record

RESUME = """REPORT RESUME

ED 123 456

AUTHOR

Lindqvist, Ana; Berg, Tomas

TITLE

Tidal Profits in Estuarine Marshes: Connecting
Fishers, Wardens, Tourists, and Harbour Boards.

INSTITUTION

Northbay Coastal Institute, Lugo.

PUB DATE

May 2019
"""


def test_a_title_wrapped_over_two_lines_is_read_whole() -> None:
    csl = parse_record(RESUME).to_csl()
    assert csl["title"].rstrip(".") == (  # (the record's full stop: the comparer's matter)
        "Tidal Profits in Estuarine Marshes: Connecting "
        "Fishers, Wardens, Tourists, and Harbour Boards"
    )


def test_a_title_ending_its_sentence_stays_one_line() -> None:
    page = RESUME.replace(": Connecting\n", ".\n")
    csl = parse_record(page).to_csl()
    assert csl["title"].rstrip(".") == "Tidal Profits in Estuarine Marshes"


def test_rows_without_blank_lines_are_one_field_a_line() -> None:
    page = """Title
Tidal Profits in Estuarine Marshes
Second edition
Author
Lindqvist, Ana
Publisher
Northbay Press, 2011
"""
    assert parse_record(page).to_csl()["title"] == "Tidal Profits in Estuarine Marshes"
