"""Property tests for comet.locators: never crash, round-trips, expansion order."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from comet import Locator, PageRange, ParseError, find_locators, parse_locator, parse_pages
from comet import strategies as cst
from comet.tokens import roman_value as _roman

_PIECES = st.sampled_from(
    [*"0123456789 .,:;/()[]{}-–—", "Vol. ", "No. ", "pp. ", "S. ", "H. ", "Heft ", "2021",
     "Aug ", "Suppl ", " - ", "--", "Article ", "ISBN ", "doi:", "f.", "xii", "e0", "p."]
)  # fmt: skip
_LOCATOR_CHARS = st.lists(_PIECES, max_size=20).map("".join)


def _comparable(p: PageRange) -> tuple[int, int] | None:
    if p.first is None or p.last is None:
        return None
    ra, rb = _roman(p.first), _roman(p.last)
    if ra is not None and rb is not None:
        return ra, rb
    a, b = p.first.lstrip("Se"), p.last.lstrip("Se")
    if (
        a.isdigit()
        and b.isdigit()
        and p.first[: len(p.first) - len(a)] == p.last[: len(p.last) - len(b)]
    ):
        return int(a), int(b)
    return None


@given(st.one_of(st.text(max_size=200), _LOCATOR_CHARS))
def test_never_crashes(text: str) -> None:
    for fn in (parse_pages, parse_locator):
        with contextlib.suppress(ParseError):
            fn(text)
        result = fn(text, strict=False)
        assert (result.value is None) == (result.error is not None)
    for m in find_locators(text):
        assert text[m.start : m.end] == m.raw
        assert isinstance(m.value, Locator)


@given(_LOCATOR_CHARS)
def test_pages_never_descend(text: str) -> None:
    values = [parse_pages(text, strict=False).value]
    loc = parse_locator(text, strict=False).value
    values.append(loc.pages if loc is not None else None)
    for p in values:
        if p is None:
            continue
        pair = _comparable(p)
        if pair is not None:
            assert pair[0] <= pair[1]
            # a page number too long to be one (ten digits or more) is kept but not counted
            too_long = max(len((p.first or "").lstrip("Se")), len((p.last or "").lstrip("Se"))) > 9
            assert p.count == (None if too_long else pair[1] - pair[0] + 1)


@given(cst.page_ranges())
def test_pages_round_trip(p: PageRange) -> None:
    back = parse_pages(str(p))
    assert back == p
    assert str(back) == str(p)


@given(cst.page_cases())
def test_page_cases_parse(case: tuple[str, PageRange]) -> None:
    text, want = case
    assert parse_pages(text) == want


@given(st.integers(1, 99_999), st.data())
def test_abbreviated_ranges_expand_upwards(first: int, data: st.DataObject) -> None:
    last = data.draw(st.integers(first, 10 ** len(str(first)) - 1))
    a, b = str(first), str(last)
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y), len(a))
    keep = data.draw(st.integers(max(1, len(b) - common), len(b)))
    p = parse_pages(f"{a}-{b[len(b) - keep :]}")
    assert p.last == b
    assert p.count == last - first + 1 and int(p.last) >= int(p.first or 0)


@given(cst.locator_cases())
def test_locator_cases_parse(case: tuple[str, Locator]) -> None:
    text, want = case
    assert parse_locator(text) == want


@given(cst.locator_strings())
def test_locator_strings_are_found(text: str) -> None:
    matches = list(find_locators(f"Some Journal of Things, {text}"))
    assert matches and matches[-1].value == parse_locator(text)


def test_a_range_of_absurdly_long_page_numbers_is_kept_uncounted() -> None:
    p = parse_pages("0-202120212021", strict=False).value
    assert p is not None and p.last == "202120212021" and p.count is None


@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from([":00", ":59", " pm", "am", " a.m.", " Uhr"]),
    st.sampled_from(["", "Posted ", "Updated 3 May 2021, "]),
)
def test_times_of_day_never_give_volume_and_page(
    hour: int, minute: int, tail: str, lead: str
) -> None:
    """Whatever the hour and minute, a time with seconds or a day period is no locator."""
    text = f"{lead}{hour}:{minute:02d}{tail}"
    for m in find_locators(text):
        assert m.value.volume != str(hour) or m.value.pages is None
