"""Locators: volume, issue, pages, article number, supplement and part.

``parse_pages`` reads one page field; ``parse_locator`` reads a string that holds
several locator parts at once (``49(4), Aug, 2023: p.801-820.``);
``find_locator`` finds every locator-shaped run in free text (the end of a
reference string).  The words (``Vol.``, ``Heft``, ``årg.``, ``S.``, ``Page
range``…) come from the ``[locator]`` section of the locale files; dates inside a
locator are read by :func:`comet.dates.parse_date`.

>>> p = parse_pages("p.801-20")
>>> str(p), p.count
('801-820', 20)
>>> [d.code for d in p.diagnostics]
['pages-expanded']
>>> parse_pages("Antal sider: 12").count
12
>>> loc = parse_locator("49(4), Aug, 2023: p.801-820.")
>>> loc.volume, loc.issue, str(loc.pages), loc.issued.year
('49', '4', '801-820', 2023)
>>> parse_locator("Bd. 12, Nr. 3, S. 45–67").to_csl()
{'volume': '12', 'issue': '3', 'page': '45-67', 'number-of-pages': 23}
>>> [m.raw for m in find_locator("Public Management Review, 21(4), 606–627.")]
['21(4), 606–627']
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, overload

import attrs

from comet._windows import merge_windows
from comet.dates import PartialDate, Precision, parse_date
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode
from comet.locales import LocaleRules, fold, merged_index, resolve
from comet.records import MAX_PAGE_LENGTH, Match, Parsed, RecordMixin, check_text, fail, run
from comet.text import RANGE_SEPARATORS

__all__ = [
    "FIND_MAX_LENGTH",
    "LOCATOR_MAX_LENGTH",
    "PAGES_MAX_LENGTH",
    "Locator",
    "PageRange",
    "find_locator",
    "parse_locator",
    "parse_pages",
]

#: Longest input :func:`parse_pages` reads (a page field is short).
PAGES_MAX_LENGTH = 256
#: Longest input :func:`parse_locator` reads.
LOCATOR_MAX_LENGTH = 1024
#: Longest text :func:`find_locator` scans.
FIND_MAX_LENGTH = MAX_PAGE_LENGTH

Locales = str | LocaleRules | Iterable[str | LocaleRules] | None


# --------------------------------------------------------------------------- records


def _opt_count(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"count must be >= 0, got {value}")


@attrs.frozen
class PageRange(RecordMixin):
    """Pages of a work: ``first``–``last`` as printed, and ``count`` when it is known.

    ``first``/``last`` are strings because pages may be ``S12``, ``e0123456`` or
    ``xii``.  ``count`` is ``last - first + 1`` when both ends are comparable
    numbers (arabic, roman, or the same letter prefix), or the stated count of a
    page-count field (``12 pp.``), where ``first`` is ``None``.  ``str()`` gives the
    CSL form with an ASCII hyphen.

    >>> str(PageRange("801", "820", 20)), str(PageRange("143")), str(PageRange(count=12))
    ('801-820', '143', '12 pp.')
    """

    first: str | None = None
    last: str | None = None
    count: int | None = attrs.field(default=None, validator=_opt_count)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def is_range(self) -> bool:
        """``True`` when there is a last page."""
        return self.last is not None

    def __str__(self) -> str:
        if self.first is None:
            return f"{self.count} pp." if self.count is not None else ""
        if self.last is None:
            return self.first
        return f"{self.first}-{self.last}"


@attrs.frozen
class Locator(RecordMixin):
    """Where a work sits in its container: volume, issue, pages and the issue's date.

    ``issue`` keeps double issues and ranges as printed (``7/8``, ``4–6``).
    ``supplement`` is the supplement's number, or the word as printed when it has
    none (``40 (7 Suppl)``).  ``article_number`` holds article ids (``045004``,
    ``e0213978``), which CSL calls ``number``.
    """

    volume: str | None = None
    issue: str | None = None
    pages: PageRange | None = None
    issued: PartialDate | None = None
    supplement: str | None = None
    part: str | None = None
    article_number: str | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def to_csl(self) -> dict[str, Any]:
        """The CSL-JSON fields this locator fills (``volume``, ``issue``, ``page``, …)."""
        out: dict[str, Any] = {}
        if self.volume is not None:
            out["volume"] = self.volume
        if self.issue is not None:
            out["issue"] = self.issue
        if self.supplement is not None:
            out["supplement-number"] = self.supplement
        if self.part is not None:
            out["part-number"] = self.part
        if self.pages is not None:
            if self.pages.first is not None:
                out["page"] = str(self.pages)
            if self.pages.count is not None:
                out["number-of-pages"] = self.pages.count
        if self.article_number is not None:
            out["number"] = self.article_number
        if self.issued is not None:
            out["issued"] = {"date-parts": [self.issued.date_parts()]}
        return out


# --------------------------------------------------------------------------- tokens

#: range separators shared with the date parser (``comet.text.RANGE_SEPARATORS``), longest first
_DASH_PATTERN = "|".join(re.escape(d) for d in sorted(RANGE_SEPARATORS, key=lambda d: -len(d)))
_TOKEN_PATTERN = (
    r"(?P<skip>(?i:https?://|www\.|doi:|10\.\d{4,9}/)\S*+)"
    r"|(?P<num>[^\W\d_]{0,3}+\d[^\W_]*+)"
    r"|(?P<word>[^\W\d_]++[.°]?)"
    rf"|(?P<dash>{_DASH_PATTERN})"
    r"|(?P<open>[(\[{⟨])"
    r"|(?P<close>[)\]}⟩])"
    r"|(?P<punct>[,:;./&=#+])"
    r"|(?P<quote>[\"'“”„‘’«»])"
    r"|(?P<space>\s++)"
    r"|(?P<other>.)"
)
_ROMAN_RE = re.compile(
    r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\Z",
    re.IGNORECASE | re.ASCII,  # ASCII: "İ" would match "i" and then fail the table lookup
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_PAGE_NUM_RE = re.compile(r"([^\W\d_]{0,3})(\d{1,9})\Z")
_E_NUMBER_RE = re.compile(r"[eE]\d{4,}\Z")
_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d\Z")
_DAY_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\Z")
_LABEL_SKIP = frozenset(":=#.")

#: label keys whose value reads as pages
_PAGE_KEYS = frozenset({"pages", "page"})
#: label keys that may take the number before them ("22. Jg.", "12 pp.", "143 f.")
_PREV_KEYS = frozenset({"pages", "page", "following", "volume", "issue", "part"})


@attrs.define(slots=True)
class _Tok:
    kind: str
    start: int
    end: int
    text: str
    key: str | None = None  # canonical locator key of a label
    used: bool = False  # consumed by a date, a label or a range


def _diag(code: str, msg: str, start: int, end: int, sev: str = "info") -> Diagnostic:
    return Diagnostic(code, msg, (start, end), _SEVERITIES[sev])


_SEVERITIES = {s.value: s for s in Severity}


def _label_alternation(locales: tuple[LocaleRules, ...]) -> str | None:
    """One alternation of every locator word, longest first (case-insensitive, linear)."""
    terms = sorted(merged_index("locator", locales), key=lambda t: (-len(t), t))
    if not terms:
        return None
    parts = []
    for term in terms:
        pat = r"\s+".join(re.escape(w) for w in term.split())
        pat = pat.replace("'", "['’]")
        if term[-1].isalpha():
            pat += r"(?![^\W\d_])"
        parts.append(pat)
    return "(?i:" + "|".join(parts) + ")"


@functools.cache
def _label_re(locales: tuple[LocaleRules, ...]) -> re.Pattern[str] | None:
    alternation = _label_alternation(locales)
    return None if alternation is None else re.compile(alternation)


_TOKEN_RE = re.compile(_TOKEN_PATTERN, re.DOTALL)
_LEAD_LETTERS = re.compile(r"[^\W\d_]++")


@functools.cache
def _label_firsts(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The leading letters of every locator word (``vol`` of ``vol.``, ``art`` of ``art. nr``).

    A label can start only where the text's leading letters are one of these, so the
    tokenizer tries the (long) label alternation only there.
    """
    out = set()
    for term in merged_index("locator", locales):
        m = _LEAD_LETTERS.match(term)
        if m is not None:
            out.add(m.group().casefold())
    return frozenset(out)


@functools.cache
def _label_key(term: str, locales: tuple[LocaleRules, ...]) -> str | None:
    keys = merged_index("locator", locales).get(fold(term))
    if not keys:
        return None
    return "pages" if keys[0] == "page" else keys[0]


def _glued_label(text: str, start: int, end: int, labels: re.Pattern[str]) -> int | None:
    """Where a label glued to the word before it starts (``bookVolume 9``), or ``None``."""
    for k in range(start + 1, end):
        if text[k].isupper() and text[k - 1].islower() and labels.match(text, k):
            return k
    return None


def _label_suffix(text: str, start: int, end: int, labels: re.Pattern[str]) -> int | None:
    """Where a label glued after the digits of a number starts (``632pp.``), or ``None``."""
    k = end
    while k > start and text[k - 1].isalpha():
        k -= 1
    if k == end or not text[k - 1].isdigit():
        return None
    lm = labels.match(text, k)
    return k if lm is not None and lm.end() >= end else None


def _tokenize(
    text: str, locales: tuple[LocaleRules, ...], lo: int = 0, hi: int | None = None
) -> list[_Tok]:
    """The tokens of ``text[lo:hi]`` (offsets in ``text``)."""
    labels = _label_re(locales)
    firsts = _label_firsts(locales)
    token_re = _TOKEN_RE
    toks: list[_Tok] = []
    pos, n = lo, len(text) if hi is None else hi
    while pos < n:
        if labels is not None:
            # a locator word first (as the first alternative of one big pattern would)
            lead = _LEAD_LETTERS.match(text, pos, n)
            if lead is not None and lead.group().casefold() in firsts:
                lm = labels.match(text, pos, n)
                if lm is not None:
                    key = _label_key(" ".join(lm.group().split()).replace("’", "'"), locales)
                    toks.append(_Tok("label" if key else "word", pos, lm.end(), lm.group(), key))
                    pos = lm.end()
                    continue
        m = token_re.match(text, pos, n)
        assert m is not None  # the last alternative matches any character
        kind = m.lastgroup or "other"
        if kind == "word" and labels is not None and not m.group()[1:].islower():
            cut = _glued_label(text, pos, m.end(), labels)
            if cut is not None:
                toks.append(_Tok("word", pos, cut, text[pos:cut]))
                pos = cut
                continue
        if kind == "num" and labels is not None and text[m.end() - 1].isalpha():
            cut = _label_suffix(text, pos, m.end(), labels)
            if cut is not None:  # "632pp.": the number, then the label
                toks.append(_Tok("num", pos, cut, text[pos:cut]))
                pos = cut
                continue
        if kind != "space":
            toks.append(_Tok(kind, pos, m.end(), m.group()))
        pos = m.end()
    return toks


def _roman(s: str) -> int | None:
    """The value of a roman numeral (``xii``, ``XIV``, a final period allowed), or ``None``."""
    s = s.removesuffix(".")
    if not s or not (s.islower() or s.isupper()) or not _ROMAN_RE.match(s):
        return None
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _glued(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


# --------------------------------------------------------------------------- dates


@functools.cache
def _read_date(locales: tuple[LocaleRules, ...]) -> Callable[[str], PartialDate | None]:
    """A reader of one date piece through :func:`comet.dates.parse_date` (no month tables here).

    A piece is accepted only when the date parser reads it whole: a diagnostic of
    warning severity (skipped words) rejects it.
    """

    @functools.lru_cache(maxsize=4096)
    def read(piece: str) -> PartialDate | None:
        res = parse_date(piece, locales=locales, strict=False)
        if res.value is None or any(d.severity is not Severity.INFO for d in res.diagnostics):
            return None
        return res.value

    return read


_RANK = {Precision.YEAR: 0, Precision.SEASON: 1, Precision.MONTH: 2, Precision.DAY: 3}


def _is_day(tok: _Tok) -> bool:
    return tok.kind == "num" and _DAY_RE.match(tok.text) is not None


def _dotted_date(toks: list[_Tok], i: int) -> int | None:
    """Start index of ``D.M.YYYY`` (dots, optional spaces) ending at the year ``toks[i]``."""
    if i < 4:
        return None
    d, p1, m, p2 = toks[i - 4], toks[i - 3], toks[i - 2], toks[i - 1]
    if (
        p1.text == "."
        and p2.text == "."
        and _is_day(d)
        and m.kind == "num"
        and len(m.text) <= 2
        and m.text.isdigit()
        and 1 <= int(m.text) <= 12
        and _glued(d, p1)
        and _glued(m, p2)
        and not (d.used or m.used)
    ):
        return i - 4
    return None


def _find_dates(
    text: str, toks: list[_Tok], read: Callable[[str], PartialDate | None]
) -> list[tuple[int, int, PartialDate, list[Diagnostic]]]:
    """Dates of month precision or finer around each year (step 1); marks their tokens used."""
    found: list[tuple[int, int, PartialDate, list[Diagnostic]]] = []
    for i, tok in enumerate(toks):
        if tok.used or tok.kind != "num" or not _YEAR_RE.match(tok.text):
            continue
        # left context: [t2] t1 [,] YEAR where t1/t2 are words or day numbers
        j = i - 1
        if j >= 0 and toks[j].kind == "punct" and toks[j].text == ",":
            j -= 1
        chain: list[int] = []
        while j >= 0 and len(chain) < 2:
            t = toks[j]
            if t.used or t.kind not in ("word", "num"):
                break
            if t.kind == "num" and not _is_day(t):
                break
            if t.kind == "num" and j > 0 and toks[j - 1].kind == "label":
                break
            chain.append(j)
            if j > 0 and toks[j - 1].kind in ("word", "num") and not _glued(toks[j - 1], t):
                j -= 1
                continue
            break
        spans = [(s, i) for s in chain if any(toks[k].kind == "word" for k in range(s, i))]
        # right context: YEAR Month [day] ("2018 May 1;187(5)")
        r = i + 1
        if (
            r < len(toks)
            and toks[r].kind == "word"
            and not toks[r].used
            and not _glued(tok, toks[r])
        ):
            spans.append((i, r))
            if r + 1 < len(toks) and _is_day(toks[r + 1]) and not toks[r + 1].used:
                spans.append((i, r + 1))
        # numeric day-first dates with dots: "17.03.2005", "24. 7. 1997"
        dotted = _dotted_date(toks, i)
        if dotted is not None:
            spans.append((dotted, i))
        best: tuple[int, int, PartialDate] | None = None
        for lo, hi in spans:  # shortest first
            value = read(text[toks[lo].start : toks[hi].end])
            if value is None and (lo, hi) == (dotted, i):
                value = PartialDate(int(tok.text), raw=text[toks[lo].start : tok.end])
            if value is None or (value.precision is Precision.YEAR and (lo, hi) != (dotted, i)):
                continue
            if best is None or _RANK[value.precision] > _RANK[best[2].precision]:
                best = (lo, hi, value)
        if best is None:
            continue
        s, e, value = best
        diags: list[Diagnostic] = []
        # a month range "March/April 2014", "October - December 2022": the year only
        if toks[s].kind == "word" and s >= 2:
            sep, w0 = toks[s - 1], toks[s - 2]
            if (sep.kind == "dash" or sep.text == "/") and w0.kind == "word" and not w0.used:
                other = read(f"{w0.text} {tok.text}")
                if other is not None and other.precision is not Precision.YEAR:
                    s -= 2
                    value = PartialDate(value.year, raw=text[toks[s].start : tok.end])
                    diags.append(
                        _diag(
                            "locator-date-range",
                            "a range of months: kept the year only",
                            toks[s].start,
                            tok.end,
                        )
                    )
        for k in range(s, e + 1):
            toks[k].used = True
        found.append((s, e, value, diags))
    return found


# --------------------------------------------------------------------------- pages


@attrs.define
class _PagesResult:
    value: PageRange | None
    diags: list[Diagnostic]
    error: tuple[str, ErrorCode, int, int] | None = None


def _is_page_tok(tok: _Tok) -> bool:
    if tok.used:
        return False
    if tok.kind == "num":
        return True
    return tok.kind == "word" and _roman(tok.text) is not None


def _roman_label(first: _Tok, tok: _Tok) -> bool:
    """A label that is also a roman numeral ending a roman range (``i-v.``: ``v.`` is not 'volume')."""
    return (
        first.kind == "word"
        and _roman(first.text) is not None
        and tok.kind == "label"
        and not tok.used
        and _roman(tok.text) is not None
    )


def _read_page_value(toks: Sequence[_Tok], j: int) -> tuple[int, int | None, int] | None:
    """``(first, last or None, next index)`` of a page value starting at token ``j``."""
    if j >= len(toks) or not _is_page_tok(toks[j]):
        return None
    if (
        j + 2 < len(toks)
        and toks[j + 1].kind == "dash"
        and (_is_page_tok(toks[j + 2]) or _roman_label(toks[j], toks[j + 2]))
        and not (j + 4 < len(toks) and toks[j + 3].kind == "dash" and _is_page_tok(toks[j + 4]))
    ):
        return (j, j + 2, j + 3)
    return (j, None, j + 1)


def _value_text(tok: _Tok) -> str:
    """A value as printed, without the period a word token keeps (``xii.`` -> ``xii``)."""
    return tok.text.removesuffix(".") if tok.kind in ("word", "label") else tok.text


def _make_pages(text: str, first: _Tok, last: _Tok | None, raw: str) -> _PagesResult:
    """Build a :class:`PageRange`; expand an abbreviated last page; check the order."""
    diags: list[Diagnostic] = []
    a = _value_text(first)
    if last is None:
        if _E_NUMBER_RE.match(a):
            diags.append(
                _diag(
                    "pages-article-number",
                    "an article number (e-number), not a page",
                    first.start,
                    first.end,
                )
            )
        return _PagesResult(PageRange(a, None, None, raw=raw), diags)
    b = _value_text(last)
    count: int | None = None
    ra, rb = _roman(a), _roman(b)
    ma, mb = _PAGE_NUM_RE.match(a), _PAGE_NUM_RE.match(b)
    if ra is not None and rb is not None and a.islower() == b.islower():
        if rb < ra:
            return _PagesResult(
                None,
                diags,
                (
                    f"last page {b} is before first page {a}",
                    ErrorCode.OUT_OF_RANGE,
                    first.start,
                    last.end,
                ),
            )
        count = rb - ra + 1
    elif ma is not None and mb is not None and (mb.group(1) in ("", ma.group(1))):
        prefix, da, db = ma.group(1), ma.group(2), mb.group(2)
        if len(db) < len(da) and (mb.group(1) == "" or int(db) < int(da)):
            expanded = da[: len(da) - len(db)] + db
            if int(expanded) >= int(da):
                diags.append(
                    _diag(
                        "pages-expanded",
                        f"abbreviated last page {b} read as {prefix}{expanded}",
                        last.start,
                        last.end,
                    )
                )
                db = expanded
        elif mb.group(1) == "" and prefix:
            diags.append(
                _diag(
                    "pages-expanded",
                    f"last page {b} read as {prefix}{db}",
                    last.start,
                    last.end,
                )
            )
        if int(db) < int(da):
            return _PagesResult(
                None,
                diags,
                (
                    f"last page {b} is before first page {a}",
                    ErrorCode.OUT_OF_RANGE,
                    first.start,
                    last.end,
                ),
            )
        b = prefix + db
        count = int(db) - int(da) + 1
    return _PagesResult(PageRange(a, b, count, raw=raw), diags)


def _pages_impl(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[PageRange]:
    if not text.strip():
        return fail(text, "no pages in an empty text", ErrorCode.EMPTY)
    toks = _tokenize(text, locales)
    j, n = 0, len(toks)
    count_label = False
    while j < n and (
        toks[j].kind in ("open", "quote")
        or (toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP)
        or (toks[j].kind == "label" and toks[j].key in ("pages", "page_count"))
    ):
        if toks[j].kind == "label" and toks[j].key == "page_count":
            count_label = True
        j += 1
    value = _read_page_value(toks, j)
    if value is None:
        if j < n:
            t = toks[j]
            return fail(
                text,
                f"expected a page number, found {t.text!r}",
                ErrorCode.INVALID_FORMAT,
                t.start,
                t.end,
            )
        return fail(text, "no page number found", ErrorCode.NOT_FOUND)
    fi, li, j = value
    first, last = toks[fi], (toks[li] if li is not None else None)
    diags: list[Diagnostic] = []
    following = count_suffix = False
    extra_start = None
    while j < n:
        t = toks[j]
        if t.kind == "label" and t.key == "following" and not following:
            following = True
            diags.append(
                _diag("pages-following", "'and following pages' noted, not kept", t.start, t.end)
            )
        elif (
            t.kind == "label"
            and t.key in ("pages", "page_count")
            and last is None
            and not count_suffix
        ):
            count_suffix = True
        elif t.kind in ("close", "quote") or (t.kind == "punct" and t.text in ".,;"):
            pass
        elif (
            t.kind in ("num", "dash") and extra_start is None and j > 0 and toks[j - 1].text in ",;"
        ):
            extra_start = t.start
        elif extra_start is None:
            return fail(
                text,
                f"unexpected {t.text!r} after the pages",
                ErrorCode.INVALID_FORMAT,
                t.start,
                t.end,
            )
        j += 1
    if extra_start is not None:
        diags.append(
            _diag(
                "pages-extra-ranges",
                "more than one page range: kept the first",
                extra_start,
                toks[-1].end,
                "warning",
            )
        )
    if count_label or count_suffix:
        if last is not None or not first.text.isdigit():
            return fail(
                text,
                "a page count must be one number",
                ErrorCode.INVALID_FORMAT,
                first.start,
                first.end,
            )
        return Parsed(
            PageRange(None, None, int(first.text), raw=text, diagnostics=tuple(diags)),
            tuple(diags),
            text,
        )
    res = _make_pages(text, first, last, text)
    diags = res.diags + diags
    if res.error is not None or res.value is None:
        msg, code, s, e = res.error or ("no pages", ErrorCode.INVALID_FORMAT, 0, len(text))
        return fail(text, msg, code, s, e, tuple(diags))
    return Parsed(attrs.evolve(res.value, diagnostics=tuple(diags)), tuple(diags), text)


@overload
def parse_pages(text: str, *, locales: Locales = ..., strict: Literal[True] = ...) -> PageRange: ...
@overload
def parse_pages(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[PageRange]: ...
def parse_pages(
    text: str, *, locales: Locales = None, strict: bool = True
) -> PageRange | Parsed[PageRange]:
    """Read a page field: a range, a single page, an article number or a page count.

    Labels (``pp.``, ``S.``, ``Sider``, ``Page range:``, ``Antal sider:``) come from
    the ``[locator]`` section of ``locales`` (``None``: every locale).  An
    abbreviated last page is expanded (``801-20`` → ``801-820``, diagnostic
    ``pages-expanded``).  A last page before the first is an ``out-of-range``
    error, never swapped.  Inputs longer than :data:`PAGES_MAX_LENGTH` fail with
    ``too-long``.

    >>> str(parse_pages("S. 45–67")), parse_pages("S. 45–67").count
    ('45-67', 23)
    >>> parse_pages("pages = {779--805}").last
    '805'
    >>> parse_pages("xii–xx").count
    9
    >>> parse_pages("12 S.").count, parse_pages("12 S.").first
    (12, None)
    >>> parse_pages("820-801", strict=False).error.code
    <ErrorCode.OUT_OF_RANGE: 'out-of-range'>
    """
    rules = resolve(locales)
    return run(lambda t: _pages_impl(t, rules), text, strict, max_length=PAGES_MAX_LENGTH)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- locators


@attrs.define
class _Item:
    kind: str  # field | date | num | range | double | word
    start: int
    end: int
    first: int  # token index range
    last: int
    key: str | None = None
    value: Any = None


@attrs.define
class _Acc:
    """Accumulates a locator while walking the items."""

    text: str
    fields: dict[str, str] = attrs.Factory(dict)
    guessed: set[str] = attrs.Factory(set)
    pages: PageRange | None = None
    pages_guessed: bool = False
    dates: list[PartialDate] = attrs.Factory(list)
    diags: list[Diagnostic] = attrs.Factory(list)
    strong: bool = False
    numbers: int = 0

    def put(self, key: str, value: str, start: int, end: int, *, labelled: bool = False) -> None:
        old = self.fields.get(key)
        if old is None:
            self.fields[key] = value
            if not labelled:
                self.guessed.add(key)
        elif labelled and key in self.guessed and old != value:
            self.fields[key] = value
            self.guessed.discard(key)
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"labelled {key} {value!r} replaces {old!r} read by position",
                    start,
                    end,
                    "warning",
                )
            )
        elif old != value:
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"second {key} {value!r} differs from {old!r}: kept the first",
                    start,
                    end,
                    "warning",
                )
            )

    def put_pages(self, value: PageRange, start: int, end: int, *, labelled: bool = False) -> None:
        if self.pages is None:
            self.pages = value
            self.pages_guessed = not labelled
        elif labelled and self.pages_guessed and self.pages != value:
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"labelled pages {value} replace {self.pages} read by position",
                    start,
                    end,
                    "warning",
                )
            )
            self.pages, self.pages_guessed = value, False
        elif self.pages != value:
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"second pages {value} differ from {self.pages}: kept the first",
                    start,
                    end,
                    "warning",
                )
            )


def _skip_identifiers(toks: list[_Tok]) -> None:
    """Turn identifier labels (``ISBN``, ``PMID``, ``arXiv``) and their values into skipped text."""
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.kind != "label" or tok.key != "identifier":
            continue
        tok.kind = "skip"
        j = i + 1
        while j < n and toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP:
            j += 1
        if j < n and toks[j].kind in ("num", "word", "dash", "punct"):
            toks[j].kind = "skip"
            while j + 1 < n and (
                _glued(toks[j], toks[j + 1])
                or (toks[j + 1].kind == "dash" and j + 2 < n and toks[j + 2].kind == "num")
                or (toks[j].kind == "dash" and toks[j + 1].kind == "num")
            ):
                j += 1
                toks[j].kind = "skip"


def _label_value_ok(label: _Tok, toks: list[_Tok], j: int, opened: bool) -> bool:
    """Guard against initials read as labels: ``Alves, H. (2013)``, ``Smith, P. I.``.

    A lone year is never the value of a one-letter label (``H.``, ``S.``, ``p.``) or
    of a label followed by a bracket; a one-letter roman numeral is never the value
    of a one-letter label.
    """
    v = toks[j]
    short = len(label.text.rstrip(".")) <= 1
    ranged = j + 2 < len(toks) and toks[j + 1].kind == "dash" and toks[j + 2].kind == "num"
    if _is_year(v) and not ranged and (short or opened):
        return False
    return not (short and v.kind == "word" and len(v.text.rstrip(".")) <= 1)


def _bind_labels(text: str, toks: list[_Tok], acc: _Acc) -> dict[int, _Item]:
    """Give each label its value (step 2); return the label items by token index."""
    items: dict[int, _Item] = {}
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.kind != "label" or tok.used:
            continue
        key = tok.key or ""
        j = i + 1
        opened = False
        while j < n and (
            (toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP)
            or (toks[j].kind == "open" and toks[j].text in "{(")
            or toks[j].kind == "quote"
        ):
            opened = opened or toks[j].text == "("
            j += 1
        tok.used = True
        if j < n and not _label_value_ok(tok, toks, j, opened):
            j = n
        if key in _PAGE_KEYS:
            value = _read_page_value(toks, j)
            if value is not None:
                fi, li, nxt = value
                res = _make_pages(text, toks[fi], toks[li] if li is not None else None, "")
                end = toks[nxt - 1].end
                for k in range(fi, nxt):
                    toks[k].used = True
                acc.diags.extend(res.diags)
                if res.value is None:
                    msg = res.error[0] if res.error else "bad pages"
                    acc.diags.append(_diag("locator-pages-dropped", msg, tok.start, end, "warning"))
                    continue
                items[i] = _Item(
                    "field",
                    tok.start,
                    end,
                    i,
                    nxt - 1,
                    "pages",
                    attrs.evolve(res.value, raw=text[toks[fi].start : end]),
                )
                continue
        elif key == "page_count":
            if j < n and toks[j].kind == "num" and toks[j].text.isdigit() and not toks[j].used:
                toks[j].used = True
                items[i] = _Item("field", tok.start, toks[j].end, i, j, "count", int(toks[j].text))
                continue
        elif key != "following" and j < n and not toks[j].used:
            v = toks[j]
            ok = v.kind == "num" or (v.kind == "word" and _roman(v.text) is not None)
            ok = ok or (
                key == "part" and v.kind == "word" and len(v.text) == 1 and v.text.isupper()
            )
            if ok:
                end_idx = j
                if (
                    j + 2 < n
                    and toks[j + 1].kind == "dash"
                    and toks[j + 2].kind == "num"
                    and v.kind == "num"
                    and not toks[j + 2].used
                ) or (
                    j + 2 < n
                    and toks[j + 1].text == "/"
                    and toks[j + 2].kind == "num"
                    and _glued(v, toks[j + 1])
                    and _glued(toks[j + 1], toks[j + 2])
                ):
                    end_idx = j + 2
                for k in range(j, end_idx + 1):
                    toks[k].used = True
                value_text = text[v.start : toks[end_idx].end]
                if end_idx == j:
                    value_text = _value_text(v)
                items[i] = _Item("field", tok.start, toks[end_idx].end, i, end_idx, key, value_text)
                continue
        # no value after the label: a number right before it ("22. Jg.", "12 pp.", "143 f.")
        p = i - 1
        if (
            p >= 1
            and toks[p].kind == "punct"
            and toks[p].text == "."
            and _glued(toks[p - 1], toks[p])
        ):
            p -= 1
        if p >= 0 and toks[p].kind == "num" and not toks[p].used and key in _PREV_KEYS:
            prev = toks[p]
            prev.used = True
            if key in _PAGE_KEYS:
                if prev.text.isdigit():
                    items[i] = _Item("field", prev.start, tok.end, p, i, "count", int(prev.text))
                    continue
            elif key == "following":
                acc.diags.append(
                    _diag(
                        "pages-following",
                        "'and following pages' noted, not kept",
                        tok.start,
                        tok.end,
                    )
                )
                items[i] = _Item(
                    "field", prev.start, tok.end, p, i, "pages", PageRange(prev.text, raw=prev.text)
                )
                continue
            elif key != "page_count":
                items[i] = _Item("field", prev.start, tok.end, p, i, key, prev.text)
                continue
            prev.used = False
        if key == "supplement":
            items[i] = _Item("field", tok.start, tok.end, i, i, key, tok.text)
            continue
        acc.diags.append(
            _diag("locator-dangling-label", f"label {tok.text!r} has no value", tok.start, tok.end)
        )
    return items


def _is_year(tok: _Tok) -> bool:
    return tok.kind == "num" and _YEAR_RE.match(tok.text) is not None


def _collect_items(
    text: str, toks: list[_Tok], acc: _Acc, locales: tuple[LocaleRules, ...]
) -> list[_Item]:
    """Dates, labels, ranges and bare numbers, in text order (steps 1–3)."""
    read = _read_date(locales)
    _skip_identifiers(toks)
    by_index: dict[int, _Item] = {}
    for s, e, value, diags in _find_dates(text, toks, read):
        acc.diags.extend(diags)
        by_index[s] = _Item("date", toks[s].start, toks[e].end, s, e, value=value)
    by_index.update(_bind_labels(text, toks, acc))
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if tok.used or tok.kind != "num":
            i += 1
            continue
        # identifiers glued with a dash to a word (jpa-00235190) are not locators
        if (
            i >= 2
            and toks[i - 1].kind == "dash"
            and toks[i - 2].kind == "word"
            and _glued(toks[i - 2], toks[i - 1])
            and _glued(toks[i - 1], tok)
        ):
            tok.used = True
            i += 1
            continue
        # chains: a-b-c or a/b/c are dates or identifiers
        j = i
        seps: list[str] = []
        while (
            j + 2 < n
            and (toks[j + 1].kind == "dash" or toks[j + 1].text == "/")
            and toks[j + 2].kind == "num"
            and not toks[j + 2].used
        ):
            seps.append("/" if toks[j + 1].text == "/" else "-")
            j += 2
        if len(seps) >= 2:
            chain_date = read(text[tok.start : toks[j].end]) if _is_year(tok) else None
            if chain_date is not None:
                by_index[i] = _Item("date", tok.start, toks[j].end, i, j, value=chain_date)
            for k in range(i, j + 1):
                toks[k].used = True
            i = j + 1
            continue
        if seps == ["-"]:
            by_index[i] = _Item("range", tok.start, toks[j].end, i, j)
            tok.used = toks[j].used = True
            i = j + 1
            continue
        if seps == ["/"] and _glued(tok, toks[i + 1]) and _glued(toks[i + 1], toks[j]):
            by_index[i] = _Item(
                "double", tok.start, toks[j].end, i, j, value=text[tok.start : toks[j].end]
            )
            tok.used = toks[j].used = True
            i = j + 1
            continue
        tok.used = True
        volume_year = (  # "Berlin, 1941: 98-134": a year-like volume before the pages
            i + 4 < n
            and toks[i + 1].text == ":"
            and toks[i + 2].kind == "num"
            and toks[i + 3].kind == "dash"
            and toks[i + 4].kind == "num"
        )
        if _is_year(tok) and not volume_year:
            by_index[i] = _Item(
                "date", tok.start, tok.end, i, i, value=PartialDate(int(tok.text), raw=tok.text)
            )
        else:
            by_index[i] = _Item("num", tok.start, tok.end, i, i, value=tok.text)
        i += 1
    for i, tok in enumerate(toks):
        if tok.kind == "word" and not tok.used:
            by_index[i] = _Item("word", tok.start, tok.end, i, i)
    return [by_index[k] for k in sorted(by_index)]


def _article_like(s: str) -> bool:
    return _E_NUMBER_RE.match(s) is not None or (len(s) >= 3 and s.isdigit() and s[0] == "0")


def _walk(text: str, toks: list[_Tok], items: list[_Item], acc: _Acc) -> None:
    """Give unlabelled numbers their fields by position (step 4)."""
    last_field: str | None = None
    numeric = ("num", "range", "double")
    ignored: list[_Item] = []
    # later_num[k]: an unbracketed number follows item k; later_any[k]: a number or pages do
    later_num = [False] * (len(items) + 1)
    later_any = [False] * (len(items) + 1)
    for k in range(len(items) - 1, -1, -1):
        x = items[k]
        later_num[k] = later_num[k + 1] or (x.kind in numeric and not _in_paren(toks, x))
        later_any[k] = later_any[k + 1] or x.kind in numeric or x.key in ("pages", "count")
    for k, it in enumerate(items):
        prev = toks[it.first - 1] if it.first > 0 else None
        in_paren = prev is not None and prev.kind == "open"
        sep = prev.text if prev is not None and prev.kind == "punct" else None
        if it.kind == "word":
            ignored.append(it)
            continue
        if it.kind == "date":
            acc.dates.append(it.value)
            continue
        if it.kind == "field":
            acc.strong = True
            if it.key == "pages":
                acc.put_pages(it.value, it.start, it.end, labelled=True)
            elif it.key == "count":
                if acc.pages is None:
                    acc.pages = PageRange(None, None, it.value, raw=text[it.start : it.end])
                elif acc.pages.count is None:
                    acc.pages = attrs.evolve(acc.pages, count=it.value)
            else:
                acc.put(str(it.key), str(it.value), it.start, it.end, labelled=True)
            last_field = it.key
            continue
        acc.numbers += 1
        later = later_num[k + 1]
        raw = text[it.start : it.end]
        f = acc.fields
        if in_paren and it.kind in numeric and "issue" not in f and "volume" in f:
            if it.kind == "range" and _is_year(toks[it.first]) and _is_year(toks[it.last]):
                acc.dates.append(PartialDate(int(toks[it.first].text), raw=raw))
                acc.diags.append(
                    _diag(
                        "locator-date-range", "a range of years: kept the first", it.start, it.end
                    )
                )
                continue
            acc.put("issue", raw, it.start, it.end)
            acc.strong = True
            last_field = "issue"
        elif it.kind == "range":
            nxt = items[k + 1] if k + 1 < len(items) else None
            nsep = toks[nxt.first - 1].text if nxt is not None and nxt.first > 0 else None
            if "volume" not in f and nxt is not None and nxt.kind in numeric and nsep == ":":
                acc.put("volume", raw, it.start, it.end)
                last_field = "volume"
            elif acc.pages is None:
                res = _make_pages(text, toks[it.first], toks[it.last], raw)
                if res.value is not None:
                    acc.diags.extend(res.diags)
                    acc.put_pages(res.value, it.start, it.end)
                    acc.strong = True
                    last_field = "pages"
                elif "volume" not in f and later_any[k + 1]:
                    # "45-3, 2001, p. 658-677": a descending pair before the pages is volume-issue
                    acc.put("volume", toks[it.first].text, it.start, it.end)
                    acc.put("issue", toks[it.last].text, it.start, it.end)
                    acc.diags.append(
                        _diag(
                            "locator-positional",
                            f"{raw!r} read as volume-issue",
                            it.start,
                            it.end,
                        )
                    )
                    last_field = "issue"
                else:
                    msg = res.error[0] if res.error else "bad pages"
                    acc.diags.append(
                        _diag("locator-pages-dropped", msg, it.start, it.end, "warning")
                    )
            else:
                acc.diags.append(
                    _diag(
                        "locator-extra",
                        f"extra number {raw!r} ignored",
                        it.start,
                        it.end,
                        "warning",
                    )
                )
        elif it.kind == "double":
            key = "issue" if "volume" in f else "volume"
            a, b = toks[it.first], toks[it.last]
            if _is_year(b) and not _is_year(a) and "issue" not in f:
                # "Heft 4/1973": issue 4 of the year 1973
                acc.put("issue", a.text, a.start, a.end)
                acc.dates.append(PartialDate(int(b.text), raw=b.text))
                acc.diags.append(
                    _diag("locator-positional", f"{raw!r} read as issue/year", it.start, it.end)
                )
                acc.strong = True
                last_field = "issue"
            elif key in f:
                acc.diags.append(
                    _diag(
                        "locator-extra",
                        f"extra number {raw!r} ignored",
                        it.start,
                        it.end,
                        "warning",
                    )
                )
            else:
                acc.put(key, raw, it.start, it.end)
                acc.strong = acc.strong or key == "issue"
                last_field = key
        else:  # a single number
            if in_paren and "volume" not in f and "issue" not in f:
                acc.put("volume", raw, it.start, it.end)
                acc.diags.append(
                    _diag(
                        "locator-positional",
                        f"{raw!r} in brackets read as the volume",
                        it.start,
                        it.end,
                    )
                )
                last_field = "volume"
            elif (
                "volume" not in f
                and acc.pages is None
                and "article_number" not in f
                and not _article_like(raw)
            ):
                acc.put("volume", raw, it.start, it.end)
                last_field = "volume"
            elif (
                "issue" not in f
                and acc.pages is None
                and "article_number" not in f
                and later
                and last_field == "volume"
                and sep in (":", ",", ".", None)
                and not _article_like(raw)
            ):
                acc.put("issue", raw, it.start, it.end)
                acc.diags.append(
                    _diag(
                        "locator-positional",
                        f"{raw!r} between volume and pages read as the issue",
                        it.start,
                        it.end,
                    )
                )
                last_field = "issue"
            elif acc.pages is None and "article_number" not in f:
                if _article_like(raw):
                    acc.put("article_number", raw, it.start, it.end)
                    last_field = "article_number"
                else:
                    acc.put_pages(PageRange(raw, raw=raw), it.start, it.end)
                    last_field = "pages"
                if acc.numbers >= 2 or sep == ":" or _E_NUMBER_RE.match(raw):
                    acc.strong = True
            else:
                acc.diags.append(
                    _diag(
                        "locator-extra",
                        f"extra number {raw!r} ignored",
                        it.start,
                        it.end,
                        "warning",
                    )
                )
        if acc.numbers >= 2 and (sep == ":" or acc.pages is not None or "issue" in f):
            acc.strong = True
    for lo, hi in _merge_runs(ignored, toks):
        acc.diags.append(
            _diag("locator-ignored-text", f"ignored {text[lo:hi]!r}", lo, hi, "warning")
        )


def _in_paren(toks: list[_Tok], it: _Item) -> bool:
    return it.first > 0 and toks[it.first - 1].kind == "open"


def _merge_runs(items: list[_Item], toks: list[_Tok]) -> list[tuple[int, int]]:
    """Join ignored words that follow each other into one span each."""
    spans: list[tuple[int, int]] = []
    last_idx = -2
    for it in items:
        if spans and it.first <= last_idx + 2:
            spans[-1] = (spans[-1][0], it.end)
        else:
            spans.append((it.start, it.end))
        last_idx = it.last
    return spans


def _merge_dates(
    dates: list[PartialDate], diags: list[Diagnostic], span: tuple[int, int]
) -> PartialDate | None:
    best: PartialDate | None = None
    for d in dates:
        if best is None:
            best = d
            continue
        fine, coarse = (d, best) if _RANK[d.precision] > _RANK[best.precision] else (best, d)
        compatible = (
            fine.year == coarse.year
            and coarse.month in (None, fine.month)
            and coarse.day in (None, fine.day)
            and coarse.season in (None, fine.season)
        )
        if compatible:
            best = fine
        else:
            diags.append(
                _diag(
                    "locator-conflict",
                    f"second date {d} differs from {best}: kept the first",
                    span[0],
                    span[1],
                    "warning",
                )
            )
    return best


def _build(text: str, acc: _Acc, raw: str, span: tuple[int, int]) -> Locator | None:
    issued = _merge_dates(acc.dates, acc.diags, span)
    f = acc.fields
    if not f and acc.pages is None:
        return None
    diags = tuple(acc.diags)
    return Locator(
        volume=f.get("volume"),
        issue=f.get("issue"),
        pages=acc.pages,
        issued=issued,
        supplement=f.get("supplement"),
        part=f.get("part"),
        article_number=f.get("article_number"),
        raw=raw,
        diagnostics=diags,
    )


@functools.lru_cache(maxsize=2048)
def _locator_impl(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[Locator]:
    # memoised (results are frozen): parse_record asks about the same line from several
    # field readers, and pages repeat lines
    if not text.strip():
        return fail(text, "no locator in an empty text", ErrorCode.EMPTY)
    toks = _tokenize(text, locales)
    acc = _Acc(text)
    items = _collect_items(text, toks, acc, locales)
    _walk(text, toks, items, acc)
    value = _build(text, acc, text, (0, len(text)))
    if value is None:
        return fail(
            text,
            "no volume, issue, pages or article number found",
            ErrorCode.NOT_FOUND,
            0,
            len(text),
            tuple(acc.diags),
        )
    return Parsed(value, value.diagnostics, text)


@overload
def parse_locator(text: str, *, locales: Locales = ..., strict: Literal[True] = ...) -> Locator: ...
@overload
def parse_locator(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[Locator]: ...
def parse_locator(
    text: str, *, locales: Locales = None, strict: bool = True
) -> Locator | Parsed[Locator]:
    """Read volume, issue, pages, date, supplement, part and article number from one string.

    Labelled parts (``Vol.``, ``Heft``, ``årg.``, ``pp.``…, from the ``[locator]``
    section of ``locales``) are read first; unlabelled numbers then go by
    position: ``V(I)``, ``V:I, P``, ``V, P``, ``V: P``.  A year, or a month and
    year, becomes ``issued`` (read by :func:`comet.dates.parse_date`).  Words that
    are not locator words (a journal title before ``170(3): 1-50``) are skipped
    with a ``locator-ignored-text`` diagnostic.  Fails with ``not-found`` when no
    volume, issue, pages, supplement, part or article number is found; inputs
    longer than :data:`LOCATOR_MAX_LENGTH` fail with ``too-long``.

    >>> loc = parse_locator("Volume 9 (2021): Issue 2 (December 2021)")
    >>> loc.volume, loc.issue, loc.issued.iso()
    ('9', '2', '2021-12')
    >>> parse_locator("33:7/8, 671–682").issue
    '7/8'
    >>> parse_locator("Rev. Mod. Phys. 94, 045004").article_number
    '045004'
    """
    rules = resolve(locales)
    return run(lambda t: _locator_impl(t, rules), text, strict, max_length=LOCATOR_MAX_LENGTH)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- find

_BREAK_KINDS = frozenset({"word", "skip", "other", "quote"})


def find_locator(text: str, *, locales: Locales = None) -> Iterator[Match[Locator]]:
    """Every locator-shaped run in ``text``, in order (``Match(value, start, end, raw)``).

    A run is a stretch of numbers, locator words, dates and punctuation between
    other words; it is yielded when it holds a labelled part, a page range, a
    ``V(I)`` or ``V:P`` pair or two numbers — a lone number or year is not a
    locator.  DOIs and URLs are skipped.  References end with their locator, so
    the last match of a reference string is usually the one wanted::

        … Public Management Review, 21(4), 606–627.10.1080/14719037.2018.1508608

    Texts longer than :data:`FIND_MAX_LENGTH` raise ``ParseError`` (``too-long``).

    >>> [(m.value.volume, m.value.issue) for m in find_locator("Statsvetenskaplig tidskrift 118 (3).")]
    [('118', '3')]
    """
    check_text(text, max_length=FIND_MAX_LENGTH)
    rules = resolve(locales)
    for lo, hi in _locator_windows(text, rules):
        yield from _find_in(text, _tokenize(text, rules, lo, hi), rules)


#: Characters around a number or a locator word that a window covers: a locator is a
#: run of numbers, locator words, dates and punctuation, so text far from every number
#: and label holds none (and is not cut into tokens at all).
_WINDOW = 160
_DIGITS = re.compile(r"\d++")
_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]++")
# a letter that may start a label glued to the word before it (``bookVolume``: see
# _glued_label), a superset: anything but a lower-case Latin letter after a letter
_GLUED_START = re.compile(r"(?<=[^\W\d_])[^\W\d_a-zß-öø-ÿ]")


def _locator_windows(text: str, locales: tuple[LocaleRules, ...]) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` spans around every number and locator word, cut at spaces."""
    n = len(text)
    hints = [m.span() for m in _DIGITS.finditer(text)]
    if len(hints) * _WINDOW >= n:
        return [(0, n)]  # numbers everywhere: one window
    firsts = _label_firsts(locales)
    if firsts:
        hints += [m.span() for m in _WORD_START.finditer(text) if m.group().casefold() in firsts]
        hints += [m.span() for m in _GLUED_START.finditer(text)]
        hints.sort()
    windows = merge_windows(hints, _WINDOW, _WINDOW, n)
    return [(_start_at_space(text, lo), _end_at_space(text, hi)) for lo, hi in windows]


def _start_at_space(text: str, lo: int) -> int:
    """``lo`` moved back to just after a whitespace character (at most ``_WINDOW``)."""
    if lo <= 0:
        return 0
    for k in range(lo, max(0, lo - _WINDOW) - 1, -1):
        if text[k].isspace():
            return k + 1
    return lo


def _end_at_space(text: str, hi: int) -> int:
    """``hi`` moved forward to a whitespace character (at most ``_WINDOW``)."""
    n = len(text)
    if hi >= n:
        return n
    m = _SPACE_RE.search(text, hi, min(n, hi + _WINDOW))
    return m.start() if m is not None else hi


_SPACE_RE = re.compile(r"\s")


def _find_in(
    text: str, toks: list[_Tok], rules: tuple[LocaleRules, ...]
) -> Iterator[Match[Locator]]:
    """The locators among ``toks`` (the tokens of one window of ``text``)."""
    acc0 = _Acc(text)
    items = _collect_items(text, toks, acc0, rules)
    early = sorted(acc0.diags, key=lambda d: d.span[0] if d.span else 0)
    starts = [d.span[0] if d.span else 0 for d in early]
    # split the items into runs at words and other breaking tokens
    runs: list[list[_Item]] = []
    cur: list[_Item] = []
    last_tok = -1
    for it in items:
        broken = it.kind == "word" or any(
            toks[k].kind in _BREAK_KINDS and not toks[k].used for k in range(last_tok + 1, it.first)
        )
        if it.kind == "word":
            if cur:
                runs.append(cur)
            cur = []
            last_tok = it.last
            continue
        if broken and cur:
            runs.append(cur)
            cur = []
        cur.append(it)
        last_tok = it.last
    if cur:
        runs.append(cur)
    for run_items in runs:
        start, end = run_items[0].start, run_items[-1].end
        lo, hi = run_items[0].first, run_items[-1].last
        depth = sum((t.kind == "open") - (t.kind == "close") for t in toks[lo : hi + 1])
        if depth > 0 and hi + 1 < len(toks) and toks[hi + 1].kind == "close":
            end = toks[hi + 1].end  # "40 (7)": keep the closing bracket
        acc = _Acc(text)
        lo_d, hi_d = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        acc.diags = early[lo_d:hi_d]
        _walk(text, toks, run_items, acc)
        if not acc.strong:
            continue
        raw = text[start:end]
        value = _build(text, acc, raw, (start, end))
        if value is None:
            continue
        yield Match(value, start, end, raw)
