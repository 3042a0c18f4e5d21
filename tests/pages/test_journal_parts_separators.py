"""A journal's name before its locator parted by slashes or bars (``Journal / Volume 12 /
Issue 3 / March 2019, pp 45-67``, ``Journal | Vol. 4 | No. 2``, as many publisher platforms
print a citation line) names the container without the separator
(``comet.page.journal_head``); the byline above a locator names no journal."""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = "Heron nests of the northern fen\nAna Lindqvist\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Marsh Letters / Volume 12 / Issue 3 / March 2019, pp 45-67",
        "Marsh Letters | Volume 12 | Issue 3 | 2019",
        "Marsh Letters — Vol. 12, No. 3 (2019)",
    ],
)
def test_the_parts_separator_is_not_part_of_the_journals_name(line: str) -> None:
    csl = parse_record(PAGE.format(line=line)).to_csl()
    assert csl.get("container-title") == "Marsh Letters"
    assert (csl.get("volume"), csl.get("issue")) == ("12", "3")


def test_a_slash_inside_a_name_stays() -> None:
    csl = parse_record(PAGE.format(line="Wetlands/Marshes Review, Vol. 12, No. 3 (2019)")).to_csl()
    assert csl.get("container-title") == "Wetlands/Marshes Review"


@pytest.mark.parametrize(
    "line", ["/ Volume 12 / Issue 3 / 2019", "Volume 12, Issue 3, 2019", "12(3), 45-67"]
)
def test_the_byline_above_a_locator_names_no_journal(line: str) -> None:
    # the line above the numbers is the work's byline: its author, never the container
    csl = parse_record(PAGE.format(line=line)).to_csl()
    assert csl.get("container-title") is None
    assert [a["family"] for a in csl["author"]] == ["Lindqvist"]


def test_a_journals_name_between_the_byline_and_the_locator_stays() -> None:
    page = PAGE.format(line="Marsh Letters\nVol. 12 No. 3 (2019)")
    assert parse_record(page).to_csl().get("container-title") == "Marsh Letters"
