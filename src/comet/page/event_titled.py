"""An event's own page headed by the event's name: the page's title line (wherever a menu
of any length puts it) is the event's name, and the event's dates stand on a line just
under it, or just over it in a banner, alone or with the place (``12th Symposium on Fen
Ecology`` / ``June 3-5, 2031`` / ``Marshtown, Norway``; ``FENECO '31`` / ``3–5 June 2031 ·
Marshtown, Norway``).

* The title names an event: an event word of the locales (``[words].proceedings_events``),
  or the dates' year (``FENECO 2031``, ``FENECO2031``, ``FENECO '31``), in
  :data:`~comet.page.event_dates.NAME_LINE_WORDS` words at most, no sentence's stop.
* The dates are a range of days as :func:`comet.page.event_top.top_event` reads one (dates
  alone, dates and a place, or a header's cells), printed without their year where the
  title gives it (``FENECO 2031`` / ``3 - 5 June``).
* The place is the dates line's, else a place alone on a line next to it in the head.

One concern: the dates (and place) printed next to the page's title where it names an
event."""

from __future__ import annotations

import re

from comet.dates import DateRange
from comet.page.event_dates import EVENT_LINE_CHARS, EVENT_LINES, NAME_LINE_WORDS, _event_word
from comet.page.event_top import (
    _YEAR,
    _cells,
    _dated,
    _event_name_line,
    _place,
)
from comet.page.evidence import _Page
from comet.page.layout import Line

__all__ = ["titled_event"]

#: non-empty lines under the title where the dates may stand (a subtitle, a place between)
UNDER = 3
#: non-empty lines over the title where the dates may stand (a banner's)
OVER = 1
#: lines over and under the title where a dates line further from it may stand
FAR_LINES = 20
#: a digit (a line without one holds no dates to the day)
_DIGIT = re.compile(r"\d")
#: a year of two digits after an apostrophe (``FENECO '31``)
_SHORT_YEAR = re.compile(r"['’‘](\d\d)(?!\d)")


def titled_event(page: _Page, *, anchor: bool = True) -> tuple[str, str | None, DateRange] | None:
    """The name (the title line), the place (or ``None``) and the dates of the event whose
    own page is headed by its name; ``None`` where the title is no event's name or no line
    next to it dates one. Where the title names no event, the first line near the top
    that does stands for it, if ``anchor`` (not on a paper's page: its type's line,
    ``Conference paper``, names none)."""
    at = page.title_line
    lines = page.layout.lines
    if at is None or at >= len(lines) or not _names(lines[at].text.strip(), page):
        at = (
            _first_named(page) if anchor else None
        )  # no title read, or a menu's item: the event's name's line
    if at is None or at >= len(lines):
        return None
    name = lines[at].text.strip()
    if not name or len(name.split()) > NAME_LINE_WORDS or name.endswith((".", "!", "?")):
        return None
    pattern = _event_word(page.rules)
    worded = pattern is not None and pattern.search(name) is not None
    years = {int(m.group()) for m in _YEAR.finditer(name)}
    short = {int(m.group(1)) for m in _SHORT_YEAR.finditer(name)}
    if not (worded or years or short):
        return None  # (cheap first: a title with no event word and no year names none)
    year = next(iter(years)) if len(years) == 1 else None
    near = _near(page, at)
    for k, line in enumerate(near):
        found = _dated(line.text, page, year=year)
        place: str | None = None
        if found is not None:
            place, rng = found
        else:
            cells = _cells(line.text, page, year)
            if cells is None:
                continue
            place, rng = cells[1], cells[2]
        y = rng.start.year
        if not (worded or y in years or (y is not None and y % 100 in short)):
            return None  # (a year of the title that is not the dates': another's)
        if place is None:
            place = _place_next(near, k, page)
        return name, place, rng
    return _farther(page, at, name, worded, years, short, year)


def _farther(
    page: _Page,
    at: int,
    name: str,
    worded: bool,
    years: set[int],
    short: set[int],
    year: int | None,
) -> tuple[str, str | None, DateRange] | None:
    """The first line further from the title (a hero's buttons, a tagline between; up to
    :data:`FAR_LINES` lines over or under it) that is a range of days alone or with its
    place, of the title's year where the title names one."""
    lines = page.layout.lines
    for line in lines[max(0, at - FAR_LINES) : at + 1 + FAR_LINES]:
        if line.zone != "main" or _DIGIT.search(line.text) is None:
            continue
        found = _dated(line.text, page, year=year)
        if found is None:
            continue
        y = found[1].start.year
        if (years or short) and not (y in years or (y is not None and y % 100 in short)):
            return None
        if worded or years or short:
            return name, found[0], found[1]
    return None


def _names(text: str, page: _Page) -> bool:
    """A title that may name an event: an event word or a year in it."""
    pattern = _event_word(page.rules)
    return bool(
        (pattern is not None and pattern.search(text) is not None)
        or _YEAR.search(text)
        or _SHORT_YEAR.search(text)
    )


def _first_named(page: _Page) -> int | None:
    """The index of the first main line near the top that names an event alone (an event
    word, a name's length), or ``None``."""
    pattern = _event_word(page.rules)
    if pattern is None:
        return None
    for line in page.layout.lines[:EVENT_LINES]:
        if line.zone != "main" or len(line.text) > EVENT_LINE_CHARS:
            continue  # (a paragraph names no event alone: not searched)
        if pattern.search(line.text) is not None:
            return line.index if _event_name_line(line.text.strip(), page) else None
    return None


def _near(page: _Page, at: int) -> list[Line]:
    """The non-empty main lines under the title (:data:`UNDER`), then over it (:data:`OVER`)."""
    lines = page.layout.lines
    under = [ln for ln in lines[at + 1 : at + 1 + 2 * UNDER] if _kept(ln)]
    over = [ln for ln in lines[max(0, at - 2 * OVER) : at] if _kept(ln)]
    return under[:UNDER] + over[::-1][:OVER]


def _place_next(near: list[Line], k: int, page: _Page) -> str | None:
    """A place alone on the line after the dates' (``k``), else on the one before, under the
    title."""
    for j in (k + 1, k - 1):
        if 0 <= j < min(len(near), UNDER) and j != k:
            text = near[j].text.strip().rstrip(".")
            if text and _place([p.strip() for p in text.split(",")], page):
                return text
    return None


def _kept(line: Line) -> bool:
    return line.zone == "main" and bool(line.text.strip())
