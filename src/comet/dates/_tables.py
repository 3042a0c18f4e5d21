"""The word tables of the locales asked for: hand-written locale files and CLDR data."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping

import attrs

from comet.dates._cldr import CldrDates, lookup, word_languages
from comet.dates._era_years import EraYears, era_years_of
from comet.dates._solar_hijri import SolarHijri
from comet.dates._tokens import (
    _COMMAS,
    _NUM,
    _WORD,
    _tokenize,
)
from comet.errors import UnknownLocaleError
from comet.locales import LocaleRules, fold, resolve
from comet.locales._schema import SEASONS as _SEASONS
from comet.locales._schema import SOLAR_HIJRI_MONTHS
from comet.tokens import roman_value

Locales = str | LocaleRules | Iterable[str | LocaleRules] | None


#: Dashes, arrows and the slash join the two ends of a range in every language.
_RANGE_PUNCT = frozenset(
    {"-", "–", "—", "−", "‐", "‑", "→", "->", "-->", "=>", "/", "~", "⁓", "～", "〜", "－"}
)
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
    return "".join(filter(str.isalnum, fold(term)))


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
    #: the Solar Hijri calendar of the locales that write it (``fa``)
    solar_hijri: SolarHijri | None = None
    #: the eras of the locales that count years in their own (``[date_words].era_offset``:
    #: th, the Buddhist era)
    locale_eras: tuple[EraYears, ...] = ()
    #: the words joining two ends that are a range only when adjacent (``[date_words].range_and``:
    #: *3 and 4 June* is a range, *3 and 5 June* two days)
    and_words: frozenset[str] = frozenset()
    #: first characters of the ordinal suffixes, and the longest range word
    ordinal_firsts: frozenset[str] = frozenset()
    longest_range_word: int = 0
    #: first characters (casefolded) of every range word and range dash
    range_firsts: frozenset[str] = frozenset()
    #: the day periods after a time of day (``[date_words].day_period``: *am*, *p.m.*)
    day_periods: frozenset[str] = frozenset()
    #: the marks written after a day's number that are no date pattern's glue
    #: (``[date_words].day_marker``: ko *일*, also a weekday's short name)
    day_markers: frozenset[str] = frozenset()
    #: the months written as roman numerals (``[date_words].roman_month``, I … XII in
    #: order: pl ``12 IV 2020``): as written, upper case, read only between a day and a year
    roman_months: Mapping[str, int] = attrs.field(factory=dict)
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
    #: the CLDR month names by their beginnings (every prefix of three letters or more ->
    #: the months whose names start with it): a word of three letters or more that starts
    #: the names of one month and no other is an abbreviation CLDR does not list
    #: (``берез.``, ``sept.``); see :meth:`_Scanner.months_of`
    month_prefixes: Mapping[str, frozenset[int]] = attrs.field(factory=dict)
    #: CJK numerals of the CLDR data (``二`` -> 2, ``十`` -> 10), Japanese era names -> the
    #: year of their first year, and the word for that first year (``元``)
    numerals: Mapping[str, int] = attrs.field(factory=dict)
    era_years: Mapping[str, int] = attrs.field(factory=dict)
    first_year: frozenset[str] = frozenset()
    #: every character of a numeral and the first character of every era name, when none
    #: of them has case (so a text holding none of them needs no split: one test of the
    #: whole text instead of one per word); None when some has case
    split_chars: frozenset[str] | None = None
    #: month abbreviations written without their dot that are function words of these
    #: locales (cs ``pro`` for *prosinec* is a preposition, pt ``out`` is English): a month
    #: only with their dot or a day beside them (``pro. 2019``, ``1. pro 2019``), never
    #: alone before or after a year (``the pro 2019 edition``). A whole month name that is a
    #: word too (en ``May``) is a month.
    homographs: frozenset[str] = frozenset()
    #: the month names of the languages that decline them (their CLDR data lists a month
    #: in two case forms: ru ``август``/``августа``): only these take a case ending the
    #: data does not list (ru ``августе``); en ``Augusta`` is no month
    inflected: frozenset[str] = frozenset()


_MEMO_SIZE = 50_000
#: the shortest word read as the beginning of a month name (see ``month_prefixes``)
_MIN_PREFIX = 3


def _tok_key(kind: int, text: str) -> str:
    if kind == _NUM:
        return str(int(text)) if len(text) < 12 else text
    return text.casefold() if kind == _WORD else _COMMAS.get(text, text)


def _multi_key(term: str) -> tuple[str, ...]:
    """The token keys of ``term`` (numbers without leading zeros, no final dots)."""
    keys = [_tok_key(t.kind, t.text) for t in _tokenize(fold(term))]
    while keys and keys[-1] == ".":
        keys.pop()
    return tuple(keys)


@attrs.define
class _Words:
    """The words of the locale files and CLDR data as they are collected, before
    :func:`_tables` freezes them."""

    orders: list[str]
    months: dict[str, list[int]] = attrs.field(factory=dict)
    seasons: dict[str, str] = attrs.field(factory=dict)
    words: dict[str, set[str]] = attrs.field(factory=dict)
    status: set[str] = attrs.field(factory=set)
    locator: set[str] = attrs.field(factory=set)
    multi: dict[str, set[tuple[str, ...]]] = attrs.field(factory=dict)
    glue: set[str] = attrs.field(factory=set)
    week: set[str] = attrs.field(factory=set)
    #: month names cut short (a longer name of the same month in the same locale starts
    #: with them: ``pro`` of ``prosinec``), whole month names, and the function words
    clipped: set[str] = attrs.field(factory=set)
    whole: set[str] = attrs.field(factory=set)
    function: set[str] = attrs.field(factory=set)
    #: the Solar Hijri calendar's words (``[solar_hijri]``): month name -> number, season
    #: word -> season, markers and year words
    sh_months: dict[str, int] = attrs.field(factory=dict)
    sh_seasons: dict[str, str] = attrs.field(factory=dict)
    sh_words: dict[str, set[str]] = attrs.field(factory=dict)
    #: the locales' own eras (``[date_words]`` ``era_offset``, ``era_first_year``, ``era_marks``)
    eras: list[EraYears] = attrs.field(factory=list)

    def add_forms(self, forms: Iterable[str]) -> None:
        """Sort one month's names in one locale into clipped and whole names."""
        keys = {_word_key(t) for t in forms}
        for k in keys:
            cut = any(o != k and o.startswith(k) for o in keys)
            (self.clipped if cut else self.whole).add(k)

    def add_month(self, term: str, num: int) -> None:
        mk = _multi_key(term)
        if len(mk) > 1:
            self.multi.setdefault(mk[0], set()).add(mk)
        lst = self.months.setdefault(" ".join(mk) if len(mk) > 1 else _word_key(term), [])
        if num not in lst:
            lst.append(num)

    def add_word(self, term: str, into: set[str]) -> None:
        mk = _multi_key(term)
        if len(mk) > 1:
            self.multi.setdefault(mk[0], set()).add(mk)
            into.add(" ".join(mk))
        elif mk:
            into.add(mk[0])

    def add_cldr(self, c: CldrDates) -> None:
        """Month and weekday names, glue words, eras and day periods of CLDR data."""
        for num, names in enumerate(c.months, start=1):
            for t in names:
                self.add_month(t, num)
            self.add_forms(names)
        for names in c.weekdays:
            for t in names:
                self.add_word(t, self.week)
        for t in (*c.glue, *c.eras, *c.periods):
            self.add_word(t, self.glue)

    def add_rules(self, rules: LocaleRules) -> None:
        """Months, seasons, date words, weekdays, status and locator words and the date
        order of a locale file."""
        for key, terms in rules.sections.get("months", {}).items():
            num = _MONTHS.index(key) + 1
            for t in terms:
                self.add_month(t, num)
            self.add_forms(terms)
        self.function.update(_word_key(t) for t in rules.terms("words", "function_words"))
        for key, terms in rules.sections.get("seasons", {}).items():
            for t in terms:
                self.seasons.setdefault(_word_key(t), key)
        solar = rules.sections.get("solar_hijri", {})
        for key, terms in solar.items():
            if key in SOLAR_HIJRI_MONTHS:
                self.sh_months.update(dict.fromkeys(terms, SOLAR_HIJRI_MONTHS.index(key) + 1))
            elif key in _SEASONS:
                self.sh_seasons.update(dict.fromkeys(terms, key))
            else:
                self.sh_words.setdefault(key, set()).update(terms)
        for key, terms in rules.sections.get("date_words", {}).items():
            self.words.setdefault(key, set()).update(terms)
        era = era_years_of(rules.tag, rules.sections.get("date_words", {}), rules.terms("months"))
        if era is not None:
            self.eras.append(era)
        self.words.setdefault("weekdays", set()).update(rules.terms("weekdays"))
        self.status.update(_squash(t) for t in rules.terms("status"))
        # a locator word before a number makes it no year ('Vol. 1999'), but a year word
        # ('Année : 1961', '[locator].year') stands before a year
        self.locator.update(
            _word_key(t)
            for key, terms in rules.sections.get("locator", {}).items()
            if key != "year"
            for t in terms
        )
        if rules.date_order not in self.orders:
            self.orders.append(rules.date_order)

    def keys(self, name: str) -> frozenset[str]:
        return frozenset(_word_key(t) for t in self.words.get(name, ()))

    def folded(self, name: str) -> list[str]:
        return [fold(t) for t in self.words.get(name, ())]


def _ascii_months(months: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """The month names written without accents, where that is no other month name."""
    ascii_months: dict[str, list[int]] = {}
    for k, v in months.items():
        a = _strip_accents(k)
        if a != k and a not in months:
            lst = ascii_months.setdefault(a, [])
            lst.extend(x for x in v if x not in lst)
    return {k: tuple(v) for k, v in ascii_months.items()}


@functools.cache
def _tables(locales: tuple[LocaleRules, ...], cldr: tuple[CldrDates, ...] = ()) -> _Tables:
    w = _Words(orders=[c.order for c in cldr if c.order])
    for c in cldr:
        w.add_cldr(c)
    for rules in locales:
        w.add_rules(rules)
    orders = w.orders
    own = frozenset(orders)
    for o in ("DMY", "MDY", "YMD"):
        if o not in orders:
            orders.append(o)
    ordinals = set(w.folded("ordinal_suffix")) - {"."}
    weekdays = w.keys("weekdays") | w.week
    glue = w.glue - (set(w.months) | w.week)
    glue -= (
        weekdays
        | w.keys("connector")
        | w.keys("range")
        | w.keys("range_and")
        | w.keys("day_prefix")
        | w.keys("circa")
    )
    ands = w.folded("range_and")
    ranges = w.folded("range") + ands
    solar = SolarHijri.of(
        w.sh_months,
        w.sh_seasons,
        tuple(w.sh_words.get("marker", ())),
        tuple(w.sh_words.get("year_word", ())),
        tuple(w.sh_words.get("lunar_marker", ())),
    )
    return _Tables(
        solar_hijri=solar,
        locale_eras=tuple(w.eras),
        numerals={k: v for c in cldr for k, v in c.numerals},
        era_years={k.casefold(): v for c in cldr for k, v in c.era_years},
        first_year=frozenset(k.casefold() for c in cldr for k in c.first_year),
        split_chars=_split_chars(cldr),
        homographs=frozenset((w.clipped - w.whole) & w.function),
        multi_num=any(k[:1].isdigit() for k in w.multi),
        month_prefixes=_month_prefixes(cldr),
        inflected=_inflected(cldr),
        multi={k: tuple(sorted(v, key=len, reverse=True)) for k, v in w.multi.items()},
        glue=frozenset(glue),
        months={k: tuple(v) for k, v in w.months.items()},
        months_ascii=_ascii_months(w.months),
        seasons=w.seasons,
        weekdays=weekdays,
        prefixes=w.keys("day_prefix"),
        connectors=w.keys("connector"),
        range_words=frozenset(ranges),
        and_words=frozenset(ands),
        circa=w.keys("circa"),
        undated=frozenset(_squash(t) for t in w.words.get("undated", ())),
        ordinals=tuple(sorted(ordinals, key=len, reverse=True)),
        status=frozenset(w.status),
        locator=frozenset(w.locator),
        orders=tuple(orders),
        own_orders=own,
        ordinal_firsts=frozenset(o[0] for o in ordinals),
        longest_range_word=max((len(t) for t in ranges), default=0),
        range_firsts=frozenset(t[0] for t in (*ranges, *_RANGE_PUNCT) if t),
        day_periods=frozenset(w.folded("day_period")),
        day_markers=frozenset(w.folded("day_marker")),
        roman_months=_roman_months(w.words.get("roman_month", ())),
    )


def _split_chars(cldr: tuple[CldrDates, ...]) -> frozenset[str] | None:
    """The characters whose presence in a text may call for :func:`split_numerals`."""
    chars = {ch for c in cldr for k, _ in c.numerals for ch in k}
    chars |= {k.casefold()[0] for c in cldr for k, _ in c.era_years if k}
    if any(ch.casefold() != ch or ch.upper() != ch for ch in chars):
        return None  # a cased character: only the per-word test is sure
    return frozenset(chars)


def _month_prefixes(cldr: tuple[CldrDates, ...]) -> dict[str, frozenset[int]]:
    """Every beginning of three letters or more of a one-word CLDR month name -> its months.

    Looking a word up here answers "which months have a name starting with it" at once,
    where scanning the names costs a pass over every locale's months per word.
    """
    index: dict[str, set[int]] = {}
    for c in cldr:
        for num, forms in enumerate(c.months, start=1):
            for key in {_word_key(t) for t in forms}:
                if " " in key:
                    continue
                for end in range(_MIN_PREFIX, len(key) + 1):
                    index.setdefault(key[:end], set()).add(num)
    return {k: frozenset(v) for k, v in index.items()}


#: the vowels a case ending added to a whole month name is (ru ``августе``, hr ``kolovozu``)
ENDING_VOWELS = frozenset("aeiouyаеиоуыэюяіїєё")


def _declined(forms: set[str]) -> bool:
    """Two names of one month are case forms of one word: one is the other and a vowel
    (sk ``august``/``augusta``), or they part after a shared start, neither an abbreviation
    of the other (pl ``sierpień``/``sierpnia``)."""
    for a in forms:
        for b in forms:
            if a == b or a[:3] != b[:3]:
                continue
            if len(b) >= 4 and len(a) == len(b) + 1 and a.startswith(b):
                if _strip_accents(a[-1]) in ENDING_VOWELS:
                    return True
            elif not a.startswith(b) and not b.startswith(a):
                return True
    return False


def _inflected(cldr: tuple[CldrDates, ...]) -> frozenset[str]:
    """The month names (keys) of the languages that decline them (see ``inflected``)."""
    out: set[str] = set()
    for c in cldr:
        keys = [{_word_key(t) for t in forms if " " not in t} for forms in c.months]
        if any(_declined(k) for k in keys):
            out.update(*keys)
    return frozenset(out)


def _roman_months(words: Iterable[str]) -> dict[str, int]:
    """``I`` … ``XII`` -> 1 … 12 (upper case; no numeral above twelve)."""
    out: dict[str, int] = {}
    for num in words:
        key = num.strip().upper()
        value = roman_value(key)
        if value is not None and 1 <= value <= 12:
            out[key] = value
    return out


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


@functools.cache
def _detection_index() -> Mapping[str, tuple[str, ...]]:
    """Month or weekday name key (see :func:`_multi_key`) -> the CLDR languages having it."""
    out: dict[str, list[str]] = {}
    for name, tags in word_languages().items():
        key = " ".join(_multi_key(name))
        if len(key) < 3 or key.isdigit():
            continue  # too short or a bare number: says nothing about the language
        lst = out.setdefault(key, [])
        lst.extend(t for t in tags.split() if t not in lst)
    return {k: tuple(v) for k, v in out.items()}


def detect(words: list[str]) -> list[tuple[str, int]]:
    """Languages whose month or weekday names are among ``words`` (keys), best first.

    Each language scores the number of distinct words it has; ties keep the order of
    :func:`~comet.dates._cldr.languages`.
    """
    index = _detection_index()
    score: dict[str, int] = {}
    for w in dict.fromkeys(words):
        for tag in index.get(w, ()):
            score[tag] = score.get(tag, 0) + 1
    return sorted(score.items(), key=lambda kv: -kv[1])
