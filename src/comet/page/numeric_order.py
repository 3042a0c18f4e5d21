"""One numeric date order per page: the order of day and month a page's own dates prove.

A numeric date whose day and month are both 12 or less (``07/01/2014``) reads two ways; the
date reader takes the first order of the locales it is given (``docs/dates.md``). A page
writes its numeric dates in one order, so the page itself may decide:

* another numeric date on it with a part over 12 can be read in one order only
  (``12/23/2014`` is month first, ``23.12.2014`` day first);
* the same date written with a month's name (``07/01/2014`` beside ``July 1, 2014``)
  reads the numeric one.

Where the page proves an order the ambiguous date is read in it (diagnostic
``date-order-from-page``); where it proves none, or both, the reader's order is kept and
the date says so (``ambiguous-date-order``, a warning): never silently. Pure functions over
a page's text and a date's value; :mod:`comet.page.evidence` applies them to the dates it
reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from comet.dates import MAX_YEAR, MIN_YEAR, PartialDate, find_dates
from comet.dates._numeric_dates import AMBIGUOUS_ORDER
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ParseError

__all__ = [
    "DMY",
    "MDY",
    "in_proven_order",
    "numeric_proof",
    "order_diagnostics",
    "read_order",
    "swapped",
    "written_proof",
]

DMY, MDY = "DMY", "MDY"

#: a numeric date of a day, a month and a year with one separator (``07/01/2014``,
#: ``23.12.2014``, ``1-7-14``), not a part of a longer run of numbers (a version, an
#: identifier's ``10.1000/12.3.2014``)
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)")

#: the longest line read for a written date that decides an ambiguous numeric one
MAX_WRITTEN_LINE = 300

#: the codes of the diagnostics of this module
FROM_PAGE, AMBIGUOUS = "date-order-from-page", AMBIGUOUS_ORDER


def read_order(raw: str, value: PartialDate) -> tuple[str, str] | None:
    """The order (``DMY``, ``MDY``) in which ``value`` was read from an ambiguous numeric
    date of ``raw`` (its day and month both 12 or less, and not equal) and that date as
    printed; ``None`` where ``value`` comes from no such date."""
    day, month = value.day, value.month
    if day is None or month is None or day == month or day > 12:
        return None
    for m in _NUMERIC.finditer(raw):
        a, b, year = int(m[1]), int(m[3]), m[4]
        if int(year) != (value.year if len(year) == 4 else value.year % 100):
            continue
        if (a, b) == (day, month):
            return DMY, m[0]
        if (a, b) == (month, day):
            return MDY, m[0]
    return None


def numeric_proof(text: str) -> dict[str, str]:
    """The orders the numeric dates of ``text`` with a four-digit year prove, each with
    the first date that proves it: a first part over 12 is a day (``23.12.2014``: day
    first), a second part over 12 is a day (``12/23/2014``: month first)."""
    found: dict[str, str] = {}
    for m in _NUMERIC.finditer(text):
        if len(m[4]) != 4 or not MIN_YEAR <= int(m[4]) <= MAX_YEAR:
            continue
        a, b = int(m[1]), int(m[3])
        if 12 < a <= 31 and 1 <= b <= 12:
            found.setdefault(DMY, m[0])
        elif 12 < b <= 31 and 1 <= a <= 12:
            found.setdefault(MDY, m[0])
    return found


def written_proof(text: str, value: PartialDate, rules: Any) -> dict[str, str]:
    """The orders that the dates of ``text`` written with a month's name prove for the
    ambiguous numeric reading ``value`` (read as day ``value.day``, month ``value.month``):
    ``July 1, 2014`` proves ``07/01/2014`` month first wherever it stands, each with the
    written date. Only lines holding the year are read."""
    day, month = value.day, value.month
    found: dict[str, str] = {}
    year = str(value.year)
    for line in text.splitlines():
        if year not in line or len(line) > MAX_WRITTEN_LINE:
            continue
        for m in _lenient_find(line, rules):
            v = m.value
            if not isinstance(v, PartialDate) or v.year != value.year or v.day is None:
                continue
            if _NUMERIC.search(m.raw) or not any(c.isalpha() for c in m.raw):
                continue  # a numeric date, a word before it perhaps ('vom 9.3.2021'): no proof
            if (v.month, v.day) == (month, day):
                found.setdefault("same", m.raw)
            elif (v.month, v.day) == (day, month):
                found.setdefault("swapped", m.raw)
    return found


def _lenient_find(text: str, rules: Any) -> Iterable[Any]:
    try:
        return list(find_dates(text, locales=rules))
    except ParseError:
        return []


def in_proven_order(
    value: PartialDate, read: tuple[str, str], numeric: dict[str, str], written: dict[str, str]
) -> PartialDate:
    """``value``, read in order ``read[0]`` from the ambiguous numeric date ``read[1]``,
    in the order the page proves (``numeric``: :func:`numeric_proof`; ``written``:
    :func:`written_proof`, read where the numeric dates prove nothing), with a diagnostic
    that says which order was taken and why."""
    order, printed = read
    other = MDY if order == DMY else DMY
    proof: tuple[str, str] | None = None
    if len(numeric) == 1:
        proof = next(iter(numeric.items()))
    elif not numeric and len(written) == 1:
        ((which, shown),) = written.items()
        proof = (order if which == "same" else other, shown)
    if proof is None:
        why = (
            "the page's dates prove both orders"
            if numeric or written
            else ("no date on the page decides")
        )
        diag = Diagnostic(AMBIGUOUS, f"read {printed} as {order}: {why} between day and "
                          "month first", severity=Severity.WARNING)  # fmt: skip
        return _with(value, diag)
    taken, shown = proof
    how = "can only be read so" if numeric else "writes the same date with its month's name"
    diag = Diagnostic(FROM_PAGE, f"read {printed} as {taken}: {shown} on the page {how}")
    if taken == order:
        return _with(value, diag)
    return _with(swapped(value), diag)


def order_diagnostics(value: Any) -> tuple[Diagnostic, ...]:
    """The diagnostics of this module that ``value`` (a date the page reader chose) carries:
    the record repeats them, so that a date read in an order the page proves, or in an
    order nothing proves, says so."""
    if not isinstance(value, PartialDate):
        return ()
    return tuple(d for d in value.diagnostics if d.code in (FROM_PAGE, AMBIGUOUS))


def swapped(value: PartialDate) -> PartialDate:
    """``value`` with its day and month read the other way round (``7 January`` for ``1
    July``); the page reader's and the HTML tags' one swap."""
    return attrs.evolve(value, month=value.day, day=value.month)


def _with(value: PartialDate, diag: Diagnostic) -> PartialDate:
    kept = tuple(d for d in value.diagnostics if d.code != AMBIGUOUS)
    return attrs.evolve(value, diagnostics=(*kept, diag))
