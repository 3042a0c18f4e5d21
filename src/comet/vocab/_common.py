"""Helpers shared by the vocabulary parsers (no public API)."""

from __future__ import annotations

import functools
import itertools
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ParseError
from comet.locales import LocaleRules, fold
from comet.records import Parsed

T = TypeVar("T")

#: Brackets and quotes a value may be wrapped in: ``(forthcoming)``, ``"Udgivet"``.
_WRAP = {"(": ")", "[": "]", "{": "}", '"': '"', "“": "”", "‘": "’", "«": "»", "'": "'"}
_TRAIL_CHARS = frozenset(".,;:")


def loose(term: str) -> str:
    """A forgiving lookup key: casefolded letters and digits only (``E-pub`` = ``epub``)."""
    return "".join(ch for ch in fold(term) if ch.isalnum())


@functools.cache
def loose_index(section: str, locales: tuple[LocaleRules, ...]) -> Mapping[str, tuple[str, ...]]:
    """``loose(term) -> (key, …)`` over ``section`` of ``locales``."""
    out: dict[str, list[str]] = {}
    for rules in locales:
        for key, terms in rules.sections.get(section, {}).items():
            for term in terms:
                keys = out.setdefault(loose(term), [])
                if key not in keys:
                    keys.append(key)
    return {t: tuple(k) for t, k in out.items() if t}


def normalize(text: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """NFC-normalise ``text``; report it when that changed anything."""
    nfc = unicodedata.normalize("NFC", text)
    if nfc == text:
        return text, ()
    return nfc, (Diagnostic("normalized-unicode", "normalised the text to NFC", None),)


def _nfc_offsets(text: str) -> Callable[[int, bool], int]:
    """Map offsets in ``NFC(text)`` back to ``text``.

    The text is cut before every ASCII character (NFC never composes an ASCII
    character with what precedes it), so each piece normalises on its own; inside a
    piece NFC changed, a start maps to the piece's start and an end to its end.
    """
    cuts = [0, *(i for i in range(1, len(text)) if text[i] < "\x80"), len(text)]
    raw_starts: list[int] = []
    norm_starts: list[int] = []
    same: list[bool] = []
    pos = 0
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        nfc = unicodedata.normalize("NFC", piece)
        raw_starts.append(a)
        norm_starts.append(pos)
        same.append(nfc == piece)
        pos += len(nfc)

    def to_raw(offset: int, end: bool) -> int:
        k = max(bisect_right(norm_starts, offset) - 1, 0)
        if end and k > 0 and offset == norm_starts[k]:
            k -= 1  # an end at a piece boundary closes the piece before it
        lo = raw_starts[k]
        hi = raw_starts[k + 1] if k + 1 < len(raw_starts) else len(text)
        if same[k]:
            return min(lo + offset - norm_starts[k], hi)
        return hi if end and offset > norm_starts[k] else lo

    return to_raw


def raw_spans(impl: Callable[[str], Parsed[T]]) -> Callable[[str], Parsed[T]]:
    """Run ``impl`` (which works on ``NFC(text)``) and map every span back to ``text``.

    Diagnostics must index the parser's input; NFC can make the text longer
    (``\u095b``) or shorter (``e\u0301``).
    """

    def wrapped(text: str) -> Parsed[T]:
        result = impl(text)
        if unicodedata.is_normalized("NFC", text):
            return result
        to_raw = _nfc_offsets(text)

        def fix(d: Diagnostic) -> Diagnostic:
            if d.span is None:
                return d
            start = to_raw(d.span[0], False)
            return attrs.evolve(d, span=(start, max(start, to_raw(d.span[1], True))))

        diags = tuple(fix(d) for d in result.diagnostics)
        value: Any = result.value
        if value is not None and attrs.has(type(value)) and hasattr(value, "diagnostics"):
            value = attrs.evolve(value, diagnostics=tuple(fix(d) for d in value.diagnostics))
        err = result.error
        if err is not None:
            start = to_raw(err.start, False)
            err = ParseError(err.message, code=err.code, input=text, start=start,
                             end=max(start, to_raw(err.end, True)))  # fmt: skip
        return Parsed(value, diags, result.input, err)

    return wrapped


def trim(text: str, start: int, end: int) -> tuple[int, int, tuple[Diagnostic, ...]]:
    """Shrink ``text[start:end]`` past whitespace, trailing ``.,;:`` and wrapping brackets.

    Returns the new span and a ``removed-punctuation`` diagnostic when
    something other than whitespace was cut.
    """
    diags: list[Diagnostic] = []
    for _ in range(4):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        cut = end
        while cut > start and (text[cut - 1] in _TRAIL_CHARS or text[cut - 1].isspace()):
            cut -= 1
        if start < cut < end:
            diags.append(
                Diagnostic("removed-punctuation", "removed trailing punctuation", (cut, end))
            )
            end = cut
            continue
        if end - start >= 2 and _WRAP.get(text[start]) == text[end - 1]:
            diags.append(
                Diagnostic("removed-punctuation", "removed the surrounding brackets", (start, end))
            )
            start, end = start + 1, end - 1
            continue
        break
    return start, end, tuple(diags)
