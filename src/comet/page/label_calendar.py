"""A labelled date read with its label where the label's language dates in another calendar.

A date label's value is read alone (``۱۴۰۰/۰۱/۱۵``), and a bare number is read as written: the
date reader takes a number for a year of the Solar Hijri calendar only where the text around
it is Persian (:mod:`comet.dates`, ``docs/dates.md``). The label is that text: under a
Persian label (``تاریخ انتشار``, ``سال انتشار``) the number is the calendar's
(``1400/01/15`` → 2021-04-04). An imprint's year in the script's digits (``تهران: نشر نی،
۱۳۹۴``), which the imprint reader leaves to the date reader, is read the same way, on the
imprint's text, and so is its year in European digits (``یزد: نشر کویر، 1399``) where the
imprint is not written in Latin. The value is read again with its label before it, only when
its year could be one of the calendar's (1212-1450) and the label is written in a script
other than Latin; the date reader decides from the label's letters.
"""

from __future__ import annotations

import re

from comet.dates import PartialDate
from comet.page.evidence import _date_of, _dates_in, _Page

__all__ = ["imprint_calendar_date", "in_label_calendar"]

#: the Arabic script's two sets of digits (Arabic-Indic, Persian), or a year of the Solar
#: Hijri calendar's span in European digits (a Persian imprint's ``، 1399``)
_EASTERN_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]{4}|(?<!\d)1[234]\d\d(?!\d)")

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


def imprint_calendar_date(page: _Page, imprint: str) -> PartialDate | None:
    """The date closing an imprint whose year is printed in Eastern Arabic digits, read on
    the imprint's text (a Persian imprint's year is the Solar Hijri calendar's: ``…، ۱۳۹۴``
    → 2015), or ``None``; a year the reader leaves in the calendar's range (a lunar Hijri
    year, ``١٤٢٠ هـ``) is none."""
    if imprint.isascii() or _EASTERN_DIGITS.search(imprint) is None:
        return None  # (a year in European digits: only in an imprint not written in Latin)
    found = [m.value for m in _dates_in(page, imprint) if isinstance(m.value, PartialDate)]
    if not found or found[-1].year <= LAST_YEAR:
        return None  # ('بيروت: دار الكتب، ١٤٢٠ هـ': a lunar Hijri year, read as written)
    return found[-1]
