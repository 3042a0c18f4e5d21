"""An event told in a sentence near the top of its own page: an event word, then the place
it is held in after a place word of the locales, and its range of days before or after
the place (``The 12th Symposium on Fen Ecology will be held in Marshtown, Norway, on 3-5
June 2031``; ``… hosted the Fen Symposium at Fen Hall, Marshtown from 11 to 13
September``; ``Le colloque se tiendra à Marais-Ville du 3 au 5 juin 2031``).

* The sentence holds an event word of the locales (``[words].proceedings_events``) or a
  verb telling that an event is held (``[words].event_held``: *will be held*, *takes
  place*, *se tiendra*: ``FENECO 2031 will take place in …``) and a digit; it stands among the first :data:`PROSE_LINES` non-empty lines of the page's main
  zone, or as many from the title's line on (under a menu of any length; a related
  event's notice further down is no page's own).
* The place follows a place word (``[places].event_place_words``: *in*, *at*, *à*): comma
  parts of capitalised words (:func:`comet.page.event_dates.held_place`, or two parts of
  capitalised words: ``Fen Hall, Marshtown``), with the linking words of a place's name in
  lower case between them (``[places].place_links``: ``Stratford upon Avon``).
* The dates are a range of days (two days to three weeks), to the day, next to the place:
  the words right after it or right before its place word; a range printed without its
  year takes the one year the page's head names (``2031 Symposium`` over the sentence).

* A page headed by an event's name and year (``Fen Workshop 2030``) tells another year's
  event in a sentence below it (``The 12th Symposium will be held … in June 2031``): the
  next edition's notice, none of the page's own.

* A sentence telling that the event is held (``[words].event_held``) with no place after a
  place word gives its dates alone, the range of days right after the verb (``FENECO 2031
  will take place on 3-5 June 2031, online.``).

One concern: the first such sentence gives the event's place and dates."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import DateRange
from comet.page.caseless_terms import caseless
from comet.page.event_dates import held_place, place_like
from comet.page.event_top import _YEAR, TOP_LINES, _place, _place_word, _range
from comet.page.event_wrapped import held_pattern as _held_pattern
from comet.page.event_wrapped import held_terms, joined_lines
from comet.page.evidence import _guard, _Page
from comet.page.term_keys import lexicon_keys, may_hold, term_keys
from comet.text._words import closed_class

__all__ = ["PROSE_LINES", "held_sentence", "prose_event"]

#: non-empty lines of the main zone from the top where the sentence may stand
PROSE_LINES = 8
#: characters of a line read for such sentences at most
PROSE_CHARS = 2000
#: words of the dates next to the place at most (``from 11 to 13 September 2018``)
DATE_TOKENS = 7
#: a sentence's end: a stop after a letter (an ordinal's, `5. Juni`, is none), then a space and a
#: capital or a digit
_SENTENCE = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[^\W_a-z])")
#: words of a month's name a place may have run into at most (``Marshtown June 3-5``)
SPILL_WORDS = 1
_DIGIT = re.compile(r"\d")


def prose_event(page: _Page) -> tuple[str | None, DateRange] | None:
    """The place and the dates of the first sentence near the top that tells the page's
    event; ``None`` where none does. Memoised per page."""
    return page.remember(("prose-event",), lambda: _read(page))


@functools.cache
def _told_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """An event word (``[words].proceedings_events``) or a verb telling that an event is
    held (``[words].event_held``: *will be held*, *takes place*, *se tiendra*, *findet*)."""
    terms = _loc.terms_of("words", rules, "proceedings_events")
    held = held_terms(rules)
    alts = [  # (in lower case: the trie factors 'Symposium' and 'symposium')
        f"(?:{_loc.alternation(caseless(terms))})" if terms else "",
        rf"(?:{_loc.alternation(caseless(held))})(?!\w)" if held else "",
    ]
    alts = [a for a in alts if a]
    guard = _guard([*terms, *held])  # (rejects most positions of a line at once)
    return re.compile(rf"(?<!\w){guard}(?:{'|'.join(alts)})", re.I) if alts else None


def held_sentence(text: str, page: _Page) -> bool:
    """``text`` is a sentence telling that an event is held (a verb of
    ``[words].event_held`` in it, a stop at its end), no event's name."""
    pattern = _held_pattern(page.rules)
    return (
        text.rstrip().endswith((".", "!"))
        and pattern is not None
        and pattern.search(text) is not None
    )


def _read(page: _Page) -> tuple[str | None, DateRange] | None:
    event = _told_pattern(page.rules)
    where = _place_word(page.rules)
    if event is None or where is None:
        return None
    if not may_hold(page, lexicon_keys("words", page.rules, "proceedings_events")) and not (
        may_hold(page, term_keys(held_terms(page.rules)))
    ):
        return None  # (no event word and no verb holding one on the page)
    lines = [ln for ln in page.layout.lines if ln.zone == "main" and ln.text.strip()]
    at = page.title_line
    first = next((k for k, ln in enumerate(lines) if ln.index >= at), 0) if at is not None else 0
    # the first lines, and as many from the title's on (a menu of any length over it)
    lines = lines[:PROSE_LINES] + lines[max(first, PROSE_LINES) : first + PROSE_LINES]
    years = {m.group() for ln in lines[:TOP_LINES] for m in _YEAR.finditer(ln.text)}
    year = int(years.pop()) if len(years) == 1 else None
    named: set[int] = set()  # the years of the events named by the lines above
    for k, line in enumerate(lines):
        text = line.text[:PROSE_CHARS]
        if event.search(text) is None:
            continue
        if k + 1 < len(lines):  # a sentence wrapped onto the next line: the two as one
            text = joined_lines(text, lines[k + 1].text[:PROSE_CHARS], page)
        if _DIGIT.search(text) is None:
            continue
        for sentence in _SENTENCE.split(text):
            if event.search(sentence) is None or _DIGIT.search(sentence) is None:
                continue
            found = _told(sentence, page, where, year) or _held_on(sentence, page, year)
            if found is not None and (not named or found[1].start.year in named):
                return found
        named.update(int(m.group()) for m in _YEAR.finditer(text))
    return None


def _told(
    sentence: str, page: _Page, where: re.Pattern[str], year: int | None
) -> tuple[str, DateRange] | None:
    """The place after a place word and the range of days next to it in ``sentence``."""
    for m in where.finditer(sentence):
        found = _place_words(sentence, m.end(), _place_links(page.rules))
        if found is None:
            continue
        place, end = found
        words = place.split()
        if not any(_a_place(" ".join(words[:k]), page) for k in (len(words), len(words) - 1) if k):
            continue  # (cheap first: no place, no dates looked for)
        place, rng = _place_and_dates(place, sentence[end:], page, year)
        if rng is None:
            before = sentence[: m.start()].split()[-DATE_TOKENS:]
            rng = _dates_in(before, page, year, tail=True)
        if rng is not None and place and _a_place(place, page):
            return place, rng
    return None


def _held_on(sentence: str, page: _Page, year: int | None) -> tuple[None, DateRange] | None:
    """The range of days right after a verb telling that the event is held, where no place
    is told (``FENECO 2031 will take place on 3-5 June 2031, online.``): no place, its
    dates."""
    pattern = _held_pattern(page.rules)
    m = pattern.search(sentence) if pattern is not None else None
    if m is None or not _page_event(sentence[: m.start()], page):
        return None
    rng = _dates_in(sentence[m.end() :].split()[:DATE_TOKENS], page, year, tail=False)
    return (None, rng) if rng is not None else None


def _page_event(subject: str, page: _Page) -> bool:
    """The subject of a held sentence is the page's event: it shares a word or a year with
    the title's line (``FENECO 2031 will take place …`` under ``FENECO '31``), or it is the
    event word alone (``Die Tagung findet … statt``, ``The workshop will take place …``). A
    named event the title does not name (``The Annual Meeting of the Parish Council will take
    place …`` in a news story) is another's (review26)."""
    if page.title_line is None:
        return True
    title = {w.casefold() for w in _TOKEN.findall(page.layout.lines[page.title_line].text)}
    closed = closed_class(page.rules)
    words = [w.casefold() for w in _TOKEN.findall(subject) if w.casefold() not in closed]
    if any(w in title for w in words):
        return True
    stems = tuple(_loc.casefolded_terms("words", page.rules, "proceedings_events"))
    return len(words) == 1 and words[0].startswith(stems)


#: a word or a number of a subject or a title (``FENECO``, ``2031``)
_TOKEN = re.compile(r"\w{3,}")


@functools.cache
def _place_links(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words in lower case a place's name may hold between its capitalised words
    (``[places].place_links``: ``Institut catholique de Paris``, ``Stratford upon Avon``;
    and its articles, ``[places].name_articles``: ``Isle of the Fens``)."""
    return frozenset(
        (
            *_loc.terms_of("places", rules, "place_links"),
            *_loc.terms_of("places", rules, "name_articles"),
        )
    )


def _place_words(sentence: str, at: int, links: frozenset[str]) -> tuple[str, int] | None:
    """The capitalised words (comma parts, a few linking words in lower case between,
    ``links``) from ``at`` and the offset after them; ``None`` where the first word is in
    lower case."""
    words = list(re.finditer(r"\S+", sentence[at:]))
    kept: list[re.Match[str]] = []
    for i, w in enumerate(words):
        word = w.group()
        if word[:1].isupper():
            kept.append(w)
            if word.endswith((".", ";", ":", ")")) or not word.rstrip(",")[-1:].isalpha():
                break
            continue
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if not (kept and word in links and nxt[:1].isupper()):
            break
        kept.append(w)
    if not kept:
        return None
    text = sentence[at + kept[0].start() : at + kept[-1].end()].rstrip(".,;:")
    return text, at + kept[-1].end()


def _place_and_dates(
    place: str, after: str, page: _Page, year: int | None
) -> tuple[str, DateRange | None]:
    """The place's words, and the dates right after them; a place that ran into the dates'
    month (``Marshtown June 3-5, 2031``) loses its last words to them."""
    words = place.split()
    for cut in range(len(words), max(0, len(words) - SPILL_WORDS), -1):
        head, spill = " ".join(words[:cut]), words[cut:]
        rng = _dates_in(spill + after.split()[:DATE_TOKENS], page, year, tail=False)
        if rng is not None:
            return head.rstrip(","), rng
    return place.rstrip(","), None


def _dates_in(tokens: list[str], page: _Page, year: int | None, *, tail: bool) -> DateRange | None:
    """A range of days in ``tokens``: the longest run from their start (after a leading
    preposition or comma: ``, on 3-5 June 2031``), or ending at their end (``tail``)."""
    tokens = [t.strip(",;()") for t in tokens]
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    if tail:
        for n in range(min(len(tokens), DATE_TOKENS), 1, -1):
            rng = _range(" ".join(tokens[-n:]).rstrip("."), page, single=False, year=year)
            if rng is not None:
                return rng
        return None
    start = 0
    while start < len(tokens) and not _DIGIT.search(tokens[start]) and start < 2:
        start += 1  # 'on', 'from', 'du': a preposition before the dates
    for first in sorted({0, start}):
        for n in range(min(len(tokens) - first, DATE_TOKENS), 1, -1):
            text = " ".join(tokens[first : first + n]).rstrip(".")
            rng = _range(text, page, single=False, year=year)
            if rng is not None:
                return rng
    return None


def _a_place(place: str, page: _Page) -> bool:
    """A place an event is held in (:func:`~comet.page.event_dates.held_place`), or a
    venue's name before one (``São Julião da Barra Fort, Lisbon, Portugal``: a venue of
    capitalised words, then the city and the country)."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    return (
        held_place(place, page)
        or (len(parts) >= 2 and _place(parts, page))
        or (
            len(parts) >= 3
            and place_like(parts[:1], page)
            and held_place(", ".join(parts[1:]), page)
        )
    )
