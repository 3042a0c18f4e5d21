"""The work's title at the start of the page's head line, before the site's name after a
separator (``Title - Site``, ``Title | Type | Site``); a long part, a number, names or
interface words after or before the separator make no such title (invented pages)."""

from __future__ import annotations

import pytest

from comet import parse_record

REPORT = """Tidal Courts and Their Shepherds in the Northern Fens - Owlton Centre for Fen Studies Paper ...

Page loading Ida Moelund

Owlton Centre for Fen Studies
Paper 3/2020

Tidal Courts and Their Shepherds in the
Northern Fens

Ida Moelund

Summary
The courts of the fens decided on grazing and tides for three hundred years.
"""


def _title(text: str) -> str | None:
    return parse_record(text).to_csl().get("title")


def test_the_head_line_part_the_page_prints_again_is_the_title() -> None:
    assert _title(REPORT) == "Tidal Courts and Their Shepherds in the Northern Fens"


def test_a_page_that_is_its_head_line() -> None:
    assert _title("Tidal Courts of the North | Conference Paper | Fen Library") == (
        "Tidal Courts of the North"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Home - About us - Contact",  # a menu
        "Tidal Courts of the North | Fen Review 12(3): 4-9",  # a citation after it
        "Ida Moelund - Owlton Centre for Fen Studies",  # a name before it
    ],
)
def test_near_misses_are_no_head_line_title(line: str) -> None:
    title = _title(line) or ""
    assert title not in {"Tidal Courts of the North", "Home", "Ida Moelund"}


def test_a_long_part_after_the_dash_stays_with_the_title() -> None:
    line = "Tidal Courts of the North - A Study of Grazing Rights and Tides in Four Fen Parishes"
    assert _title(line) != "Tidal Courts of the North"
