"""A year printed by its last two digits after a month's name (``Vol. 7, March 98``): read
past, never a second volume (no date is made of it: its century is a guess)."""

from __future__ import annotations

import pytest

from comet.locators import find_locators


def _first(text: str) -> tuple[str | None, str | None, object, str | None]:
    found = list(find_locators(text))
    assert len(found) == 1, found
    loc = found[0].value
    issued = (loc.issued.year, loc.issued.month) if loc.issued else None
    return loc.volume, loc.issue, issued, loc.pages.raw if loc.pages else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fen Letters, Vol. 7, March 98, pp. 45-67", ("7", None, None, "45-67")),
        ("Vol. 7, No. 2, Dec. 87, pp. 4-9", ("7", "2", None, "4-9")),
        ("Heft 3, Juni 76, S. 4-9", (None, "3", None, "4-9")),
    ],
)
def test_a_month_and_two_digits_are_no_volume(text: str, expected: tuple[object, ...]) -> None:
    assert _first(text) == expected


def test_a_number_that_may_be_a_day_stays_no_year() -> None:
    # 'March 12' may be a day: no date of the twentieth century made up
    found = [m.value for m in find_locators("Vol. 7, March 12, pp. 4-9")]
    assert all(loc.issued is None for loc in found)


def test_a_volume_word_before_two_digits_stays_a_volume() -> None:
    assert _first("Vol. 98, pp. 4-9") == ("98", None, None, "4-9")


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("Band 12, Mai 45-67", "45-67"),
        ("Vol. 12, Dec 56–78", "56-78"),
        ("Vol. 44 May 56 - 70", "56-70"),
    ],
)
def test_a_month_and_a_range_of_two_digit_numbers_keeps_the_range(text: str, pages: str) -> None:
    """(negative, review24) ``Mai 45-67``: a range opens with the two digits, no year's
    last digits (the page range stays whole, never its end alone)."""
    found = [m.value for m in find_locators(text)]
    got = [loc.pages for loc in found if loc.pages is not None]
    assert [(p.first, p.last) for p in got] == [tuple(pages.split("-"))]
