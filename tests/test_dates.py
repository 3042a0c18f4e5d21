"""Dates and date ranges: examples from the seeds and dev pages, and logic on a fixture locale."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import comet
import comet.locales as L
from comet import DateRange, ParseError, PartialDate, Precision, parse_date, parse_date_range
from comet.dates import MAX_LENGTH, find_dates

DATA = Path(__file__).parent / "data"
TABLE = tomllib.loads((DATA / "dates.toml").read_text("utf-8"))
FIXTURE = L.load_file(DATA / "locales" / "xx.toml")


def _codes(result: Any) -> list[str]:
    return [d.code for d in result.diagnostics]


def _id(case: dict[str, Any]) -> str:
    return f"{case['input']}|{','.join(case.get('locales', []))}"


@pytest.mark.parametrize("case", TABLE["date"], ids=_id)
def test_date_table(case: dict[str, Any]) -> None:
    result = parse_date(case["input"], locales=case.get("locales"), strict=False)
    if "error" in case:
        assert result.value is None
        assert result.error is not None and result.error.code == case["error"]
        with pytest.raises(ParseError):
            parse_date(case["input"], locales=case.get("locales"))
    else:
        assert result.value is not None, _codes(result)
        assert result.value.edtf() == case["expect"]
        assert result.value.raw == case["input"]
        assert parse_date(case["input"], locales=case.get("locales")) == result.value
    for code in case.get("diagnostics", []):
        assert code in _codes(result)


@pytest.mark.parametrize("case", TABLE["range"], ids=_id)
def test_range_table(case: dict[str, Any]) -> None:
    result = parse_date_range(case["input"], locales=case.get("locales"), strict=False)
    if "error" in case:
        assert result.value is None
        assert result.error is not None and result.error.code == case["error"]
    else:
        assert result.value is not None, _codes(result)
        assert result.value.edtf() == case["expect"]
    for code in case.get("diagnostics", []):
        assert code in _codes(result)


def test_seed_dates(seed: Any) -> None:
    # 000 (Danish Pure): "StatusUdgivet - 2019", "Varighed27 maj 201928 maj 2019"
    text = seed("000")
    line = next(x for x in text.splitlines() if "201928" in x)
    r = parse_date_range(line)
    assert (r.start, r.end) == (PartialDate(2019, 5, 27), PartialDate(2019, 5, 28))
    # 001 (Koha): "Description: 49(4), Aug, 2023: p.801-820."
    assert parse_date("Aug, 2023") == PartialDate(2023, 8)
    found = [m.value for m in find_dates("Description: 49(4), Aug, 2023: p.801-820.")]
    assert found == [PartialDate(2023, 8)]
    # 004 (Sciendo): issue date, online date, references' en-dash dates
    assert parse_date("December 2021").precision is Precision.MONTH
    assert parse_date("30 Dec 2021") == PartialDate(2021, 12, 30)
    assert parse_date("2020–02–21") == PartialDate(2020, 2, 21)


def test_never_invents_parts() -> None:
    assert parse_date("2019") == PartialDate(2019)
    assert parse_date("Aug 2023").day is None
    assert parse_date("Spring 2020").month is None


def test_locale_hint_narrows() -> None:
    # "maaliskuuta" is Finnish only
    assert parse_date("3 maaliskuuta 2019", locales=["fi"]) == PartialDate(2019, 3, 3)
    # an unknown word is skipped, with a warning: only the year is left
    p = parse_date("3 maaliskuuta 2019", locales=["da"], strict=False)
    assert p.value == PartialDate(2019) and "ignored-text" in _codes(p)
    assert parse_date("3 maaliskuuta 2019", locales="Finnish") == PartialDate(2019, 3, 3)


def test_numeric_order_follows_locale() -> None:
    assert parse_date("05/06/2019", locales="da") == PartialDate(2019, 6, 5)
    assert parse_date("05/06/2019", locales="en") == PartialDate(2019, 5, 6)
    both = parse_date("05/06/2019", locales=["da", "en"], strict=False)
    assert both.value == PartialDate(2019, 6, 5)
    assert "ambiguous-date-order" in _codes(both)
    # one locale: no ambiguity reported
    assert "ambiguous-date-order" not in _codes(
        parse_date("05/06/2019", locales="da", strict=False)
    )


def test_context_year() -> None:
    r = parse_date_range("May 2 - May 7", year=2004)
    assert (r.start, r.end) == (PartialDate(2004, 5, 2), PartialDate(2004, 5, 7))
    assert "year-from-context" in _codes(r)
    assert parse_date("2019", year=2004) == PartialDate(2019)  # the text's year wins


def test_diagnostics_on_record_and_parsed() -> None:
    p = parse_date("Udgivet - 2019", strict=False)
    assert p.value is not None and _codes(p) == _codes(p.value) == ["ignored-status"]
    assert p.value.diagnostics[0].span == (0, 7)


def test_contract() -> None:
    with pytest.raises(TypeError):
        parse_date(None)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        parse_date_range(b"2019")  # type: ignore[call-overload]
    with pytest.raises(ParseError) as info:
        parse_date("1" * (MAX_LENGTH + 1))
    assert info.value.code == "too-long"
    with pytest.raises(ParseError) as info:
        parse_date("")
    assert info.value.code == "empty"
    with pytest.raises(comet.UnknownLocaleError):
        parse_date("2019", locales=["klingon-xx-nothing"])


def test_exported() -> None:
    assert comet.parse_date is parse_date
    assert comet.parse_date_range is parse_date_range
    assert comet.find_dates is find_dates


# --- records ------------------------------------------------------------------------------


def test_partial_date_forms() -> None:
    d = PartialDate(2021, 12, 30, raw="30 Dec 2021")
    assert (d.iso(), d.edtf(), d.date_parts()) == ("2021-12-30", "2021-12-30", [2021, 12, 30])
    s = PartialDate(2020, season="spring")
    assert (s.iso(), s.edtf(), s.precision) == ("2020", "2020-21", Precision.SEASON)
    assert PartialDate.from_edtf("2020-24") == PartialDate(2020, season="winter")
    assert PartialDate.from_iso("2023-08") == PartialDate(2023, 8)
    assert d == PartialDate(2021, 12, 30)  # raw is not compared
    assert d.to_dict()["raw"] == "30 Dec 2021"
    with pytest.raises(ValueError):
        PartialDate.from_iso("2023-8")
    with pytest.raises(ValueError):
        PartialDate(2019, 2, 29)


def test_date_range_record() -> None:
    r = DateRange(PartialDate(2019, 5, 27), PartialDate(2019, 5, 28))
    assert r.iso() == "2019-05-27/2019-05-28"
    assert DateRange(PartialDate(2014)).edtf() == "2014/.."
    with pytest.raises(ValueError):
        DateRange(PartialDate(2019, 5, 28), PartialDate(2019, 5, 27))
    assert r.to_dict()["start"]["day"] == 27


# --- find_dates -----------------------------------------------------------------------------


def test_find_dates_spans() -> None:
    text = "Received: 14 March 2016; Revised: 2 November 2016; Published: 19 January 2017"
    hits = list(find_dates(text))
    assert [m.value.iso() for m in hits] == ["2016-03-14", "2016-11-02", "2017-01-19"]
    for m in hits:
        assert text[m.start : m.end] == m.raw
    assert list(find_dates("no digits here")) == []
    rng = [m.value.iso() for m in find_dates("Period11/22/24 → 11/26/24")]
    assert rng == ["2024-11-22", "2024-11-26"]


def test_find_dates_skips_identifiers() -> None:
    text = "https://doi.org/10.1080/03003930.2022.2081552 SOU 2018:38, pp. 1995-2001"
    assert list(find_dates(text)) == []


def test_find_dates_reads_the_month_after_an_issue_number() -> None:
    # the issue's number is no day, and the month and year after it are still a date
    for text, at in (("Issue 4, December 2020", 9), ("Vol. 3, Issue 4, December 2020", 17),
                     ("No. 4 December 2020", 6)):  # fmt: skip
        hits = [(m.value.iso(), m.start) for m in find_dates(text)]
        assert hits == [("2020-12", at)], text
    assert [m.value.iso() for m in find_dates("Issue 4, 12 December 2020")] == ["2020-12-12"]
    # negative: after the issue's number a page range, a figure or a month with no year is
    # no date, and a number before a month is a day where no locator word stands before it
    for text in ("Issue 4, pp. 12-20", "Issue 4, Figure 2", "Issue 4, December", "Issue 4, May 12"):
        assert list(find_dates(text)) == [], text
    assert [m.value.iso() for m in find_dates("on 4 December 2020")] == ["2020-12-04"]


def test_a_month_abbreviation_that_is_a_function_word_needs_its_dot_or_a_day() -> None:
    # cs 'pro' (for prosinec) is a Czech preposition: 'pro 2019' is 'for 2019'
    assert parse_date("the pro 2019 edition").iso() == "2019"
    assert parse_date("pro 2019", locales=["cs"]).iso() == "2019"
    assert [m.value.iso() for m in find_dates("vydáno pro 2019 a 2020")] == ["2019", "2020"]
    # with its dot, or beside a day, it is December; a whole month name always is a month
    assert parse_date("pro. 2019", locales=["cs"]).iso() == "2019-12"
    assert parse_date("1. pro 2019").iso() == "2019-12-01"
    assert parse_date("2019 pro 17", locales=["cs"]).iso() == "2019-12-17"
    assert parse_date("prosinec 2019").iso() == "2019-12"
    assert parse_date("May 2019").iso() == "2019-05"  # en 'May' is a whole name (and 'may')
    # a locale whose own words do not include it reads it as a month (pt 'out' is English)
    assert parse_date("out 2019", locales=["pt"]).iso() == "2019-10"


# --- logic on the fixture locale (tests/data/locales/xx.toml) -------------------------------


def test_fixture_months_and_words() -> None:
    xx = [FIXTURE]
    assert parse_date("3 Tertius 2019", locales=xx) == PartialDate(2019, 3, 3)
    assert parse_date("Prim. 2019", locales=xx) == PartialDate(2019, 1)
    assert parse_date("die 3o de Tertius 2019", locales=xx) == PartialDate(2019, 3, 3)
    assert parse_date("Iov. 3 Tertius 2019", locales=xx) == PartialDate(2019, 3, 3)
    assert parse_date("Ver 2019", locales=xx).edtf() == "2019-21"
    # MDY order
    assert parse_date("3/4/2019", locales=xx) == PartialDate(2019, 3, 4)
    # words of other locales are not known
    assert parse_date("3 maj 2019", locales=xx).precision is Precision.YEAR


def test_fixture_status_and_undated() -> None:
    xx = [FIXTURE]
    p = parse_date("Sub prelo", locales=xx, strict=False)
    assert p.value is None and "status-not-date" in _codes(p)
    p = parse_date("(sub prelo)", locales=xx, strict=False)
    assert "status-not-date" in _codes(p)
    p = parse_date("Editum - 2019", locales=xx, strict=False)
    assert p.value == PartialDate(2019) and "ignored-status" in _codes(p)
    p = parse_date("sine anno", locales=xx, strict=False)
    assert "undated" in _codes(p)
    p = parse_date("circiter 1990", locales=xx, strict=False)
    assert p.value == PartialDate(1990) and "approximate" in _codes(p)


def test_fixture_ranges_and_locators() -> None:
    xx = [FIXTURE]
    r = parse_date_range("3 usque 5 Tertius 2019", locales=xx)
    assert r.iso() == "2019-03-03/2019-03-05"
    assert parse_date("pag. 2001", locales=xx, strict=False).value is None
    assert parse_date("p. 2001", locales=xx) == PartialDate(2001)  # "p." is not in xx


@pytest.mark.parametrize("term", ["in press", "forthcoming", "under udgivelse", "Accepteret"])
def test_statuses_are_not_dates(term: str) -> None:
    """Status words of the shipped locales (read from their [status] sections)."""
    if not any(r.lookup("status", term) for r in L.all_rules()):
        pytest.skip(f"{term!r} is not (yet) a status term in any shipped locale")
    p = parse_date(term, strict=False)
    assert p.value is None and "status-not-date" in _codes(p)
    assert "status-not-date" in _codes(parse_date(f"({term})", strict=False))


def test_find_dates_reads_windows_but_finds_dates_far_apart() -> None:
    filler = "lorem ipsum dolor " * 2000  # 36,000 characters with no year in them
    text = f"Received 12 May 2019. {filler} Accepted: 3 June 2020 {filler} (2021)"
    assert [m.value.iso() for m in find_dates(text)] == ["2019-05-12", "2020-06-03", "2021"]


def test_find_dates_skips_numbers_inside_links() -> None:
    text = "See https://aclanthology.org/P07-2043/ and doi:10.1000/abc.2019.05 (published 2018)."
    assert [m.value.iso() for m in find_dates(text)] == ["2018"]


def test_find_dates_over_the_page_cap_is_too_long() -> None:
    from comet.dates import FIND_MAX_LENGTH

    with pytest.raises(ParseError) as info:
        list(find_dates("1" * (FIND_MAX_LENGTH + 1)))
    assert info.value.code == "too-long"


@pytest.mark.parametrize(
    ("text", "locale", "iso"),
    [
        ("14 de junio de 2011", "es", "2011-06-14"),
        ("junio de 2011", "es", "2011-06"),
        ("the 2nd of June 2011", "en", "2011-06-02"),
    ],
)
def test_a_connector_before_the_year(text: str, locale: str, iso: str) -> None:
    assert parse_date(text, locales=[locale]).iso() == iso


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a page's date and time spans joined without a space
        ("Mar 4, 20217:05 PM", ["2021-03-04"]),
        ("9 Juni 202314:30 Uhr", ["2023-06-09"]),
        # a post's meta line whose parts a theme glued with slashes
        ("April 3, 2020/2 Comments/in Field Notes /by editor", ["2020-04-03"]),
        ("3 April 2020/in Field Notes", ["2020-04-03"]),
        # not a date glued to a clock: a code and a number, a phone number
        ("Order 12345:67 shipped", []),
        ("Tel. 202114:30", []),
        # a DOI prefix and an academic year after a slash stay no date's end
        ("18.10.1093/abcde", []),
        ("May 2019/2020", []),
    ],
)
def test_glued_neighbours(text: str, expect: list[str]) -> None:
    assert [d.value.edtf() for d in find_dates(text)] == expect


# --- a year-first date whose unknown day (and month) are printed as 00 -----------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2003-08-00", "2003-08"), ("1999-00-00", "1999"), ("2011/04/00", "2011-04"),
     ("PUB DATE 2003-08-00", "2003-08")],
)  # fmt: skip
def test_zero_day_or_month_reads_to_the_part_printed(text: str, iso: str) -> None:
    res = parse_date(text, strict=False)
    assert res.value is not None and res.value.iso() == iso
    assert "zero-date-part" in [d.code for d in res.diagnostics]


@pytest.mark.parametrize("text", ["2003-13-00", "2003-08-32"])
def test_zero_parts_never_make_an_impossible_date(text: str) -> None:
    res = parse_date(text, strict=False)
    assert "zero-date-part" not in [d.code for d in res.diagnostics]
    assert res.value is None or res.value.month is None  # no month 13, no day 32


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2004. 3. szám", 2004),  # hu: the issue's number stands before its word
        ("Magyar Közlöny 2011. 12. sz.", 2011),
        ("1988. 4. évf.", 1988),
    ],
)
def test_a_number_counted_by_a_locator_word_after_it_is_no_month(text: str, year: int) -> None:
    # a year first, then a number that a locator word after it counts: only the year
    assert parse_date(text) == PartialDate(year)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2004. 3. 15.", "2004-03-15"), ("2004. 3.", "2004-03"), ("15.3.2004 Nr. 4", "2004-03-15")],
)
def test_numeric_dates_without_a_counting_word_after_them_keep_their_month(
    text: str, iso: str
) -> None:
    assert parse_date(text).iso() == iso


@pytest.mark.parametrize(
    ("text", "year"),
    [("2011. 12. sz.", 2011), ("Tavaszi Közlöny 2007. 4. sz.", 2007), ("1999. 3. szám", 1999)],
)
def test_a_counting_word_read_as_a_month_too_counts_the_number(text: str, year: int) -> None:
    # hu 'sz.' is the issue's word and, by CLDR's narrow 'Sz' of September, a month's name
    # as well: after a year and a number it counts the number, with the locale as without
    assert parse_date(text, locales=["hu"]) == PartialDate(year)
    assert [m.value for m in find_dates(text, locales=["hu"])] == [PartialDate(year)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023-04-18T07:30:00+00:00", "2023-04-18"),  # ISO 8601's 'T' is no locator word
        ("posted 2022-11-05T16:20 by the desk", "2022-11-05"),
        ("Published: 2019-03-04 Vol. 5", "2019-03-04"),  # 'Vol.' counts the 5 after it
        ("2020-05-04 p. 3", "2020-05-04"),
        ("2018/7/9 no. 12", "2018-07-09"),
    ],
)
def test_a_date_closed_by_no_ordinal_keeps_its_month_before_a_locator_word(
    text: str, iso: str
) -> None:
    # only an ordinal ('2.', its stop glued) is counted by a locator word after it
    assert parse_date(text).iso() == iso
    assert [m.value.iso() for m in find_dates(text)] == [iso]
