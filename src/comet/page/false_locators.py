"""Numbers that only look like a locator: file sizes, thousands, times of day, datelines,
versions and dotted dates, loose numbers (the page reader's locator lines read past them)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate, find_dates, parse_date
from comet.errors import ParseError
from comet.locators import Locator
from comet.locators.words import numbering_terms
from comet.page.evidence import (
    _DIGIT_RE,
    _WORD,
    _dates_in,
    _lenient,
    _Page,
)
from comet.page.number_signs import number_sign_pattern

#: a file-size unit after a number (``2.3 MB``, ``612 KB``, ``1,4 MB``, ``3.974Kb``)
_FILE_SIZE = re.compile(r"\s?[KMGT]i?[Bb]\b|\s?kB\b")
#: a number written with thousands separators (``1.800``, ``12.500.000``)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")

#: an ISO 8601 date and time (``2019-11-19T12:48:14Z``, ``2021-05-03 09:30:00+02:00``): a
#: page's time stamp, whose ``48:14`` is no volume and page
_ISO_STAMP = re.compile(
    r"(?<!\d)\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
    r"(?:Z|[+-][0-2]\d:?[0-5]\d)?(?!\d)"
)


def _in_time_stamp(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` overlaps an ISO 8601 date and time (:data:`_ISO_STAMP`)."""
    if ":" not in text[start:end] and "-" not in text[start:end]:
        return False
    return any(s.start() < end and start < s.end() for s in _ISO_STAMP.finditer(text))


#: a time of day: ``10:30``, ``9:05`` (hours 0-23, minutes 00-59)
_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")


@functools.cache
def _clock_hour(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A time of day written with an hour mark of the locales (``[date_words].clock_hour``:
    French ``09h15``, ``9 h 15``), or ``None`` where no locale has one."""
    alt = _loc.alternation(_loc.terms_of("date_words", rules, "clock_hour"))
    if not alt:
        return None
    return re.compile(rf"(?<!\d)(?:[01]?\d|2[0-3])\s?(?:{alt})\s?(?:[0-5]\d)?(?!\w)")


def _only_date_and_time(text: str, page: _Page) -> bool:
    """The line's numbers are all those of dates to the day and times of day (a news
    dateline, ``Publié le 14 mars 2022 à 09h15``): no volume or page among them."""
    key = ("date-and-time-only", text)
    if key not in page.memo:
        rest = text
        found = False
        try:
            dates = list(find_dates(text, locales=page.rules))
        except ParseError:
            dates = []
        for d in reversed(dates):
            if isinstance(d.value, PartialDate) and d.value.day is not None:
                rest = rest[: d.start] + " " + rest[d.end :]
                found = True
        rest = _CLOCK.sub(" ", rest)
        clock_hour = _clock_hour(page.rules)
        if clock_hour is not None:
            rest = clock_hour.sub(" ", rest)
        page.memo[key] = found and not _DIGIT_RE.search(rest)
    result: bool = page.memo[key]
    return result


def _clock_after_date(text: str, loc: Locator) -> bool:
    """The locator's ``volume:page`` is a time of day printed after its date (a news
    page's ``4 de mayo de 2022 - 10:30``, ``March 3, 2021 at 9:15``)."""
    if loc.issued is None or loc.pages is None or loc.issue or loc.article_number:
        return False
    if loc.issued.month is None:
        return False  # 'Journal 2019, 12:45': after a year alone, volume and page
    return any(
        m.group(1) == loc.volume and m.group(2) == loc.pages.first for m in _CLOCK.finditer(text)
    )


#: a locator's shape without words or a year: an issue in brackets after the volume
#: (``12(3)``) or a page range (``101-118``)
_LOCATOR_SHAPE = re.compile(r"\d\s*\(\s*[\w/–-]+\s*\)|\d\s*[-–]\s*\d")
#: numbers joined by dots, three or more (``1.7.2``, ``2022.08.10``, ``25.11.22 18:27``),
#: opening a locator: a version or a date, never volume, issue and page
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}\.?")


@functools.cache
def _label_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words of the locales' locator terms (``vol``, ``issue``, ``s``), folded."""
    return frozenset(w.casefold() for term in numbering_terms(rules) for w in _WORD.findall(term))


def _day_date_in(text: str, page: _Page) -> bool:
    """Whether ``text`` holds a date to the day (``12. November 2015``: the locator reader
    may have taken its day for a volume)."""
    found = _dates_in(page, text)
    return any(isinstance(d.value, PartialDate) and d.value.day is not None for d in found)


#: a span of times of day with dots or colons (``14.30 – 16.15``, ``9:30-11:00``)
_CLOCK_SPAN = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.:])"
)
#: digits of a number at least to be a postcode or an account number in a bare locator
LOOSE_DIGITS = 5


def _loose_numbers(raw: str, loc: Locator, after: str = "") -> bool:
    """Numbers with only spaces between them and no year (``15 24817``, ``417 208 963``,
    ``118 000``: a street number and its postcode, a registration or hotline number), a
    volume with a leading zero (``0734 - 512``: a telephone number), or a street number
    and a postcode before a town's name (``37, 31642 Marshtown``, ``after`` being the
    text after the numbers): no volume and page of a citation."""
    volume = loc.volume or ""
    if len(volume) >= 3 and volume.startswith("0"):
        return True
    if loc.issued is not None:
        return False
    if _POSTCODE.fullmatch(raw.strip()) and _TOWN.match(after):
        return True
    if not _BARE_NUMBERS.fullmatch(raw.strip()):
        return False
    numbers = raw.split()
    return (
        len(numbers) >= 3
        or any(len(n) >= LOOSE_DIGITS for n in numbers)
        or any(n.startswith("0") for n in numbers)
        or _grouped_count(numbers, after)
    )


#: a word in small letters after a number: what the number counts (``841 betalende``)
_COUNTED = re.compile(r"\s*[^\W\d_A-ZÀ-ÞΑ-ΩА-Я]{2}")


def _grouped_count(numbers: list[str], after: str) -> bool:
    """``31 407 betalende brukere``, ``1 500 personnes``: a number grouped by thousands
    with a space, as many languages print it (three digits after the space), and the word
    in small letters it counts after it: a count in prose, no volume and page."""
    return (
        len(numbers) == 2
        and len(numbers[0]) <= 3
        and len(numbers[1]) == 3
        and _COUNTED.match(after) is not None
    )


#: a house number and a postcode (``37, 31642``)
_POSTCODE = re.compile(r"\d{1,4}[a-z]?,\s*\d{4,5}")
#: a town's name after a postcode: a capitalised word that ends the line or a part of it
_TOWN = re.compile(r"\s+[^\W\d_][^\W\d_'’.-]+(?:[ -][^\W\d_][^\W\d_]+)?\s*(?:$|[,;(|/])")


#: numbers separated by spaces only
_BARE_NUMBERS = re.compile(r"\d+(?:\s+\d+)+")


#: one number with a fractional part or a dotted version (``51.30417``, ``4410.0``,
#: ``2.4.1``), not inside a longer dotted run
_POINTED = re.compile(r"(?<!\d)(?<!\d\.)\d+(?:\.\d+)+(?![\d.]*\d)")
#: digits after the point at least that make a fraction a measure, no issue
FRACTION_DIGITS = 4


def _split_number(raw: str, loc: Locator) -> bool:
    """Two of the locator's numbers are the parts of one number written with a point in
    its text: a coordinate or measure (``N:51.30417`` read as issue 51 and volume 30417), a
    catalogue number (``no. 4410.0``: issue 4410, volume 0), a version (``v.2.4.1``), even
    after a locator word. A number of two parts whose second could be an issue (``12.3
    (2019)``, a citation's volume and issue) is not one: its part after the point opens
    with a zero or has :data:`FRACTION_DIGITS` digits or more, or a third part follows."""
    if "." not in raw:
        return False
    pages = loc.pages
    values = {loc.volume, loc.issue, loc.article_number, pages.first if pages else None}
    for m in _POINTED.finditer(raw):
        parts = m.group().split(".")
        if len(parts) == 2 and not (parts[1].startswith("0") or len(parts[1]) >= FRACTION_DIGITS):
            continue
        if sum(1 for p in set(parts) if p in values) >= 2:
            return True
    return False


def _not_a_locator(raw: str, loc: Locator, head: str, page: _Page) -> bool:
    """Numbers that only look like a locator. Without a locator word (``vol.``, ``S.``):
    three or more numbers joined by dots (a version or a date: ``1.7.2``, ``2022.08.10``);
    a date to the day without an issue in brackets or a page range (a dateline: ``6.
    November 2023 14:03``, not ``2012 Mar 1;32(3):171-8``); without a year, a time of day
    (``9:41``), or numbers with no journal before them and neither an issue in brackets
    nor a page range (``1 456``, ``160, 50823``); with or without a word, two of its numbers that are the
    parts of one pointed number (:func:`_split_number`)."""
    if _split_number(raw, loc):
        return True
    labels = _label_words(page.rules)
    if any(w.casefold() in labels for w in _WORD.findall(raw)):
        return False
    if _DOTTED.match(raw.strip()):
        return True
    shaped = _LOCATOR_SHAPE.search(raw) is not None
    if _CLOCK_SPAN.search(raw):
        return True
    if loc.issued is not None:
        return not shaped and (loc.issued.day is not None or _day_date_in(raw, page))
    return bool(_CLOCK.fullmatch(raw.strip())) or not (head or shaped)


def _date_and_clock(raw: str, page: _Page) -> bool:
    """The locator's text is a date to the month or day with a time of day (``3.05.13
    11:51``, ``24. Juli 2017 - 18:55``, ``09.08.13, 06:00``: a post's time stamp read as
    ``volume.issue.page``)."""
    clock = _CLOCK.search(raw)
    if clock is None:
        return False
    rest = (raw[: clock.start()] + " " + raw[clock.end() :]).strip(" ,;-–—|/·")
    date = _lenient(parse_date, rest, locales=page.rules)
    return isinstance(date, PartialDate) and date.month is not None


@functools.cache
def _post_box_end(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A postal box word closing the text before a number (the locales' ``[words].post_box``:
    ``P.O. Box``, ``Postfach``, ``Postbus``, ``Casilla``), or ``None`` where no locale has one."""
    alt = _loc.alternation(_loc.terms_of("words", rules, "post_box"))
    if not alt:
        return None
    # (never a domain's or a path's tail: 'www.example.pl' ends with no box, Finnish 'PL')
    sign = number_sign_pattern(rules)  # ('P.O. Box No. 417': a number sign of the locales)
    return re.compile(rf"(?<![\w./])(?:{alt})\s*(?:(?:{sign})\.?\s*)?$", re.I)


def _after_post_box(before: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The numbers follow a postal box word (``Harbour Bank P.O. Box 417 4410 XZ
    Marshtown``, ``Postfach 10 06 55``): an address on a report's cover, no volume and page."""
    pattern = _post_box_end(rules)
    return pattern is not None and pattern.search(before[-40:]) is not None


def sized_number(text: str, start: int, end: int) -> bool:
    """The number ``text[start:end]`` read as a locator is a file's size: a size unit follows
    it, or ends it (``(3.974Kb)``: the reader took the unit's letters for a page's suffix)."""
    digits = end
    while digits > start and text[digits - 1].isalpha():
        digits -= 1
    return bool(_FILE_SIZE.match(text, end) or (digits < end and _FILE_SIZE.match(text, digits)))
