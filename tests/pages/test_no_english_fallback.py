"""A report's series and genre patterns are built from the locales in use only: a locale
set that holds no series word or no number word gives no pattern, never an English one
(``Series``, ``No``). Run over every registered locale."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet.page.genre_lines import _series_numbering
from comet.page.report_cover_series import _cover_series
from comet.page.report_number import _body_series
from comet.page.report_series import _series_number
from comet.page.report_terms import _series_terms


@pytest.mark.parametrize("tag", _loc.available())
def test_a_genre_series_numbering_needs_the_locales_words(tag: str) -> None:
    rules = (_loc.get(tag),)
    series = [t for t in _loc.terms_of("labels", rules, "series") if " " not in t]
    numbers = [
        t
        for key in ("volume", "issue")
        for t in _loc.terms_of("locator", rules, key)
        if " " not in t
    ]
    pattern = _series_numbering(rules)
    assert (pattern is None) == (not series or not numbers)
    if pattern is not None and "series" not in {t.casefold() for t in series}:
        assert pattern.match("Series No. 4: ") is None  # no English word of its own


@pytest.mark.parametrize("tag", _loc.available())
def test_report_series_patterns_need_the_locales_words(tag: str) -> None:
    rules = (_loc.get(tag),)
    series, numero = _series_terms(rules, 3)
    if not numero:
        assert _series_number(rules) is None
    if not series or not numero:
        assert _cover_series(rules) is None
        assert _body_series(rules) is None
