"""Locators and page counts inside the values of labels that name something else: a date
label whose value goes on with the issue's numbers (``Year: 2019, Vol. 3, Issue 2``,
``Published: Marsh Letters 12 (3), 2020, 45-67``, as a journal platform prints its source
under a date's label) and a note's or a format's label whose value is a physical description
(``Notes: xii, 245 p. ; 24 cm``, ``Format: 245 pages ; 24 cm``: ISBD area 5, a page count,
whatever the label's name) and a pages label's range with the article's page count or the
host's total after it (``45-67 (23 pages)``, ``45-67 / 245``, ``45-67页``). Each value is read by the parser that knows its grammar
(:func:`comet.locators.find_locators`, :mod:`comet.page.extent`).
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.locators import Locator, PageRange, find_locators, parse_pages
from comet.page.evidence import _lenient, _Page
from comet.page.extent import _extent_pages, _leading_count, bracketed_count
from comet.page.lines import LabelValue

__all__ = ["DATED_KEYS", "NOTED_KEYS", "dated_locator", "noted_extent", "ranged_pages"]

#: label keys of a date whose value may go on with the issue's numbers
DATED_KEYS = frozenset(
    {"year", "published", "issue_date", "published_online", "first_published", "date"}
)
#: label keys of a note or a format whose value may be a physical description
NOTED_KEYS = frozenset({"notes", "format", "material_type"})

#: characters of such a value at most (a source, not a paragraph)
VALUE_CHARS = 120
#: a value worth reading: a digit after a separator (a date alone has none: ``2019``,
#: ``12 March 2019``)
_GOES_ON = re.compile(r"[,;|]\D{0,20}\d")
#: a locator printed with words or brackets (``Vol. 3``, ``12(3)``), not a clock's time
#: after a date (``2019-03-04, 12:45``)
_WORDED = re.compile(r"[^\W\d_]|\(")


def dated_locator(lv: LabelValue, page: _Page) -> tuple[Locator, bool] | None:
    """The locator a date label's value holds after its date (``2019, Vol. 3, Issue 2``,
    ``2020; 12(3): 45-67``) or names with its journal before it (``Marsh Letters 12 (3),
    2020, 45-67``: ``True`` then, the value is a source); ``None`` for a date alone
    (``12 March 2019``, ``2019-03-04``), a date and one number (``2019, 12``) or a value
    whose locator names no volume."""
    value = lv.value.strip()
    if lv.layout != "same-line" or len(value) > VALUE_CHARS or not _GOES_ON.search(value):
        return None
    m = next(iter(find_locators(value, locales=page.rules)), None)
    if m is None:
        return None
    loc = m.value
    if not _WORDED.search(value[m.start : m.end]) and not (loc.issue and loc.pages):
        return None
    if not (loc.volume and (loc.issue or loc.pages or loc.issued is not None)):
        return None
    return loc, m.start > 0


#: where a physical description may open inside a note: the value's start, or after a
#: sentence's stop, a semicolon or a dash between spaces
_NOTE_PARTS = re.compile(r"(?:^|\.\s+|;\s+|\s[-–—]\s+)")


def noted_extent(lv: LabelValue, page: _Page) -> PageRange | None:
    """The page count of a physical description a note's or a format's label holds, alone
    or as one sentence of the note (``xii, 245 p. : ill. ; 24 cm``, ``Text in Welsh. 245
    S.``, ``1 online resource (310 pages)``); ``None`` where no part opens with a count and
    its unit (``Includes bibliographical references (p. 231-240)``, ``PDF, 2.3 MB``)."""
    value = lv.value.strip()
    if len(value) > VALUE_CHARS or not any(c.isdigit() for c in value):
        return None
    for m in _NOTE_PARTS.finditer(value):
        part = value[m.end() :]
        if not part[:1].isdigit() and not part[:1].isalpha() and part[:1] != "[":
            continue
        if _leading_count(part, page.rules):
            return _extent_pages(part, page.rules)
        if "(" in part and part[:1].isdigit() and (counted := bracketed_count(part, page.rules)):
            return counted
    return None


#: what may follow a page range in a pages label's value: a bracket (the article's count,
#: ``(23 pages)``), the host's total after a slash (``/ 245``), a unit closing the range in a
#: script that writes it after the number (``45-67页``, ``45-67頁``)
_AFTER_RANGE = re.compile(r"\s*(?:\([^()]{1,30}\)|/\s*\d{1,5}|[页頁쪽])\s*$")


def ranged_pages(value: str, rules: tuple[_loc.LocaleRules, ...]) -> PageRange | None:
    """The page range of a pages label's value that goes on after it (see the module): the
    range read without what follows it, a range with its last page only (``45-67 (23
    pages)``; never a count alone: ``12 p. (45-67)`` names the count first, no range)."""
    m = _AFTER_RANGE.search(value)
    if m is None or m.start() == 0:
        return None
    pr = _lenient(parse_pages, value[: m.start()], locales=rules)
    return pr if isinstance(pr, PageRange) and pr.last is not None else None
