"""Tokens of a date text (digit runs, words with their combining marks, other characters:
the tokens of :mod:`comet.tokens` without the spaces), and the windows of a page where
:func:`~comet.dates.find_dates` looks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from comet._windows import merge_windows
from comet.dates._records import (
    _plausible,
)
from comet.tokens import TokenKind, group, letter_pattern, token_pattern

#: the group numbers of the kinds of comet.tokens
_T_WORD, _T_NUMBER, _T_SPACE, _T_BIDI = (
    group(TokenKind.WORD),
    group(TokenKind.NUMBER),
    group(TokenKind.SPACE),
    group(TokenKind.BIDI),
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
            # a word's key: casefolded, without the Arabic tatweel that only stretches a
            # word in print ('ژانـ' is 'ژان')
            self.key = (
                text.casefold().replace("\u0640", "").replace("\u0131", "i")
                if kind == _WORD
                else text
            )
        self.glued = False


def _tokenize(text: str, lo: int = 0, hi: int | None = None) -> list[_Tok]:
    """The tokens of ``text[lo:hi]`` (offsets in ``text``): the shared tokens
    (:mod:`comet.tokens`) without the spaces, a dash read as punctuation, and directional
    marks in the span of the token they follow (part of no token).

    A digit or letter run cut by ``lo`` or ``hi`` is left out: it is not a token of
    ``text``.
    """
    n = len(text)
    hi = n if hi is None else hi
    # the fields of _Tok.__init__ set here by kind: this is the hot loop of every parse
    toks: list[_Tok] = []
    add = toks.append
    new = _Tok.__new__
    t_word, t_number, t_space, t_bidi = _T_WORD, _T_NUMBER, _T_SPACE, _T_BIDI
    for m in token_pattern().finditer(text, lo, hi):
        kind = m.lastindex or t_space  # one match a token, with the spaces before it
        if kind == t_space:
            continue  # spaces at the end
        start, end = m.span(kind)
        if kind == t_bidi:  # Arabic dates put them around the slashes
            if toks and toks[-1].end == start:
                toks[-1].end = end
            continue
        tok = new(_Tok)
        tok.start = start
        tok.end = end
        tok.glued = False
        g = m.group(kind)
        if kind == t_word:
            tok.text = g
            tok.kind = _WORD
            tok.value = -1
            tok.key = g.casefold().replace("\u0640", "").replace("\u0131", "i")
        elif kind == t_number:
            tok.text = tok.key = g
            tok.kind = _NUM
            tok.value = int(g) if len(g) < 12 else -1
        else:
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
