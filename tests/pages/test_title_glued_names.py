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


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a one-word author label with a capital opens the byline (a flattened head: the
        # issue's locator glued to the name)
        (
            "Contribution de Marie Lorrain (géographe) Par Marie Lorrainn° 4, 2031/2, pages 9 à 12",
            "Contribution de Marie Lorrain (géographe)",
        ),
        (
            "Winter herons of the northern lakes By Ruth Penn, Fen Institute",
            "Winter herons of the northern lakes",
        ),
        ("Garzas de invierno en los lagos Por Tomás Quevedo", "Garzas de invierno en los lagos"),
        # an asterisk operator (a typeset document's text) marks an affiliation
        (
            "Crowd Maps of Flooded Streets Ruth Penn∗ , Ola Berg∗ and Tomas Lund†",
            "Crowd Maps of Flooded Streets",
        ),
    ],
)
def test_a_label_or_a_typeset_mark_opens_the_glued_byline(line: str, title: str) -> None:
    assert _head(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Eine neue Studie über die Moore von Ines Calloway",  # a title's preposition
        "Portraits of the fens painted by Ines Calloway",
        "Winter herons of the lakes By Night",  # no name after the label
        "Herons By Ruth Penn",  # one word of title
        # title case: every word of content has a capital, and so may a preposition
        "Portraits of the Fens Inspired By Ines Calloway",
        "Songs of the Northern Lakes Written By Ruth Penn",
        "Die Moore Gemalt Von Ines Calloway",
    ],
)
def test_a_titles_preposition_is_no_label(line: str) -> None:
    assert _head(line) is None
