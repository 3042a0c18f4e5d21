"""Session 24 locator shapes: a page range after a spelled-out range word under the byline
(``Pages 45–67``, ``Seiten 5–18``, ``pp 12–29``), and a month's two-digit year after a
volume (``Vol. 7, March 98``) that is no second volume."""

from __future__ import annotations

import pytest

from comet.page import parse_record

TITLE = "Grazing and Reed Growth in Coastal Marshes"
BYLINE = "Jane Marlow and Peter Quill"
PROSE = (
    "Abstract\nWe study grazing and reed growth on coastal marshes over three seasons of "
    "field work at five sites.\n"
)


def _csl(*lines: str) -> dict[str, object]:
    return parse_record("\n".join(lines) + "\n" + PROSE).to_csl()


@pytest.mark.parametrize(
    ("line", "pages"),
    [
        ("Pages 45–67", "45-67"),
        ("pp 45-67", "45-67"),
        ("Seiten 112–130", "112-130"),
        ("Páginas 1234–1256", "1234-1256"),
    ],
)
def test_a_range_word_under_the_byline_gives_the_pages(line: str, pages: str) -> None:
    assert _csl(TITLE, BYLINE, line).get("page") == pages


@pytest.mark.parametrize(
    "lines",
    [
        # a pager under an archive's name: no byline between
        ("Tide Notes", "Archive: Storms", "Pages 1–3"),
        # the singular word and a count: a pager
        (TITLE, BYLINE, "Page 2 of 5"),
        # more after the range: no line of pages alone
        (TITLE, BYLINE, "Pages 45–67, Fenton, UK"),
    ],
)
def test_no_pages_from_a_pager_or_a_longer_line(lines: tuple[str, ...]) -> None:
    assert _csl(*lines).get("page") is None


def test_a_month_and_its_two_digit_year_are_no_volume() -> None:
    csl = _csl(TITLE, BYLINE, "Marsh Letters, Vol. 7, March 98, pp. 45-67")
    assert (csl.get("volume"), csl.get("page")) == ("7", "45-67")
