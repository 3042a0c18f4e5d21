"""Locators printed with another script's digits (Persian, Arabic-Indic, fullwidth,
Devanagari): the values are written with ASCII digits, the raw text is kept (invented lines)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import comet
from comet.locators._tokens import ascii_digits


def test_a_persian_locator_line() -> None:
    loc = comet.parse_locator("جلد ۳، شماره ۲، پاییز ۱۳۹۸، صفحه ۱۲-۳۰")
    assert (loc.volume, loc.issue, str(loc.pages)) == ("3", "2", "12-30")
    assert loc.issued is not None and loc.issued.year == 2019  # autumn 1398, Solar Hijri
    assert loc.raw == "جلد ۳، شماره ۲، پاییز ۱۳۹۸، صفحه ۱۲-۳۰"


@pytest.mark.parametrize(
    "text",
    ["Vol. ٣, No. ٢, pp. ١٢-٣٠", "Vol. ３, No. ２, pp. １２-３０", "Vol. ३, No. २, pp. १२-३०"],
)
def test_other_scripts_digits(text: str) -> None:
    loc = comet.parse_locator(text)
    assert (loc.volume, loc.issue, str(loc.pages)) == ("3", "2", "12-30")
    assert loc.raw == text


def test_found_locators_keep_their_raw_text() -> None:
    text = "مجله مطالعات، دوره ۳، شماره ۲، صفحات ۱۲-۳۰."
    found = list(comet.find_locators(text))
    assert found and found[0].value.volume == "3"
    assert text[found[0].start : found[0].end] == found[0].value.raw
    assert "۳" in found[0].value.raw


def test_pages_with_persian_digits() -> None:
    pages = comet.parse_pages("۱۲-۳۰")
    assert (pages.first, pages.last, pages.raw) == ("12", "30", "۱۲-۳۰")


@given(st.text(alphabet=st.sampled_from("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０１２３ abc-,.")))
def test_ascii_digits_keeps_every_offset(text: str) -> None:
    out = ascii_digits(text)
    assert len(out) == len(text)
    assert all(a == b or (a.isdigit() and b.isdigit()) for a, b in zip(text, out, strict=True))
    assert all(not c.isdigit() or c.isascii() for c in out)
