"""A proceedings volume's name as a citation prints it, the event's place or its days after
a comma: ``In: Actas del XII Congreso de Humedales, Valencia, 2019, pp. 45-67`` (the year and
the pages read off as the locator leave ``…, Valencia``), ``In Proceedings of the 12th
Workshop on Reed Birds (WRB '19), May 12–14, 2019, Oslo, Norway`` (``…, May 12–14``). The
place (a city of the locales' ``[places].cities``, or a place closing with a country:
:func:`comet.page.event_dates.held_place`) and the days (a month's name and a day or a range
of days) are the event's, no part of the volume's name, which names an event (the locales'
``[words].proceedings_events``: *Congreso*, *colloque*, *Workshop*) before them.

A name whose last part is no place (``Proceedings of the Fen Society, Biological
Sciences``) or that names no event (``Annals of Marsh Studies, Oslo``: a journal's own
place-name, as a masthead may print it) stays whole."""

from __future__ import annotations

import re

from comet.dates import DateRange, parse_date_range
from comet.page.event_dates import _event_word, held_place
from comet.page.evidence import _lenient, _Page

__all__ = ["without_held_place"]

#: comma parts of a place after the name at most (``Fen Hall, Marshtown, Norway``)
PLACE_PARTS = 3
#: a month's name (letters) and a day or a range of days, without a year (``May 12–14``)
_DAYS = re.compile(
    r"[^\W\d_]{3,}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+[^\W\d_]{3,}\.?"
)
#: a year the date parser is given to read days printed without theirs
_ANY_YEAR = 2000


def _days(part: str, page: _Page) -> bool:
    """``part`` is a day or a range of days of a named month, no year (``May 12–14``,
    ``3-5 juin``)."""
    if _DAYS.fullmatch(part.strip(" .")) is None:
        return False
    rng = _lenient(parse_date_range, part, locales=page.rules, year=_ANY_YEAR)
    return isinstance(rng, DateRange) and rng.start.day is not None


def without_held_place(value: str, page: _Page) -> str:
    """``value`` without the event's place and days after its last event word (see the
    module's doc); any other value as it is."""
    if ", " not in value:
        return value
    pattern = _event_word(page.rules)
    if pattern is None:
        return value
    for _ in range(2):  # a place, then the days before it ('…, May 12–14, Oslo, Norway')
        parts = value.split(", ")
        cut = None
        for k in range(min(PLACE_PARTS, len(parts) - 1), 0, -1):
            head, tail = ", ".join(parts[:-k]), parts[-k:]
            if pattern.search(head) is None:
                continue
            if held_place(", ".join(tail), page) or (k == 1 and _days(tail[0], page)):
                cut = head
                break
        if cut is None:
            break
        value = cut
    return value
