"""The public functions: ``parse_date``, ``parse_date_range``, ``find_dates``."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, Literal, TypeVar, overload

import attrs

from comet.dates._era_years import EraYears, era_shifted
from comet.dates._fast import _fast_connected, _fast_numeric, _fast_written
from comet.dates._numerals import has_numbers
from comet.dates._ranges import _reduce
from comet.dates._reader import _Cand
from comet.dates._records import (
    DateRange,
    PartialDate,
    Precision,
    _plausible,
    _valid_day,
)
from comet.dates._scan import _Scanner
from comet.dates._solar_hijri import persian, persian_near
from comet.dates._tables import (
    Locales,
    _squash,
    _Tables,
    _tables_for,
    _tok_key,
    detect,
)
from comet.dates._tokens import (
    _DIGIT_RE,
    _PUNCT,
    _date_windows,
    _link_spans,
    _tokenize,
)
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode
from comet.records import MAX_PAGE_LENGTH, Match, Parsed, check_text, fail, run
from comet.tokens import letter_pattern, roman_value

#: Longest input ``parse_date`` and ``parse_date_range`` accept (a date field, not a page).
MAX_LENGTH = 512
#: Longest text :func:`find_dates` scans: a page (:data:`comet.records.MAX_PAGE_LENGTH`);
#: a megabyte holding a date every dozen characters would take over a second.
FIND_MAX_LENGTH = MAX_PAGE_LENGTH

T = TypeVar("T")


def _to_date(c: _Cand, raw: str, diagnostics: tuple[Diagnostic, ...] = ()) -> PartialDate:
    assert c.year is not None
    return PartialDate(c.year, c.month, c.day, c.season, raw=raw, diagnostics=diagnostics)


_YEAR_FAST = re.compile(r"\s*+\(?(\d{4})\)?[.,]?\s*+\Z")
_ISO_FAST = re.compile(r"\s*+(\d{4})-(\d\d)-(\d\d)\s*+\Z")
_TRIM = " \t\r\n-–—:;,.()[]{}\"'«»“”‘’"


@functools.cache
def _time_after(day_periods: frozenset[str]) -> re.Pattern[str]:
    """A time after a date, maybe after a word (``at``, ``à``, ``kl.``): ``12:13``,
    ``12.13.14``, or an hour with a day period of the locales (``[date_words].day_period``:
    ``5 pm``, ``5 p. m.``; its dots optional, a space after each)."""
    forms = {p.strip(".") for p in day_periods if p.replace(".", "").replace(" ", "").isalpha()}
    periods = [
        r"\.?\s?".join(re.escape(part.strip()) for part in f.split("."))
        for f in sorted(forms, key=len, reverse=True)
    ]
    hour = rf"|\d{{1,2}}\s*+(?i:{'|'.join(periods)})\.?(?![^\W\d_])" if periods else ""
    return re.compile(
        r"(?:[^\W\d_]+[.,]*+\s*+){0,2}"
        rf"(?:\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?(?!\d){hour})"
        r"|(?:GMT|UTC)(?![^\W\d_])"
    )


#: a time before a date (``10:30, 5 May 2019``), maybe with a day period or zone word
_TIME_BEFORE = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*+[^\W\d_]+\.?){0,2}")


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
        elif _TIME_BEFORE.fullmatch(stripped):
            out.append(Diagnostic("ignored-time", f"ignored the time {stripped!r}", span))
        else:
            out.append(Diagnostic("ignored-text", f"ignored {stripped!r}", span, Severity.WARNING))
    after = text[hi:]
    stripped = after.strip(_TRIM)
    if stripped:
        start = hi + len(after) - len(after.lstrip(_TRIM))
        if _time_after(tables.day_periods).match(stripped):
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


_RANK = {Precision.YEAR: 0, Precision.SEASON: 1, Precision.MONTH: 2, Precision.DAY: 3}


def _detect_languages(text: str) -> tuple[str, ...]:
    """The CLDR languages whose month or weekday names are in ``text``, best first (≤ 3).

    A roman numeral (mn writes its months ``I`` … ``XII``) and a locator word of the
    registered locales (ss ``Vol`` is a month) say nothing of the language: ``Vol. III
    2021`` names a volume, written in any language.
    """
    toks = _tokenize(text)
    keys = [_tok_key(t.kind, t.text) for t in toks]
    locator = _tables_for(None).locator
    words: list[str] = []
    for i, tok in enumerate(toks):
        if tok.kind != _PUNCT:
            if roman_value(tok.text) is None and tok.key not in locator:
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
    if locales is not None or not letter_pattern().search(text):
        return res
    if res.value is not None and not any(d.code == "ignored-text" for d in res.diagnostics):
        return res
    if res.error is not None and res.error.code is not ErrorCode.NOT_FOUND:
        return res  # a date that is wrong (31 February, a range ending before it starts)
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
    if locales is not None:  # (no language detection: _with_detection returns this)
        return _parse_date_in(text, locales, ctx_year)
    return _with_detection(text, locales, ctx_year, _parse_date_in, _date_rank)


def _parse_range(text: str, locales: Locales, ctx_year: int | None) -> Parsed[DateRange]:
    return _with_detection(text, locales, ctx_year, _parse_range_in, _range_rank)


def _solar_date(text: str, tables: _Tables) -> tuple[Parsed[PartialDate], bool] | None:
    """The first date of the Solar Hijri calendar in ``text`` (a month name, a season or a
    marker; a bare number where the text is Persian), as
    its Gregorian date with a ``solar-hijri`` diagnostic, and whether it is a bare number;
    ``None`` where there is none."""
    solar = tables.solar_hijri
    assert solar is not None
    if not solar.may_hold(text):
        return None
    numbers = persian(text)
    for lo, hi, *date in solar.dates(text, numbers=numbers):
        value = _solar_value(text, lo, hi, date[:5], text, (lo, hi))
        return Parsed(value, value.diagnostics, text), bool(date[5])
    return None


def _solar_value(
    text: str, lo: int, hi: int, date: list[Any], raw: str, span: tuple[int, int]
) -> PartialDate:
    """The Gregorian date of the Solar Hijri date ``text[lo:hi]`` (``date``: the Gregorian
    year, month, day and season, and the calendar's date as read), noted."""
    gy, gm, gd, season, read = date
    note = Diagnostic(
        "solar-hijri",
        f"{text[lo:hi]!r} is a date of the Solar Hijri calendar ({read}): read as its "
        "Gregorian date",
        span,
    )
    return PartialDate(gy, gm, gd, season=season, raw=raw, diagnostics=(note,))


def _parse_date_in(text: str, locales: Locales, ctx_year: int | None) -> Parsed[PartialDate]:
    tables = _tables_for(locales)  # first: an unknown locale fails even on "2019"
    if tables.solar_hijri is not None and not text.isascii():
        solar = _solar_date(text, tables)
        if solar is not None:
            found, bare = solar
            if not bare:
                return found
            other = _gregorian(text, tables, ctx_year)
            # ('15 ژانویه 1212': a Gregorian month's name makes its bare year Gregorian)
            named = other.value is not None and other.value.month is not None
            return other if named and _month_named(text, tables) else found
    for era in tables.locale_eras if not text.isascii() else ():
        shifted = _era_date(text, era, tables, ctx_year)
        if shifted is not None:
            return shifted
    return _gregorian(text, tables, ctx_year)


def _era_date(
    text: str, era: EraYears, tables: _Tables, ctx_year: int | None
) -> Parsed[PartialDate] | None:
    """The date of ``text`` whose year is one of a locale's era (a Thai ``2566``) as its
    Gregorian date, with an ``era-year`` diagnostic; ``None`` where there is none."""
    shifted = era.shift(text)
    if shifted is None:
        return None
    read = _gregorian(shifted[0], tables, ctx_year)
    if read.value is None:
        return None
    notes = tuple(
        Diagnostic(
            "era-year",
            f"{year} is a year of the {era.tag!r} locale's era: read as {gregorian}",
            (at, at + 4),
        )
        for at, year, gregorian in shifted[1]
    )
    dg = (*read.diagnostics, *notes)
    return Parsed(attrs.evolve(read.value, raw=text, diagnostics=dg), dg, text)


def _month_named(text: str, tables: _Tables) -> bool:
    """A word of ``text`` is a month's name of the Gregorian calendar in the locales."""
    return any(w.casefold() in tables.months for w in _WORDS.findall(text))


_WORDS = re.compile(r"[^\W\d_]+")


def _gregorian(text: str, tables: _Tables, ctx_year: int | None) -> Parsed[PartialDate]:
    """:func:`_parse_date_in` in the Gregorian calendar: the fast paths, then the scanner."""
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
    fast = (
        _fast_written(text, tables) or _fast_numeric(text, tables) or _fast_connected(text, tables)
    )
    if fast is not None:
        return Parsed(fast, (), text)
    return _parse_scanned(text, tables, ctx_year)


def _parse_scanned(text: str, tables: _Tables, ctx_year: int | None) -> Parsed[PartialDate]:
    """``_parse_date_in`` without its fast paths: the tokens, the grammar, the scanner."""
    if not text.strip():
        return fail(text, "no text", ErrorCode.EMPTY)
    if _DIGIT_RE.search(text) is None and ctx_year is None and not has_numbers(text, tables):
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
    tried: registered locales and any CLDR language (``"ru"``, ``"sr-Latn"``,
    ``"en-GB"``).  ``None`` tries every registered locale, then, when that finds
    nothing or leaves words unread, the languages whose month or weekday names
    are in the text (diagnostic ``language-detected``).  ``year`` is a context
    year used only when the text has none (``May 2`` on a page whose ``Year:``
    is 2004).  Words around the date are skipped with a diagnostic; a range
    gives the parts both ends share.

    >>> parse_date("3 октября 2016 г.", locales=["ru"]).iso()
    '2016-10-03'

    >>> parse_date("den 3. marts 2019").iso()
    '2019-03-03'
    >>> parse_date("Udgivet - 2019").iso()
    '2019'
    >>> parse_date("10/18/25", locales="en").iso()
    '2025-10-18'
    >>> [d.code for d in parse_date("Udgivet", strict=False).diagnostics]
    ['status-not-date', 'not-found']
    """
    if type(text) is str and len(text) <= MAX_LENGTH:  # what run() checks, without its call
        res = _parse_date(text, locales, year)
        return res.unwrap() if strict else res
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

    ``locales`` as in :func:`parse_date`, any CLDR language included; without it
    only the registered locales are read (no language detection in free text).
    Texts longer than :data:`FIND_MAX_LENGTH` raise ``ParseError`` (``too-long``).

    >>> [m.value.iso() for m in find_dates("Received: 21 August 2013; Revised: 10 October 2014")]
    ['2013-08-21', '2014-10-10']
    """
    check_text(text, max_length=FIND_MAX_LENGTH)
    if _DIGIT_RE.search(text) is None:
        return
    tables = _tables_for(locales)
    solar = _solar_matches(text, tables)
    if not solar:
        yield from _scanned_dates(text, tables)
        return
    found = list(_scanned_dates(text, tables))
    # a bare number a Gregorian date with its month holds ('15 ژانویه 1212') is no date of
    # the Solar Hijri calendar; any other date of it wins over the Gregorian reading
    kept = [m for m, bare in solar
            if not (bare and any(g.start < m.end and m.start < g.end and g.value.month is not None
                                 and _month_named(text[g.start:g.end], tables) for g in found))]  # fmt: skip
    found = [g for g in found if not any(g.start < m.end and m.start < g.end for m in kept)]
    yield from sorted((*found, *kept), key=lambda m: (m.start, m.end))


def _scanned_dates(text: str, tables: _Tables) -> Iterator[Match[PartialDate]]:
    """The Gregorian dates of free text, in order (:func:`find_dates`). The years of a
    locale's own era (a Thai ``2564``, in a text holding its month names or era marks) are
    read as their Gregorian years; the matches keep the text as written."""
    read = text if text.isascii() else era_shifted(text, tables.locale_eras)
    # only the windows around possible years are read (see _date_windows): every date
    # has a year, and a date's words lie within a few hundred characters of it
    links = _link_spans(read)
    for w_lo, w_hi in _date_windows(read, links):
        scanner = _Scanner(read, tables, w_lo, w_hi, links)
        for c1, c2, _end in scanner.scan(None, skip_yearless=True):
            for c in (c1,) if c2 is c1 or c2 is None else (c1, c2):
                lo, hi = scanner.span(c.first, c.end)
                yield Match(_to_date(c, text[lo:hi]), lo, hi, text[lo:hi])


def _solar_matches(text: str, tables: _Tables) -> list[tuple[Match[PartialDate], bool]]:
    """The dates of the Solar Hijri calendar in free text (:func:`_solar_date`; a bare
    number only on a Persian line), in order, each with whether it is a bare number."""
    solar = tables.solar_hijri
    if solar is None or text.isascii() or not solar.may_hold(text):
        return []
    numbers = functools.partial(persian_near, text)
    return [
        (
            Match(
                _solar_value(text, lo, hi, date[:5], text[lo:hi], (0, hi - lo)), lo, hi, text[lo:hi]
            ),
            bool(date[5]),
        )
        for lo, hi, *date in solar.dates(text, numbers=numbers)
    ]
