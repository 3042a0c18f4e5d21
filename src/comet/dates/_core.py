"""Dates and date ranges: ``parse_date``, ``parse_date_range``, ``find_dates``.

A :class:`PartialDate` never invents a missing month or day: ``2019`` stays a
year, ``Aug 2023`` a month.

>>> PartialDate(2023, 8).iso()
'2023-08'
>>> PartialDate(2021, 12, 30).precision
<Precision.DAY: 'day'>
>>> parse_date("27 maj 2019").iso()
'2019-05-27'
>>> parse_date("Aug, 2023").iso()
'2023-08'
>>> parse_date("Spring 2020").edtf()
'2020-21'
>>> parse_date("SOU 2018:38", strict=False).value is None
True
>>> str(parse_date_range("27 maj 201928 maj 2019"))
'2019-05-27/2019-05-28'

Month, season and weekday names, ordinal suffixes and range words come from
the locale files (``comet.locales``); numeric dates are read in each locale's
``date_order``.  Years outside :data:`MIN_YEAR`..:data:`MAX_YEAR` are not dates.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, Literal, TypeVar, overload

import attrs

from comet._windows import merge_windows
from comet.diagnostics import Diagnostic, Severity
from comet.dates._cldr import CldrDates, detect, lookup
from comet.errors import ErrorCode, UnknownLocaleError
from comet.locales import LocaleRules, fold, resolve
from comet.records import MAX_PAGE_LENGTH, Match, Parsed, RecordMixin, check_text, fail, run

__all__ = [
    "FIND_MAX_LENGTH",
    "MAX_LENGTH",
    "MAX_YEAR",
    "MIN_YEAR",
    "DateRange",
    "PartialDate",
    "Precision",
    "find_dates",
    "parse_date",
    "parse_date_range",
]

#: Longest input ``parse_date`` and ``parse_date_range`` accept (a date field, not a page).
MAX_LENGTH = 512
#: Longest text :func:`find_dates` scans: a page (:data:`comet.records.MAX_PAGE_LENGTH`);
#: a megabyte holding a date every dozen characters would take over a second.
FIND_MAX_LENGTH = MAX_PAGE_LENGTH
#: Plausible years: a four-digit number outside this range is not read as a year.
MIN_YEAR = 1000
MAX_YEAR = 2100
#: Two-digit years (only in all-numeric dates such as ``10/18/25``): below the pivot
#: they are 20xx, from it on 19xx.
TWO_DIGIT_PIVOT = 50

T = TypeVar("T")
Locales = str | LocaleRules | Iterable[str | LocaleRules] | None


class Precision(StrEnum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"


def _month(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month must be 1..12, got {value}")


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def _day(inst: PartialDate, _attr: object, value: int | None) -> None:
    if value is None:
        return
    if inst.month is None:
        raise ValueError("a day needs a month")
    last = _days_in(inst.year, inst.month)
    if not 1 <= value <= last:
        raise ValueError(f"day must be 1..{last} for {inst.year}-{inst.month:02d}, got {value}")


_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
_SEASON_OF_CODE = {v: k for k, v in _SEASONS.items()}
#: where a season sorts among months (its first month, northern hemisphere)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season(inst: PartialDate, _attr: object, value: str | None) -> None:
    if value is None:
        return
    if value not in _SEASONS:
        raise ValueError(f"season must be one of {sorted(_SEASONS)}, got {value!r}")
    if inst.month is not None:
        raise ValueError("a date has a month or a season, not both")


_ISO_RE = re.compile(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


@attrs.frozen
class PartialDate(RecordMixin):
    """A calendar date known to year, season, month or day precision.

    ``raw`` and ``diagnostics`` are kept but left out of equality.

    >>> PartialDate.from_edtf("2020-21")
    PartialDate(year=2020, month=None, day=None, season='spring', raw='2020-21')
    >>> PartialDate.from_iso("2019-05-27") == parse_date("27.05.2019")
    True
    """

    year: int = attrs.field(validator=attrs.validators.instance_of(int))
    month: int | None = attrs.field(default=None, validator=_month)
    day: int | None = attrs.field(default=None, validator=_day)
    season: str | None = attrs.field(default=None, validator=_season)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def precision(self) -> Precision:
        """The finest known part."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.season is not None:
            return Precision.SEASON
        return Precision.YEAR

    def iso(self) -> str:
        """ISO 8601 to the known precision (``2019``, ``2023-08``, ``2021-12-30``).

        A season has no ISO form; its year is given.
        """
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def edtf(self) -> str:
        """EDTF (Library of Congress Extended Date/Time Format): seasons as ``2020-21``."""
        if self.season is not None:
            return f"{self.year:04d}-{_SEASONS[self.season]}"
        return self.iso()

    def date_parts(self) -> list[int]:
        """CSL-JSON ``date-parts`` entry: only the known parts."""
        parts = [self.year]
        if self.month is not None:
            parts.append(self.month)
            if self.day is not None:
                parts.append(self.day)
        return parts

    def sort_key(self) -> tuple[int, int, int]:
        """Orders dates; unknown parts sort first within their parent."""
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.edtf()

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """The date of an ISO 8601 string to year, month or day precision (inverse of ``iso``).

        Raises :class:`ValueError` for anything else.
        """
        m = _ISO_RE.match(text.strip())
        if m is None:
            raise ValueError(f"not an ISO 8601 date: {text!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None, raw=text)

    @classmethod
    def from_edtf(cls, text: str) -> PartialDate:
        """The date of an EDTF string (inverse of :meth:`edtf`: ISO forms and seasons 21–24)."""
        m = _ISO_RE.match(text.strip())
        if m is not None and m.group(2) and not m.group(3) and int(m.group(2)) in _SEASON_OF_CODE:
            return cls(int(m.group(1)), season=_SEASON_OF_CODE[int(m.group(2))], raw=text)
        return cls.from_iso(text)


def _order_key(d: PartialDate) -> tuple[int, int, int]:
    month = d.month or (_SEASON_MONTH[d.season] if d.season else 0)
    return (d.year, month, d.day or 0)


@attrs.frozen
class DateRange(RecordMixin):
    """A period from ``start`` to ``end`` (``None``: open end, as in ``2014-``).

    ``end`` is never before ``start``.

    >>> r = parse_date_range("27–28 May 2019")
    >>> r.start.iso(), r.end.iso()
    ('2019-05-27', '2019-05-28')
    >>> parse_date_range("2014-").edtf()
    '2014/..'
    """

    start: PartialDate
    end: PartialDate | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.end is not None and _order_key(self.end) < _order_key(self.start):
            raise ValueError(f"range ends ({self.end}) before it starts ({self.start})")

    def iso(self) -> str:
        """``start/end`` in ISO 8601 (``..`` for an open end)."""
        return f"{self.start.iso()}/{self.end.iso() if self.end else '..'}"

    def edtf(self) -> str:
        """``start/end`` in EDTF (seasons as ``2020-21``; ``..`` for an open end)."""
        return f"{self.start.edtf()}/{self.end.edtf() if self.end else '..'}"

    def __str__(self) -> str:
        return self.edtf()


# --------------------------------------------------------------------------- tables

#: Dashes, arrows and the slash join the two ends of a range in every language.
_RANGE_PUNCT = frozenset({"-", "–", "—", "−", "‐", "‑", "→", "->", "-->", "=>", "/", "~", "⁓"})
#: Separators of all-numeric dates (``27.05.2019``, ``2020–02–21``).
_NUM_SEPS = frozenset({".", "/", "-", "–", "‐", "‑"})
#: Words (non-punctuation tokens) a date or range can span from its first token to
#: its year: weekday/"den"/"ca." prefixes, day, ordinal, month, connector, second date.
_YEAR_REACH = 24
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _word_key(term: str) -> str:
    return fold(term).rstrip(".")


def _squash(term: str) -> str:
    """``n.d.`` / ``N. D.`` / ``nd`` -> ``nd``: for whole-text phrase matching."""
    return "".join(c for c in fold(term) if c.isalnum())


@attrs.frozen(eq=False)
class _Tables:
    months: Mapping[str, tuple[int, ...]]
    months_ascii: Mapping[str, tuple[int, ...]]
    seasons: Mapping[str, str]
    weekdays: frozenset[str]
    prefixes: frozenset[str]
    connectors: frozenset[str]
    range_words: frozenset[str]
    circa: frozenset[str]
    undated: frozenset[str]
    ordinals: tuple[str, ...]
    status: frozenset[str]
    locator: frozenset[str]
    orders: tuple[str, ...]
    own_orders: frozenset[str]
    #: first characters of the ordinal suffixes, and the longest range word
    ordinal_firsts: frozenset[str] = frozenset()
    longest_range_word: int = 0
    #: first characters (casefolded) of every range word and range dash
    range_firsts: frozenset[str] = frozenset()
    #: word key -> (months, accent-folded?): filled as texts are read, so a page of
    #: repeated words folds each word once (bounded: cleared past _MEMO_SIZE)
    month_memo: dict[str, tuple[tuple[int, ...], bool]] = attrs.field(factory=dict)
    #: names of several tokens (``tháng 3``, ``n. Chr.``, ``3月``): first token key ->
    #: the token keys of each name, longest first (see :func:`_multi_key`)
    multi: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(factory=dict)
    #: words of the CLDR date patterns, eras and day periods: dropped before reading
    glue: frozenset[str] = frozenset()
    #: some name of several tokens starts with a number (``3月``, ``1-р сар``)
    multi_num: bool = False
    #: the CLDR month names (key, month): a word of three letters or more that starts
    #: the names of one month and no other is an abbreviation CLDR does not list
    #: (``берез.``, ``sept.``); see :meth:`_Scanner.months_of`
    month_names: tuple[tuple[str, int], ...] = ()


_MEMO_SIZE = 50_000


def _tok_key(kind: int, text: str) -> str:
    if kind == _NUM:
        return str(int(text)) if len(text) < 12 else text
    return text.casefold() if kind == _WORD else _COMMAS.get(text, text)


def _multi_key(term: str) -> tuple[str, ...]:
    """The token keys of ``term`` (numbers without leading zeros, no final dots)."""
    keys = [
        _tok_key(m.lastindex - 1, m.group(m.lastindex))  # type: ignore[operator,arg-type]
        for m in _TOKEN_RE.finditer(fold(term))
    ]
    while keys and keys[-1] == ".":
        keys.pop()
    return tuple(keys)


@functools.cache
def _tables(locales: tuple[LocaleRules, ...], cldr: tuple[CldrDates, ...] = ()) -> _Tables:
    months: dict[str, list[int]] = {}
    seasons: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    status: set[str] = set()
    locator: set[str] = set()
    orders: list[str] = [c.order for c in cldr if c.order]
    multi: dict[str, set[tuple[str, ...]]] = {}
    glue: set[str] = set()

    def add_month(term: str, num: int) -> None:
        mk = _multi_key(term)
        if len(mk) > 1:
            multi.setdefault(mk[0], set()).add(mk)
        lst = months.setdefault(" ".join(mk) if len(mk) > 1 else _word_key(term), [])
        if num not in lst:
            lst.append(num)

    def add_word(term: str, into: set[str]) -> None:
        mk = _multi_key(term)
        if len(mk) > 1:
            multi.setdefault(mk[0], set()).add(mk)
            into.add(" ".join(mk))
        elif mk:
            into.add(mk[0])

    week: set[str] = set()
    for c in cldr:
        for num, names in enumerate(c.months, start=1):
            for t in names:
                add_month(t, num)
        for names in c.weekdays:
            for t in names:
                add_word(t, week)
        for t in (*c.glue, *c.eras, *c.periods):
            add_word(t, glue)
    for rules in locales:
        for key, terms in rules.sections.get("months", {}).items():
            num = _MONTHS.index(key) + 1
            for t in terms:
                add_month(t, num)
        for key, terms in rules.sections.get("seasons", {}).items():
            for t in terms:
                seasons.setdefault(_word_key(t), key)
        for key, terms in rules.sections.get("date_words", {}).items():
            words.setdefault(key, set()).update(terms)
        words.setdefault("weekdays", set()).update(rules.terms("weekdays"))
        status.update(_squash(t) for t in rules.terms("status"))
        locator.update(_word_key(t) for t in rules.terms("locator"))
        if rules.date_order not in orders:
            orders.append(rules.date_order)
    own = frozenset(orders)
    for o in ("DMY", "MDY", "YMD"):
        if o not in orders:
            orders.append(o)
    ascii_months: dict[str, list[int]] = {}
    for k, v in months.items():
        a = _strip_accents(k)
        if a != k and a not in months:
            lst = ascii_months.setdefault(a, [])
            lst.extend(x for x in v if x not in lst)

    def keys(name: str) -> frozenset[str]:
        return frozenset(_word_key(t) for t in words.get(name, ()))

    ordinals = {fold(t) for t in words.get("ordinal_suffix", ())} - {"."}
    glue -= set(months) | week
    weekdays = keys("weekdays") | week
    glue -= weekdays | keys("connector") | keys("range") | keys("day_prefix") | keys("circa")
    names = tuple(
        (key, num)
        for c in cldr
        for num, forms in enumerate(c.months, start=1)
        for key in {_word_key(t) for t in forms}
        if " " not in key
    )
    return _Tables(
        multi_num=any(k[:1].isdigit() for k in multi),
        month_names=names,
        multi={k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()},
        glue=frozenset(glue),
        months={k: tuple(v) for k, v in months.items()},
        months_ascii={k: tuple(v) for k, v in ascii_months.items()},
        seasons=seasons,
        weekdays=weekdays,
        prefixes=keys("day_prefix"),
        connectors=keys("connector"),
        range_words=frozenset(fold(t) for t in words.get("range", ())),
        circa=keys("circa"),
        undated=frozenset(_squash(t) for t in words.get("undated", ())),
        ordinals=tuple(sorted(ordinals, key=len, reverse=True)),
        status=frozenset(status),
        locator=frozenset(locator),
        orders=tuple(orders),
        own_orders=own,
        ordinal_firsts=frozenset(o[0] for o in ordinals),
        longest_range_word=max((len(fold(t)) for t in words.get("range", ())), default=0),
        range_firsts=frozenset(
            w[0] for w in (*(fold(t) for t in words.get("range", ())), *_RANGE_PUNCT) if w
        ),
    )


def _tables_for(locales: Locales) -> _Tables:
    if locales is None or isinstance(locales, str | LocaleRules):
        return _tables_single(locales)
    items = tuple(locales)
    try:
        return _tables_seq(items)
    except TypeError:  # unhashable items: let resolve() report them
        return _tables(*_resolve_dates(items))


def _resolve_dates(
    locales: str | LocaleRules | Iterable[str | LocaleRules] | None,
) -> tuple[tuple[LocaleRules, ...], tuple[CldrDates, ...]]:
    """The hand-written rules and the CLDR data of each locale asked for.

    ``None``: every registered locale, without CLDR data (their files already carry the
    CLDR month names).  A tag with no locale file is read from CLDR alone; a tag neither
    knows raises :class:`~comet.UnknownLocaleError`.
    """
    if locales is None:
        return resolve(None), ()
    items = [locales] if isinstance(locales, str | LocaleRules) else list(locales)
    rules: list[LocaleRules] = []
    cldr: list[CldrDates] = []
    for item in items:
        if isinstance(item, LocaleRules):
            found, c = item, lookup(item.tag)
        else:
            c = lookup(item) if isinstance(item, str) else None
            try:
                found = resolve(item)[0]
            except UnknownLocaleError:
                if c is None:
                    raise
                found = None
        if found is not None and found not in rules:
            rules.append(found)
        if c is not None and c not in cldr:
            cldr.append(c)
    return tuple(rules), tuple(cldr)


@functools.cache
def _tables_seq(items: tuple[str | LocaleRules, ...]) -> _Tables:
    return _tables(*_resolve_dates(items))


@functools.cache
def _tables_single(locales: str | LocaleRules | None) -> _Tables:
    return _tables(*_resolve_dates(locales))


# --------------------------------------------------------------------------- tokens

def _mark_class() -> str:
    """A character class of the combining marks and joiners that continue a word.

    Python's ``\\w`` leaves out the vowel signs of Devanagari, Sinhala, Myanmar, …, so
    ``मार्च`` would fall into five tokens.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x0300, 0x1E00):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    ranges += [(0x200C, 0x200D), (0x20D0, 0x20FF), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F)]
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_MARKS = _mark_class()
#: directional marks (Arabic dates put them around the slashes): part of no token
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_TOKEN_RE = re.compile(
    rf"(?:(\d++)|([^\W\d_](?:[^\W\d_]|[{_MARKS}])*+)|([^\s{_BIDI}]))[{_BIDI}]*+"
)
_DIGIT_RE = re.compile(r"\d")
#: the commas of other scripts (Arabic, Myanmar, CJK) read as ","
_COMMAS = {"،": ",", "၊": ",", "、": ",", "，": ",", "⹁": ",", "․": "."}
_NUM, _WORD, _PUNCT = 0, 1, 2


class _Tok:
    __slots__ = ("end", "glued", "key", "kind", "start", "text", "value")

    def __init__(self, kind: int, start: int, end: int, text: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        if kind == _NUM:
            self.value = int(text) if len(text) < 12 else -1
            self.key = text
        else:
            self.value = -1
            self.key = text.casefold() if kind == _WORD else text
        self.glued = False


def _tokenize(text: str, lo: int = 0, hi: int | None = None) -> list[_Tok]:
    """The tokens of ``text[lo:hi]`` (offsets in ``text``).

    A digit or letter run cut by ``lo`` or ``hi`` is left out: it is not a token of
    ``text``.
    """
    n = len(text)
    hi = n if hi is None else hi
    # group 1 digits, 2 letters, 3 any other non-space character: kind = lastindex - 1
    toks = [
        _Tok(m.lastindex - 1, m.start(), m.end(), _COMMAS.get(g := m.group(m.lastindex), g))  # type: ignore[operator,arg-type]
        for m in _TOKEN_RE.finditer(text, lo, hi)
    ]
    if lo > 0 and toks and toks[0].start == lo and _same_run(text, lo - 1, lo):
        del toks[0]
    if hi < n and toks and toks[-1].end == hi and _same_run(text, hi - 1, hi):
        del toks[-1]
    return toks


def _same_run(text: str, a: int, b: int) -> bool:
    """Characters ``a`` and ``b`` belong to one digit run or one letter run."""
    x, y = text[a], text[b]
    return (x.isdigit() and y.isdigit()) or (
        _LETTER_RE.match(x) is not None and _LETTER_RE.match(y) is not None
    )


_LETTER_RE = re.compile(rf"[^\W\d_]|[{_MARKS}]")

# Where find_dates looks: every date has a year source (see _Scanner._near_year), a
# four-digit number or the last number of a numeric D.M.YY chain.  These patterns find
# a superset of the sources in one pass over the raw text; only windows around them are
# tokenised, so a megabyte with no year in it is not cut into a million tokens.
# (five or six digits: a year glued to the next day, split by _Scanner._split_glued)
_YEAR_HINT = re.compile(r"(?<!\d)\d{4}(?:\d\d?+)?(?!\d)")
# (a longer chain, 1-2-3-4, is no D-M-Y: as in _near_year, its third number is no source)
_CHAIN_HINT = re.compile(
    r"(?<!\d)(?=\d{1,2}+(?!\d)\s*+([./\-–‐‑])\s*+\d{1,2}+(?!\d)\s*+\1\s*+(\d{1,2}+)(?!\d)"
    r"(?!\1(?:\d{1,3}(?!\d)|\d{5})))"
)
# DOIs and URLs (whitespace ends them), blanked for the hints only: the scanner still
# reads them, so a date that ends right before a DOI keeps its context
_LINK_RE = re.compile(r"(?<![^\s(<\[:])(?:10\.\d{4,9}/|https?://|www\.)\S++")


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


#: Characters a window reaches back from a year source (a date's first word is at most
#: _YEAR_REACH words before its year) and forward past it (the rest of a range).
_WINDOW_BACK = 400
_WINDOW_FORWARD = 600


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the DOIs and URLs in ``text``: a number inside one is not a year."""
    return [m.span() for m in _LINK_RE.finditer(text)] if "/" in text else []


def _date_windows(text: str, links: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` spans of ``text`` around every possible year source."""
    n = len(text)
    # a number inside a DOI or a URL is not the year of a date in the text
    masked = _LINK_RE.sub(_blank, text) if links else text
    if len(_YEAR_HINT.findall(masked)) * (_WINDOW_BACK + _WINDOW_FORWARD) >= n:
        return [(0, n)]  # years everywhere: the windows would cover the text anyway
    hints = [m.span() for m in _YEAR_HINT.finditer(masked) if _plausible(int(m.group()[:4]))] + [
        m.span(2) for m in _CHAIN_HINT.finditer(masked)
    ]
    hints.sort()
    return merge_windows(hints, _WINDOW_BACK, _WINDOW_FORWARD, n)


@attrs.define
class _Cand:
    first: int  # token index where the expression starts (prefix words included)
    end: int  # token index after it
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    order: str | None = None
    diags: list[Diagnostic] = attrs.field(factory=list)
    num_start: bool = False  # starts with a number (locator check applies)

    @property
    def bare_year(self) -> bool:
        return self.month is None and self.day is None and self.season is None


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _days_in(y, m)


def _plausible(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


class _Scanner:
    """Reads dates from the token list of one text."""

    def __init__(
        self,
        text: str,
        tables: _Tables,
        lo: int = 0,
        hi: int | None = None,
        blocked: Sequence[tuple[int, int]] = (),
        *,
        loose: bool = False,
    ) -> None:
        self.text = text
        self.t = tables
        #: a date field, not free text: numbers one space apart and a month with its
        #: year alone (``20 02 2014``, ``2/2013``) are dates too
        self.loose = loose
        #: sorted spans (DOIs, URLs) where no date may start
        self.blocked = blocked
        self.hi = len(text) if hi is None else hi  # the end of the part read
        self.toks = _tokenize(text, lo, self.hi)
        self.n = len(self.toks)
        self.pre_diags: list[Diagnostic] = []
        self.inverted: tuple[int, int] | None = None
        self.invalid: tuple[int, int] | None = None  # text span of a day its month lacks
        if tables.multi:
            self._join_names()
        if tables.glue:
            self._drop_glue()
        if ":" in text:
            self._drop_inner_times()
        self._split_glued()

    # -- helpers ---------------------------------------------------------------
    def months_of(self, tok: _Tok) -> tuple[tuple[int, ...], bool]:
        if tok.kind != _WORD:
            return (), False
        memo = self.t.month_memo
        hit = memo.get(tok.key)
        if hit is not None:
            return hit
        found = self.t.months.get(tok.key)
        if found:
            out: tuple[tuple[int, ...], bool] = (found, False)
        else:
            found = self.t.months_ascii.get(_strip_accents(tok.key))
            out = (found, True) if found else ((), False)
            if not found and self.t.month_names and len(tok.key) >= 3:
                out = (self._prefix_month(tok.key), False)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[tok.key] = out
        return out

    def _prefix_month(self, key: str) -> tuple[int, ...]:
        """The one month whose CLDR names start with ``key`` (not itself a known word)."""
        t = self.t
        if key in t.weekdays or key in t.glue or key in t.connectors or key in t.prefixes:
            return ()
        hits = {num for name, num in t.month_names if name.startswith(key)}
        return (hits.pop(),) if len(hits) == 1 else ()

    def is_year(self, k: int) -> bool:
        if k >= self.n:
            return False
        tok = self.toks[k]
        return tok.kind == _NUM and len(tok.text) == 4 and _plausible(tok.value)

    def punct(self, k: int, chars: str | frozenset[str]) -> bool:
        return k < self.n and self.toks[k].kind == _PUNCT and self.toks[k].text in chars

    def adjacent(self, k: int) -> bool:
        """Token ``k`` touches token ``k - 1``."""
        return 0 < k < self.n and self.toks[k].start == self.toks[k - 1].end

    def span(self, a: int, b: int) -> tuple[int, int]:
        return (self.toks[a].start, self.toks[b - 1].end)

    def _join_names(self) -> None:
        """One word token for each name of several tokens (``tháng 3``, ``3月``, ``n. Chr.``)."""
        toks, multi, text = self.toks, self.t.multi, self.text
        nums = self.t.multi_num
        if not any(
            t.key in multi if t.kind != _NUM else nums and _tok_key(_NUM, t.text) in multi
            for t in toks
        ):
            return
        out: list[_Tok] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            seqs = multi.get(_tok_key(tok.kind, tok.text) if tok.kind == _NUM else tok.key)
            done = False
            for seq in seqs or ():
                end = i + len(seq)
                if end <= len(toks) and all(
                    _tok_key(toks[i + k].kind, toks[i + k].text) == seq[k]
                    and (k == 0 or toks[i + k].start - toks[i + k - 1].end <= 1)
                    for k in range(1, len(seq))
                ):
                    last = toks[end - 1]
                    merged = _Tok(_WORD, tok.start, last.end, text[tok.start : last.end])
                    merged.key = " ".join(seq)
                    out.append(merged)
                    i = end
                    done = True
                    break
            if not done:
                out.append(tok)
                i += 1
        self.toks = out
        self.n = len(out)

    def _drop_glue(self) -> None:
        """Leave out the words of the locales' date patterns, eras and day periods."""
        glue = self.t.glue
        if any(t.key in glue for t in self.toks):
            out: list[_Tok] = []
            dropped = -1
            for t in self.toks:
                if t.kind == _WORD and t.key in glue:
                    dropped = t.end
                    if out and out[-1].text == "-" and out[-1].end == t.start:
                        out.pop()  # eo "1-a de januaro": the hyphen of the dropped ending
                elif not (t.kind == _PUNCT and t.start == dropped and t.text in "’'"):
                    out.append(t)
            self.toks = out
            self.n = len(out)

    def _time_end(self, i: int) -> int:
        """The index after a time ``HH:MM[:SS]`` starting at token ``i``, or ``i``."""
        toks, n = self.toks, self.n

        def two(k: int, top: int) -> bool:
            return k < n and toks[k].kind == _NUM and len(toks[k].text) == 2 and toks[k].value <= top

        t = toks[i]
        if not (t.kind == _NUM and len(t.text) <= 2 and t.value <= 24):
            return i
        if not (self.punct(i + 1, ":") and self.adjacent(i + 1) and two(i + 2, 59)):
            return i
        end = i + 3
        if self.punct(end, ":") and self.adjacent(end) and two(end + 1, 60):
            end += 2
        return end

    def _drop_inner_times(self) -> None:
        """``Oct 26 15:50:06 2016``: leave out a time between the day and the year."""
        i = 1
        while i < self.n:
            end = self._time_end(i)
            prev = self.toks[i - 1]
            if (
                end > i
                and self.is_year(end)
                and ((prev.kind == _NUM and len(prev.text) <= 2) or self.months_of(prev)[0])
            ):
                a, b = self.toks[i].start, self.toks[end - 1].end
                self.pre_diags.append(
                    Diagnostic("ignored-time", f"ignored the time {self.text[a:b]!r}", (a, b))
                )
                del self.toks[i:end]
                self.n = len(self.toks)
            i += 1

    def _split_glued(self) -> None:
        """``27 maj 201928 maj 2019``: split ``201928`` between two month words."""
        toks = self.toks
        i = 1
        while i < self.n - 1:
            tok = toks[i]
            if (
                tok.kind == _NUM
                and len(tok.text) in (5, 6)
                and _plausible(int(tok.text[:4]))
                and 1 <= int(tok.text[4:]) <= 31
                and self.months_of(toks[i - 1])[0]
                and self.months_of(toks[i + 1])[0]
            ):
                a = _Tok(_NUM, tok.start, tok.start + 4, tok.text[:4])
                b = _Tok(_NUM, tok.start + 4, tok.end, tok.text[4:])
                b.glued = True
                toks[i : i + 1] = [a, b]
                self.n += 1
                self.pre_diags.append(
                    Diagnostic(
                        "split-glued-date",
                        f"split {tok.text!r}: a year glued to the next day",
                        (tok.start, tok.end),
                        Severity.WARNING,
                    )
                )
            i += 1

    def skip_ordinal(self, j: int) -> int:
        """Index after the day number ``j`` and its ordinal suffix (``3.``, ``1st``, ``3:e``)."""
        tok = self.toks[j]
        k = j + 1
        if self.punct(k, ".") and self.adjacent(k):
            return k + 1
        pos = tok.end
        text = self.text
        if text[pos : pos + 1].casefold() not in self.t.ordinal_firsts:
            return self._any_suffix(k)
        for suf in self.t.ordinals:
            end = pos + len(suf)
            if text[pos:end].casefold() == suf and not (end < len(text) and text[end].isalpha()):
                while k < self.n and self.toks[k].start < end:
                    k += 1
                return k
        return self._any_suffix(k)

    def _any_suffix(self, k: int) -> int:
        """After a day number: a short letter suffix (``11-inci``, ``11-е``, ``11mh``, ``18de``).

        Taken only when a month name, a comma or a year follows it: an ordinal marker of
        any language, whether or not its locale file lists it.
        """
        toks = self.toks
        s = k + (self.punct(k, "-") and self.adjacent(k))
        if not (
            s < self.n
            and toks[s].kind == _WORD
            and self.adjacent(s)
            and len(toks[s].text) <= (4 if s > k else 3)
            and not self.months_of(toks[s])[0]
        ):
            return k
        nxt = s + 1
        if nxt >= self.n or self.punct(nxt, ",") or self.is_year(nxt):
            return nxt
        if self.months_of(toks[nxt])[0]:
            return nxt
        return k

    # -- single dates ----------------------------------------------------------
    def date_at(self, i: int, partial: bool) -> list[_Cand]:
        """Readings of a date starting at token ``i`` (longest first is not implied)."""
        out: list[_Cand] = []
        self._date_from(i, i, partial, [], out)
        j = i
        diags: list[Diagnostic] = []
        for _ in range(3):  # weekday / "den" / "ca." before the date
            if j >= self.n or self.toks[j].kind != _WORD:
                break
            key = self.toks[j].key
            if key in self.t.circa:
                diags.append(
                    Diagnostic(
                        "approximate",
                        f"{self.toks[j].text!r} marks an approximate date",
                        self.span(j, j + 1),
                        Severity.WARNING,
                    )
                )
            elif key not in self.t.weekdays and key not in self.t.prefixes:
                break
            j += 1
            while self.punct(j, ".,"):
                j += 1
            self._date_from(i, j, partial, list(diags), out)
        return out

    def _date_from(
        self, first: int, j: int, partial: bool, diags: list[Diagnostic], out: list[_Cand]
    ) -> None:
        if j >= self.n:
            return
        tok = self.toks[j]
        if tok.kind == _NUM:
            self._from_number(first, j, partial, diags, out)
        elif tok.kind == _WORD:
            months, folded = self.months_of(tok)
            season = self.t.seasons.get(tok.key)
            if months:
                self._from_month(first, j, months, folded, season, partial, diags, out)
            if season:
                self._from_season(first, j, season, partial, diags, out)

    def _cand(self, first: int, end: int, diags: list[Diagnostic], **kw: object) -> _Cand:
        c = _Cand(first, end, diags=list(diags), **kw)  # type: ignore[arg-type]
        return c

    def _month_diags(
        self, j: int, months: tuple[int, ...], folded: bool, diags: list[Diagnostic]
    ) -> list[Diagnostic]:
        out = list(diags)
        if len(months) > 1:
            out.append(
                Diagnostic(
                    "ambiguous-month",
                    f"{self.toks[j].text!r} names different months in the locales tried",
                    self.span(j, j + 1),
                    Severity.WARNING,
                )
            )
        if folded:
            out.append(
                Diagnostic(
                    "accent-folded",
                    f"{self.toks[j].text!r} matched a month name without its accents",
                    self.span(j, j + 1),
                )
            )
        return out

    def _from_number(
        self, first: int, j: int, partial: bool, diags: list[Diagnostic], out: list[_Cand]
    ) -> None:
        toks, n = self.toks, self.n
        tok = toks[j]
        nd = len(tok.text)
        v = tok.value
        # all-numeric: Y-M-D, D.M.Y, M/D/YY, YY/M/D
        if (
            j + 4 < n + 0
            and toks[j + 1].kind == _PUNCT
            and toks[j + 1].text in _NUM_SEPS
            and toks[j + 3].kind == _PUNCT
            and toks[j + 3].text == toks[j + 1].text
            and toks[j + 2].kind == _NUM
            and toks[j + 4].kind == _NUM
            and self.adjacent(j + 1)
            and self.adjacent(j + 3)
            and all(self.adjacent(k) or self._dot_space(k) for k in (j + 2, j + 4))
            and not (
                j + 6 < n
                and self.adjacent(j + 5)
                and toks[j + 5].text == toks[j + 1].text
                and self.adjacent(j + 6)
                and toks[j + 6].kind == _NUM
                and len(toks[j + 6].text) != 4
            )
        ):
            self._numeric(first, j, diags, out)
        elif self.loose and self._spaced_chain(j):
            self._numeric(first, j, diags, out, step=1)
        elif self.loose and self._month_year(first, j, diags, out):
            pass
        elif (
            nd == 4
            and _plausible(v)
            and self.punct(j + 1, "-")
            and self.adjacent(j + 1)
            and j + 2 < n
            and toks[j + 2].kind == _NUM
            and len(toks[j + 2].text) == 2
            and 1 <= toks[j + 2].value <= 12
            and self.adjacent(j + 2)
            and not (
                self.punct(j + 3, "-")
                and self.adjacent(j + 3)
                and j + 4 < n
                and toks[j + 4].kind == _NUM
                and len(toks[j + 4].text) <= 2
            )
        ):  # ISO year-month 2019-05
            out.append(self._cand(first, j + 3, diags, year=v, month=toks[j + 2].value))
        if nd == 4 and _plausible(v):
            out.append(self._year_only(first, j, diags))
            k = j + 1
            sep = ""
            while self.punct(k, ".,"):
                k += 1
            if k == j + 1 and self.punct(k, "-/") and self.adjacent(k) and self.adjacent(k + 1):
                sep = toks[k].text
                k += 1
            elif self.punct(k, "-") and self.punct(k + 1, ".,"):
                k += 1  # ky "1998-ж., 9-март" (the glue word dropped)
                while self.punct(k, ".,"):
                    k += 1
            if (
                k > j + 1
                and k + 1 < n
                and toks[k].kind == _NUM
                and len(toks[k].text) <= 2
                and not self.months_of(toks[k])[0]
            ):  # lv "1987. gada 11. martā": the year, then the day and the month
                for c in self.date_at(k, partial=True):
                    if c.year is None and c.day is not None and c.month is not None:
                        if _valid_day(v, c.month, c.day):
                            out.append(
                                self._cand(first, c.end, [*diags, *c.diags], year=v, month=c.month, day=c.day)
                            )
            if k < n:
                months, folded = self.months_of(toks[k])
                if months:  # 2025 Oct 17
                    md = self._month_diags(k, months, folded, diags)
                    k2 = k + 1 + self.punct(k + 1, ".")
                    if self.punct(k2, ",") and k2 + 1 < n and toks[k2 + 1].kind == _NUM:
                        k2 += 1  # cv "1974, ҫӗртме, 16"
                    if sep and self.punct(k2, sep) and self.adjacent(k2):
                        k2 += 1
                    out.append(self._cand(first, k2, md, year=v, month=months[0]))
                    if k2 < n and toks[k2].kind == _NUM and len(toks[k2].text) <= 2:
                        d = toks[k2].value
                        if _valid_day(v, months[0], d):
                            end = self.skip_ordinal(k2)
                            out.append(self._cand(first, end, md, year=v, month=months[0], day=d))
            return
        if nd > 2 or not 1 <= v <= 31:
            return
        # day first: 27 maj 2019, 3. März 2019, 1st of May 2019, 27–28 May 2019
        k = self.skip_ordinal(j)
        sep = ""
        if k < n and toks[k].kind == _WORD and toks[k].key in self.t.connectors:
            k += 1
        elif (
            k == j + 1
            and self.punct(k, "/-.")
            and self.adjacent(k)
            and self.adjacent(k + 1)
            and k + 1 < n
            and self.months_of(toks[k + 1])[0]
        ):  # 31/Oct/1974
            sep = toks[k].text
            k += 1
        elif self.punct(k, ",") and k + 1 < n and self.months_of(toks[k + 1])[0]:
            k += 1  # 11, იან, 1987 (the year must follow)
            partial = False
        if k < n:
            months, folded = self.months_of(toks[k])
            if months:
                md = self._month_diags(k, months, folded, diags)
                m = months[0]
                k2 = k + 1 + self.punct(k + 1, ".")
                if sep and self.punct(k2, sep) and self.adjacent(k2) and self.adjacent(k2 + 1):
                    k2 += 1
                k3 = k2
                while self.punct(k3, ".,"):
                    k3 += 1
                if (
                    k3 + 1 < n
                    and toks[k3].kind == _WORD
                    and toks[k3].key in self.t.connectors
                    and self.is_year(k3 + 1)
                ):
                    k3 += 1  # 3 de marzo de 2019: a connector before the year too
                if self.is_year(k3):
                    y = toks[k3].value
                    if _valid_day(y, m, v):
                        out.append(self._cand(first, k3 + 1, md, year=y, month=m, day=v))
                    elif self.invalid is None:
                        self.invalid = self.span(j, k3 + 1)
                elif partial and (v <= _days_in(2000, m)):
                    out.append(self._cand(first, k2, md, month=m, day=v))
                return
        if partial:
            k1 = j + 1 + self.punct(j + 1, ",")
            if self.is_year(k1):  # the "28, 2019" of "May 27–28, 2019"
                y = toks[k1].value
                out.append(self._cand(first, k1 + 1, diags, day=v, year=y, num_start=True))
            out.append(self._cand(first, k, diags, day=v, num_start=True))

    def _year_only(self, first: int, j: int, diags: list[Diagnostic]) -> _Cand:
        tok = self.toks[j]
        end = j + 1
        d = list(diags)
        nxt = self.toks[end] if end < self.n else None
        if (
            nxt is not None
            and nxt.kind == _WORD
            and len(nxt.text) == 1
            and nxt.text.islower()
            and self.adjacent(end)
        ):
            d.append(
                Diagnostic(
                    "year-suffix",
                    f"dropped the letter {nxt.text!r} after the year (a reference-list suffix)",
                    (nxt.start, nxt.end),
                )
            )
            end += 1
        return self._cand(first, end, d, year=tok.value, num_start=True)

    def _dot_space(self, k: int) -> bool:
        """Token ``k`` follows a dot after one space (``11. 1. 1987``)."""
        return (
            self.toks[k - 1].text == "."
            and self.toks[k].start - self.toks[k - 1].end == 1
            and self.text[self.toks[k].start - 1] == " "
        )

    def _spaced_chain(self, j: int) -> bool:
        """``20 02 2014``, ``2014 02 20``: three numbers one space apart (a date field only)."""
        toks = self.toks
        if j + 2 >= self.n or any(toks[k].kind != _NUM for k in (j, j + 1, j + 2)):
            return False
        if any(toks[k].start - toks[k - 1].end != 1 for k in (j + 1, j + 2)):
            return False
        if j + 3 < self.n and toks[j + 3].kind == _NUM:
            return False
        lens = [len(toks[k].text) for k in (j, j + 1, j + 2)]
        return lens[1] <= 2 and (lens[0] == 4) != (lens[2] == 4) and min(lens) <= 2

    def _month_year(self, first: int, j: int, diags: list[Diagnostic], out: list[_Cand]) -> bool:
        """``2/2013``, ``11.2004``, ``2014/10`` (a date field only): a month and its year."""
        toks = self.toks
        if not (
            j + 2 < self.n
            and toks[j + 1].kind == _PUNCT
            and toks[j + 1].text in "/.-"
            and toks[j + 2].kind == _NUM
            and toks[j + 2].start - toks[j].end <= 5  # 2016 / 11
        ):
            return False
        if j + 3 < self.n and self.adjacent(j + 3) and toks[j + 3].kind == _PUNCT:
            if j + 4 < self.n and toks[j + 4].kind == _NUM:
                return False
        a, b = toks[j], toks[j + 2]
        if len(a.text) <= 2 and len(b.text) == 4:
            m, y = a.value, b.value
        elif len(a.text) == 4 and len(b.text) <= 2:
            y, m = a.value, b.value
        else:
            return False
        if not (_plausible(y) and 1 <= m <= 12):
            return False
        out.append(self._cand(first, j + 3, diags, year=y, month=m))
        return True

    def _numeric(
        self, first: int, j: int, diags: list[Diagnostic], out: list[_Cand], step: int = 2
    ) -> None:
        toks = self.toks
        a, b, c = toks[j], toks[j + step], toks[j + 2 * step]
        la, lb, lc = len(a.text), len(b.text), len(c.text)
        if lb > 2:
            return
        end = j + 2 * step + 1
        if la == 4:
            if lc <= 2 and _plausible(a.value) and _valid_day(a.value, b.value, c.value):
                out.append(self._cand(first, end, diags, year=a.value, month=b.value, day=c.value))
            return
        if la > 2:
            return
        readings: list[tuple[str, int, int, int, bool]] = []
        for order in self.t.orders:
            if order == "YMD":
                if lc > 2:
                    continue
                y, m, d, short = a.value, b.value, c.value, True
            elif lc not in (2, 4):
                continue
            elif order == "DMY":
                y, m, d, short = c.value, b.value, a.value, lc == 2
            else:
                y, m, d, short = c.value, a.value, b.value, lc == 2
            if short:
                y += 2000 if y < TWO_DIGIT_PIVOT else 1900
            elif not _plausible(y):
                continue
            if _valid_day(y, m, d):
                readings.append((order, y, m, d, short))
        own = [r for r in readings if r[0] in self.t.own_orders]
        distinct = {(r[1], r[2], r[3]) for r in own}
        span = self.span(j, end)
        if step == 1:
            diags = [*diags, Diagnostic("spaced-numeric", "numbers separated by spaces", span)]
        for order, y, m, d, short in readings:
            dg = list(diags)
            if short:
                dg.append(
                    Diagnostic(
                        "two-digit-year",
                        f"read the two-digit year as {y}",
                        span,
                    )
                )
            if order not in self.t.own_orders:
                dg.append(
                    Diagnostic(
                        "date-order-swapped",
                        f"read as {order}: the locales' own order gives no valid date",
                        span,
                        Severity.WARNING,
                    )
                )
            elif len(distinct) > 1:
                dg.append(
                    Diagnostic(
                        "ambiguous-date-order",
                        f"read as {order}; the locales tried disagree on the order of "
                        "day and month",
                        span,
                        Severity.WARNING,
                    )
                )
            out.append(self._cand(first, end, dg, year=y, month=m, day=d, order=order))

    def _from_month(
        self,
        first: int,
        j: int,
        months: tuple[int, ...],
        folded: bool,
        season: str | None,
        partial: bool,
        diags: list[Diagnostic],
        out: list[_Cand],
    ) -> None:
        toks, n = self.toks, self.n
        md = self._month_diags(j, months, folded, diags)
        m = months[0]
        k = j + 1 + self.punct(j + 1, ".")
        if j > 0 and self.punct(j - 1, "[(") and self.punct(k, "])"):
            k += 1  # [Sept] 04, 2014: a month supplied in brackets
        k1 = k + self.punct(k, ",")
        sep = ""
        if (
            k1 == j + 1
            and self.punct(k1, "-/")
            and self.adjacent(k1 + 1 if self.loose else k1)
            and k1 + 1 < n
            and toks[k1 + 1].kind == _NUM
        ):
            sep = toks[k1].text  # dec-2018, sep-23-2020, dec / 2018 (a date field)
            k = k1 = k1 + 1
        if (
            k1 + 1 < n
            and toks[k1].kind == _WORD
            and toks[k1].key in self.t.connectors
            and self.is_year(k1 + 1)
        ):
            k1 += 1  # marzo de 2019: a connector between month and year
        if self.is_year(k1):
            if season is None:  # fi "kesä 2020" is a summer, not June
                out.append(self._cand(first, k1 + 1, md, year=toks[k1].value, month=m))
            return
        if k < n and toks[k].kind == _NUM and len(toks[k].text) <= 2 and 1 <= toks[k].value <= 31:
            d = toks[k].value
            k2 = self.skip_ordinal(k)
            k3 = k2
            if sep and self.punct(k3, sep) and self.adjacent(k3) and self.adjacent(k3 + 1):
                k3 += 1
            while self.punct(k3, ".,"):
                k3 += 1
            if self.is_year(k3):
                y = toks[k3].value
                if _valid_day(y, m, d):
                    out.append(self._cand(first, k3 + 1, md, year=y, month=m, day=d))
                return
            if partial and d <= _days_in(2000, m):
                out.append(self._cand(first, k2, md, month=m, day=d))
            return
        if partial:
            out.append(self._cand(first, k, md, month=m))

    def _from_season(
        self,
        first: int,
        j: int,
        season: str,
        partial: bool,
        diags: list[Diagnostic],
        out: list[_Cand],
    ) -> None:
        k = j + 1
        k1 = k + self.punct(k, ",")
        if self.is_year(k1):
            out.append(self._cand(first, k1 + 1, diags, year=self.toks[k1].value, season=season))
        elif partial:
            out.append(self._cand(first, k, diags, season=season))

    # -- ranges ----------------------------------------------------------------
    def connector_ends(self, j: int) -> list[int]:
        """Token indices where a second date may start after a range connector at ``j``."""
        out: list[int] = []
        if j >= self.n:
            return out
        if self.toks[j].glued:
            out.append(j)
        if self.toks[j].text[0].casefold() not in self.t.range_firsts:
            return out  # no range word or dash starts here (a number never does)
        for k in range(j + 1, min(j + 4, self.n + 1)):
            gap_end = self.toks[k].start if k < self.n else self.hi
            gap = self.text[self.toks[j].start : gap_end].strip()
            if gap in _RANGE_PUNCT or (
                len(gap) <= 2 * self.t.longest_range_word and fold(gap) in self.t.range_words
            ):
                out.append(k)
        return out

    def range_at(self, i: int, ctx_year: int | None) -> tuple[_Cand, _Cand | None, int] | None:
        """The best ``(start, end | None, next index)`` at ``i``; ``end is start`` for one date."""
        starts = self.date_at(i, partial=True)
        if not starts:
            return None
        best: tuple[_Cand, _Cand | None, int] | None = None
        orders: dict[int, set[str | None]] = {}
        self.inverted = None
        for c1 in starts:
            for k in self.connector_ends(c1.end):
                if k >= self.n:  # "2014-": open end
                    if c1.year is not None and c1.bare_year:
                        cand = (c1, None, k)
                        if best is None or k > best[2]:
                            best = cand
                    continue
                ends = self.date_at(k, partial=True)
                if c1.year is not None and c1.bare_year:
                    ends += self._short_year_end(c1, k)
                for c2 in ends:
                    c1_copy = _Cand(
                        c1.first,
                        c1.end,
                        c1.year,
                        c1.month,
                        c1.day,
                        c1.season,
                        c1.order,
                        list(c1.diags),
                        c1.num_start,
                    )
                    ok = self._combine(c1_copy, c2, ctx_year)
                    if ok:
                        orders.setdefault(c2.end, set()).add(c1.order)
                        if best is None or c2.end > best[2]:
                            best = (c1_copy, c2, c2.end)
                    elif ok is False and self.inverted is None:
                        self.inverted = (c1.first, c2.end)
        single: tuple[_Cand, _Cand | None, int] | None = None
        for c1 in sorted(starts, key=lambda c: -c.end):
            if c1.year is None and ctx_year is None:
                continue
            if c1.month is None and c1.season is None and c1.day is not None:
                continue  # a bare day number
            single = (c1, c1, c1.end)
            break
        if best is not None and (single is None or best[2] >= single[2]):
            if best[1] is not None and len(orders.get(best[2], ())) == 1:
                for c in (best[0], best[1]):  # the range settles the order of day and month
                    c.diags = [d for d in c.diags if d.code != "ambiguous-date-order"]
            return best
        return single

    def _short_year_end(self, c1: _Cand, k: int) -> list[_Cand]:
        """``2014/15``, ``2014–16``: a two-digit end year."""
        tok = self.toks[k]
        if tok.kind != _NUM or len(tok.text) != 2 or c1.year is None:
            return []
        y = c1.year - c1.year % 100 + tok.value
        if y <= c1.year:
            return []
        if 1 <= tok.value <= 12 and self.adjacent(k) and self.toks[k - 1].text == "-":
            return []  # 2019-12 is December 2019 (ISO 8601), not 2019–2012
        return [_Cand(k, k + 1, year=y)]

    def _combine(self, c1: _Cand, c2: _Cand, ctx_year: int | None) -> bool | None:
        """Fill the parts one end lacks from the other.

        ``None`` if they do not form a range, ``False`` if the end is before the start.
        """
        if c1.order != c2.order:
            return None
        if (c1.season is None) != (c2.season is None) and not (c1.bare_year or c2.bare_year):
            return None
        # a bare day needs a day-precision partner
        if c1.month is None and c1.season is None and c1.day is not None:
            if c2.day is None or c2.month is None:
                return None
            c1.month = c2.month
            c1.diags.append(Diagnostic("range-filled", "start month taken from the end", None))
        if c2.month is None and c2.season is None and c2.day is not None:
            if c1.day is None or c1.month is None or (c1.year is not None and c2.year is None):
                return None
            c2.month = c1.month
            c2.diags.append(Diagnostic("range-filled", "end month taken from the start", None))
        if (c1.day is None) != (c2.day is None):
            return None
        if (c1.month is None) != (c2.month is None) and not (c1.bare_year and c2.bare_year):
            return None
        if c1.year is None and c2.year is None:
            if ctx_year is None:
                return None
            c1.year = c2.year = ctx_year
            c1.diags.append(
                Diagnostic("year-from-context", f"year {ctx_year} given by the caller", None)
            )
        elif c1.year is None:
            c1.year = c2.year
            c1.diags.append(Diagnostic("range-filled", "start year taken from the end", None))
            assert c1.year is not None
            if _order_key_c(c1) > _order_key_c(c2):
                c1.year -= 1
                c1.diags.append(
                    Diagnostic(
                        "range-year-inferred",
                        "the start falls in the year before the end",
                        None,
                        Severity.WARNING,
                    )
                )
        elif c2.year is None:
            c2.year = c1.year
            c2.diags.append(Diagnostic("range-filled", "end year taken from the start", None))
        for c in (c1, c2):
            assert c.year is not None
            if c.day is not None and (c.month is None or not _valid_day(c.year, c.month, c.day)):
                return None
        return _order_key_c(c1) <= _order_key_c(c2)

    def _near_year(self) -> list[bool]:
        """Per token: is a year source at most :data:`_YEAR_REACH` words ahead?

        With no year from the caller, every date has a year in it: a plausible
        four-digit number or the last number of an all-numeric ``D.M.YY``.  A date
        or range starting at a token with no such year within reach cannot be
        found, so :meth:`scan` skips it (a megabyte of ``1-1-1``-free digits and
        words is read in one pass instead of trying a date at every number).
        """
        toks, n = self.toks, self.n
        source = [False] * n
        for k, tok in enumerate(toks):
            if tok.kind != _NUM:
                continue
            # (a chain's numbers have at most two digits: a four-digit one is a year
            # source itself, and longer ones give no reading in _numeric)
            source[k] = (len(tok.text) == 4 and _plausible(tok.value)) or (
                k >= 4
                and len(tok.text) <= 2
                and toks[k - 2].kind == _NUM
                and len(toks[k - 2].text) <= 2
                and toks[k - 4].kind == _NUM
                and len(toks[k - 4].text) <= 2
                and toks[k - 1].kind == _PUNCT
                and toks[k - 1].text in _NUM_SEPS
                and toks[k - 3].text == toks[k - 1].text
                # as in _from_number: a longer chain (1-2-3-4) is no D-M-Y
                and not (
                    k + 2 < n
                    and self.adjacent(k + 1)
                    and toks[k + 1].text == toks[k - 1].text
                    and self.adjacent(k + 2)
                    and toks[k + 2].kind == _NUM
                    and len(toks[k + 2].text) != 4
                )
            )
        near = [False] * n
        words_to_next: int | None = None  # non-punctuation tokens up to the next source
        for k in range(n - 1, -1, -1):
            if source[k]:
                words_to_next = 0
            elif words_to_next is not None and toks[k].kind != _PUNCT:
                words_to_next += 1
            near[k] = words_to_next is not None and words_to_next <= _YEAR_REACH
        return near

    def _unblocked(self, near: list[bool] | None) -> list[bool]:
        """``near`` (or all ``True``) with the tokens inside :attr:`blocked` spans off."""
        out = [True] * self.n if near is None else list(near)
        spans = self.blocked
        k = 0
        for i, tok in enumerate(self.toks):
            while k < len(spans) and spans[k][1] <= tok.start:
                k += 1
            if k < len(spans) and spans[k][0] <= tok.start:
                out[i] = False
        return out

    def scan(
        self, ctx_year: int | None, *, skip_yearless: bool = False
    ) -> Iterator[tuple[_Cand, _Cand | None, int]]:
        """Every date or range, left to right.

        ``skip_yearless`` (only without ``ctx_year``): do not try positions with no
        year within reach (see :meth:`_near_year`); they can give no date.
        """
        near = self._near_year() if skip_yearless and ctx_year is None else None
        if self.blocked:  # no date starts inside a DOI or a URL
            near = self._unblocked(near)
        t = self.t
        i = 0
        while i < self.n:
            tok = self.toks[i]
            if (
                tok.kind == _PUNCT
                or (near is not None and not near[i])
                # a word starts a date only as a month, season, weekday or prefix
                or (
                    tok.kind == _WORD
                    and tok.key not in t.circa
                    and tok.key not in t.weekdays
                    and tok.key not in t.prefixes
                    and tok.key not in t.seasons
                    and not self.months_of(tok)[0]
                )
            ):
                i += 1
                continue
            found = self.range_at(i, ctx_year)
            if found is None:
                i += 1
                continue
            if self._acceptable(*found):
                yield found
            i = max(found[2], i + 1)

    def _acceptable(self, c1: _Cand, c2: _Cand | None, end: int) -> bool:
        """Reject numbers that are locators, identifiers or statute numbers."""
        toks = self.toks
        j = c1.first
        if c1.num_start or toks[j].kind == _NUM:
            p = j - 1
            while p >= 0 and toks[p].kind == _PUNCT and toks[p].text in ".:":
                p -= 1
            if p >= 0 and toks[p].kind == _WORD and toks[p].key in self.t.locator:
                return False
            if (
                j >= 2
                and self.adjacent(j)
                and toks[j - 1].text in "./:"
                and self.adjacent(j - 1)
                and toks[j - 2].kind == _NUM
            ):
                return False
            if j >= 1 and self.adjacent(j) and toks[j - 1].text == "/":
                return False  # a path or DOI suffix: heapro/11.1.11
        if (
            end + 1 < self.n
            and toks[end - 1].kind == _NUM
            and self.adjacent(end)
            and toks[end].text == "/"
            and self.adjacent(end + 1)
        ):
            return False  # a DOI prefix: 18.10.1093/heapro
        if c2 is c1 and c1.bare_year and c1.year is not None:
            if j > 0 and self.adjacent(j) and toks[j - 1].kind == _WORD:
                return False  # Horizon2020

            k = c1.end
            if k < self.n and self.adjacent(k):
                nxt = toks[k]
                if nxt.kind == _WORD:
                    return False
                if (
                    nxt.text in ":./,-–"
                    and k + 1 < self.n
                    and self.adjacent(k + 1)
                    and toks[k + 1].kind == _NUM
                ):
                    return False
            if j > 0 and self.adjacent(j) and toks[j - 1].kind == _NUM:
                return False
        return True


def _order_key_c(c: _Cand) -> tuple[int, int, int]:
    month = c.month or (_SEASON_MONTH[c.season] if c.season else 0)
    return (c.year or 0, month, c.day or 0)


def _to_date(c: _Cand, raw: str, diagnostics: tuple[Diagnostic, ...] = ()) -> PartialDate:
    assert c.year is not None
    return PartialDate(c.year, c.month, c.day, c.season, raw=raw, diagnostics=diagnostics)


# --------------------------------------------------------------------------- parse

_YEAR_FAST = re.compile(r"\s*+\(?(\d{4})\)?[.,]?\s*+\Z")
_ISO_FAST = re.compile(r"\s*+(\d{4})-(\d\d)-(\d\d)\s*+\Z")
_TRIM = " \t\r\n-–—:;,.()[]{}\"'«»“”‘’"
#: a time after a date, maybe after a word (``at``, ``à``, ``kl.``): ``12:13``, ``12.13.14``
_TIME_AFTER = re.compile(r"(?:[^\W\d_]+\.?\s*+){0,2}\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?!\d)")


def _no_date(text: str, tables: _Tables) -> Parsed[Any] | None:
    """A specific failure for statuses (``in press``) and "no date" words (``n.d.``)."""
    key = _squash(text)
    if not key:
        return None
    if key in tables.status:
        diag = Diagnostic(
            "status-not-date",
            "a publication status, not a date: see comet.parse_status",
            (0, len(text)),
            Severity.WARNING,
        )
        return fail(text, "a status, not a date", ErrorCode.NOT_FOUND, 0, len(text), (diag,))
    if key in tables.undated:
        diag = Diagnostic("undated", "the text says the work has no date", (0, len(text)))
        return fail(text, "marked as undated", ErrorCode.NOT_FOUND, 0, len(text), (diag,))
    return None


def _not_found(text: str, tables: _Tables, scanner: _Scanner, message: str) -> Parsed[T]:
    special = _no_date(text, tables)
    if special is not None:
        return special
    diags = list(scanner.pre_diags)
    if any(
        c.year is None and c.month is not None
        for i in range(min(scanner.n, 8))
        for c in scanner.date_at(i, partial=True)
    ):
        diags.append(
            Diagnostic(
                "no-year",
                "a day or month without a year (pass year= to supply one)",
                (0, len(text)),
                Severity.WARNING,
            )
        )
    return fail(text, message, ErrorCode.NOT_FOUND, diagnostics=tuple(diags))


def _invalid_day(text: str, scanner: _Scanner, lo: int, hi: int) -> Parsed[Any] | None:
    """``31 February 2019``: fail rather than read the ``February 2019`` inside it."""
    if scanner.invalid is None:
        return None
    a, b = scanner.invalid
    if a < hi and lo < b:
        return fail(text, "no such day in that month", ErrorCode.OUT_OF_RANGE, a, b)
    return None


def _outside(
    text: str, lo: int, hi: int, tables: _Tables, scanner: _Scanner | None
) -> list[Diagnostic]:
    """Diagnostics for what stands before ``lo`` and after ``hi``."""
    out: list[Diagnostic] = []
    before = text[:lo]
    stripped = before.strip(_TRIM)
    if stripped:
        start = len(before) - len(before.lstrip(_TRIM))
        span = (start, start + len(stripped))
        if _squash(stripped) in tables.status:
            out.append(
                Diagnostic(
                    "ignored-status", f"{stripped!r} is a status, not part of the date", span
                )
            )
        elif before.rstrip().endswith(":"):
            out.append(Diagnostic("ignored-label", f"ignored the label {stripped!r}", span))
        else:
            out.append(Diagnostic("ignored-text", f"ignored {stripped!r}", span, Severity.WARNING))
    after = text[hi:]
    stripped = after.strip(_TRIM)
    if stripped:
        start = hi + len(after) - len(after.lstrip(_TRIM))
        if _TIME_AFTER.match(stripped):
            out.append(
                Diagnostic(
                    "ignored-time",
                    f"ignored the time {stripped!r}",
                    (start, start + len(stripped)),
                )
            )
            return out
        out.append(
            Diagnostic(
                "ignored-text",
                f"ignored {stripped!r}",
                (start, start + len(stripped)),
                Severity.WARNING,
            )
        )
    return out


def _reduce(c1: _Cand, c2: _Cand | None, span: tuple[int, int]) -> tuple[_Cand, Diagnostic]:
    """One date for a range: the parts both ends share (at least the start's year)."""
    if c2 is None:
        return c1, Diagnostic(
            "date-range", "an open range: its start is given", span, Severity.WARNING
        )
    if c1.year != c2.year:
        return _Cand(c1.first, c1.end, year=c1.year), Diagnostic(
            "date-range", "a range of years: its first year is given", span, Severity.WARNING
        )
    same_m = c1.month is not None and c1.month == c2.month
    same_d = same_m and c1.day == c2.day
    out = _Cand(
        c1.first,
        c1.end,
        year=c1.year,
        month=c1.month if same_m else None,
        day=c1.day if same_d else None,
        season=c1.season if c1.season == c2.season else None,
    )
    return out, Diagnostic(
        "date-range", "a range: the parts both ends share are given", span, Severity.WARNING
    )


_RANK = {Precision.YEAR: 0, Precision.SEASON: 1, Precision.MONTH: 2, Precision.DAY: 3}


def _detect_languages(text: str) -> tuple[str, ...]:
    """The CLDR languages whose month or weekday names are in ``text``, best first (≤ 3)."""
    toks = _tokenize(text)
    keys = [_tok_key(t.kind, t.text) for t in toks]
    words: list[str] = []
    for i, tok in enumerate(toks):
        if tok.kind != _PUNCT:
            words.append(tok.key)
            for n in (2, 3):
                seq = keys[i : i + n]
                while seq and seq[-1] == ".":
                    seq.pop()
                if len(seq) > 1:
                    words.append(" ".join(seq))
    ranked = detect(words)
    if not ranked:
        return ()
    best = ranked[0][1]
    return tuple(tag for tag, score in ranked[:3] if score == best)


def _with_detection(
    text: str,
    locales: Locales,
    ctx_year: int | None,
    impl: Callable[[str, Locales, int | None], Parsed[Any]],
    rank: Callable[[Any], int],
) -> Parsed[Any]:
    """``impl`` in the given locales; without any, also in the languages the words name.

    The detected reading is kept when it is finer than the default one (or the only
    one), with a ``language-detected`` diagnostic.
    """
    res = impl(text, locales, ctx_year)
    if locales is not None or not _LETTER_RE.search(text):
        return res
    if res.value is not None and not any(d.code == "ignored-text" for d in res.diagnostics):
        return res
    tags = _detect_languages(text)
    if not tags:
        return res
    other = impl(text, tags, ctx_year)
    if other.value is None or (res.value is not None and rank(other.value) <= rank(res.value)):
        return res
    note = Diagnostic(
        "language-detected",
        f"read in {', '.join(tags)}: month or weekday names of that language are in the text",
        None,
    )
    dg = (*other.diagnostics, note)
    return Parsed(attrs.evolve(other.value, diagnostics=dg), dg, text)


def _date_rank(d: PartialDate) -> int:
    return _RANK[d.precision]


def _range_rank(r: DateRange) -> int:
    return _RANK[r.start.precision]


def _parse_date(text: str, locales: Locales, ctx_year: int | None) -> Parsed[PartialDate]:
    return _with_detection(text, locales, ctx_year, _parse_date_in, _date_rank)


def _parse_range(text: str, locales: Locales, ctx_year: int | None) -> Parsed[DateRange]:
    return _with_detection(text, locales, ctx_year, _parse_range_in, _range_rank)


def _parse_date_in(text: str, locales: Locales, ctx_year: int | None) -> Parsed[PartialDate]:
    tables = _tables_for(locales)  # first: an unknown locale fails even on "2019"
    m = _YEAR_FAST.match(text)
    if m is not None:
        y = int(m.group(1))
        if _plausible(y):
            return Parsed(PartialDate(y, raw=text), (), text)
    m = _ISO_FAST.match(text)
    if m is not None:
        y, mo, d = (int(g) for g in m.groups())
        if _plausible(y) and _valid_day(y, mo, d):
            return Parsed(PartialDate(y, mo, d, raw=text), (), text)
    if not text.strip():
        return fail(text, "no text", ErrorCode.EMPTY)
    if _DIGIT_RE.search(text) is None and ctx_year is None:
        special = _no_date(text, tables)
        if special is not None:
            return special
        return fail(text, "no date found (a date has a year)", ErrorCode.NOT_FOUND)
    scanner = _Scanner(text, tables, loose=True)
    found = next(scanner.scan(ctx_year), None)
    if found is None:
        return _not_found(text, tables, scanner, "no date found")
    c1, c2, end = found
    lo, hi = scanner.span(c1.first, end)
    bad = _invalid_day(text, scanner, lo, hi)
    if bad is not None:
        return bad
    diags: list[Diagnostic] = [*scanner.pre_diags]
    diags += _outside(text, lo, hi, tables, scanner)
    diags += c1.diags
    chosen = c1
    if c2 is not c1:
        if c2 is not None:
            diags += c2.diags
        chosen, note = _reduce(c1, c2, (lo, hi))
        diags.append(note)
    if chosen.year is None:
        assert ctx_year is not None
        chosen.year = ctx_year
        diags.append(Diagnostic("year-from-context", f"year {ctx_year} given by the caller", None))
    dg = tuple(diags)
    return Parsed(_to_date(chosen, text, dg), dg, text)


def _parse_range_in(text: str, locales: Locales, ctx_year: int | None) -> Parsed[DateRange]:
    if not text.strip():
        return fail(text, "no text", ErrorCode.EMPTY)
    tables = _tables_for(locales)
    scanner = _Scanner(text, tables, loose=True)
    found = next(scanner.scan(ctx_year), None)
    if found is None:
        return _not_found(text, tables, scanner, "no date range found")
    c1, c2, end = found
    inv = scanner.inverted
    if c2 is c1 and inv is not None and inv[0] == c1.first and inv[1] > c1.end:
        lo, hi = scanner.span(*inv)
        return fail(
            text,
            "the range ends before it starts",
            ErrorCode.OUT_OF_RANGE,
            lo,
            hi,
            tuple(scanner.pre_diags),
        )
    lo, hi = scanner.span(c1.first, end)
    bad = _invalid_day(text, scanner, lo, hi)
    if bad is not None:
        return bad
    diags: list[Diagnostic] = [*scanner.pre_diags]
    diags += _outside(text, lo, hi, tables, scanner)
    diags += c1.diags
    if c2 is c1:
        diags.append(Diagnostic("single-date", "one date: the range starts and ends on it", None))
    elif c2 is None:
        diags.append(Diagnostic("open-range", "the range has no end", None))
    else:
        diags += c2.diags
    if c1.year is None:  # a lone yearless date with a context year
        assert ctx_year is not None
        c1.year = ctx_year
        diags.append(Diagnostic("year-from-context", f"year {ctx_year} given by the caller", None))
    start = _to_date(c1, text[lo : scanner.toks[c1.end - 1].end])
    if c2 is None:
        stop = None
    elif c2 is c1:
        stop = start
    else:
        stop = _to_date(c2, text[scanner.toks[c2.first].start : hi])
    try:
        value = DateRange(start, stop, raw=text, diagnostics=tuple(diags))
    except ValueError as exc:  # pragma: no cover - _combine checks the order
        return fail(text, str(exc), ErrorCode.OUT_OF_RANGE, lo, hi, tuple(diags))
    return Parsed(value, tuple(diags), text)


@overload
def parse_date(
    text: str,
    *,
    locales: Locales = ...,
    year: int | None = ...,
    strict: Literal[True] = ...,
) -> PartialDate: ...
@overload
def parse_date(
    text: str,
    *,
    locales: Locales = ...,
    year: int | None = ...,
    strict: Literal[False],
) -> Parsed[PartialDate]: ...
def parse_date(
    text: str,
    *,
    locales: Locales = None,
    year: int | None = None,
    strict: bool = True,
) -> PartialDate | Parsed[PartialDate]:
    """The date in ``text`` to the precision given: year, season, month or day.

    ``locales`` narrows the languages whose month names and numeric order are
    tried (``None``: every registered locale).  ``year`` is a context year used
    only when the text has none (``May 2`` on a page whose ``Year:`` is 2004).
    Words around the date are skipped with a diagnostic; a range gives the
    parts both ends share.

    >>> parse_date("den 3. marts 2019").iso()
    '2019-03-03'
    >>> parse_date("Udgivet - 2019").iso()
    '2019'
    >>> parse_date("10/18/25", locales="en").iso()
    '2025-10-18'
    >>> [d.code for d in parse_date("Udgivet", strict=False).diagnostics]
    ['status-not-date', 'not-found']
    """
    return run(lambda s: _parse_date(s, locales, year), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]


@overload
def parse_date_range(
    text: str,
    *,
    locales: Locales = ...,
    year: int | None = ...,
    strict: Literal[True] = ...,
) -> DateRange: ...
@overload
def parse_date_range(
    text: str,
    *,
    locales: Locales = ...,
    year: int | None = ...,
    strict: Literal[False],
) -> Parsed[DateRange]: ...
def parse_date_range(
    text: str,
    *,
    locales: Locales = None,
    year: int | None = None,
    strict: bool = True,
) -> DateRange | Parsed[DateRange]:
    """A period: ``27 maj 2019 → 28 maj 2019``, ``27–28 May 2019``, ``2014–2016``, ``2014-``.

    Parts missing at one end are taken from the other (``27–28 May 2019``);
    a single date is a range that starts and ends on it (diagnostic
    ``single-date``).  The end is never before the start.

    >>> r = parse_date_range("Period3/30/25 → 4/3/25")
    >>> r.start.iso(), r.end.iso()
    ('2025-03-30', '2025-04-03')
    >>> str(parse_date_range("May 2 - May 7", year=2004))
    '2004-05-02/2004-05-07'
    """
    return run(lambda s: _parse_range(s, locales, year), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]


def find_dates(text: str, *, locales: Locales = None) -> Iterator[Match[PartialDate]]:
    """Every date in free text, in order; each end of a range is its own match.

    Texts longer than :data:`FIND_MAX_LENGTH` raise ``ParseError`` (``too-long``).

    >>> [m.value.iso() for m in find_dates("Received: 21 August 2013; Revised: 10 October 2014")]
    ['2013-08-21', '2014-10-10']
    """
    check_text(text, max_length=FIND_MAX_LENGTH)
    if _DIGIT_RE.search(text) is None:
        return
    tables = _tables_for(locales)
    # only the windows around possible years are read (see _date_windows): every date
    # has a year, and a date's words lie within a few hundred characters of it
    links = _link_spans(text)
    for w_lo, w_hi in _date_windows(text, links):
        scanner = _Scanner(text, tables, w_lo, w_hi, links)
        for c1, c2, _end in scanner.scan(None, skip_yearless=True):
            for c in (c1,) if c2 is c1 or c2 is None else (c1, c2):
                lo, hi = scanner.span(c.first, c.end)
                yield Match(_to_date(c, text[lo:hi]), lo, hi, text[lo:hi])
