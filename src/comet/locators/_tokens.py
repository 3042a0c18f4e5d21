"""Cutting a locator string into tokens: numbers, locator words (labels), dashes, brackets."""

from __future__ import annotations

import functools
import re

import attrs

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.locales import LocaleRules, alternation, fold, merged_index
from comet.text import RANGE_SEPARATORS

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
_YEAR_RE = re.compile(rf"{CITATION_YEAR_PATTERN}\Z")
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
    alt = alternation(merged_index("locator", locales), each=_label_term)
    return f"(?i:{alt})" if alt else None


def _label_term(term: str, pattern: str) -> str:
    """A locator word's pattern: either apostrophe, and no letter after a final letter."""
    pattern = pattern.replace("'", "['’]")
    return pattern + r"(?![^\W\d_])" if term[-1].isalpha() else pattern


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
