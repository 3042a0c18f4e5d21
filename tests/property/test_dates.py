"""Property tests for comet.dates: never crash, round-trips, range order."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

import comet.locales as L
from comet import DateRange, ParseError, PartialDate, find_dates, parse_date, parse_date_range
from comet import strategies as cst
from comet.dates import _order_key

_DATE_CHARS = st.text(
    alphabet=st.sampled_from(list("0123456789 .,/-–→:()maijMayDecSpring")), max_size=40
)


@given(st.one_of(st.text(max_size=200), _DATE_CHARS))
def test_never_crashes(text: str) -> None:
    for fn in (parse_date, parse_date_range):
        with contextlib.suppress(ParseError):
            fn(text)
        result = fn(text, strict=False)
        assert (result.value is None) == (result.error is not None)
    for m in find_dates(text):
        assert text[m.start : m.end] == m.raw


@given(cst.written_dates())
def test_written_dates_parse_back(case: tuple[str, PartialDate, str]) -> None:
    text, date, tag = case
    assert parse_date(text, locales=[tag]) == date


@given(_DATE_CHARS)
def test_ranges_keep_order(text: str) -> None:
    r = parse_date_range(text, strict=False).value
    if r is not None and r.end is not None:
        assert _order_key(r.start) <= _order_key(r.end)


@st.composite
def _same_precision_pair(draw: st.DrawFn) -> tuple[PartialDate, PartialDate]:
    precision = draw(st.sampled_from(["year", "month", "day"]))
    a = draw(cst.partial_dates(precisions=(precision,)))
    b = draw(cst.partial_dates(precisions=(precision,)))
    lo, hi = sorted([a, b], key=PartialDate.sort_key)
    return lo, hi


@given(
    _same_precision_pair(),
    st.sampled_from(L.available()),
    st.sampled_from([" – ", " - ", " → ", "–", "/"]),
)
def test_written_ranges_parse_back(
    pair: tuple[PartialDate, PartialDate], tag: str, sep: str
) -> None:
    start, end = pair
    text = f"{start.iso()}{sep}{end.iso()}"
    assert parse_date_range(text, locales=[tag]) == DateRange(start, end)


@given(cst.partial_dates())
def test_iso_and_edtf_round_trip(d: PartialDate) -> None:
    assert PartialDate.from_edtf(d.edtf()) == d
    if d.season is None:
        assert PartialDate.from_iso(d.iso()) == d
        assert parse_date(d.iso()) == d
