"""Locator shapes of session 30 (invented journals and numbers): a number worth nothing is
no volume, a count of volumes is an extent, and a roman volume before an arabic issue."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet.errors import ErrorCode, ParseError
from comet.locators import find_locators, parse_locator


def _parts(text: str) -> tuple[object, ...]:
    loc = parse_locator(text)
    return (loc.volume, loc.issue, str(loc.pages) if loc.pages else None)


# --- a number worth nothing -------------------------------------------------------------


@pytest.mark.parametrize("text", ["0[0D", "0 0D", "00", "0(0B)", "0(4), 15-22", "build v0.3.1"])
def test_a_first_number_worth_nothing_places_no_number(text: str) -> None:
    # a zero where the volume would stand: junk (a version, a counter), so no number after
    # it is read by position either
    # lenient: no value, not-found; strict: a ParseError of that code
    lenient = parse_locator(text, strict=False)
    assert lenient.value is None
    assert lenient.error is not None and lenient.error.code == ErrorCode.NOT_FOUND
    with pytest.raises(ParseError):
        parse_locator(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Vol. 0, No. 1", ("0", "1", None)),  # labelled: read as printed
        ("Tome 0, pp. 5-9", ("0", None, "5-9")),
        ("12(0)", ("12", "0", None)),  # after a volume: as before
        ("No. 0, pp. 5-9", (None, "0", "5-9")),
    ],
)
def test_a_zero_elsewhere_is_read_as_before(text: str, parts: tuple[object, ...]) -> None:
    assert _parts(text) == parts


# --- a count of volumes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3 volumes, 812 f°",
        "Thèse, 2 volumes, 640 f°",
        "2 Bde.",
        "Tesis doctoral, 5 tomos, 1130 h.",
        "4 vols., 988 leaves",
    ],
)
def test_a_count_of_volumes_is_no_volume(text: str) -> None:
    res = parse_locator(text, strict=False)
    assert res.value is None or res.value.volume is None
    assert "locator-volume-count" in {d.code for d in res.diagnostics}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2 Bde., 345 S.", (None, None, "345 pp.")),  # labelled pages of the extent: a count
        ("Volumes 3-4", ("3-4", None, None)),  # the word before its value: a label
        ("2031 vol. 12", ("12", None, None)),  # a year before the label: no count
        ("2 vols., vol. 1: pp. 45-67", ("1", None, "45-67")),  # labelled parts still read
    ],
)
def test_a_volume_word_with_a_value_stays_a_label(text: str, parts: tuple[object, ...]) -> None:
    assert _parts(text) == parts


# --- a roman volume before an arabic issue -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("XXI, 2, 1998, págs. 33-50", ("XXI", "2", "33-50")),
        ("Cuadernos del Sur, XIV, 3, 2004, pp. 101-117", ("XIV", "3", "101-117")),
        ("Studia Paludum xii (3), 45-67", ("xii", "3", "45-67")),
        ("Annali LXX, 1, 1987, S. 9-30", ("LXX", "1", "9-30")),
    ],
)
def test_a_roman_volume_before_the_issue(text: str, parts: tuple[object, ...]) -> None:
    assert _parts(text) == parts
    found = [m.value for m in find_locators(f"(Publicado en {text})")]
    assert [(v.volume, v.issue) for v in found] == [parts[:2]]


@pytest.mark.parametrize(
    "text",
    [
        "Revista LI, 4, 2019",  # no pages after it: the roman stays a word
        "ZHANG, LI, 2019, 45-67",  # a year after it, no issue
        "Part II, 3 figures",
        "Cuadernos MD, 3, 2001, pp. 4-9",  # D and M: more often words than volumes
    ],
)
def test_no_roman_volume_without_its_shape(text: str) -> None:
    res = parse_locator(text, strict=False)
    assert res.value is None or res.value.volume not in ("LI", "II", "MD")


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=399),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=20, max_value=500),  # (a page that is the issue: read as the page)
)
def test_any_roman_volume_with_issue_and_pages(volume: int, issue: int, first: int) -> None:
    roman = _to_roman(volume)
    if len(roman) < 2:
        return  # one letter: an initial as often as a volume
    text = f"Acta Paludum, {roman}, {issue}, 2011, pp. {first}-{first + 9}"
    assert _parts(text) == (roman, str(issue), f"{first}-{first + 9}")


def _to_roman(n: int) -> str:
    out = []
    for value, letters in (
        (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)
