"""Where a byline's text ends: before the date that follows its names (``Jonas Feld am
25.08.2015 22:30``, ``By Ana Ruiz | May 3, 2021``), with the date's label and connectors, and
before a phrase naming the supervisors (``par Ana Ruiz sous la direction de …``). Split from
:mod:`comet.page.bylines` (verbatim)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _DIGIT_RE, _date_of, _dates_in, _Page

__all__ = ["_before_date", "_before_supervision", "_date_labels", "_date_start"]


def _before_date(value: str, page: _Page) -> str:
    """A byline cut before a date to the day that follows the names, with the lower-case
    connecting words and separators before it (``Jonas Feld am 25.08.2015 22:30`` →
    ``Jonas Feld``; ``By Ana Ruiz | May 3, 2021`` → ``By Ana Ruiz``): names never end in a
    lower-case word. A value without such a date comes back whole."""
    if not _DIGIT_RE.search(value):
        return value

    for d in _dates_in(page, value):
        if d.start > 0 and getattr(d.value, "day", None) is not None:
            words = value[: _date_start(value, d.start, d.end, page)].split()
            labels = _date_labels(page.rules)
            while words and (
                words[-1].islower()
                or not any(c.isalnum() for c in words[-1])
                or (len(words) > 2 and words[-1].strip(":").casefold() in labels)
            ):
                words.pop()  # 'By Ana Ruiz Updated Nov 13, 2019': the date's label too
            return " ".join(words).rstrip(" ,;|·/-–—") if words else value
    return value


#: a date's first word, a lower-case connector and a capitalised word after them
#: (``Do on Monday``)
_FIRST_WORD_CONNECTOR = re.compile(r"(\S+)\s+([^\W\d_]+)\s+(?=[^\W\d_])")


def _date_start(value: str, start: int, end: int, page: _Page) -> int:
    """Where a date found in a byline starts: past its first word where a lower-case connector
    and a whole date with its day and its own opening word follow it (``Minh Do on Monday,
    November 18th, 2019``: *Do* is a family name, not the German Thursday); a date that goes
    on with its day's number (``Sunday the 5th of May``) starts where it was found."""
    m = _FIRST_WORD_CONNECTOR.match(value, start, end)
    if m is None or not m.group(1)[:1].isupper() or not m.group(2).islower():
        return start
    rest = value[m.end() : end]
    if not rest[:1].isupper() or getattr(_date_of(page, rest), "day", None) is None:
        return start
    return m.end(1)


@functools.cache
def _date_labels(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The one-word labels of a publication's or an update's date (the locales'
    ``[labels]`` ``published``, ``published_online`` and ``modified``: *Published*,
    *Posted*; a label's word before its connector, ``Updated on``, ``Aktualisiert am``),
    folded: between a byline's names and its date they are no name."""
    keys = ("published", "published_online", "modified")
    out = set()
    for t in (t for k in keys for t in _loc.terms_of("labels", rules, k)):
        words = t.split()
        if len(words) == 2 and words[1].islower() and len(words[1]) <= 3:
            words = words[:1]  # 'Updated on', 'Publié le'
        if len(words) == 1 and words[0][:1].isupper():
            out.add(words[0].casefold())
    return frozenset(out)


@functools.cache
def _supervision(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("words", rules, "supervision_phrases")
    return re.compile(rf"\s(?:{_loc.alternation(terms)})\s", re.I) if terms else None


def _before_supervision(value: str, page: _Page) -> str:
    """A byline cut before the phrase naming the supervisors (``par Ana Ruiz sous la
    direction de …`` → ``par Ana Ruiz``; the locales' ``[words].supervision_phrases``)."""
    pattern = _supervision(page.rules)
    m = pattern.search(value) if pattern is not None else None
    return value[: m.start()].rstrip(" ,;") if m is not None else value
