"""Slavic dates (issue 15): locative month names, year words, Serbo-Croatian variants, and
two-digit years closing a date with a month name.  Every string is written for these tests."""

from __future__ import annotations

import contextlib
import datetime
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import ParseError, find_dates, parse_date, parse_date_range
from comet.dates import _cldr

EXTRA = Path(__file__).resolve().parent.parent / "scripts" / "data" / "cldr_extra.toml"


def _codes(result: Any) -> list[str]:
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize(
    ("text", "tag", "expect"),
    [
        # locative / prepositional month names
        ("в мае 2021", "ru", "2021-05"),
        ("в июле 1998 года", "ru", "1998-07"),
        ("в марте 2004 г.", "ru", "2004-03"),
        ("у липні 2015 року", "uk", "2015-07"),
        ("у лютому 2015", "uk", "2015-02"),
        ("у траўні 2010 года", "be", "2010-05"),
        ("у маі 2010", "be", "2010-05"),
        ("5 сьнежня 2010 г.", "be", "2010-12-05"),
        ("w lutym 2022 r.", "pl", "2022-02"),
        ("v červenci 2001", "cs", "2001-07"),
        ("v máji 2001", "sk", "2001-05"),
        ("v marcu 2001", "sl", "2001-03"),
        ("u ožujku 2013.", "hr", "2013-03"),
        ("u martu 2013. godine", "bs", "2013-03"),
        ("у јуну 2013. године", "sr", "2013-06"),
        # year words, weekdays in the accusative
        ("в среду, 4 августа 1999 года", "ru", "1999-08-04"),
        ("в пятницу, 6 августа 1999 г., в 10:00", "ru", "1999-08-06"),
        ("6 серпня 1999 року", "uk", "1999-08-06"),
        ("6 sierpnia 1999 r.", "pl", "1999-08-06"),
        # Serbo-Croatian variants: Serbian Latin names in Bosnian, both scripts in Serbian
        ("6. avgust 1999.", "bs", "1999-08-06"),
        ("6. jun 1999.", "bs", "1999-06-06"),
        ("6. август 1999.", "bs", "1999-08-06"),
        ("6. avgust 1999.", "sr", "1999-08-06"),
        ("6. август 1999.", "sr-Latn", "1999-08-06"),
        ("6. avgust 1999.", "hr", "1999-08-06"),
        ("6. марта 1999. године", "sr", "1999-03-06"),
        ("6. jula 1999.", "bs", "1999-07-06"),
        # two-digit years after a month name (a date field)
        ("7 марта 04", "ru", "2004-03-07"),
        ("7 мар. 88", "ru", "1988-03-07"),
        ("сб, 7 мар 88", "ru", "1988-03-07"),
        ("март '88", "ru", "1988-03"),
        ("7 March 88", "en", "1988-03-07"),
        ("March 7, 88", "en", "1988-03-07"),
        ("Mar 88", "en", "1988-03"),
        ("(7 Mar 04)", "en", "2004-03-07"),
        ("7 Mar 04, 10:15", "en", "2004-03-07"),
    ],
)
def test_slavic_and_short_year_examples(text: str, tag: str, expect: str) -> None:
    result = parse_date(text, locales=[tag], strict=False)
    assert result.value is not None, _codes(result)
    assert result.value.iso() == expect


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Mar 15", "en"),  # a day, not a year
        ("March 7 88", "en"),  # no comma: a day and a stray number
        ("7 марта 19 человек", "ru"),  # a count after the date
        ("7 марта 19.30", "ru"),  # a time written with a dot
        ("7 марта 19,5", "ru"),
    ],
)
def test_two_digit_numbers_that_are_not_years(text: str, tag: str) -> None:
    result = parse_date(text, locales=[tag], strict=False)
    assert result.value is None or result.value.year is None


def test_two_digit_year_is_reported_and_never_in_free_text() -> None:
    result = parse_date("7 марта 04", locales=["ru"], strict=False)
    assert "two-digit-year" in _codes(result)
    assert list(find_dates("On 7 March 88 people came.", locales=["en"])) == []


def _extra() -> dict[str, Any]:
    return tomllib.loads(EXTRA.read_text("utf-8"))


def _locatives() -> list[tuple[str, str, int]]:
    out = []
    for tag, section in _extra().items():
        if tag == "variants" or _cldr.lookup(tag) is None:
            continue
        for month, forms in enumerate(section.get("months", []), start=1):
            out.extend((tag, form, month) for form in forms)
    return out


LOCATIVES = _locatives()


def test_extra_file_shapes() -> None:
    data = _extra()
    for tag, section in data.items():
        if tag == "variants":
            assert all(isinstance(v, list) for v in section.values())
            continue
        assert len(section.get("months", [[]] * 12)) == 12, tag
        assert len(section.get("weekdays", [[]] * 7)) == 7, tag


def test_generated_data_carries_the_extra_forms() -> None:
    for tag, form, month in LOCATIVES:
        data = _cldr.lookup(tag)
        assert data is not None
        assert form in data.months[month - 1], (tag, form)


@given(
    item=st.sampled_from(LOCATIVES),
    year=st.integers(1000, 2100),
    word=st.sampled_from(["", "в ", "у ", "w ", "v ", "u "]),
)
def test_locative_month_with_its_year(item: tuple[str, str, int], year: int, word: str) -> None:
    tag, form, month = item
    d = parse_date(f"{word}{form} {year}", locales=[tag], strict=False).value
    assert d is not None
    assert (d.year, d.month, d.day) == (year, month, None)


SHORT_LANGS = ["ru", "uk", "be", "bs", "sr", "sr-Latn", "hr", "pl", "cs", "bg", "mk", "en", "de"]


@given(
    tag=st.sampled_from(SHORT_LANGS),
    day=st.dates(datetime.date(1950, 1, 1), datetime.date(2049, 12, 31)),
    dot=st.booleans(),
)
def test_day_month_two_digit_year(tag: str, day: datetime.date, dot: bool) -> None:
    data = _cldr.lookup(tag)
    assert data is not None
    name = data.months[day.month - 1][0]
    text = f"{day.day}{'.' if dot else ''} {name} {day.year % 100:02d}"
    d = parse_date(text, locales=[tag], strict=False).value
    assert d is not None, text
    assert (d.year, d.month, d.day) == (day.year, day.month, day.day), text


@given(
    tag=st.sampled_from(SHORT_LANGS),
    text=st.text(alphabet=st.sampled_from(list("0123456789 '’.,:-марта Aug")), max_size=30),
)
def test_never_crashes_and_never_invents(tag: str, text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_date(text, locales=[tag])
    d = parse_date(text, locales=[tag], strict=False).value
    if d is not None and d.day is not None:
        assert d.month is not None


@pytest.mark.parametrize(
    "text", ["3 Aug 96 – 5 Sep 96", "3 Aug 96 to 5 Sep 96", "3 Aug 96-5 Sep 96"]
)
def test_ranges_with_two_digit_years(text: str) -> None:
    r = parse_date_range(text, locales=["en"])
    assert (r.start.iso(), r.end.iso() if r.end else None) == ("1996-08-03", "1996-09-05")


#: languages whose month names a page of many languages is read with
_MANY = ["en", "de", "sv", "nl", "fr", "es", "ru", "hr", "pl", "cs"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("в августе 2019", 8),  # a whole name with a vowel case ending: a month
        ("в марте 2004", 3),
        ("u kolovozu 2011", 8),
        ("Sankt Augustin 2019", None),  # a whole name with more letters: another word
        ("Augustin 2019", None),
        ("Octobers 2019", None),  # a consonant ending: no case ending of a month
    ],
)
def test_a_whole_month_name_extended_is_a_month_only_by_a_case_ending(
    text: str, month: int | None
) -> None:
    got = parse_date(text, locales=_MANY, strict=False).value
    assert got is not None and got.year in (2004, 2011, 2019)
    assert got.month == month
