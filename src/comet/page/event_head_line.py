"""A conference paper whose page prints its event's name by the title.

A paper given at a conference carries the event's name over its title, as a running head
(``International Conference on Harbour Engineering (HE 2031)`` / the title / the authors),
or right under it (``Contribution to the 2031 Symposium of …``), with the event's year; a
web page of the paper that prints nothing else of its kind is the paper's. The event's name
is :func:`comet.page.venue._named_like_proceedings`'s (a word of the locales'
``[words].proceedings_events``, capitalised, among words half capitalised), the year a
citation year;
nothing here names a word.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.page.body import _prose
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.lines import Line
from comet.page.venue import _event_words, _named_like_proceedings

__all__ = ["EVENT_HEAD", "event_head", "event_head_line"]

#: the evidence the candidate gives
EVENT_HEAD = "an event's name and year by the title"
#: the candidate's weight: over a web article's guess of no named periodical, under a
#: label's, a line's or a journal's locator
W_EVENT_HEAD = W_POS - 0.1
#: lines over the title searched for the event's head
HEAD_LINES = 3
#: a year, between digit boundaries
_YEAR = re.compile(rf"(?<!\d){CITATION_YEAR_PATTERN}(?!\d)")


def event_head_line(page: _Page, cites_others: bool) -> list[Cand]:
    """:func:`event_head` where the page's kind prints no other works' locators
    (``cites_others``: a news or a blog page's event is the story's), as a list."""
    if cites_others:
        return []
    head = event_head(page)
    return [] if head is None else [head]


def event_head(page: _Page) -> Cand | None:
    """``paper-conference`` where a line of the main text among the :data:`HEAD_LINES`
    over the work's title, or the line right under it, names an event (not a sentence of
    prose) and the event's year stands on it or on the head's next line above the title;
    ``None`` otherwise, and where those lines name a call for papers (the event's own page).
    """
    title = page.title_line
    if title is None:
        return None
    lines = page.layout.lines
    head = lines[max(0, title - HEAD_LINES) : title + 2]
    if _calls(head, page):
        return None  # ('Call for papers' by the title: the event's own page, no paper's)
    for ln in head:
        if ln.index == title or ln.zone != "main" or _prose(ln):
            continue
        tokens = ln.text.split()
        if not _named_like_proceedings(tokens, page.rules) or not _capital_event(tokens, page):
            continue
        if _YEAR.search(ln.text) or _dated_next(lines, ln, title):
            return Cand("paper-conference", W_EVENT_HEAD, (ln.start, ln.end), EVENT_HEAD)
    return None


def _calls(head: tuple[Line, ...], page: _Page) -> bool:
    """A line of the title's neighbourhood names a call for papers (the locales'
    ``[words].event_calls``: ``Call for papers``, ``Appel à communications``): the page is
    the event's own, whose name heads it over its call."""
    calls = _loc.casefolded_terms("words", page.rules, "event_calls")
    return any(term in ln.text.casefold() for ln in head for term in calls)


def _capital_event(tokens: list[str], page: _Page) -> bool:
    """An event's word of the line is capitalised, a name's word (``International
    Conference``, ``Tagung der …``), not a common noun of a sentence (``a post on a forum``)."""
    events = _event_words(page.rules)
    return any(w[:1].isupper() and w.casefold().startswith(events) for w in tokens)


def _dated_next(lines: tuple[Line, ...], ln: Line, title: int) -> bool:
    """The line after ``ln`` is above the title and holds a year (``International
    Conference`` / ``Harbour Engineering 2031, Marshtown, May 3-5, 2031``)."""
    nxt = ln.index + 1
    return nxt < title and _YEAR.search(lines[nxt].text) is not None
