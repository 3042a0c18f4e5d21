"""A number read by position after the volume and before labelled pages is the issue
(``12:3, s. 45-67``, as Nordic catalogues write a host item's ``volume:issue``; ``12 (2019),
3, S. 45-67``, a German citation's volume, year and issue), not a page the labelled range
replaces (``comet.locators._items``)."""

from __future__ import annotations

import pytest

from comet import parse_locator


@pytest.mark.parametrize(
    "text",
    ["12:3, s. 45-67", "2019, 12:3, s. 45-67", "12 : 3, s. 45-67", "12 (2019), 3, S. 45-67"],
)
def test_a_number_between_the_volume_and_labelled_pages_is_the_issue(text: str) -> None:
    loc = parse_locator(text, strict=False).value
    assert loc is not None
    assert (loc.volume, loc.issue, str(loc.pages)) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("12, 345, pp. 345-350", "345-350"),  # the first page, repeated by the labelled range
        ("12, 1234, pp. 45-67", "45-67"),  # four digits: no issue's number
        ("12:3", "3"),  # no labelled pages: the number stays the page
        # (review) a count with its word between the volume and the pages: no issue
        ("12 (2019), 2. Aufl., S. 45-67", "45-67"),  # an edition
        ("Bd. 12 (2019), 3 Abb., S. 45-67", "45-67"),  # three figures
        ("Vol. 5 (2020), 3 figures, pp. 10-20", "10-20"),
    ],
)
def test_no_issue_where_the_number_is_a_page(text: str, pages: str) -> None:
    loc = parse_locator(text, strict=False).value
    assert loc is not None and loc.issue is None and str(loc.pages) == pages
