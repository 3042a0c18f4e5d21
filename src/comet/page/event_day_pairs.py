"""Two days of an event joined by the locales' word for *and* (``3 and 4 September 2018``,
``3 et 4 juin 2031``, ``3. und 4. Juni 2031``, ``3 y 4 de junio de 2031``): a two-day
event printed as a list of its days. The date reader reads such a list as its last day
alone; the event's readers read it as the range it is (``3-4 September 2018``).

* The word is one of ``[person_names].and`` (the locales' conjunctions: *and*, *et*,
  *und*, *y*, *e*, *og*), between two numbers of a day (an ordinal's stop kept: ``3.``).
* The second day is the first's next (``3 and 5 June`` are two days apart, no range).

The other forms of an event's days the date reader reads as one day or none are written
as the range they are too:

* a list of three days or more, the last two joined so (``3, 4 y 5 de junio``: ``3-5``);
* days with an ordinal's suffix of the locales (``[date_words].ordinal_suffix``: ``June
  3rd - 5th, 2031``: ``June 3 - 5, 2031``);
* a range of days in numbers sharing their month and year (``3.-5.6.2031``: ``3.6.2031 -
  5.6.2031``);
* two days parted by a word of a range the date reader does not take for one
  (``[words].event_day_ranges``: ``3 a 5 de junho``, ``del 3 a 5 de junio``), where it would
  take it for a range of anything else (``a`` is an article too).

One concern: the forms of an event's days the date reader misreads, written as the range."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _Page

__all__ = ["paired_days"]


@functools.cache
def _pair(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A day, a conjunction of the locales, the next day (``3 and 4``, ``3. und 4.``)."""
    terms = [t for t in _loc.terms_of("person_names", rules, "and") if t.isalpha()]
    if not terms:
        return None
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})(\.?)\s+(?:{_loc.alternation(terms)})\s+(\d{{1,2}})(?![\d:])", re.I
    )


#: a list of days before the pair closing it (``3, 4 y 5``: ``3, `` before ``4 y 5``)
_LISTED = re.compile(r"(?<!\d)(\d{1,2}),\s+(\d{1,2})-(\d{1,2})(?!\d)")
#: days a list holds at most
LIST_DAYS = 7
#: a range of days in numbers, its month and year printed once (``3.-5.6.2031``)
_NUMERIC = re.compile(
    r"(?<![\d.])(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)"
)


@functools.cache
def _span(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A day, a word of the locales between two days of a range the date reader does not
    read (``[words].event_day_ranges``: *a* in ``3 a 5 de junho``), a later day."""
    terms = _loc.terms_of("words", rules, "event_day_ranges")
    if not terms:
        return None
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\s+(?:{_loc.alternation(terms)})\s+(\d{{1,2}})(?![\d:])", re.I
    )


@functools.cache
def _ordinal(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """An ordinal's suffix of the locales after a day's number (``3rd``, ``1er``)."""
    terms = [t for t in _loc.terms_of("date_words", rules, "ordinal_suffix") if t.isalpha()]
    if not terms:
        return None
    alternation = _loc.alternation(terms)
    return re.compile(rf"(?<=\d)(?<!\d\d\d)(?:{alternation})(?![^\W\d_])", re.I)


def paired_days(text: str, page: _Page) -> str:
    """``text`` with each pair of consecutive days joined by a conjunction written as a
    range (``3 and 4 September 2018`` → ``3-4 September 2018``), a list of days closed by
    one as its range, ordinals' suffixes dropped and a range of days in numbers written
    out; ``text`` where none is."""
    if "." in text and ("-" in text or "–" in text):
        text = _NUMERIC.sub(lambda m: f"{m[1]}.{m[3]}.{m[4]} - {m[2]}.{m[3]}.{m[4]}", text)
    span = _span(page.rules)
    if span is not None and span.search(text) is not None:  # '3 a 5 de junho de 2031'
        text = span.sub(lambda m: f"{m[1]}-{m[2]}" if int(m[1]) < int(m[2]) <= 31 else m[0], text)
    ordinal = _ordinal(page.rules)
    if ordinal is not None and ordinal.search(text) is not None:
        text = ordinal.sub("", text)
    pattern = _pair(page.rules)
    if pattern is None or pattern.search(text) is None:
        return text
    text = pattern.sub(_joined, text)
    for _ in range(LIST_DAYS):  # '2, 3, 4 y 5': '2, 3, 4-5', '2, 3-5', '2-5'
        listed = _LISTED.sub(_listed, text)
        if listed == text:
            break
        text = listed
    return text


def _listed(m: re.Match[str]) -> str:
    """A day listed before a range whose first day is its next (``3, 4-5``: ``3-5``)."""
    return f"{m.group(1)}-{m.group(3)}" if int(m.group(2)) == int(m.group(1)) + 1 else m.group()


def _joined(m: re.Match[str]) -> str:
    """Two consecutive days joined by a conjunction (``3 and 4``: ``3-4``)."""
    first, second = int(m.group(1)), int(m.group(3))
    if not 1 <= first < 31 or second != first + 1:
        return m.group()
    return f"{m.group(1)}{m.group(2)}-{m.group(3)}"
