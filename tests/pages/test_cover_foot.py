"""A report's cover imprint at its foot: the issuing body, its city and the date on one line
(``Fen Institute of Marsh Research, Boston, MA, January 2020``, ``NATIONAL HERON AND MARSH
ADMINISTRATION WASHINGTON, D. C. • JULY 1975``): the body is the publisher, the city the
place, the date the issued date (:func:`comet.page.cover_place.cover_foot`). Every cover is
invented (the cities are real ones of the lexicon, the bodies and people are not)."""

from __future__ import annotations

import pytest

from comet import parse_record

_REPORT = (
    "FEN TECHNICAL NOTE FTN D-1234\n"
    "Tidal Marsh Drainage in the Lower Fen Basin\n"
    "A. R. Holloway\n"
    "Fen Flight Center\n"
    "{foot}\n"
    "\n"
    "Abstract\n"
    "This note describes the drainage of the lower fen basin over forty years of records, "
    "the gauges that measured it and what changed in the reeds.\n"
)


def _fields(foot: str) -> tuple[object, object, object]:
    c = parse_record(_REPORT.format(foot=foot)).to_csl()
    issued = c.get("issued")
    parts = issued["date-parts"][0] if issued else None
    return c.get("publisher"), c.get("publisher-place"), parts


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        (
            "NATIONAL HERON AND MARSH ADMINISTRATION WASHINGTON, D. C. • JULY 1975",
            ("NATIONAL HERON AND MARSH ADMINISTRATION", "WASHINGTON, D. C", [1975, 7]),
        ),
        (
            "Fen Institute of Marsh Research, Boston, MA, January 2020",
            ("Fen Institute of Marsh Research", "Boston", [2020, 1]),
        ),
        (
            "Fen Institute of Marsh Research • Boston • 2020",  # a bare year: no date read
            ("Fen Institute of Marsh Research", "Boston", None),
        ),
    ],
)
def test_a_cover_imprint_line(foot: str, expected: tuple[object, ...]) -> None:
    assert _fields(foot) == expected


@pytest.mark.parametrize(
    "foot",
    [
        "Fen Institute of Marsh Research • Boston • March 2020 • Room 12",  # a programme's venue
        "Visit Boston, March 2020",  # no body's name before the city
        "Ana Ruiz, Boston, March 2020",  # a person, no body
    ],
)
def test_no_cover_imprint(foot: str) -> None:
    publisher, _, _ = _fields(foot)
    assert publisher is None


def test_a_city_alone_gives_no_publisher() -> None:
    assert _fields("Boston, June 2015") == (None, "Boston", [2015, 6])
