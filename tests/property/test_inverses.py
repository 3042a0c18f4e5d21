"""Round trips of the public inverses and the one year pattern.

``Person.from_csl`` undoes ``Person.to_csl``, ``PartialDate.from_parts`` undoes
``PartialDate.date_parts``; ``year_pattern`` matches exactly the years of its range.
"""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import PartialDate, Person
from comet import strategies as cst
from comet.dates import (
    CITATION_MIN_YEAR,
    CITATION_YEAR_PATTERN,
    MAX_YEAR,
    MIN_YEAR,
    YEAR,
    YEAR_PATTERN,
    year_pattern,
)


@given(cst.persons())
def test_person_csl_round_trip(person: Person) -> None:
    back = Person.from_csl(person.to_csl())
    assert back.to_csl() == person.to_csl()
    csl_only = attrs.evolve(person, title=None, nickname=None, initials=None)
    if person.literal is None:
        assert back == csl_only


@given(cst.rich_persons("family-first"))
def test_rich_person_csl_round_trip(case: tuple[str, Person]) -> None:
    person = case[1]
    assert Person.from_csl(person.to_csl()).to_csl() == person.to_csl()


_CSL_KEYS = st.sampled_from(
    ["family", "given", "literal", "suffix", "non-dropping-particle", "dropping-particle", "x"]
)


@given(st.dictionaries(_CSL_KEYS, st.one_of(st.text(max_size=12), st.none(), st.integers())))
def test_person_from_csl_never_crashes(name: dict[str, object]) -> None:
    assert isinstance(Person.from_csl(name), Person)


@given(cst.partial_dates())
def test_partial_date_parts_round_trip(date: PartialDate) -> None:
    back = PartialDate.from_parts(date.date_parts())
    assert back is not None
    assert back.date_parts() == date.date_parts()
    if date.season is None:
        assert back == date


@given(st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none(), st.floats()), max_size=4))
def test_partial_date_from_parts_never_crashes(parts: list[object]) -> None:
    out = PartialDate.from_parts(parts)
    assert out is None or isinstance(out, PartialDate)


def test_from_parts_examples() -> None:
    assert PartialDate.from_parts([]) is None
    assert PartialDate.from_parts([2020, 2, 30]) is None
    assert PartialDate.from_parts(["1999"]) == PartialDate(1999)
    assert PartialDate.from_parts([2001, 4, 9, 12]) == PartialDate(2001, 4, 9)


def test_from_csl_examples() -> None:
    assert Person.from_csl({"literal": "Example Institute"}) == Person(literal="Example Institute")
    beet = Person.from_csl({"family": "Tolk", "given": "Anna", "dropping-particle": "van"})
    assert beet.dropping_particle and beet.particle == "van"
    assert beet.to_csl() == {"family": "Tolk", "given": "Anna", "dropping-particle": "van"}


@given(st.integers(1000, 9999), st.integers(1000, 9999), st.integers(0, 99999))
def test_year_pattern_matches_its_range(a: int, b: int, n: int) -> None:
    lo, hi = min(a, b), max(a, b)
    assert (re.fullmatch(year_pattern(lo, hi), str(n)) is not None) == (lo <= n <= hi)


def test_year_pattern_is_tied_to_the_date_range() -> None:
    assert year_pattern(MIN_YEAR, MAX_YEAR) == YEAR_PATTERN
    assert year_pattern(CITATION_MIN_YEAR, MAX_YEAR) == CITATION_YEAR_PATTERN
    assert [m.group() for m in YEAR.finditer("0999 1000 2100 2101 12345")] == ["1000", "2100"]
    with pytest.raises(ValueError):
        year_pattern(2000, 1999)
    with pytest.raises(ValueError):
        year_pattern(999, 1999)


def test_from_parts_refuses_infinite_and_non_numbers() -> None:
    from comet.dates import PartialDate

    assert PartialDate.from_parts([float("inf")]) is None
    assert PartialDate.from_parts([float("nan")]) is None
    assert PartialDate.from_parts(["spring"]) is None
