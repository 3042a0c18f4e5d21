"""``find_dates`` reads the years of a locale's own era (Thai Buddhist-era years) in free
text as ``parse_date`` does, and its matches keep the text as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import find_dates


@pytest.mark.parametrize(
    ("text", "want", "raw"),
    [
        ("ตีพิมพ์เมื่อ 9 สิงหาคม 2562 ในวารสาร", ["2019-08-09"], "9 สิงหาคม 2562"),
        ("ฉบับที่ 4 (พ.ศ. 2555)", ["2012"], "2555"),
        # Thai digits: the year's digits are read as its Gregorian year, the match keeps them
        ("รับบทความ ๒ กุมภาพันธ์ ๒๕๖๓", ["2020-02-02"], "๒ กุมภาพันธ์ ๒๕๖๓"),
    ],
)
def test_find_dates_reads_an_era_year_as_gregorian(text: str, want: list[str], raw: str) -> None:
    found = list(find_dates(text))
    assert [m.value.iso() for m in found] == want
    assert found[0].raw == raw == text[found[0].start : found[0].end]


def test_an_era_number_without_the_locales_context_is_no_date() -> None:
    assert [m.value.iso() for m in find_dates("Printed in 2562 copies on 9 August 2019")] == [
        "2019-08-09"
    ]


def test_a_gregorian_year_in_a_thai_text_stays() -> None:
    assert [m.value.iso() for m in find_dates("ตีพิมพ์ 9 สิงหาคม 2019")] == ["2019-08-09"]


@given(st.text(alphabet="๐๑๒๓๔๕๖๗๘๙0123456789 มกราคมพ.ศ.สิงหาคม", max_size=60))
def test_matches_are_spans_of_the_text(text: str) -> None:
    for m in find_dates(text):
        assert m.raw == text[m.start : m.end]
