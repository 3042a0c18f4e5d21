"""Tokens of a date text (digit runs, words with their combining marks, other characters),
and the windows of a page where :func:`~comet.dates.find_dates` looks."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from comet._windows import merge_windows
from comet.dates._records import (
    _plausible,
)


def _mark_class() -> str:
    """A character class of the combining marks and joiners that continue a word.

    Python's ``\\w`` leaves out the vowel signs of Devanagari, Sinhala, Myanmar, …, so
    ``मार्च`` would fall into five tokens.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x0300, 0x1F000):  # the BMP and the scripts of plane 1 (Sunuwar …)
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    ranges += [(0x200C, 0x200D), (0x20D0, 0x20FF), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F)]
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


#: directional marks (Arabic dates put them around the slashes): part of no token
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(token pattern, letter pattern)``, built on first use (the mark class takes a
    few milliseconds to collect, so not at import)."""
    marks = _mark_class()
    token = re.compile(
        rf"(?:(\d++)|([^\W\d_]++(?:[{marks}]++[^\W\d_]*+)*+)|([^\s{_BIDI}]))[{_BIDI}]*+"
    )
    return token, re.compile(rf"[^\W\d_]|[{marks}]")


def token_pattern() -> re.Pattern[str]:
    """Digit runs (group 1), words with their combining marks (2), other characters (3)."""
    return _patterns()[0]


def letter_pattern() -> re.Pattern[str]:
    """One letter or combining mark."""
    return _patterns()[1]


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
            # a word's key: casefolded, without the Arabic tatweel that only stretches a
            # word in print ('ژانـ' is 'ژان')
            self.key = text.casefold().replace("\u0640", "") if kind == _WORD else text
        self.glued = False


def _tokenize(text: str, lo: int = 0, hi: int | None = None) -> list[_Tok]:
    """The tokens of ``text[lo:hi]`` (offsets in ``text``).

    A digit or letter run cut by ``lo`` or ``hi`` is left out: it is not a token of
    ``text``.
    """
    n = len(text)
    hi = n if hi is None else hi
    # group 1 digits, 2 letters, 3 any other non-space character: kind = lastindex - 1
    # (the fields of _Tok.__init__ set here by kind: this is the hot loop of every parse)
    toks: list[_Tok] = []
    add = toks.append
    new = _Tok.__new__
    for m in token_pattern().finditer(text, lo, hi):
        tok = new(_Tok)
        tok.start, tok.end = m.span()
        tok.glued = False
        kind = m.lastindex
        if kind == 2:
            g = tok.text = m[2]
            tok.kind = _WORD
            tok.value = -1
            tok.key = g.casefold().replace("\u0640", "")
        elif kind == 1:
            g = tok.text = tok.key = m[1]
            tok.kind = _NUM
            tok.value = int(g) if len(g) < 12 else -1
        else:
            g = m[3]
            tok.text = tok.key = _COMMAS.get(g, g)
            tok.kind = _PUNCT
            tok.value = -1
        add(tok)
    if lo > 0 and toks and toks[0].start == lo and _same_run(text, lo - 1, lo):
        del toks[0]
    if hi < n and toks and toks[-1].end == hi and _same_run(text, hi - 1, hi):
        del toks[-1]
    return toks


def _same_run(text: str, a: int, b: int) -> bool:
    """Characters ``a`` and ``b`` belong to one digit run or one letter run."""
    x, y = text[a], text[b]
    return (x.isdigit() and y.isdigit()) or (
        letter_pattern().match(x) is not None and letter_pattern().match(y) is not None
    )


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
