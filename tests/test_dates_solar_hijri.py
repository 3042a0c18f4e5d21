"""The Solar Hijri calendar (Iran's, Afghanistan's): dates printed in it are read as the
Gregorian dates they are, never as Gregorian years 621 years early (invented lines; the
Nowruz dates are public calendar facts)."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import comet
from comet.dates import find_dates, parse_date
from comet.dates._solar_hijri import FIRST_YEAR, LAST_YEAR, month_days, nowruz, to_gregorian


@pytest.mark.parametrize(
    ("year", "first_day"),
    [
        (1300, "1921-03-21"),
        (1354, "1975-03-21"),
        (1395, "2016-03-20"),
        (1398, "2019-03-21"),
        (1399, "2020-03-20"),
        (1400, "2021-03-21"),
        (1403, "2024-03-20"),
        (1404, "2025-03-21"),
    ],
)
def test_nowruz_falls_on_the_equinox_day(year: int, first_day: str) -> None:
    assert nowruz(year).isoformat() == first_day


def test_leap_years_give_esfand_thirty_days() -> None:
    assert month_days(1399, 12) == 30  # 1399 and 1403 are leap years
    assert month_days(1403, 12) == 30
    assert month_days(1402, 12) == 29
    assert to_gregorian(1357, 11, 22) == (1979, 2, 11)


def test_a_day_the_month_has_not_is_refused() -> None:
    with pytest.raises(ValueError):
        to_gregorian(1402, 12, 30)
    with pytest.raises(ValueError):
        to_gregorian(1402, 13)


@given(st.integers(FIRST_YEAR, LAST_YEAR))
def test_the_days_of_a_year_follow_each_other(year: int) -> None:
    days = [
        datetime.date(*to_gregorian(year, m, d))  # type: ignore[arg-type]
        for m in range(1, 13)
        for d in range(1, month_days(year, m) + 1)
    ]
    assert days[0] == nowruz(year)
    assert all((b - a).days == 1 for a, b in itertools.pairwise(days))
    assert (nowruz(year + 1) - days[-1]).days == 1
    assert (
        datetime.date(nowruz(year).year, 3, 19)
        <= nowruz(year)
        <= datetime.date(nowruz(year).year, 3, 22)
    )


@pytest.mark.parametrize(
    ("text", "iso", "season"),
    [
        ("۱۵ تیر ۱۳۹۳", "2014-07-06", None),
        ("15 تیر 1393", "2014-07-06", None),
        ("تیر ۱۳۹۳", "2014-07", None),  # a month: the Gregorian month of its middle
        ("تیرماه ۱۳۹۳", "2014-07", None),
        ("تیر ماه سال ۱۳۹۳", "2014-07", None),
        ("۲۲ بهمن ۱۳۵۷", "1979-02-11", None),
        ("تابستان 1393", "2014", "summer"),  # a season: the year it starts in
        ("بهـار 1395", "2016", "spring"),  # a tatweel stretching a letter
        ("1393 ه.ش", "2014", None),  # the calendar's marker
        ("منتشر شده در ۱۳۹۹/۱۲/۳۰", "2021-03-20", None),  # a Persian line: a bare number
    ],
)
def test_dates_of_the_calendar_are_read_as_gregorian(text: str, iso: str, season: str) -> None:
    res = parse_date(text, strict=False)
    assert res.value is not None
    assert res.value.iso() == iso
    assert res.value.season == season
    assert [d.code for d in res.diagnostics] == ["solar-hijri"]
    assert res.value.raw == text


@pytest.mark.parametrize(
    "text",
    [
        "1393",  # no word, no Persian around it: a Gregorian year as ever
        "1393/04/15",
        "1445 هـ",  # a lunar Hijri year, marked
        "نشر في 1440/05/03",  # an Arabic line: its years are the lunar calendar's
        "Published in spring 1393",
        "Mehr 1393",  # the calendar's names are locale data, Persian's
    ],
)
def test_other_years_are_not_the_calendars(text: str) -> None:
    res = parse_date(text, strict=False)
    assert all(d.code != "solar-hijri" for d in res.diagnostics)


def test_a_bare_number_alone_is_read_as_written() -> None:
    # no word, no marker, no Persian around it: the Gregorian reading (comet writes a
    # Gregorian year the same way in every locale, and reads it back)
    assert parse_date("1393/04/15", locales="fa").iso() == "1393-04-15"
    assert parse_date("1393", locales="fa").iso() == "1393"
    assert parse_date("چاپ: 1393/04/15", locales="fa").iso() == "2014-07-06"


def test_free_text_reads_the_calendar_on_persian_lines_only() -> None:
    text = "چاپ شده: ۱۵ تیر ۱۳۹۳ و دریافت 1398/02/11\nVol. 2 (1393) pp. 4-9"
    found = [(m.value.iso(), text[m.start : m.end]) for m in find_dates(text)]
    assert found == [("2014-07-06", "۱۵ تیر ۱۳۹۳"), ("2019-05-01", "1398/02/11"), ("1393", "1393")]


def test_a_locator_line_with_a_season_of_the_calendar() -> None:
    loc = comet.parse_locator("دوره 6، شماره 2، تابستان 1393، ص. 401-418")
    assert loc.issued is not None and loc.issued.iso() == "2014"
    assert (loc.volume, loc.issue) == ("6", "2")
    assert str(loc.pages) == "401-418"


_PIECES = st.sampled_from(
    ["تیر", "بهمن", "اسفند", "تابستان", "سال", "ماه", "ه.ش", "هـ", "۱۳۹۳", "1402", "12", "30",
     "/", "-", " ", "ـ", "في", "است", "Vol.", "1445"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12).map(" ".join))
def test_never_crashes_and_dates_stay_in_the_calendars_span(text: str) -> None:
    res = parse_date(text, strict=False)
    if res.value is not None and any(d.code == "solar-hijri" for d in res.diagnostics):
        assert FIRST_YEAR + 621 <= res.value.year <= LAST_YEAR + 622
    for m in find_dates(text):
        assert 0 <= m.start < m.end <= len(text)


def test_a_gregorian_months_name_keeps_its_year_gregorian() -> None:
    # Persian prints Gregorian dates too, with the Gregorian months' names
    assert parse_date("15 ژانویه 1212", locales="fa").iso() == "1212-01-15"
    text = "چاپ شده: ۱۵ تیر ۱۳۹۳ و ۱۵ ژانویه ۱۲۱۲"
    assert [m.value.iso() for m in find_dates(text)] == ["2014-07-06", "1212-01-15"]
