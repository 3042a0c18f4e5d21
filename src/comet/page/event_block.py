"""An event's fields around its labels, where a label gives the event's name but not all of
it: the lines a labelled event's block prints under its name, a venue that is a place, and a
date label whose value is a range of days.

* Under a label naming the event (``Conference`` / ``FENECO '31: 12th Symposium on Fen
  Ecology``), its dates and its place follow its name, one to a line (``June 3 - 5, 2031``
  / ``Marshtown, Norway``), or its place after a short label of its own (``At: Marshtown,
  Norway``), as paper pages print their conference's box: up to :data:`BLOCK_LINES` lines,
  up to the first line of another kind.
* An event label's value that holds the event's dates (or its year) and its place after its
  name (``SPIE Fen Optics, 2031, Marshtown, Norway``) gives them apart.
* A ``Venue`` whose value is a place (its last comma part a country, or a part a city of
  the locales: ``Fen Hall, Marshtown, Norway``) is where the event is held, not its name (a
  paper's ``Venue: FENECO 2031`` names it).
* On a page whose labels give an event (its name or its place) but no dates, a date label's
  value that is a range of days (``Date: 3-5 June 2031``; ``Datum: 3.–5. Juni 2031``) dates
  the event: a work is published on one day, a range of days is an event's.

One concern: completing a labelled event from the lines and labels beside it."""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from comet import locales as _loc
from comet.dates import DateRange, PartialDate
from comet.page.event_dates import _dates_and_place, _event_word, held_place
from comet.page.event_lines import _event_name, without_event_tail
from comet.page.event_prose import held_sentence
from comet.page.event_top import _dated, _range
from comet.page.event_wrapped import runs_on
from comet.page.evidence import _Page
from comet.page.model import Event

__all__ = ["BLOCK_LINES", "completed_event"]

#: non-empty lines under a labelled event's name that may hold its dates and its place
BLOCK_LINES = 3
#: words of a short label before a place in such a block at most (``At``, ``Held at``)
BLOCK_LABEL_WORDS = 2
#: the label keys whose value may be the event's dates where the event has none
DATE_KEYS = ("published", "date", "dates")


def completed_event(page: _Page, event: Event | None, container: str | None = None) -> Event | None:
    """``event`` (read from the page's labels) with the place and the dates its block, its
    venue or a date label gives where it lacks them, and the name its proceedings'
    ``container`` gives where it names none; ``event`` as it is otherwise."""
    if event is not None and event.name is None and container:
        named = _named_by(container, page)
        if named is not None:
            page.note("event-from-container", f"event {named!r}: the proceedings' name")
            event = attrs.evolve(event, name=named)
    if event is None or (event.place is not None and event.start is not None):
        return event
    if (
        event == Event(name=event.name)
        and event.name
        and (held_sentence(event.name, page) or runs_on(event.name, page))
    ):
        # 'Tagung' / 'Die Tagung findet vom … statt.': a sentence under a heading that is a
        # label's word, no event's name (the sentence is read as prose; wrapped onto the
        # next line where its line ends in a comma: 'Venue' / 'The congress will take
        # place at Fen Hall,' / 'Marshtown, …')
        page.note("event-sentence", f"{event.name!r} is a sentence, no event's name")
        return None
    name = event.name
    if (
        name is not None
        and event.place is None
        and held_place(name, page)
        and any(lv.value == name for lv in page.layout.values("venue"))
    ):
        page.note("venue-place", f"{name!r}: the venue is a place")
        event = attrs.evolve(event, name=None, place=name)
    if event.name is not None and event.place is None and ", " in event.name:
        event = _name_tail(event, page)
    if event.name is not None:
        place, dates = _block(page, event.name)
        if event.place is None and place is not None:
            event = attrs.evolve(event, place=place)
        if event.start is None and dates is not None:
            event = _dated_event(event, dates)
    if event.start is None:
        for lv in page.layout.values(*DATE_KEYS):
            rng = _range(lv.value.strip().rstrip(".").strip(), page, single=False)
            if rng is not None:
                page.note("event-date-label", f"{lv.value!r}: a range of days dates the event")
                return _dated_event(event, rng)
    return event


#: a year alone in an event label's value (``SPIE Fen Optics, 2031, Marshtown, Norway``)
_YEAR_PART = re.compile(r"(?:19|20)\d\d")


def _name_tail(event: Event, page: _Page) -> Event:
    """An event label's value that is the name, then its dates or its year, and its place
    in comma parts (``FENECO 2031, June 3-5, 2031, Marshtown, Norway``; ``SPIE Fen Optics,
    2031, Marshtown, Norway``): the name without them, the place and the dates."""
    name = event.name or ""
    parts = name.split(", ")
    for k in range(1, len(parts)):
        head, tail = ", ".join(parts[:k]), parts[k:]
        if (
            _YEAR_PART.fullmatch(tail[0])
            and len(tail) > 1
            and held_place(", ".join(tail[1:]), page)
        ):
            start = PartialDate(year=int(tail[0]), raw=tail[0])
            return attrs.evolve(event, name=head, place=", ".join(tail[1:]), start=start)
        found = _dates_and_place(tail, page, head)
        if found is not None and held_place(found[0], page):
            end = found[1].end if found[1].end != found[1].start else None
            return attrs.evolve(event, name=head, place=found[0], start=found[1].start, end=end)
    return event


def _named_by(container: str, page: _Page) -> str | None:
    """The event a proceedings' name names (``Proceedings of the 12th Symposium on Fen
    Ecology``: the symposium; ``2031 International Conference on Fen Ecology (ICFE)`` as a
    paper page's ``Published in``): an event word in it, none of a journal's words
    (``Transactions``, ``Journal``), its event's tail cut; ``None`` for another name."""
    pattern = _event_word(page.rules)
    if pattern is None or pattern.search(container) is None:
        return None
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", container)}
    if words & _journal_words(page.rules):
        return None
    name = _event_name(without_event_tail(container, page), page.rules).strip()
    return name or None


@functools.cache
def _journal_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """A journal's words of the locales (``[words].journal_words``), folded; *proceedings*
    aside (a proceedings volume names its event)."""
    terms = {t.casefold() for t in _loc.terms_of("words", rules, "journal_words")}
    return frozenset(terms - {t.casefold() for t in _loc.terms_of("types", rules, "proceedings")})


def _dated_event(event: Event, rng: DateRange) -> Event:
    end = rng.end if rng.end != rng.start else None
    return attrs.evolve(event, start=rng.start, end=end)


def _block(page: _Page, name: str) -> tuple[str | None, DateRange | None]:
    """The place and the dates on the lines under the event label's value ``name``."""
    lines = page.layout.lines
    for lv in page.layout.values("event", "conference"):
        if lv.value != name:
            continue
        at = bisect.bisect_right([ln.start for ln in lines], lv.value_end) - 1
        place: str | None = None
        dates: DateRange | None = None
        seen = 0
        for line in lines[at + 1 :]:
            text = line.text.strip()
            if not text:
                continue
            seen += 1
            if seen > BLOCK_LINES:
                break
            found = _dated(text, page, single=True) if dates is None else None
            if found is not None:
                dates = found[1]
                if place is None and found[0] is not None and held_place(found[0], page):
                    place = found[0]
                continue
            label, sep, value = text.partition(":")
            if sep and 0 < len(label.split()) <= BLOCK_LABEL_WORDS:
                text = value.strip()
            if place is None and held_place(text, page):
                place = text
                continue
            break
        return place, dates
    return None, None
