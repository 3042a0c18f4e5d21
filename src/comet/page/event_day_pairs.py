"""Two days of an event joined by the locales' word for *and* (``3 and 4 September 2018``,
``3 et 4 juin 2031``, ``3. und 4. Juni 2031``, ``3 y 4 de junio de 2031``): a two-day
event printed as a list of its days. The date reader reads such a list as its last day
alone; the event's readers read it as the range it is (``3-4 September 2018``).

* The word is one of ``[person_names].and`` (the locales' conjunctions: *and*, *et*,
  *und*, *y*, *e*, *og*), between two numbers of a day (an ordinal's stop kept: ``3.``).
* The second day is the first's next (``3 and 5 June`` are two days apart, no range).

One concern: a pair of days joined by a conjunction, rewritten as a range of two days."""

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


def paired_days(text: str, page: _Page) -> str:
    """``text`` with each pair of consecutive days joined by a conjunction written as a
    range (``3 and 4 September 2018`` → ``3-4 September 2018``); ``text`` where none is."""
    pattern = _pair(page.rules)
    if pattern is None or pattern.search(text) is None:
        return text

    def _joined(m: re.Match[str]) -> str:
        first, second = int(m.group(1)), int(m.group(3))
        if not 1 <= first < 31 or second != first + 1:
            return m.group()
        return f"{m.group(1)}{m.group(2)}-{m.group(3)}"

    return pattern.sub(_joined, text)
