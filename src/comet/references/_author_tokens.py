"""The tokens of an author list: words classed as initials, capitalised, upper-case,
particles or lower-case words; numbers; punctuation (produced lazily)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.references import tuning
from comet.references._lexicon import Lexicon
from comet.tokens import TokenKind, group, token_pattern

#: punctuation read as its own token (``p``); any other lone character is ``o``
_PUNCT_CHARS = frozenset(",;:()[]{}&/|\"“”„«»‘’'")
#: punctuation that ends a word (besides spaces and digits): a word runs through dots,
#: hyphens and apostrophes (``J.-M.``, ``O’Brien``)
_WORD_STOPS = frozenset(',;:()[]{}"“”„«»&/|')
#: the dashes of a number range glued to a number (``1998–2001``)
_RANGE_DASHES = frozenset("-–—")
#: the longest word, number and range end read as one token (longer runs are cut)
_MAX_WORD, _MAX_NUMBER, _MAX_RANGE_END = 61, 21, 6
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
# the group numbers of the kinds of comet.tokens
_T_WORD, _T_NUMBER, _T_SPACE, _T_PUNCT = (
    group(TokenKind.WORD),
    group(TokenKind.NUMBER),
    group(TokenKind.SPACE),
    group(TokenKind.PUNCT),
)


def _pieces(text: str) -> Iterator[tuple[str, int, int]]:
    """``(kind, start, end)`` of the author-list tokens of ``text``: the shared tokens
    (:mod:`comet.tokens`) glued into words (``w``: a letter, then anything but spaces,
    digits and :data:`_WORD_STOPS`), numbers (``n``: digits, then letters, digits, ``.``
    and ``_``, and a range end ``–2001``), punctuation (``p``) and other characters (``o``);
    spaces are left out.  A run longer than its ``_MAX_*`` is cut, and the scan goes on
    from the cut."""
    pattern = token_pattern()
    t_word, t_number, t_space, t_punct = _T_WORD, _T_NUMBER, _T_SPACE, _T_PUNCT
    stops = _WORD_STOPS
    at = 0
    while at >= 0:
        cur = ""  # the token being glued: "w" a word, "n" a number, "-" a number and a dash
        start = end = dash = 0
        cut = -1  # where the scan goes on after a cut (-1: no cut)
        for m in chain(pattern.finditer(text, at), _END):
            k = m.lastindex or t_space  # one match a token, with the spaces before it
            s, e = m.span(k) if k != t_space else (-1, -1)
            if cur and s != end:
                end, cut = _close(cur, start, end, dash)  # a space ends a glued token
                yield ("w" if cur == "w" else "n"), start, end
                if cut >= 0:
                    break
                cur = ""
            if k == t_space:
                continue
            if cur:
                if cur == "w":
                    if k != t_number and (k != t_punct or m.group(k) not in stops):
                        end = e
                        continue
                    end, cut = _close(cur, start, end, dash)
                elif cur == "n":
                    if k in (t_word, t_number) or (k == t_punct and m.group(k) in "._"):
                        word = m.group(k)
                        if k != t_word or word.isalnum():
                            end = e
                            continue
                        # a combining mark ends a number ('3é' written with one)
                        cut = end = s + next(i for i, c in enumerate(word) if not c.isalnum())
                    elif m.group(k) in _RANGE_DASHES and end - start <= _MAX_NUMBER:
                        cur, dash, end = "-", s, e
                        continue
                    else:
                        end, cut = _close(cur, start, end, dash)
                elif k == t_number:  # a number, a dash and a number: '1998–2001'
                    end = e
                    if e - s > _MAX_RANGE_END:
                        cut = end = s + _MAX_RANGE_END
                else:
                    end, cut = _close(cur, start, end, dash)
                yield ("w" if cur == "w" else "n"), start, end
                if cut >= 0:
                    break
                cur = ""
                if k == t_number and e == end:
                    continue  # the range end read above
            start, end = s, e
            if k == t_word:
                cur = "w"
            elif k == t_number:
                cur = "n"
            else:  # one character a token: a dash, a mark, punctuation
                for i in range(s, e):
                    yield ("p" if text[i] in _PUNCT_CHARS else "o"), i, i + 1
        at = cut


def _close(cur: str, start: int, end: int, dash: int) -> tuple[int, int]:
    """``(end, cut)`` of the token being glued when the next token does not continue it:
    a word or a number longer than its maximum is cut (``cut`` is where the scan goes
    on, -1 without a cut); after a number and a dash, the dash is a token of its own."""
    if cur == "-":
        return dash, dash
    longest = _MAX_WORD if cur == "w" else _MAX_NUMBER
    return (start + longest, start + longest) if end - start > longest else (end, -1)


def _end_match() -> re.Match[str]:
    m = re.match("", "")
    assert m is not None
    return m


#: the end of a scan: a match of no group, read as a space
_END = (_end_match(),)


_OTHERW = 6


class _Tokens:
    """Tokens of ``text``, produced lazily (an author list rarely needs them all)."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.it = _pieces(text)
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
            piece = next(self.it, None)
            if piece is None:
                self.done = True
                break
            kind, start, end = piece
            text = self.text[start:end]
            if text == "*":
                continue
            tok = _Tok(_KINDS[kind], text, start, end)
            if tok.kind == _WORD:
                tok.cls = _classify(tok, self.lex)
            self.toks.append(tok)
        return self.toks[i] if i < len(self.toks) else None


def _tokens(text: str, lex: Lexicon) -> list[_Tok]:
    t = _Tokens(text, lex)
    t.get(_MAX_TOKENS)
    return t.toks
