"""A note that the work was presented at an event, inside a line or wrapped over lines (a
document résumé's note, ``NOTE 12p.; Paper presented at the Annual Meeting of the Fen
Research Association (Marshtown, Norway, April 19-23, 2031).``; a preface, ``papers
presented at the conference “Fen Ecology Today”, held on 3–5 of June, 2031, in the town of
Marshtown.``): the event's name, then its place and its days.

* The note opens with a phrase of the locales (``[words].event_presented``: *Presented at
  the*, *Paper presented at*, *Présenté au*, *Presentado en el*) anywhere in the page's
  first :data:`NOTE_CHARS` characters; its sentence runs to its stop, over the lines a
  hard wrap broke it into (a comma glued to the next word, ``Canada,April``, is read as
  printed with its space).
* The name, then the place and the days in brackets (``… Association (Marshtown, Norway,
  April 19-23, 2031)``), or in comma parts after it (``…, Marshtown, Norway, June 3-5,
  2031``).
* Or an event's word, then its name in quotation marks, then the days and the place in the
  words after it: the range of days where it stands, the place after a place word of the
  locales (``[places].event_place_words``: *in*, *à*), past a place's noun
  (``[places].event_place_nouns``: *the town of*, *la ville de*).

Notes naming two different events are a list's (a CV's talks, a bibliography's papers):
the page's work was presented at none of them.

One concern: the event a presented-at note names, wherever on the page it stands."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import DateRange
from comet.page.event_dates import _dates_and_place, _event_word, held_place, place_like
from comet.page.event_prose import DATE_TOKENS, _dates_in
from comet.page.event_top import _place_word
from comet.page.evidence import _guard, _Page
from comet.page.term_keys import lexicon_keys, may_hold
from comet.text._words import closed_class

__all__ = ["presented_note", "quoted_name"]

#: characters of the page read for the note at most
NOTE_CHARS = 8000
#: characters of the note's sentence at most
NOTE_SPAN = 400
#: characters between the event's word and its quoted name at most (``the conference “``)
QUOTE_NEAR = 4
#: the note's sentence's end: a stop after a word of two letters or a bracket, then a space
#: or the text's end
_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\)))\.(?=\s|$)")
#: a line break, blank lines between or not (a hard wrap of the note)
_BREAK = re.compile(r"\s*\n\s*")
#: a comma glued to the next word (``Canada,April``)
_GLUED_COMMA = re.compile(r",(?=[^\W\d_])")
#: the name, then a bracket (its place and days)
_BRACKETED = re.compile(r"([^()]{3,200}?)\s*\(([^()]{4,160})\)")
#: a name in quotation marks
_QUOTED = re.compile(r"[“\"«„]([^”\"»“]{3,200})[”\"»]")


@functools.cache
def _opening(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The phrases opening a presented-at note (``[words].event_presented``), as words."""
    terms = _loc.terms_of("words", rules, "event_presented")
    if not terms:
        return None
    return re.compile(rf"{_guard(terms)}(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I)


@functools.cache
def _place_nouns(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A place's noun before its name (``[places].event_place_nouns``: *the town of*)."""
    terms = _loc.terms_of("places", rules, "event_place_nouns")
    return re.compile(rf"(?:{_loc.alternation(terms)})\s+", re.I) if terms else None


def presented_note(page: _Page) -> tuple[str, str | None, DateRange] | None:
    """The name, the place (or ``None``) and the days of the event the page's first
        presented-at note names with its days; ``None`` where none does, or where another note
    names another event. Memoised per page."""
    return page.remember(("presented-note",), lambda: _read(page))


def _read(page: _Page) -> tuple[str, str | None, DateRange] | None:
    opening = _opening(page.rules)
    if opening is None or not may_hold(page, lexicon_keys("words", page.rules, "event_presented")):
        return None
    text = page.text[:NOTE_CHARS]
    first: tuple[str, str | None, DateRange] | None = None
    for m in opening.finditer(text):
        found = _note_at(text[m.end() : m.end() + NOTE_SPAN], page)
        if found is None:
            continue
        if first is None:
            first = found
        elif found[0] != first[0]:
            return None  # (notes of several events: a CV's or a bibliography's list of talks)
    return first


def _note_at(raw: str, page: _Page) -> tuple[str, str | None, DateRange] | None:
    """The event of the presented-at note whose words after its opening phrase ``raw``
    holds: its line alone first, then over the lines it may be wrapped onto."""
    line = raw.split("\n", 1)[0]
    for span in dict.fromkeys((line, _BREAK.sub(" ", raw))):
        span = _GLUED_COMMA.sub(", ", span).strip()
        stop = _STOP.search(span)
        sentence = span[: stop.start()] if stop else span
        found = _bracketed(sentence, page) or _in_parts(sentence, page)
        if found is not None or (found := _quoted(sentence, page)) is not None:
            return found
    return None


def _named(name: str) -> bool:
    """A name as printed: a capital or a digit opening it (``Annual Meeting …``, ``12th
    Symposium …``)."""
    return name[:1].isupper() or name[:1].isdigit()


def _name(text: str, page: _Page) -> str:
    """``text`` without the closed-class words opening it (``the``)."""
    words = text.split()
    closed = closed_class(page.rules)
    while len(words) > 1 and words[0].casefold() in closed:
        words.pop(0)
    return " ".join(words).strip(" ,;:")


def _bracketed(sentence: str, page: _Page) -> tuple[str, str | None, DateRange] | None:
    """The name, then its place and days in brackets (``… (Marshtown, Norway, April 19-23,
    2031)``)."""
    m = _BRACKETED.match(sentence)
    if m is None or _event_word(page.rules) is None:
        return None
    name = _name(m.group(1), page)
    found = _dates_and_place([p.strip() for p in m.group(2).split(",") if p.strip()], page, name)
    if found is None or not _named(name):
        return None
    return name, found[0], found[1]


def _in_parts(sentence: str, page: _Page) -> tuple[str, str | None, DateRange] | None:
    """The name, then its place and days in comma parts (``…, Marshtown, Norway, June 3-5,
    2031``)."""
    parts = [p.strip() for p in sentence.split(",") if p.strip()]
    if len(parts) < 3:
        return None
    name = _name(parts[0], page)
    found = _dates_and_place(parts[1:], page, name)
    if found is None or not _named(name):
        return None
    return name, found[0], found[1]


def _quoted(sentence: str, page: _Page) -> tuple[str, str | None, DateRange] | None:
    """An event's word, its name in quotation marks, then its days and its place in the
    words after it (``the conference “Fen Ecology Today”, held on 3–5 of June, 2031, in the
    town of Marshtown``)."""
    m = _quote_after_event(sentence, page)
    if m is None:
        return None
    rest = sentence[m.end() :]
    tokens = rest.split()
    rng = None
    for k, token in enumerate(tokens):
        if any(ch.isdigit() for ch in token):
            rng = _dates_in(tokens[k : k + DATE_TOKENS], page, None, tail=False)
            if rng is not None:
                break
    if rng is None:
        return None
    return m.group(1).strip(), _place_after(rest, page), rng


def _place_after(rest: str, page: _Page) -> str | None:
    """The place after the last place word of ``rest`` (past a place's noun: ``in the town
    of Marshtown``), capitalised words to the sentence's end; ``None`` where none is."""
    where = _place_word(page.rules)
    if where is None:
        return None
    nouns = _place_nouns(page.rules)
    for m in reversed(list(where.finditer(f" {rest} "))):
        tail = f" {rest} "[m.end() :].strip(" ,;")
        if nouns is not None and (n := nouns.match(tail)) is not None:
            tail = tail[n.end() :]
            parts = [p.strip() for p in tail.split(",") if p.strip()]
            if parts and place_like(parts, page):
                return ", ".join(parts)  # (a town's name after its noun: a place)
        if held_place(tail, page):
            return tail
    return None


def quoted_name(name: str, page: _Page) -> str:
    """An event's name printed as an event's word and the name in quotation marks
    (``colloque « Tourbières d’aujourd’hui »``, ``the conference “Fen Ecology Today”``):
    the quoted name; ``name`` as it is otherwise."""
    m = _quote_after_event(name, page)
    if m is None or name[m.end() :].strip(" ,"):
        return name
    return m.group(1).strip()


def _quote_after_event(text: str, page: _Page) -> re.Match[str] | None:
    """The first name in quotation marks of ``text`` with an event's word right before it
    (at most :data:`QUOTE_NEAR` characters away); ``None`` where there is none."""
    event = _event_word(page.rules)
    m = _QUOTED.search(text)
    if event is None or m is None:
        return None
    before = text[: m.start()].rstrip()
    words = list(event.finditer(before))
    if not words or len(before) - words[-1].end() > QUOTE_NEAR:
        return None  # (no event's word right before the quotation)
    return m
