"""A conference paper's event line near the top of its page: the event's name (a word of an
event of the locales, ``Symposium``, ``Konferenz``), then its dates and its place in either
order, parted by commas (``12th Symposium on Fen Ecology, June 3-5, 2019, Marshtown,
Norway``; ``… Fen Ecology, Marshtown, Norway, June 3-5, 2019``), or on the next line under a
name alone on its line (``12th Symposium on Fen Ecology`` / ``Marshtown, Norway, 3–5 June
2019``): the event's place and dates, as :func:`comet.page.fee_code.header_event` reads them
after a fee code's stamp. The line is read by :mod:`comet.page.event_dates` (which the date
readers use too); here the event is named, and a proceedings footer's event read."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import DateRange, PartialDate, parse_date_range
from comet.page.event_dates import (
    EVENT_LINES,
    _dates_and_place,
    _event_word,
    dates_alone,
    event_date_lines,
    place_like,
    stated_event,
)
from comet.page.evidence import _lenient, _Page
from comet.page.proceedings_footer import footer_match
from comet.page.venue import _proceedings_opening

__all__ = [
    "EVENT_LINES",
    "dates_alone",
    "event_date_lines",
    "event_line",
    "footer_event",
    "presented_event",
    "without_event_tail",
]  # (the line's reading is comet.page.event_dates': EVENT_LINES, dates_alone, event_date_lines)


def event_line(page: _Page) -> tuple[str | None, DateRange, str] | None:
    """The place (``None`` for an event of no place), the dates and the name of the event
    of the first line near the top that states one (:func:`comet.page.event_dates.stated_event`),
    the name without a proceedings volume's opening or a note's phrase."""
    found = stated_event(page)
    return None if found is None else (found[0], found[1], _event_name(found[2], page.rules))


def without_event_tail(value: str, page: _Page) -> str:
    """A container's value that is an event line (a proceedings volume's name with the
    event's dates and place after it, ``Proceedings of the 12th Symposium on Fen Ecology,
    June 3-5, 2019, Marshtown, Norway``) without the dates and the place; any other value
    as it is."""
    pattern = _event_word(page.rules)
    m = pattern.search(value) if pattern is not None else None
    if m is None:
        return value
    after = value.find(", ", m.end())
    if after < 0:
        return value
    tail = value[after + 2 :].rstrip(".").split(", ")
    if _dates_and_place(tail, page, value[:after]) is None:
        return value
    return value[:after]


@functools.cache
def _presented_at(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The phrases a paper's note opens its event with (``[words].event_presented``:
    *Presented at the*, *Vorgetragen auf der*, *Présenté au*), at a line's start."""
    terms = _loc.terms_of("words", rules, "event_presented")
    return re.compile(rf"(?:{_loc.alternation(terms)})(?!\w)\s*", re.I) if terms else None


def presented_event(page: _Page) -> tuple[str | None, DateRange, str] | None:
    """The event of :func:`event_line` where its line is a note that the work was presented
    at it (``Presented at the 12th Symposium on Fen Ecology, Marshtown, Norway, June 3-5,
    2031``: ``[words].event_presented``), whatever the work's type; ``None`` otherwise."""
    found = stated_event(page)
    opening = _presented_at(page.rules) if found is not None else None
    if found is None or opening is None:
        return None
    label = _container_label(page.rules)
    text = found[2]
    m = label.match(text) if label is not None else None
    text = text[m.end() :] if m is not None else text
    if opening.match(text) is None:
        return None
    return found[0], found[1], _event_name(found[2], page.rules)


@functools.cache
def _container_label(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A container's label and its colon at a line's start (``[labels].container``: *In:*,
    *Published in:*): a citation's, before the proceedings' name."""
    terms = _loc.terms_of("labels", rules, "container")
    return re.compile(rf"(?:{_loc.alternation(terms)})\s*:\s*", re.I) if terms else None


def _event_name(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The event's name as printed, without a container's label (``In:``), a proceedings
    volume's opening before it (``Proceedings of the 12th Symposium on …``: the event is the
    symposium) or a note's phrase (``Presented at the 12th Symposium on …``)."""
    label = _container_label(rules)
    m = label.match(text) if label is not None else None
    if m is not None and text[m.end() :].strip():
        text = text[m.end() :]
    for opening in (_proceedings_opening(rules), _presented_at(rules)):
        m = opening.match(text) if opening is not None else None
        if m is not None and text[m.end() :].strip():
            return text[m.end() :].strip()
    return text


#: comma parts of the place and dates between a footer's pages and its copyright at most
REST_PARTS = 6


def footer_event(page: _Page) -> tuple[str, PartialDate, PartialDate | None] | None:
    """The event's place and dates from the footer's part between the pages and the
    copyright (``Oslo, Norway, 10 July 2012``; ``Hong Kong, China, November 3 – 7,
    2019``): the place's parts before the dates, the dates one day or a range; else None."""
    found = footer_match(page)
    if found is None or not found[0].group("rest"):
        return None
    parts = [p.strip() for p in found[0].group("rest").split(",")]
    if not 2 <= len(parts) <= REST_PARTS:
        return None
    for n in range(1, len(parts)):
        place, dates = parts[:-n], ", ".join(parts[-n:])
        if not place_like(place, page):
            continue
        rng = _lenient(parse_date_range, dates, locales=page.rules)
        if isinstance(rng, DateRange) and rng.start.day:
            end = rng.end if rng.end != rng.start else None  # (one day: no range)
            return ", ".join(place), rng.start, end
    return None
