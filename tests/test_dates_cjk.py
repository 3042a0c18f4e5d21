"""Dates written with CJK numerals, Japanese era years and in hiragana (issue 15).  Cases written for
these tests."""

from __future__ import annotations

import contextlib
import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import ParseError, find_dates, parse_date, parse_date_range
from comet.dates._numerals import numeral_value
from comet.dates._tables import _tables_single

DIGITS = "〇一二三四五六七八九"
NUMERALS = {c: i for i, c in enumerate(DIGITS)} | {"十": 10, "零": 0}


def _codes(result: Any) -> list[str]:
    return [d.code for d in result.diagnostics]


def _year(y: int) -> str:
    return "".join(DIGITS[int(c)] for c in str(y))


def _small(n: int) -> str:
    """1..31 as written in a date: 五, 十, 十二, 二十, 三十一."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")
    return head + (DIGITS[units] if units else "")


@pytest.mark.parametrize(
    ("text", "tag", "expect"),
    [
        ("一九九八年三月七日", "zh", "1998-03-07"),
        ("二零零一年十一月二十日", "zh", "2001-11-20"),
        ("二〇〇一年十月三十一号", "zh", "2001-10-31"),
        ("一九九八年", "zh", "1998"),
        ("一九九八年三月", "ja", "1998-03"),
        ("1998年十二月", "ja", "1998-12"),
        ("1998年三月七日", "ja", "1998-03-07"),
        ("平成10年3月7日", "ja", "1998-03-07"),
        ("平成十年三月七日", "ja", "1998-03-07"),
        ("昭和元年", "ja", "1926"),
        ("令和元年6月2日", "ja", "2019-06-02"),
        ("大正3年", "ja", "1914"),
        ("二〇〇一年十月一日(月)", "ja", "2001-10-01"),
        ("2001ねん10がつ1にち", "ja-Hira", "2001-10-01"),
        ("げつようび、2001ねん10がつ1にち", "ja", "2001-10-01"),
        ("2001ねん10がつ", "ja", "2001-10"),
    ],
)
def test_cjk_numerals_and_eras(text: str, tag: str, expect: str) -> None:
    result = parse_date(text, locales=[tag], strict=False)
    assert result.value is not None, _codes(result)
    assert result.value.iso() == expect


def test_era_year_is_reported() -> None:
    assert "era-year" in _codes(parse_date("平成10年3月7日", locales=["ja"], strict=False))


@pytest.mark.parametrize("text", ["十二月七日", "一般", "星期一", "第三章", "平成"])
def test_no_year_no_date(text: str) -> None:
    result = parse_date(text, locales=["zh", "ja"], strict=False)
    assert result.value is None or result.value.year is None


@pytest.mark.parametrize(
    ("run", "digits"),
    [("二〇一六", "2016"), ("十", "10"), ("十五", "15"), ("二十", "20"), ("三十一", "31")],
)
def test_numeral_value(run: str, digits: str) -> None:
    assert numeral_value(run, NUMERALS) == digits


@pytest.mark.parametrize("run", ["十十", "一十", "〇十", "二十〇", "十二十"])
def test_numeral_runs_that_are_no_date_number(run: str) -> None:
    assert numeral_value(run, NUMERALS) is None


@given(st.integers(1, 31))
def test_small_numbers_round_trip(n: int) -> None:
    assert numeral_value(_small(n), NUMERALS) == str(n)


@given(
    day=st.dates(datetime.date(1000, 1, 1), datetime.date(2100, 12, 31)),
    tag=st.sampled_from(["zh", "ja", "zh-Hant", "yue"]),
    precision=st.integers(1, 3),
)
def test_written_in_numerals_parses_back(day: datetime.date, tag: str, precision: int) -> None:
    text = _year(day.year) + "年"
    if precision > 1:
        text += _small(day.month) + "月"
    if precision > 2:
        text += _small(day.day) + "日"
    d = parse_date(text, locales=[tag], strict=False).value
    assert d is not None, text
    want = (day.year, day.month, day.day)[:precision]
    assert (d.year, d.month, d.day)[:precision] == want
    assert (d.year, d.month, d.day)[precision:] == (None,) * (3 - precision)


@given(
    era=st.sampled_from([("明治", 1868), ("大正", 1912), ("昭和", 1926), ("平成", 1989)]),
    n=st.integers(1, 30),
    kanji=st.booleans(),
)
def test_era_years(era: tuple[str, int], n: int, kanji: bool) -> None:
    name, first = era
    num = ("元" if n == 1 else _small(n)) if kanji else str(n)
    d = parse_date(f"{name}{num}年", locales=["ja"], strict=False).value
    assert d is not None
    assert (d.year, d.month) == (first + n - 1, None)


@given(st.text(alphabet=st.sampled_from(list(DIGITS + "十零年月日号元平成令和 ,1")), max_size=25))
def test_never_crashes(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_date(text, locales=["ja"])
    parse_date(text, locales=["zh"], strict=False)
    for m in find_dates(text, locales=["ja"]):
        assert text[m.start : m.end] == m.raw


def test_tables_carry_the_numerals() -> None:
    t = _tables_single("ja")
    assert t.numerals["十"] == 10
    assert t.era_years["平成"] == 1989


@pytest.mark.parametrize(
    "text",
    [
        "2031年6月3日～5日",  # the end a day glued to its marker: the start's year and month
        "2031年6月3日-5日",
        "2031年6月3日（水）～5日（金）",  # a weekday in brackets after each end
        "2031年6月3日(水)～6月5日(金)",
        "2031年6月3日〜6月5日",  # a wave dash
        "2031-06-03～2031-06-05",  # a fullwidth tilde
    ],
)
def test_cjk_day_ranges(text: str) -> None:
    r = parse_date_range(text, locales=["ja"])
    assert (r.start.iso(), r.end.iso()) == ("2031-06-03", "2031-06-05")


@pytest.mark.parametrize("text", ["3 June 2031 - 5", "June 3, 2031 - 5"])
def test_a_bare_number_after_a_full_date_is_no_range_end(text: str) -> None:
    # near miss: a day without its marker after a date with its year ends no range
    r = parse_date_range(text, locales=["en"])
    assert r.end.iso() == "2031-06-03"


def test_weekday_in_brackets_before_a_range_dash() -> None:
    r = parse_date_range("3 June (Wed) - 5 June 2031", locales=["en"])
    assert (r.start.iso(), r.end.iso()) == ("2031-06-03", "2031-06-05")
