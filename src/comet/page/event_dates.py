"""An event's dates line near the top of a page: the event's name (a word of an event of the
locales, ``Symposium``, ``Konferenz``), then its dates and its place in either order, parted
by commas (``12th Symposium on Fen Ecology, June 3-5, 2019, Marshtown, Norway``), or on the
next line under a name alone on its line (``12th Symposium on Fen Ecology`` / ``Marshtown,
Norway, 3–5 June 2019``; an online event's short name and dates alone, ``FENECO * 3-5 June
2019 *``). Read once per page: :mod:`comet.page.event_lines` names the event from it, and the
work's date is never read from its dates' line (:func:`event_date_lines`)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import DateRange, parse_date_range
from comet.dates.years import year_pattern
from comet.page.caseless_terms import caseless
from comet.page.chrome import _is_chrome
from comet.page.event_wrapped import runs_on
from comet.page.evidence import _DIGIT_RE, _guard, _lenient, _Page
from comet.page.places import is_city
from comet.page.term_keys import lexicon_keys, may_hold
from comet.text._words import closed_class
from comet.text.scripts import UNSPACED_OR_HANGUL
from comet.vocab.country import split_place

__all__ = [
    "EVENT_LINES",
    "dates_alone",
    "event_date_lines",
    "event_word_on",
    "held_place",
    "place_like",
    "stated_event",
]

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
    if not terms:
        return None
    spaced = [t for t in terms if not _UNSPACED.match(t)]
    glued = [t for t in terms if _UNSPACED.match(t)]
    # (the lookahead for the first letters rejects most positions of a line at once, before
    # either branch; the terms in lower case let the trie factor 'Symposium' and 'symposium')
    alts = [f"(?<!\\w)(?:{_loc.alternation(caseless(spaced))})" if spaced else "",
            f"(?:{_loc.alternation(glued)})" if glued else ""]  # fmt: skip
    return re.compile(f"{_guard(terms)}(?:{'|'.join(a for a in alts if a)})", re.I)


def event_word_on(page: _Page) -> re.Pattern[str] | None:
    """:func:`_event_word`, or ``None`` where the page holds no event word (its key holds no
    term's, :func:`may_hold`): no search of its lines finds one. Read once per page."""
    keys = lexicon_keys("words", page.rules, "proceedings_events")
    return page.remember(
        ("event-word-on",), lambda: _event_word(page.rules) if may_hold(page, keys) else None
    )


#: a word of a script written without spaces between words (Han, kana, Hangul: ``会议``,
#: ``シンポジウム``, ``학술대회``): found inside a longer run of letters (``第12回湿地学会大会``)
_UNSPACED = UNSPACED_OR_HANGUL


def event_date_lines(page: _Page) -> frozenset[int]:
    """The lines that print the dates of the event :func:`stated_event` reads (its own line,
    or the line under its name): they date the event, not the work; a proceedings volume's
    title that holds them (its short name or a closing ``Proceedings`` after the name) is
    the work's line (the volume is published in the event's year)."""
    found = stated_event(page)
    if found is None or page.memo.get(TITLED_MEMO):
        return frozenset()
    return frozenset({found[3]})


def stated_event(page: _Page) -> tuple[str | None, DateRange, str, int] | None:
    """The place (``None`` for an event of no place), the dates, the name as printed and
    the index of the dates' line of :func:`_read_event_line`, memoised per page (a
    proceedings volume's title noted in ``page.memo[TITLED_MEMO]``)."""
    return page.remember(("event-line",), lambda: _read_event_line(page))


def _read_event_line(page: _Page) -> tuple[str | None, DateRange, str, int] | None:
    """The place, the dates, the name of the event and the index of its dates' line, of the
    first line near the top that names an event and gives, after the comma that closes its name, a date range with both its ends and a
    place (in either order, the line's end after them), or whose next line is such a place
    and dates alone (the name filling its line, :data:`NAME_LINE_WORDS` words at most), or
    its dates alone beside its short name (:func:`dates_alone`);
    the name is the text before the comma (or the name's line); ``None`` where no line
    does."""
    pattern = _event_word(page.rules)
    if pattern is None:
        return None
    if not may_hold(page, lexicon_keys("words", page.rules, "proceedings_events")):
        return None  # (no event word on the page: no line names one)
    for line in page.layout.lines[:EVENT_LINES]:
        text = line.text.strip().rstrip(".")
        if line.zone != "main" or len(text) > EVENT_LINE_CHARS:
            continue
        m = pattern.search(text)
        if m is None:
            continue
        if text.endswith(")") and (k := text.rfind(" (", m.end())) >= 0:
            # the place and the dates in brackets after the name ('Материалы XII конференции
            # … (Болотоград, 3–5 июня 2031 г.)')
            inner = _dates_and_place(text[k + 2 : -1].split(", "), page, text[:k])
            if inner is not None:  # (a title's line, a volume's or a post's: the work's)
                page.memo[TITLED_MEMO] = True
                return inner[0], inner[1], text[:k], line.index
        after = text.find(", ", m.end())
        dashed = _DASHED.search(text, m.end()) if after < 0 else None
        name = text[:after] if after >= 0 else text
        if dashed is not None:
            after, name = dashed.start(), text[: dashed.start()]
            rest = [p for q in _DASHED.split(text[dashed.end() :]) for p in q.split(", ")]
        elif after >= 0:
            rest = text[after + 2 :].split(", ")
            stop = _STOP.search(text, after)
            if stop is not None:  # a citation's: '…, Marshtown, Norway. Marsh Press, pp. 12-20'
                rest = text[after + 2 : stop.start()].split(", ")
        elif (
            _name_alone(line.text)
            and line.index + 1 < len(page.layout.lines)
            and not runs_on(line.text, page)  # (a held sentence wrapped onto the next line)
        ):
            # the name alone on its line, the place and the dates on the next
            below = page.layout.lines[line.index + 1]
            rest = below.text.strip().rstrip(".").split(", ")
        else:
            continue
        if _DIGIT_RE.search(", ".join(rest)) is None:
            continue  # (no dates to the day in the parts after the name)
        titled = len(rest)
        rest = _without_tails(rest, page)
        titled = titled > len(rest)  # a proceedings volume's title, not a dates line
        short = False
        found: tuple[str | None, DateRange] | None = _dates_and_place(rest, page, name)
        for k in range(1, ACRONYM_PARTS + 1) if found is None and after >= 0 else ():
            # the event's short name after its name ('12th Symposium on Fen Ecology, FENECO
            # 2031, Marshtown, Norway, June 3–5, 2031, Proceedings')
            if k < len(rest) - 1 and _short_name(rest[k - 1].strip()):
                found = _dates_and_place(rest[k:], page, ", ".join([name, *rest[:k]]))
                if found is not None:
                    name, short = ", ".join([name, *rest[:k]]), True
                    break
        if found is None and after < 0:
            # the name alone on its line over its short name and dates alone, no place
            # (an online event): ``FENECO * 3-5 June 2019 *``
            dated = dates_alone(page.layout.lines[line.index + 1].text, page)
            found = (None, dated) if dated is not None else None
        if found is not None:
            at = line.index if after >= 0 else line.index + 1
            if titled or short:
                page.memo[TITLED_MEMO] = True
                head, colon, event = name[: m.start()].rpartition(": ")
                if colon and head.strip():  # 'Fen Ecology: 12th Symposium, …': the volume's
                    name = event + name[m.start() :]  # title, then its event's name
            return found[0], found[1], name, at
    return None


#: a sentence's stop after a word (not an initial's or an ordinal's: ``5. Juni``), then a
#: capital: a citation goes on after its event's place and dates
_STOP = re.compile(r"(?<=[^\W\d_]{3})\. (?=[^\W\d_])")
_DASHED = re.compile(r"\s+[\u2013\u2014]\s+")
#: the memo's key noting that the event's line is a proceedings volume's title
TITLED_MEMO = "event-line-titled"
#: comma parts of an event's short name between its name and its place at most
ACRONYM_PARTS = 1
#: a part's number after a proceedings tail's word (``Part II``, ``Teil 2``)
_PART_NUMBER = re.compile(r"\s+(?:[IVXLC]+|\d+)$")


@functools.cache
def _tail_terms(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The parts closing a proceedings volume's title (``[words].proceedings_tails``:
    *Revised Selected Papers*, *Part*; the proceedings type terms, ``[types].proceedings``:
    *Proceedings*, *Tagungsband*, *Actes*), folded."""
    terms = (*_loc.terms_of("words", rules, "proceedings_tails"),
             *_loc.terms_of("types", rules, "proceedings"))  # fmt: skip
    return frozenset(t.casefold() for t in terms)


def _without_tails(rest: list[str], page: _Page) -> list[str]:
    """``rest`` without the proceedings tail's parts at its end (``…, 2031, Proceedings,
    Part II``): a volume's title closes with them after its event's place and dates."""
    terms = _tail_terms(page.rules)
    n = len(rest)
    while n > 1 and _PART_NUMBER.sub("", rest[n - 1].strip().rstrip(".")).casefold() in terms:
        n -= 1
    return rest[:n]


#: the separators of a dates line's cells (``FENECO * 3-5 June 2019 *``, ``FENECO | …``)
_CELL_SEP = re.compile(r"\s*[*|•·]\s*")
#: words of an event's short name beside its dates at most (``FENECO``, ``FENECO 2019``)
SHORT_NAME_WORDS = 2


def _short_name(text: str) -> bool:
    """An event's short name: :data:`SHORT_NAME_WORDS` words at most, each an acronym's (two
    capitals at least, digits allowed: ``FENECO``, ``12ISFE``, ``2019``), no word in lower
    case (``Marshtown`` is a place, ``online`` a word)."""
    words = text.split()
    return 0 < len(words) <= SHORT_NAME_WORDS and all(
        sum(ch.isupper() for ch in w) >= 2 or w.isdigit() for w in words
    )


def dates_alone(text: str, page: _Page) -> DateRange | None:
    """A line under an event's name that is its short name and its dates alone, in two
    cells parted by stars, bars or bullets (``FENECO * 3-5 June 2019 *``, ``12ISFE | June 3,
    2019``): the dates, one day or a range to the day; ``None`` for any other line (a
    place's, a sentence's, a month alone, dates with no short name: a paper's page prints
    its own date under a name too)."""
    cells = [c.strip() for c in _CELL_SEP.split(text.strip()) if c.strip()]
    if len(cells) != 2:
        return None
    for name, dates in (cells, cells[::-1]):
        if not _short_name(name) or not _YEAR.search(dates):
            continue
        rng = _lenient(parse_date_range, dates, locales=page.rules)
        if (
            isinstance(rng, DateRange)
            and rng.start.day
            and all(_month_word(w, page) for w in _LETTERS.findall(dates))
        ):
            return rng
    return None


#: a cell's words of letters (a date's are its months' names only)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _month_word(word: str, page: _Page) -> bool:
    """Whether ``word`` names a month in the page's locales (``June``, ``juin``, ``Jun``)."""
    rng = _lenient(parse_date_range, f"{word} 2000", locales=page.rules)
    return isinstance(rng, DateRange) and rng.start.month is not None


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
            if not place_like(place, page):
                continue
            rng = _lenient(parse_date_range, ", ".join(dates), locales=page.rules, **hint)
            if isinstance(rng, DateRange) and rng.end is not None and rng.start.day:
                return ", ".join(place), rng
    return None


def place_like(parts: list[str], page: _Page) -> bool:
    """One to :data:`PLACE_PARTS` parts of one to :data:`PLACE_WORDS` words in all,
    capitalised (function words between them), no digit, no chrome."""
    if not 0 < len(parts) <= PLACE_PARTS:
        return False
    text = " ".join(parts)
    words = [w for w in text.split() if w.strip("-\u2010\u2011")]
    if not 0 < len(words) <= PLACE_WORDS:
        return False
    fw = closed_class(page.rules)
    return (
        _DIGIT_RE.search(text) is None
        and all(w[:1].isupper() or w.casefold() in fw for w in words)
        and words[0][:1].isupper()
        and not _is_chrome(text, page.rules)
    )


#: words of a country's name at most (``United Arab Emirates``)
COUNTRY_WORDS = 3


def held_place(text: str, page: _Page) -> bool:
    """A place an event is held in: comma parts of capitalised words, no digit
    (:func:`comet.page.event_dates.place_like`), its last part a country or a part a city of
    the locales (``Marshtown, Norway``; ``Fen Hall, Marshtown, Norway``; ``Marshtown
    Norway`` without its comma); a heading (``Abstract``), a name (``Ola Berg``) or a
    country alone is none."""
    parts = [p.strip() for p in text.strip().rstrip(".").split(",") if p.strip()]
    if not parts or not place_like(parts, page):
        return False
    if any(is_city(p, page.rules) for p in parts):
        return True
    if len(parts) > 1:
        return split_place(", ".join(parts), locales=page.rules)[1] is not None
    words = parts[0].split()  # 'Marshtown BC Canada': a place printed without its commas
    for k in range(1, min(COUNTRY_WORDS, len(words) - 1) + 1):
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if split_place(f"{head}, {tail}", locales=page.rules)[1] is not None:
            return True
    return False
