"""Hypothesis strategies for dates: :class:`~comet.PartialDate` values and dates written out.

>>> from hypothesis import given, settings
>>> from comet import parse_date, strategies as cst
>>> @settings(max_examples=20)
... @given(cst.written_dates("da"))
... def parses_back(case):
...     text, date, tag = case
...     assert parse_date(text, locales=[tag]) == date
>>> parses_back()
"""

from __future__ import annotations

import calendar

from hypothesis import strategies as st

from comet import locales as L
from comet.dates import MAX_YEAR, MIN_YEAR, PartialDate

__all__ = ["date_strings", "partial_dates", "written_dates"]

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_SEASONS = ("spring", "summer", "autumn", "winter")


@st.composite
def _partial(
    draw: st.DrawFn, min_year: int, max_year: int, seasons: bool, precisions: tuple[str, ...]
) -> PartialDate:
    year = draw(st.integers(min_year, max_year))
    kinds = [p for p in precisions if seasons or p != "season"]
    kind = draw(st.sampled_from(kinds))
    if kind == "year":
        return PartialDate(year)
    if kind == "season":
        return PartialDate(year, season=draw(st.sampled_from(_SEASONS)))
    month = draw(st.integers(1, 12))
    if kind == "month":
        return PartialDate(year, month)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


def partial_dates(
    *,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
    seasons: bool = True,
    precisions: tuple[str, ...] = ("year", "season", "month", "day"),
) -> st.SearchStrategy[PartialDate]:
    """Valid :class:`~comet.PartialDate` values of every precision (``precisions`` narrows)."""
    return _partial(min_year, max_year, seasons, precisions)


def _locale_tags(locale: str | None) -> list[str]:
    if locale is not None:
        return [L.get(locale).tag]
    return list(L.available())


@st.composite
def _written(draw: st.DrawFn, tags: tuple[str, ...]) -> tuple[str, PartialDate, str]:
    tag = draw(st.sampled_from(tags))
    rules = L.get(tag)
    date = draw(partial_dates(seasons=bool(rules.terms("seasons"))))
    season_words = {L.fold(t) for t in rules.terms("seasons")}
    y = date.year
    if date.season is not None:
        words = rules.terms("seasons", date.season)
        if not words:  # a locale may leave a season out (a word shared with another language)
            date = PartialDate(y)
            return f"{y}", date, tag
        word = draw(st.sampled_from(words))
        return f"{word} {y}", date, tag
    if date.month is None:
        return draw(st.sampled_from([f"{y}", f"({y})"])), date, tag
    m = date.month
    names = rules.terms("months", _MONTH_KEYS[m - 1])
    if date.day is None:
        forms = [f"{y}-{m:02d}"]
        # a clipped month name that is also a function word of the locale (cs ``pro``)
        # is a month only with its dot or a day beside it: never drawn alone
        function = {L.fold(t) for t in rules.terms("words", "function_words")}
        forms += [
            f"{n} {y}" for n in names if L.fold(n) not in season_words and L.fold(n) not in function
        ]
        return draw(st.sampled_from(forms)), date, tag
    d = date.day
    forms = [f"{y}-{m:02d}-{d:02d}"]
    order = rules.date_order
    if order == "DMY":
        forms += [f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"]
    elif order == "MDY":
        forms += [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"]
    else:
        forms += [f"{y}/{m}/{d}"]
    ordinal_dot = "." in rules.terms("date_words", "ordinal_suffix")
    for n in names:
        forms.append(f"{d} {n} {y}")
        if ordinal_dot:
            forms.append(f"{d}. {n} {y}")
        if order == "MDY":
            forms.append(f"{n} {d}, {y}")
    return draw(st.sampled_from(forms)), date, tag


def written_dates(locale: str | None = None) -> st.SearchStrategy[tuple[str, PartialDate, str]]:
    """``(text, date, tag)``: a date written in one of locale ``tag``'s formats.

    ``comet.parse_date(text, locales=[tag])`` gives ``date`` back.  ``locale=None``
    draws from every registered locale.
    """
    return _written(tuple(_locale_tags(locale)))


def date_strings(locale: str | None = None) -> st.SearchStrategy[str]:
    """Dates as text in a locale's formats (``27 maj 2019``, ``03/30/2025``, ``Spring 2020``)."""
    return written_dates(locale).map(lambda t: t[0])
