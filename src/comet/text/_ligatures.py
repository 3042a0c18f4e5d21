"""Re-join words that PDF text extraction split after a ligature glyph.

A font that draws ``fi`` (or ``ff``, ``fl``, ``ffi``, ``ffl``, ``Th``) as one
glyph often comes out of a PDF as ``fi nancial``, ``confi rm``, ``eff ect``,
``Th e``.  The split always sits *right after* the ligature letters, so a
candidate is ``X Y`` where ``X`` ends in a ligature sequence and ``Y`` starts
with a lower-case letter.  Whether to join is decided from evidence, not from a
dictionary:

1. ``X`` *is* the ligature (``fi nancial``, ``a fi ne day``, ``fl ow``,
   ``Th e`` — for ``Th`` only when ``Y`` starts with a vowel, ``y`` or ``r``):
   these are never words, so join.
2. The joined word ``XY`` occurs elsewhere in the same text: join.
3. ``X`` is lower-case, not a function word, and no word ends like it: it ends
   in ``ffi``, ``ffl`` or ``fl``, or in ``fi`` with 5+ letters and not in
   ``-afi``/``-ofi`` (``effi cient``, ``confi rm``, ``signifi cant``): join.
4. Otherwise join only if ``X`` is not a function word (``[words]`` in the
   locale files), neither part occurs elsewhere in the text on its own, and
   the text shows other ligature damage (a repair by rules 1–3) or ``Y`` is at
   most two letters (``profi t``, ``defi ne``).
   For ``ff`` (where real words end: *staff*, *cliff*) ``X`` must be at most
   four letters and ``Y`` must start with a vowel (``eff ect``, ``diff erent``);
   after ``ff`` and after ``-afi``/``-ofi`` (*filosofi*, *biografi*) ``Y`` must
   not be a function word either.

``of fice`` is never a candidate (``of`` does not end in a ligature), and
``if I`` is not either (``I`` is upper-case).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from comet.diagnostics import Severity
from comet.text._edits import Stage

__all__ = ["ligature_stage"]

# the ligature letters and the space after them; the word is then read outwards
_ANCHOR = re.compile(r"(?:ffi|ffl|ff|fi|fl|Th) (?=[^\W\d_])")
_RIGHT = re.compile(r"[^\W\d_]++(?![\d_])")
_NOT_BEFORE = frozenset("'’-_")
_LETTERS = re.compile(r"[^\W\d_]+")
_LIGATURES = ("ffi", "ffl", "ff", "fi", "fl")
_BARE = frozenset(_LIGATURES)
_TH_NEXT = frozenset("aeiouyr")
# "-grafi", "-sofi", "Profi": real words end like this, so a function word after them is
# taken as a separate word ("filosofi og").  Other "fi"/"fl"/"ffi"/"ffl" endings are not
# word endings, and short function-word-like fragments ("offi ce", "defi ne") still join.
_REAL_FI = ("afi", "ofi")
_VOWELS = frozenset("aeiouyàáâäåæéèêëíìîïóòôöøúùûüý")


def _never_final(x: str, lig: str) -> bool:
    """``True`` when no word ends like ``x``: ``-ffi``, ``-ffl``, ``-fl``, or ``-fi`` in 5+ letters
    other than ``-afi``/``-ofi`` (``confi``, ``signifi``, ``effi``; not ``wifi``, ``filosofi``)."""
    if lig in {"ffi", "ffl", "fl"}:
        return True
    return lig == "fi" and len(x) >= 5 and not x.endswith(_REAL_FI)


def _ligature_of(x: str) -> str:
    for lig in _LIGATURES:
        if x.endswith(lig):
            return lig
    return "Th"


def ligature_stage(text: str, function_words: frozenset[str]) -> Stage:
    """Find and join ligature splits in ``text`` (see the module docstring)."""
    st = Stage(text)
    found = list(_candidates(text))
    if not found:
        return st
    sure: list[_Split] = []
    maybe: list[_Split] = []
    rest: list[_Split] = []
    for m in found:
        if m.x == "Th":
            if m.y[0] in _TH_NEXT:
                sure.append(m)
        elif m.x in _BARE:
            sure.append(m)
        else:
            rest.append(m)
    if rest:
        # the runs of letters of the folded text that the pairs ask about, counted (each
        # word's bounded occurrences: not every run of the text, most of them never asked)
        folded = text.casefold()
        asked = {w for m in rest for w in (m.x.casefold(), m.y.casefold())}
        asked.update(m.x.casefold() + m.y.casefold() for m in rest)
        counts = Counter({w: _runs_of(folded, w) for w in asked})
        in_pairs: Counter[str] = Counter()
        for m in found:
            in_pairs[m.x.casefold()] += 1
            in_pairs[m.y.casefold()] += 1
    for m in rest:
        x, y = m.x, m.y
        xf, yf = x.casefold(), y.casefold()
        if counts[xf + yf] > 0:
            sure.append(m)
            continue
        lig = _ligature_of(x)
        if xf in function_words:
            continue
        if x[0].islower() and _never_final(x, lig):
            sure.append(m)
            continue
        if yf in function_words and (lig == "ff" or xf.endswith(_REAL_FI)):
            continue
        if counts[xf] > in_pairs[xf] or counts[yf] > in_pairs[yf]:
            continue
        if lig == "ff" and (len(x) > 4 or y[0] not in _VOWELS):
            continue
        maybe.append(m)
    damaged = bool(sure)
    chosen = sure + [m for m in maybe if damaged or len(m.y) <= 2]
    chosen.sort(key=lambda m: m.start)
    for m in chosen:
        sp = m.start + len(m.x)
        st.replace(
            sp, sp + 1, "", "repaired-ligature",
            f"joined ligature split {m.x + ' ' + m.y!r} → {m.x + m.y!r}",
            Severity.WARNING, span=(m.start, sp + 1 + len(m.y)),
        )  # fmt: skip
    return st


_LETTER = re.compile(r"[^\W\d_]")


def _runs_of(folded: str, word: str) -> int:
    r"""How many runs of letters of ``folded`` (``[^\W\d_]+``) are ``word``: its
    occurrences with no letter before or after them (two such never overlap)."""
    if not _LETTERS.fullmatch(word):
        return 0  # (a run holds letters only)
    n, size, end = 0, len(word), len(folded)
    at = folded.find(word)
    while at >= 0:
        after = at + size
        if (at == 0 or _LETTER.match(folded, at - 1) is None) and (
            after == end or _LETTER.match(folded, after) is None
        ):
            n += 1
        at = folded.find(word, at + 1)
    return n


class _Split(NamedTuple):
    start: int
    x: str
    y: str


def _candidates(text: str) -> Iterator[_Split]:
    """``X Y`` pairs where ``X`` ends in ligature letters and ``Y`` starts lower-case."""
    for m in _ANCHOR.finditer(text):
        sp = m.end() - 1
        start = m.start()
        if text[start] != "T":
            while start > 0 and text[start - 1].isalpha():
                start -= 1
        if start > 0:
            before = text[start - 1]
            if before.isalnum() or before in _NOT_BEFORE:
                continue
        right = _RIGHT.match(text, sp + 1)
        if right is None or not right.group()[0].islower():
            continue
        yield _Split(start, text[start:sp], right.group())
