"""Helpers shared by the vocabulary parsers (no public API)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping

from comet.diagnostics import Diagnostic
from comet.locales import LocaleRules, fold

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
