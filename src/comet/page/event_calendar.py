"""An event's call for papers or its timeline: a calendar of dated steps, deadlines most of
them (``31 March 2031: paper submission deadline``; ``· 1er mai 2031 : notification``),
among which the event's own days stand (``· 3-5 juin 2031 : tenue du colloque``; ``June
3-5, 2031: Symposium``), or a sentence tells that the event is held (``The conference will
run from 3 to 5 June, 2031 as follows:``). A call dates each step of its calendar; the
event's step is the one an event's word names and no deadline's word does.

* The page is a calendar: two of its lines or more print a deadline's word of the locales
  (``[words].event_deadlines``: *deadline*, *notification*, *date limite*, *Einreichung*,
  *plazo*) and a digit. A deadline is no event's date, and no work's publication.
* The event's line opens with a range of days (after a bullet), then a colon or a dash,
  then words naming an event (``[words].proceedings_events``) and no deadline's word.
* Else a sentence telling that the event is held (``[words].event_held``,
  ``[words].event_held_more``) whose subject is the page's event (the event word alone,
  ``The conference …``, or a word of the title) gives the range of days after its verb, or
  its place and days (:mod:`comet.page.event_prose`), wherever it stands on the page.

The range is of two days to three weeks, to the day, with its year.

One concern: the event's days among a call's dated steps."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import DateRange
from comet.page.event_dates import _event_word
from comet.page.event_prose import DATE_TOKENS, _dates_in, _page_event, _told
from comet.page.event_top import _place_word, _range
from comet.page.event_wrapped import held_pattern, held_terms
from comet.page.evidence import _guard, _Page
from comet.page.term_keys import lexicon_keys, may_hold, term_keys

__all__ = ["calendar_event"]

#: deadline lines a calendar prints at least
DEADLINES = 2
#: characters of the page read at most (a call's calendar stands in its first part)
CALENDAR_CHARS = 20000
#: a calendar's line opening with a range of days (``12-14 octobre 2017``, ``June 3–5,
#: 2031``, ``30 June - 2 July 2031``, ``3 et 4 juin 2031``: a short word between the days)
#: after a bullet, then a colon or a dash and its step; the days may bear an ordinal's
#: suffix (``[date_words].ordinal_suffix``: ``1er``, ``3rd``) and the month and the year
#: follow a date's connector (``[date_words].connector``: ``3-5 de junio de 2031``)
_STEP = (
    r"^[^\w\n]{{0,3}}("
    r"\d{{1,2}}(?:\.|{o})?(?:\s+[^\W\d_]+\.?)?(?:\s*[-–—]\s*|\s+[^\W\d_]{{1,3}}\s+)"
    r"\d{{1,2}}\.?(?:{o})?"
    r"\s+(?:(?:{c})\s+)?[^\W\d_]+\.?,?\s+(?:(?:{c})\s+)?\d{{4}}"
    r"|[^\W\d_]+\.?\s+\d{{1,2}}(?:{o})?\s*[-–—]\s*(?:[^\W\d_]+\.?\s+)?\d{{1,2}}"
    r"(?:{o})?,?\s+\d{{4}}"
    r")\s*[:–—-]\s+(\S[^\n]{{0,100}})$"
)
#: a sentence's start before the verb on its line
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=[^\W_a-z])")


@functools.cache
def _deadline(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A deadline's word of the locales (``[words].event_deadlines``), as whole words."""
    terms = _loc.terms_of("words", rules, "event_deadlines")
    if not terms:
        return None
    return re.compile(rf"{_guard(terms)}(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I)


@functools.cache
def _step(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """:data:`_STEP` with the ordinal suffixes and the date connectors of the locales."""

    def words(key: str) -> str:
        return _loc.alternation(_loc.terms_of("date_words", rules, key)) or "(?!)"

    return re.compile(_STEP.format(o=words("ordinal_suffix"), c=words("connector")), re.M)


def calendar_event(page: _Page) -> tuple[str | None, DateRange] | None:
    """The place (or ``None``) and the days of the event a call's calendar dates (its
    step naming the event, else a sentence telling it is held); ``None`` where the page
    prints no calendar of deadlines, or no step or sentence dates the event."""
    return page.remember(("calendar-event",), lambda: _read(page))


def _read(page: _Page) -> tuple[str | None, DateRange] | None:
    deadline, event = _deadline(page.rules), _event_word(page.rules)
    if deadline is None or event is None:
        return None
    if not may_hold(page, lexicon_keys("words", page.rules, "event_deadlines")):
        return None  # (no deadline's word on the page: no call's calendar)
    text = page.text[:CALENDAR_CHARS]
    steps = 0
    for m in deadline.finditer(text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if any(ch.isdigit() for ch in text[start : end if end >= 0 else len(text)]):
            steps += 1
            if steps >= DEADLINES:
                break
    if steps < DEADLINES:
        return None
    for m in _step(page.rules).finditer(text):
        step = m.group(2)
        if event.search(step) is None or deadline.search(step) is not None:
            continue  # (a deadline's step, or no event's)
        rng = _range(m.group(1).strip().rstrip(","), page, single=False)
        if rng is not None:
            return None, rng
    return _held(text, page)


def _held(text: str, page: _Page) -> tuple[str | None, DateRange] | None:
    """The place and the days (or the days alone) of the first sentence of the calendar's
    page telling that its event is held."""
    held, where = held_pattern(page.rules), _place_word(page.rules)
    if held is None or where is None or not may_hold(page, term_keys(held_terms(page.rules))):
        return None
    for m in held.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        at = m.start() - line_start
        starts = [s.start() for s in _SENTENCE_START.finditer(line, 0, at)]
        subject = line[starts[-1] if starts else 0 : at]
        if not _page_event(subject, page):
            continue
        stop = re.search(r"[.!?](?:\s|$)", line[at:])
        sentence = line[starts[-1] if starts else 0 : at + stop.end() if stop else len(line)]
        found = _told(sentence, page, where, None)
        if found is not None:
            return found
        rng = _dates_in(line[at + len(m.group()) :].split()[:DATE_TOKENS], page, None, tail=False)
        if rng is not None:
            return None, rng
    return None
