"""Dates a page prints but a year alone was read from: the date closing a labelled imprint
(``Publisher: Heron Centre, Marshtown, July 2021``: its month kept) and a submission history
whose years have two digits and whose line breaks inside it (``Accepted:`` / ``03/02/20
Published:24/06/20``). Invented records."""

from __future__ import annotations

import pytest

from comet import parse_record


def _issued(text: str) -> list[int] | None:
    got = parse_record(text).to_csl().get("issued")
    return got["date-parts"][0] if got else None


_PROCEEDINGS = (
    "Third Fen Conference on Wetland Studies\n"
    "Proceedings of the Third Fen Conference\n"
    "ISBN 978-86-81294-08-6\n"
)


@pytest.mark.parametrize(
    ("imprint", "expected"),
    [
        ("Publisher: Heron Centre for Science, Marshtown, FENLAND, July 2021", [2021, 7]),
        ("Publisher: Marshtown : Éditions du Héron, mars 2019", [2019, 3]),
        ("Publisher: Heron Centre for Science, Marshtown, 12 May 2018", [2018, 5, 12]),
    ],
)
def test_the_month_closing_a_labelled_imprint_is_kept(imprint: str, expected: list[int]) -> None:
    assert _issued(_PROCEEDINGS + imprint + "\n") == expected


@pytest.mark.parametrize(
    "imprint",
    [
        "Publisher: Heron Centre for Science, Marshtown, 2021",  # a bare year: the year
        "Publisher: Heron Centre for Science, Marshtown, 2021 (reprinted July 2023)",
    ],
)
def test_no_month_where_the_imprint_closes_with_its_year(imprint: str) -> None:
    assert _issued(_PROCEEDINGS + imprint + "\n") == [2021]


_ARTICLE = "Rev. Fen Stud., Marshtown v.42, e25, 2020\nDOI:10.5902/2179460X41699\n"


def test_a_history_with_two_digit_years_broken_over_lines() -> None:
    text = _ARTICLE + "Received 23/12/19 Accepted:\n03/02/20 Published:24/06/20\nAna Ruiz\n"
    assert _issued(text) == [2020, 6, 24]


def test_a_version_number_is_no_two_digit_date() -> None:
    text = _ARTICLE + "Guide version 3.02.20 for authors\nAna Ruiz\n"
    assert _issued(text) == [2020]  # the locator's year only
