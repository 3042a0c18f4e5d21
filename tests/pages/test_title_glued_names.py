"""A title line with its author's name glued after it (``comet.page.title_glued_names``):
the name is cut from the title where the page proves it a byline. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.title_glued_names import glued_name_start


def _head(line: str, rest: str = "") -> str | None:
    page, _ = _prepare(f"{line}\n\n{rest}", None)
    at = glued_name_start(line, page)
    return None if at is None else line[:at].rstrip()


@pytest.mark.parametrize(
    ("line", "rest", "title"),
    [
        # named again on the page
        ("Tidewater Almanac Ines Calloway", "Author: Ines Calloway\n", "Tidewater Almanac"),
        # an affiliation's mark after the family name, another name after it
        ("Winter herons of the lakes Ruth Penn1 , Ola Berg2", "", "Winter herons of the lakes"),
        # initials, then the affiliation
        (
            "Reed counts in the northern fens J. Harrow Fenland Research Institute, Leeds",
            "",
            "Reed counts in the northern fens",
        ),
        # at the line's end after a long title
        (
            "Tasas de marea como medida del caudal Tomás R. Quevedo",
            "",
            "Tasas de marea como medida del caudal",
        ),
    ],
)
def test_a_glued_name_is_cut(line: str, rest: str, title: str) -> None:
    assert _head(line, rest) == title


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Letters to Ines Calloway", "Author: Ines Calloway\n"),  # after a function word
        ("Essays on Reading Henry James", ""),  # a short title, nothing proves the name
        ("Tidewater Almanac Ines Calloway wrote in 1910", "Ines Calloway\n"),  # a sentence
        ("Tidewater Almanac: Ines Calloway", "Ines Calloway\n"),  # a subtitle after a colon
        ("A Study of Invented Owls", ""),
        ("Tidewater Almanac Ines Calloway", ""),  # two words, the name not named again
    ],
)
def test_no_name_is_cut(line: str, rest: str) -> None:
    assert _head(line, rest) is None


def test_a_product_heading_with_its_author() -> None:
    page = (
        "Tidewater Almanac Ines Calloway\n\n"
        "Author: Ines Calloway\nPublisher: Fenwick House\nISBN 9780000000002\n"
    )
    assert parse_record(page).to_csl()["title"] == "Tidewater Almanac"
