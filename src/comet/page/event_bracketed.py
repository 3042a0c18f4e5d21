"""An event's days in brackets after its name near the top of its own page (``Thème du
congrès 2031 (3-5 juin 2031) : …``; ``Call for papers: Fen Ecology Symposium 2031 (3–5
June 2031, Marshtown, Norway)``): a page naming its event in its head dates it in a
bracket right after the event's word, the place beside the days or not.

* The line is one of the first :data:`~comet.page.event_top.TOP_LINES` non-empty lines of
  the main zone, or the title's line, and no sentence (a story's first sentence reporting
  on a congress, ``The congress (3-5 June 2031) gathered …``, ends with its stop).
* An event's word of the locales (``[words].proceedings_events``) stands within
  :data:`NEAR` characters before the opening bracket.
* The bracket holds dates alone, or dates and a place in comma parts (either order): a
  range of two days to three weeks, to the day, with its year (a page range,
  ``(pp. 1-14)``, or a year alone, ``(2031)``, is none).

One concern: the days (and place) bracketed after the event's name in the page's head."""

from __future__ import annotations

import re

from comet.dates import DateRange
from comet.page.event_dates import _event_word
from comet.page.event_top import TOP_LINES, _dated
from comet.page.evidence import _Page

__all__ = ["bracketed_event"]

#: characters between the event's word and the opening bracket at most
NEAR = 40
#: a bracket of dates (a digit in it), up to 80 characters
_BRACKET = re.compile(r"\(([^()\n]{0,40}\d[^()\n]{0,40})\)")


def bracketed_event(page: _Page) -> tuple[str | None, DateRange] | None:
    """The place (or ``None``) and the days bracketed after an event's word on a line of
    the page's head; ``None`` where none is. Memoised per page."""
    return page.remember(("bracketed-event",), lambda: _read(page))


def _read(page: _Page) -> tuple[str | None, DateRange] | None:
    event = _event_word(page.rules)
    if event is None or "(" not in page.text:
        return None
    lines = [ln for ln in page.layout.lines if ln.zone == "main" and ln.text.strip()]
    head = lines[:TOP_LINES]
    if page.title_line is not None and page.title_line < len(page.layout.lines):
        head.append(page.layout.lines[page.title_line])
    for line in head:
        text = line.text
        if "(" not in text or text.rstrip().endswith((".", "!", "?")):
            continue  # (a sentence: a story's report on an event, not the page's heading)
        for m in _BRACKET.finditer(text):
            if event.search(text, max(0, m.start() - NEAR), m.start()) is None:
                continue
            found = _dated(m.group(1), page)
            if found is not None:
                return found
    return None
