"""A conference paper's event line near the top of its page: the event's name (a word of an
event of the locales, ``Symposium``, ``Konferenz``), then its dates and its place in either
order, parted by commas (``12th Symposium on Fen Ecology, June 3-5, 2019, Marshtown,
Norway``; ``… Fen Ecology, Marshtown, Norway, June 3-5, 2019``), or on the next line under a
name alone on its line (``12th Symposium on Fen Ecology`` / ``Marshtown, Norway, 3–5 June
2019``): the event's place and dates, as :func:`comet.page.fee_code.header_event` reads them after a fee code's stamp."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import DateRange, PartialDate, parse_date_range
from comet.dates.years import year_pattern
from comet.page.chrome import _is_chrome
from comet.page.evidence import _DIGIT_RE, _lenient, _Page
from comet.page.proceedings_footer import footer_match
from comet.page.venue import _proceedings_opening
from comet.text._words import closed_class

__all__ = ["EVENT_LINES", "event_line", "footer_event", "without_event_tail"]

#: lines from the top of a page looked at for an event's line
EVENT_LINES = 40
#: characters of such a line at most (a longer one is prose)
EVENT_LINE_CHARS = 240
#: words of an event's place at most, and its comma-parted parts (``Marshtown, Norway``)
PLACE_WORDS = 6
PLACE_PARTS = 3
#: a year in an event's name (``FENECO 2019``), the year of a range printed without one
_YEAR = re.compile(rf"(?<!\d){year_pattern(1900, 2099)}(?!\d)")
#: words of an event's name alone on its line at most (a longer line is a sentence)
NAME_LINE_WORDS = 15


@functools.cache
def _event_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """An event word of the locales (``[words].proceedings_events``, stems allowed:
    ``konferencj``), opening a word."""
    terms = _loc.terms_of("words", rules, "proceedings_events")
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})", re.I) if terms else None


def event_line(page: _Page) -> tuple[str, DateRange, str] | None:
    """The place, the dates and the name of the event of the first line near the top that names an event and
    gives, after the comma that closes its name, a date range with both its ends and a
    place (in either order, the line's end after them), or whose next line is such a place
    and dates alone (the name filling its line, :data:`NAME_LINE_WORDS` words at most);
    the name is the text before the comma (or the name's line); ``None`` where no line
    does."""
    pattern = _event_word(page.rules)
    if pattern is None:
        return None
    for line in page.layout.lines[:EVENT_LINES]:
        text = line.text.strip().rstrip(".")
        if line.zone != "main" or len(text) > EVENT_LINE_CHARS:
            continue
        m = pattern.search(text)
        if m is None:
            continue
        after = text.find(", ", m.end())
        name = text[:after] if after >= 0 else text
        if after >= 0:
            rest = text[after + 2 :].split(", ")
        elif _name_alone(line.text) and line.index + 1 < len(page.layout.lines):
            # the name alone on its line, the place and the dates on the next
            below = page.layout.lines[line.index + 1]
            rest = below.text.strip().rstrip(".").split(", ")
        else:
            continue
        found = _dates_and_place(rest, page, name)
        if found is not None:
            return found[0], found[1], _event_name(name, page.rules)
    return None


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


def _event_name(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The event's name as printed, without a proceedings volume's opening before it
    (``Proceedings of the 12th Symposium on …``: the event is the symposium) or a note's
    phrase (``Presented at the 12th Symposium on …``)."""
    for opening in (_proceedings_opening(rules), _presented_at(rules)):
        m = opening.match(text) if opening is not None else None
        if m is not None and text[m.end() :].strip():
            return text[m.end() :].strip()
    return text


def _name_alone(text: str) -> bool:
    """A line that may be an event's name alone: :data:`NAME_LINE_WORDS` words at most,
    opening with a capital or a digit (an ordinal, a year), no sentence's stop at its end
    (``The symposium was a success.`` is prose)."""
    t = text.strip()
    return (
        len(t.split()) <= NAME_LINE_WORDS
        and (t[:1].isupper() or t[:1].isdigit())
        and not t.endswith((".", "!", "?"))
    )


def _dates_and_place(rest: list[str], page: _Page, name: str = "") -> tuple[str, DateRange] | None:
    """``rest`` (the comma-parted parts after the name) as dates then a place, or a place
    then dates; the fewest parts that make a date range are its dates (``Norway, June 3-5,
    2019`` is a place's part and dates). A range without its year takes the one year the
    event's ``name`` holds (``Fen Ecology (FENECO 2019), Marshtown, June 3-5``)."""
    years = {m.group() for m in _YEAR.finditer(name)}
    hint = {"year": int(years.pop())} if len(years) == 1 else {}
    for n in range(1, len(rest)):
        for dates, place in ((rest[:n], rest[n:]), (rest[-n:], rest[:-n])):
            if not _place_like(place, page):
                continue
            rng = _lenient(parse_date_range, ", ".join(dates), locales=page.rules, **hint)
            if isinstance(rng, DateRange) and rng.end is not None and rng.start.day:
                return ", ".join(place), rng
    return None


def _place_like(parts: list[str], page: _Page) -> bool:
    """One to :data:`PLACE_PARTS` parts of one to :data:`PLACE_WORDS` words in all,
    capitalised (function words between them), no digit, no chrome."""
    words = " ".join(parts).split()
    if not (0 < len(parts) <= PLACE_PARTS and 0 < len(words) <= PLACE_WORDS):
        return False
    fw = closed_class(page.rules)
    text = " ".join(parts)
    return (
        _DIGIT_RE.search(text) is None
        and all(w[:1].isupper() or w.casefold() in fw for w in words)
        and words[0][:1].isupper()
        and not _is_chrome(text, page.rules)
    )


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
        if not _place_like(place, page):
            continue
        rng = _lenient(parse_date_range, dates, locales=page.rules)
        if isinstance(rng, DateRange) and rng.start.day:
            end = rng.end if rng.end != rng.start else None  # (one day: no range)
            return ", ".join(place), rng.start, end
    return None
