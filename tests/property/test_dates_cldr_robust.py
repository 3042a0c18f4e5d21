"""Property tests: parsing in any CLDR language never crashes, and detection keeps its word."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from comet import ParseError, find_dates, parse_date, parse_date_range
from comet.dates import _cldr

LANGS = st.sampled_from(_cldr.languages())
#: digits, separators, times and words of several scripts (months, glue words, periods)
_PIECES = st.sampled_from(
    [
        "2019", "12", "3", "07", ".", ",", "/", "-", "–", " ", ":", "10:30", "г.", "de", "年",
        "月", "日", "марта", "Μαΐου", "tháng 3", "n. Chr.", "AM", "\u200f", "၁၉၉၈", "،", "-ші",
        "(", ")", "[", "]", "सितंबर", "maj", "Sept", "den",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=120), st.lists(_PIECES, max_size=14).map("".join))


@given(_TEXTS, LANGS)
def test_never_crashes_in_any_language(text: str, tag: str) -> None:
    for fn in (parse_date, parse_date_range):
        with contextlib.suppress(ParseError):
            fn(text, locales=[tag])
        result = fn(text, locales=[tag], strict=False)
        assert (result.value is None) == (result.error is not None)
    for m in find_dates(text, locales=[tag]):
        assert text[m.start : m.end] == m.raw


@given(_TEXTS)
def test_detection_is_reported(text: str) -> None:
    result = parse_date(text, strict=False)
    assert (result.value is None) == (result.error is not None)
    if result.value is not None and any(d.code == "language-detected" for d in result.diagnostics):
        assert result.value.diagnostics == result.diagnostics
