"""A labelled date read with its label where the label's language dates in another calendar.

A date label's value is read alone (``۱۴۰۰/۰۱/۱۵``), and a bare number is read as written: the
date reader takes a number for a year of the Solar Hijri calendar only where the text around
it is Persian (:mod:`comet.dates`, ``docs/dates.md``). The label is that text: under a
Persian label (``تاریخ انتشار``, ``سال انتشار``) the number is the calendar's
(``1400/01/15`` → 2021-04-04). The value is read again with its label before it, only when
its year could be one of the calendar's (1212-1450) and the label is written in a script
other than Latin; the date reader decides from the label's letters.
"""

from __future__ import annotations

from comet.dates import PartialDate
from comet.page.evidence import _date_of, _Page

__all__ = ["in_label_calendar"]

#: the years a bare number may be in a calendar other than the Gregorian one (Solar Hijri)
FIRST_YEAR, LAST_YEAR = 1212, 1450


def in_label_calendar(page: _Page, label: str, value: str, date: PartialDate) -> PartialDate:
    """``date``, read from a label's ``value``, read again with the ``label`` before it
    where that makes it a date of another calendar (see the module's text)."""
    if not FIRST_YEAR <= date.year <= LAST_YEAR or label.isascii():
        return date
    again = _date_of(page, f"{label}: {value}")
    if isinstance(again, PartialDate) and again.year != date.year:
        return again
    return date
