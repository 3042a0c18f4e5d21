"""An event's own page (a conference's site, its call for papers, its programme, a workshop's
page): the event's dates as a range of days, read where such a page prints them.

* After a label naming the event (a word of an event of the locales, ``[words]
  .proceedings_events``: ``The congress: 7 - 9 October 2019``; ``Workshop date/place:`` over
  ``21st - 22nd September 2015, Vienna, Austria``), among the first lines.
* Near the top, a line that is dates alone (``Sep 25 – 30, 2022``; ``Mon 11 - Thu 14 April
  2022``), or dates and a place (``1-3 juillet 2026`` after ``Institut …, Paris,``;
  ``Sat 25 February - Wed 1 March 2023 Montreal, Canada``): a work is published on a day, a
  range of days at a page's top dates an event. The place is that line's, else a place
  alone on the line under or over it (``Monterey, California, US``); the event's short name
  is the line over the dates where it holds an event word or the dates' year (``PPoPP
  2023``).

The dates are a range of :data:`MAX_DAYS` days at most (a month's report, ``1–31 March``, is no
event's), to the day, with a year."""

from __future__ import annotations

import datetime
import functools
import re

from comet import locales as _loc
from comet.dates import DateRange, parse_date_range
from comet.dates._tables import _tables_for
from comet.page.chrome import _is_chrome
from comet.page.event_dates import (
    _CELL_SEP,
    EVENT_LINES,
    NAME_LINE_WORDS,
    PLACE_PARTS,
    PLACE_WORDS,
    _event_word,
    event_word_on,
    place_like,
)
from comet.page.event_day_pairs import paired_days
from comet.page.event_wrapped import runs_on
from comet.page.evidence import _lenient, _Page
from comet.page.layout import Line
from comet.page.places import is_city

__all__ = ["MAX_DAYS", "TOP_LINES", "event_dates_value", "top_event"]

#: non-empty lines from the top where an unlabelled dates line may stand
TOP_LINES = 6
#: days of an event's range at most
MAX_DAYS = 21
#: characters of a dates line (or a label's value) at most
DATES_CHARS = 90
#: words of letters of a dates line at most (``Monday 11 September to Thursday 14 September
#: 2023``: five)
DATES_WORDS = 6
#: words of a label naming the event at most (``Workshop date/place``)
LABEL_WORDS = 4
#: words of an event's short name over its dates at most
NAME_WORDS = 8
#: a year of a dates line
#: (``(?<!\d)(?:19|20)\d\d(?!\d)`` opening with a class: see :data:`comet.dates.years.YEAR`)
_YEAR = re.compile(r"\d(?<!\d\d)\d\d\d(?<=(?:19|20)\d\d)(?!\d)")
#: a digit: a line without one holds no dates to the day
_DIGIT = re.compile(r"\d")
#: words of letters of a dates line
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.cache
def _date_terms(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words a dates line may hold besides its months': weekdays, range words
    (``to``, ``until``), a day's prefix (``from``), ordinal suffixes (``st``, ``er``)."""
    words = set(_loc.terms_of("weekdays", rules))
    for key in ("range", "day_prefix", "ordinal_suffix", "connector", "day_period"):
        words.update(_loc.terms_of("date_words", rules, key))
    tables = _tables_for(rules)  # CLDR's: a date's markers (年, 月, 日) and short weekdays (水)
    words.update(g for g in (*tables.glue, *tables.weekdays) if not g.isascii())
    # a term written with a stroke or a stop inside (``t/m``) is found as its letters
    parts = {p for w in words if not w.isalpha() for p in _LETTERS.findall(w)}
    return frozenset(w.casefold().rstrip(".") for w in (*words, *parts))


def _month_word(word: str, page: _Page) -> bool:
    """Whether ``word`` names a month in the page's locales (``June``, ``juillet``, ``Jan``)."""
    return page.remember(("month-word", word), lambda: _is_month(word, page))


def _is_month(word: str, page: _Page) -> bool:
    rng = _lenient(parse_date_range, f"{word} 2000", locales=page.rules)
    return isinstance(rng, DateRange) and rng.start.month is not None and rng.start.day is None


def _dates_only(text: str, page: _Page, year: int | None = None) -> bool:
    """A text of dates alone: a year (unless the page's head gives it, ``year``), and
    every word of letters a month's, a weekday's, a range word or an ordinal's suffix
    (``Mon 11 - Thu 14 April 2022``, ``Jan. 3, 2001 to Jan. 6, 2001``)."""
    if not text or len(text) > DATES_CHARS or (year is None and _YEAR.search(text) is None):
        return False
    words = _LETTERS.findall(text)
    if len(words) > DATES_WORDS:
        return False  # (a sentence, not a line of dates)
    terms = _date_terms(page.rules)
    return all(w.casefold() in terms or _month_word(w, page) for w in words)


def _days(rng: DateRange) -> int | None:
    """The days from the range's start to its end, where both are dates to the day."""
    s, e = rng.start, rng.end
    if s.year is None or s.month is None or s.day is None or e is None:
        return None
    if e.year is None or e.month is None or e.day is None:
        return None
    try:
        return (datetime.date(e.year, e.month, e.day) - datetime.date(s.year, s.month, s.day)).days
    except ValueError:
        return None


def _range(text: str, page: _Page, *, single: bool, year: int | None = None) -> DateRange | None:
    """The range of days ``text`` (dates alone) gives, of :data:`MAX_DAYS` days at most, a
    range proper unless ``single`` (a labelled event of one day); printed without its year,
    in the one ``year`` the page's head names (``FENECO 2031`` / ``3 - 5 June``)."""
    text = paired_days(text, page)  # 'on 3 and 4 September 2018': two days, a range
    if not _dates_only(text, page, year):
        return None
    hint = {"year": year} if year is not None and _YEAR.search(text) is None else {}
    rng = _lenient(parse_date_range, text, locales=page.rules, **hint)
    if not isinstance(rng, DateRange):
        return None
    days = _days(rng)
    if days is None or days < (0 if single else 1) or days > MAX_DAYS:
        return None
    return rng


def _dated(
    text: str, page: _Page, *, single: bool = False, year: int | None = None
) -> tuple[str | None, DateRange] | None:
    """The place (or ``None``) and the dates of a line that is dates alone, dates and a
    place in comma parts (either order), or dates then a place after their year."""
    text = text.strip().rstrip(".").strip()
    if not text or len(text) > DATES_CHARS + 60 or _DIGIT.search(text) is None:
        return None  # (dates to the day hold digits)
    rng = _range(text, page, single=single, year=year)
    if rng is not None:
        return None, rng
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for n in range(1, len(parts)):
        for dates, place in ((parts[:n], parts[n:]), (parts[-n:], parts[:-n])):
            rng = _range(", ".join(dates), page, single=single, year=year)
            if rng is not None and _place(place, page):
                return ", ".join(place), rng
    years = list(_YEAR.finditer(text))
    if years:
        # (a dash, a stroke or a bar between the dates and the place: '3-5 June 2031 —
        # Marshtown, Norway', 'June 3-5, 2031 / Marshtown')
        head, tail = text[: years[-1].end()], text[years[-1].end() :].strip(" ,—–-/|")
        word = _place_word(page.rules)
        if tail and word is not None and (m := word.match(f" {tail}")) is not None:
            tail = tail[m.end() - 1 :]  # 'vom 3. bis 5. Juni 2031 in Marschstadt'
        rng = _range(head, page, single=single) if tail else None
        if rng is not None and _place([p.strip() for p in tail.split(",")], page):
            return tail, rng
    return None


def _place(parts: list[str], page: _Page) -> bool:
    """A place's comma parts (:func:`comet.page.event_dates.place_like`), or parts that
    each open with a capital, the words in lower case between (``Institut catholique de
    Paris, Paris``): :data:`~comet.page.event_dates.PLACE_WORDS` words at most, no digit."""
    if place_like(parts, page):
        return True
    words = " ".join(parts).split()
    return (
        0 < len(parts) <= PLACE_PARTS
        and 0 < len(words) <= PLACE_WORDS
        and all(p[:1].isupper() for p in parts)
        and all(w.isalpha() for w in (_letters(w) for w in words) if w)
        and not _is_chrome(", ".join(parts), page.rules)
    )


def _letters(word: str) -> str:
    """A place's word without its brackets, stops and the hyphens and apostrophes inside
    it (``(France)``, ``Marais-Ville``, ``Val-d'Or``)."""
    return word.strip(".()").replace("-", "").replace("'", "").replace("’", "")


def top_event(page: _Page) -> tuple[str | None, str | None, DateRange, bool] | None:
    """The name (or ``None``), the place (or ``None``) and the dates of the event whose own
    page this is, and whether they may be a conference paper's event too: a label names the
    event, or the dates have a place and a line over them names the event (its short name,
    or an event word on one of the two lines over them, not a sentence: ``Proceedings of
    the 12th Symposium on …`` / ``Marshtown, Norway`` / ``June 3-5, 2019``), memoised per
    page; ``None`` where no line dates one."""
    return page.remember(("top-event",), lambda: _read(page))


def _read(page: _Page) -> tuple[str | None, str | None, DateRange, bool] | None:
    lines = [ln for ln in page.layout.lines[:EVENT_LINES] if ln.zone == "main" and ln.text.strip()]
    pattern = _event_word(page.rules)
    years = {m.group() for ln in lines[:TOP_LINES] for m in _YEAR.finditer(ln.text)}
    year = int(years.pop()) if len(years) == 1 else None  # the page's head names one year
    if pattern is not None:
        # a page headed by an event's name ('12. Tagung Moorökologie' / 'Termin: 3.–5. Juni
        # 2031'): any short label's value that is a range of days dates the event
        head: str | None = ""  # (read where a label's value is dates: "" not yet)
        at: int | None = None  # (the head's line)
        for i, line in enumerate(lines):
            label, sep, value = line.text.partition(":")
            if not sep or len(label.split()) > LABEL_WORDS:
                continue
            named = pattern.search(label) is not None
            if not value.strip() and i + 1 < len(lines):
                value = lines[i + 1].text  # the label alone on its line, its value under it
            if not named and (_DIGIT.search(value) is None or len(value) > DATES_CHARS):
                continue  # (no dates in it)
            if not named and head == "":
                at = next((k for k, ln in enumerate(lines[:TOP_LINES])
                           if ":" not in ln.text and _event_name_line(ln.text.strip(), page)), None)  # fmt: skip
                head = lines[at].text.strip() if at is not None else None
            if not (named or (head and not _another_event(lines, at, i, page))):
                continue
            found = _dated(value, page, single=named, year=year)
            if found is not None:
                return head or None, found[0] or labelled_place(page), found[1], True
    for i, line in enumerate(lines[:TOP_LINES]):
        found = _dated(line.text, page, year=year)
        if found is None:
            cells = _cells(line.text, page, year)
            if cells is not None:
                return cells[0], cells[1], cells[2], None not in (cells[0], cells[1])
            continue
        above = lines[i - 1].text.strip() if i > 0 else ""
        if above and runs_on(above, page):
            continue  # a held sentence's tail ('The congress will take place at …,' over it)
        place = found[0]
        below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if place is None:
            for near in (below, above):  # (the event's name over its dates is none)
                parts = [p.strip() for p in near.split(",")]
                if near and not _event_name_line(near, page) and _place(parts, page):
                    place = near
                    break
        name = above if above and above != place and _names_event(above, found[1], page) else None
        if name is not None and place is None:
            name, place = _name_and_place(name, page)
        over = [lines[j].text.strip() for j in range(max(0, i - 2), i)]
        named = name is not None or any(_event_name_line(t, page) for t in over)
        named = named and place is not None
        return name, place, found[1], named
    return None


def _another_event(lines: list[Line], head: int | None, i: int, page: _Page) -> bool:
    """A line between the head's event name (line ``head``) and the label on line ``i``
    names an event too (``Fen Ecology Symposium 2031`` / ``Satellite Meeting: Peat Coring
    Day`` / ``Date: 1-2 June 2031``): the label dates that event, not the head's."""
    if head is None:
        return False
    return any(_event_name_line(ln.text.strip(), page) for ln in lines[head + 1 : i])


def _names_event(text: str, rng: DateRange, page: _Page) -> bool:
    """A short name over the dates: :data:`NAME_WORDS` words at most, holding an event word
    or the dates' year (``PPoPP 2023``), no sentence's stop at its end."""
    if len(text.split()) > NAME_WORDS or text.endswith((".", ":", "!", "?")):
        return False
    pattern = _event_word(page.rules)
    if pattern is not None and pattern.search(text):
        return True
    return str(rng.start.year) in {m.group() for m in _YEAR.finditer(text)}


@functools.cache
def _place_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The words between an event's name and its place (``[places].event_place_words``:
    *in*, *at*, *à*), as whole words."""
    terms = _loc.terms_of("places", rules, "event_place_words")
    return re.compile(rf"\s(?:{_loc.alternation(terms)})\s", re.I) if terms else None


def _name_and_place(text: str, page: _Page) -> tuple[str, str | None]:
    """An event's name line that ends in its place (``21st Symposium on Fen Ecology in
    Marshtown, Norway``): the name and the place, split at the last place word whose tail is
    a place; the line and no place where none is."""
    pattern = _place_word(page.rules)
    if pattern is None:
        return text, None
    for m in reversed(list(pattern.finditer(text))):
        tail = text[m.end() :].strip()
        if tail and _place([p.strip() for p in tail.split(",")], page):
            return text[: m.start()].strip(), tail
    return text, None


def _event_name_line(text: str, page: _Page) -> bool:
    """A line naming an event: an event word, :data:`~comet.page.event_dates.NAME_LINE_WORDS`
    words at most, no sentence's stop at its end (``The symposium was a success.`` is prose),
    no sentence wrapped onto the next line (``The congress will take place at Fen Hall,``)."""
    pattern = event_word_on(page)  # (None on a page without an event word: most pages)
    return (
        pattern is not None
        and pattern.search(text) is not None
        and len(text.split()) <= NAME_LINE_WORDS
        and not text.endswith((".", "!", "?"))
        and not runs_on(text, page)
    )


#: cells of a header line of an event at most (its short and full names, its dates, its
#: place)
MAX_CELLS = 4


def _cells(
    text: str, page: _Page, year: int | None
) -> tuple[str | None, str | None, DateRange] | None:
    """A header line in cells parted by bars, bullets or stars (``FENECO 2031 | 3-5 June
    2031 | Marshtown, Norway``): the name, the place and the dates, where one cell is the
    dates (with a place or not) and each other cell the event's short name or its place;
    ``None`` for any other line (a menu, a sentence)."""
    if _DIGIT.search(text) is None:
        return None  # (no cell of dates)
    parts = [c.strip() for c in _CELL_SEP.split(text.strip()) if c.strip()]
    if not 2 <= len(parts) <= MAX_CELLS:
        return None
    for k, cell in enumerate(parts):
        found = _dated(cell, page, year=year)
        if found is None:
            continue
        name, place = None, found[0]
        for other in parts[:k] + parts[k + 1 :]:
            if place is None and _place_cell(other, page):
                place = other
            elif _names_event(other, found[1], page) and (
                name is None or _worded(name, page) != _worded(other, page)
            ):
                # its short name and its full name ('FENECO 2031 | 12th Symposium on …'): the
                # full one, an event word's
                name = other if name is None or _worded(other, page) else name
            else:
                return None  # a cell of another kind: no event's header
        return name, place, found[1]
    return None


def _worded(text: str, page: _Page) -> bool:
    """``text`` holds an event word of the locales (an event's full name, not its acronym)."""
    pattern = _event_word(page.rules)
    return pattern is not None and pattern.search(text) is not None


def _place_cell(text: str, page: _Page) -> bool:
    """A header cell that is a place (:func:`_place`): one word alone is a place only as a
    city the locales know (``Marshtown``), no section's name (``News | 3-5 June 2031``)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1 and len(text.split()) == 1:
        return is_city(text, page.rules)
    return _place(parts, page)


def event_dates_value(text: str, page: _Page) -> DateRange | None:
    """An event label's value that is its dates alone (``Conference: June 3-5, 2031``): a
    day or a range of :data:`MAX_DAYS` days at most, with its year; ``None`` for a name."""
    return _range(text.strip().rstrip(".").strip(), page, single=True)


#: characters of a place label's value at most (a longer one is a paragraph)
PLACE_CHARS = 80


def labelled_place(page: _Page) -> str | None:
    """The value of the page's first place label of an event (``[labels].event_location``:
    *Venue*, *Ort*, *Tempat*, *会場*) that reads as a place (:func:`_place`: capitalised comma
    parts; a value in a script without capitals, ``沼町大学``, short); ``None`` where none is."""
    for lv in page.layout.values("event_location"):
        value = lv.value.strip().rstrip(".")
        if not value or len(value) > PLACE_CHARS or "@" in value:
            continue
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if _place(parts, page) or not any(ch.isascii() and ch.isalpha() for ch in value):
            return value
    return None
