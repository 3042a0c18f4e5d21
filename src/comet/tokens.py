"""The one tokenizer the field parsers share: a text cut into typed, contiguous tokens.

:func:`tokenize` cuts any string into :class:`Token` records that cover it exactly, in
order, without gaps or overlaps (``"".join(t.text for t in tokenize(s)) == s``).  The
kinds (:class:`TokenKind`) are the ones every parser reads alike:

* ``word`` — a run of letters of any script, with the combining marks and joiners that
  continue it (``मार्च`` is one word, although Python's ``\\w`` leaves out its vowel signs);
* ``number`` — a run of decimal digits of any script (``2019``, ``٢٠١٩``);
* ``space`` — a run of whitespace, zero-width spaces included (``\\u200b``, ``\\u2060``,
  ``\\ufeff``), and a zero-width (non-)joiner where a token would start (after a comma:
  it joins nothing there);
* ``bidi`` — a run of directional marks (``\\u200e``, ``\\u200f``, ``\\u061c``, the
  embeddings and isolates): invisible, they belong to no word;
* ``dash`` — one hyphen, dash or minus sign (``-``, ``‐``, ``–``, ``—``, ``−`` …);
* ``punct`` — any other single character (``.``, ``,``, ``(``, ``&``, ``°``, ``*`` …).

>>> from comet.tokens import tokenize
>>> [(t.kind.value, t.text) for t in tokenize("Vol. 12–14")]
[('word', 'Vol'), ('punct', '.'), ('space', ' '), ('number', '12'), ('dash', '–'), ('number', '14')]
>>> tokenize("Vol. 12", 5)[0]
Token(kind=<TokenKind.NUMBER: 'number'>, text='12', start=5, end=7)

The parsers classify these tokens further in thin local adapters — month words for the
dates, locator labels for the locators, initials and particles for the names — and glue
neighbours where their grammar reads one unit (a names *word* is every token between two
separators: ``J.-M.``).  None of them scans the text a second way: in a hot loop they walk
the matches of :func:`token_pattern` themselves, one a token with the spaces before it
(the group that matched last, ``match.lastindex``, indexes :data:`KINDS`), which is what
:func:`tokenize` does.

:func:`group` gives the group number of a kind; :func:`roman_value` reads a roman numeral
(the locator parsers' roman page numbers).  The scan is one regular expression without
backtracking: linear in the text.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata

import attrs

__all__ = [
    "KINDS",
    "Token",
    "TokenKind",
    "group",
    "letter_pattern",
    "roman_value",
    "token_pattern",
    "tokenize",
]


class TokenKind(enum.StrEnum):
    """The kind of a :class:`Token` (its value is the name of its group in
    :func:`token_pattern`)."""

    SPACE = "space"
    WORD = "word"
    NUMBER = "number"
    BIDI = "bidi"
    DASH = "dash"
    PUNCT = "punct"


#: The kinds in the order of their groups in :func:`token_pattern`:
#: ``KINDS[match.lastindex - 1]`` is the kind of the token a match ends with.
KINDS: tuple[TokenKind, ...] = tuple(TokenKind)


def group(kind: TokenKind) -> int:
    """The number of the group of ``kind`` in :func:`token_pattern` (what
    ``match.lastindex`` is for a token of that kind)."""
    return KINDS.index(kind) + 1


@attrs.frozen(slots=True)
class Token:
    """One token: its kind, its text, and its span in the tokenized string."""

    kind: TokenKind
    text: str
    start: int
    end: int


#: zero-width spaces (read as whitespace)
_ZERO_WIDTH = "\u200b\u2060\ufeff"
#: the zero-width (non-)joiner: inside a word a mark of it (Persian ``…ی\u200cمیمند``); where
#: a token would start (after a comma, a space) it joins nothing and reads as a space
_JOINERS = "\u200c\u200d"
#: directional marks (Arabic and Hebrew dates put them around the slashes)
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
#: hyphens, dashes and the minus sign (Unicode class Pd without the wave dashes and the
#: double hyphens, plus U+2212)
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def _mark_class() -> str:
    """A pattern of one combining mark or joiner that continues a word.

    The marks of the Basic Multilingual Plane are one character class (a table lookup);
    those of plane 1 (Brahmi, Chakma, Sunuwar …) another, tried only on a character of
    plane 1: a class with ranges outside the BMP is searched range by range, and a
    character of the BMP need not walk them.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x0300, 0x1F000):  # the BMP and the scripts of plane 1
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    ranges += [(0x200C, 0x200D), (0x20D0, 0x20FF), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F)]
    bmp = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges if b <= 0xFFFF)
    astral = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges if a > 0xFFFF)
    return rf"(?:[{bmp}]|(?=[\U00010000-\U0001ffff])[{astral}])"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(token pattern, letter pattern)``, built on first use (the mark class takes a
    few milliseconds to collect, so not at import)."""
    mark = _mark_class()
    token = re.compile(
        # each match: the spaces before a token, then the token (only spaces at the end)
        rf"(?=.)(?P<space>[\s{_ZERO_WIDTH}{_JOINERS}]++)?+"
        # (no mark is below U+0300: a cheap test before the mark class)
        rf"(?:(?P<word>[^\W\d_]++(?:(?=[^\x00-\u02ff]){mark}++[^\W\d_]*+)*+)"
        r"|(?P<number>\d++)"
        rf"|(?P<bidi>[{_BIDI}]++)"
        rf"|(?P<dash>[{_DASHES}])"
        r"|(?P<punct>.)"
        r"|\Z)",
        re.DOTALL,
    )
    return token, re.compile(rf"[^\W\d_]|{mark}")


def token_pattern() -> re.Pattern[str]:
    """The scanner: one match a token with the spaces before it.

    A match is an optional run of spaces (group ``space``, group 1) and the token after
    it, in the group of its kind (``match.lastindex``, which indexes :data:`KINDS`); at
    the end of a text the spaces stand alone (``lastindex`` is 1).  The matches of
    ``token_pattern().finditer(text)`` cover every character of ``text`` once.  A parser
    that skips spaces reads one match a token: ``match.span(match.lastindex)``.
    """
    return _patterns()[0]


def letter_pattern() -> re.Pattern[str]:
    """One letter or combining mark (a character a ``word`` token may hold)."""
    return _patterns()[1]


_SPACE_GROUP = group(TokenKind.SPACE)


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The tokens of ``text[start:end]``, with offsets in ``text``.

    Every character of the slice is in exactly one token, so the tokens' texts join to
    the slice.  Any string is accepted; the scan is linear.
    """
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in token_pattern().finditer(text, start, end):
        spaces = m.group(_SPACE_GROUP)
        if spaces is not None:
            out.append(Token(TokenKind.SPACE, spaces, m.start(), m.start() + len(spaces)))
        k = m.lastindex or _SPACE_GROUP
        if k != _SPACE_GROUP:
            out.append(Token(KINDS[k - 1], m.group(k), m.start(k), m.end(k)))
    return tuple(out)


_ROMAN_RE = re.compile(
    r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\Z",
    re.IGNORECASE | re.ASCII,  # ASCII: "İ" would match "i" and then fail the table lookup
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_value(text: str) -> int | None:
    """The value of a well-formed roman numeral in one case (``xii``, ``XIV``; a final
    period allowed), or ``None`` (``IIII``, ``Xii``, ``vx``, ``""``)."""
    s = text.removesuffix(".")
    if not s or not (s.islower() or s.isupper()) or not _ROMAN_RE.match(s):
        return None
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total
