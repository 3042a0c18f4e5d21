"""The tokens of an author list: words classed as initials, capitalised, upper-case,
particles or lower-case words; numbers; punctuation (produced lazily)."""

from __future__ import annotations

import re

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.references import tuning
from comet.references._lexicon import Lexicon

_TOKEN = re.compile(
    r"(?P<w>[^\W\d_][^\s\d,;:()\[\]{}\"“”„«»&/|]{0,60})"
    r"|(?P<n>\d[\w.]{0,20}(?:[-–—]\d{1,6})?)"
    r"|(?P<p>[,;:()\[\]{}&/|\"“”„«»‘’'])"
    r"|(?P<o>\S)"
)
_UPPER_INITIALS = re.compile(r"(?:[^\W\d_a-zß-ÿ](?:\.\s?|\.?-|\Z)){1,4}\Z")
_ABBREV_GIVEN = re.compile(r"[^\W\d_a-zß-ÿ][a-zß-ÿ]\.\Z")
_BARE_INITIALS = re.compile(r"[^\W\d_a-zß-ÿ]{1,3}\Z|[^\W\d_a-zß-ÿ]-[^\W\d_a-zß-ÿ]\Z")
_YEARISH = re.compile(rf"{CITATION_YEAR_PATTERN}[a-z]?\Z")
_MAX_TOKENS = tuning.MAX_TOKENS

# token kinds
_WORD, _NUM, _PUNCT, _OTHER = 0, 1, 2, 3
# word classes
_INIT, _CAP, _UPPER, _PART, _LOWER = 1, 2, 3, 4, 5


class _Tok:
    __slots__ = ("cls", "dotted", "end", "kind", "start", "text")

    def __init__(self, kind: int, text: str, start: int, end: int) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.dotted = text.endswith(".")
        self.cls = 0


def _classify(tok: _Tok, lex: Lexicon) -> int:
    text = tok.text
    if _UPPER_INITIALS.match(text) and ("." in text or len(text) == 1):
        return _INIT
    if _ABBREV_GIVEN.match(text):
        return _INIT
    core = text.rstrip(".")
    if 1 <= len(core) <= 3 and core.isupper() and core.isalpha():
        return _INIT  # Vancouver initials: "DA", "JW", "S"
    low = core.casefold()
    if low in lex.particles or low in ("d'", "d’"):
        return _PART
    first = core[:1]
    if first.islower():
        if len(core) > 2 and core[1] in "'’" and core[2:3].isupper():
            return _CAP  # d'Alembert, l’Estrange
        return _LOWER
    if _BARE_INITIALS.match(core):
        return _INIT
    if core.isupper():
        return _UPPER
    if first.isupper() or not first.isalpha() or first.lower() == first.upper():
        # capitalised, or a letter without case (CJK, Hangul…)
        return (
            _CAP if core.replace("-", "").replace("'", "").replace("’", "").isalpha() else _OTHERW
        )
    return _LOWER


_KINDS = {"w": _WORD, "n": _NUM, "p": _PUNCT, "o": _OTHER}
_OTHERW = 6


class _Tokens:
    """Tokens of ``text``, produced lazily (an author list rarely needs them all)."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.it = _TOKEN.finditer(text)
        self.toks: list[_Tok] = []
        self.lex = lex
        self.done = False

    def get(self, i: int) -> _Tok | None:
        toks = self.toks
        if i < len(toks):
            return toks[i] if i >= 0 else None
        return self._more(i)

    def _more(self, i: int) -> _Tok | None:
        while i >= len(self.toks) and not self.done:
            if len(self.toks) >= _MAX_TOKENS:
                self.done = True
                break
            m = next(self.it, None)
            if m is None:
                self.done = True
                break
            text = m.group()
            if text == "*":
                continue
            start, end = m.span()
            tok = _Tok(_KINDS[m.lastgroup or "o"], text, start, end)
            if tok.kind == _WORD:
                tok.cls = _classify(tok, self.lex)
            self.toks.append(tok)
        return self.toks[i] if i < len(self.toks) else None


def _tokens(text: str, lex: Lexicon) -> list[_Tok]:
    t = _Tokens(text, lex)
    t.get(_MAX_TOKENS)
    return t.toks
