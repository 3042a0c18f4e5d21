"""Locators printed in shapes the page reader missed (locator18): Hungarian's number-first
order (``12. évf. 3. sz. 45–67. o.``: ``hu.toml`` ``[locator]``), Ukrainian's volume, issue
and page words (``uk.toml``), the abbreviation ``Iss`` without its stop (``Vol 12, Iss 3, Pp
45-67``), and an issue label whose value is the issue's number and its date (``Issue: 3 ,
March 2021 )``, a publisher's ``Published in`` statement cut into labels). Invented pages;
the negative cases must give no locator."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locators import find_locators

ABSTRACT = (
    "Abstract\nWe studied the reed beds of three coastal marshes over ten years and found "
    "that grazing shaped their growth more than the tides did, which we discuss at length.\n"
)


def _csl(line: str) -> dict[str, object]:
    text = f"Grazing and Reed Growth in Coastal Marshes\nAna Lindqvist, Tomas Berg\n{line}\n"
    return parse_record(text + ABSTRACT).to_csl()


def _loc(csl: dict[str, object]) -> tuple[object, object, object]:
    return csl.get("volume"), csl.get("issue"), csl.get("page")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Mocsári Szemle, 12. évf. 3. sz. (2021), 45–67. o.", ("12", "3", "45-67")),
        ("Mocsári Szemle, 2021. 12. évf. 3. sz. 45–67. o.", ("12", "3", "45-67")),
        ("Вісник боліт, 2021, т. 12, № 3, с. 45–67", ("12", "3", "45-67")),
        ("Vol 12, Iss 3, Pp 45-67 (2021)", ("12", "3", "45-67")),
        (
            "Published in: Marsh Letters ( Volume: 12 , Issue: 3 , March 2021 )\nPage(s): 45 - 67",
            ("12", "3", "45-67"),
        ),
        ("Volume: 12\nIssue: 3 (2021)", ("12", "3", None)),
    ],
)
def test_locator_shapes(line: str, want: tuple[object, object, object]) -> None:
    assert _loc(_csl(line)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("12. évf. 1-2. sz.", ("12", "1-2", "None")),  # a double issue before its word
        ("Jg. 12. H. 3. S. 45-67", ("12", "3", "45-67")),  # German order kept
        ("Jg. 12. H. 3-4. S. 45-67", ("12", "3-4", "45-67")),
        ("Вестник. 2020. № 3. С. 45–67.", (None, "3", "45-67")),  # a year is no ordinal
        ("45-67 pp.", (None, None, "45-67")),  # a range before its pages word
        ("12 pp.", (None, None, "12 pp.")),  # a count stays a count
    ],
)
def test_number_first_grammar(text: str, want: tuple[object, object, object]) -> None:
    m = next(iter(find_locators(text)))
    assert (m.value.volume, m.value.issue, str(m.value.pages)) == want


@pytest.mark.parametrize(
    "line",
    [
        "Issue: 12 ways to keep a marsh wet",  # a heading, not a number and a date
        "Issue: 3 ways to drain a marsh in 2021",  # words after the number, no date
        "Mocsári Szemle 2021. 12. ülés",  # an ordinal before a word that is none of ours
        "Iss Lindqvist and the marsh, 2021",  # a name, not a word before a number
    ],
)
def test_no_locator(line: str) -> None:
    assert _loc(_csl(line)) == (None, None, None)
