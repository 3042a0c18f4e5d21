"""Boilerplate phrases from the locale files (``[boilerplate]``), compiled to one regex.

Phrase syntax (documented in ``docs/text.md`` and ``docs/locales.md``):

* matching ignores case and needs a word boundary at both ends (a lower-case
  letter glued to an upper-case one counts as a boundary: ``StudiesThere are…``);
* a space matches any run of whitespace, line breaks included (so the heading
  ``Fingerprint`` on the line before the Pure sentence is part of the phrase);
* any quote matches any quote (``'`` ``‘`` ``’`` …; ``"`` ``“`` ``”`` ``„`` ``«`` ``»``),
  any dash any dash;
* ``{…}`` (or ``{...}``) is a wildcard: 1–500 characters within one line;
* a final ``.`` is optional.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from comet.locales import LocaleRules, terms_of

__all__ = ["LINK_TEXT_GROUP", "PhraseTable", "compile_phrase", "find_phrases", "phrase_table"]

#: Pseudo-group that selects the reference link text of ``[references].link_text``.
LINK_TEXT_GROUP = "link_text"

_FIRST_WORD = re.compile(r"\w+")
_WILDCARD = re.compile(r"\{(?:…|\.\.\.)\}")
_SQUOTES = "'‘’‚‛′"
_DQUOTES = '"“”„‟«»'
_DASHES = "-‐‑‒–—―"
_QUOTE_OR_WILD = frozenset(_SQUOTES + _DQUOTES) | {"\0"}


def compile_phrase(phrase: str) -> str:
    """The regex source for one boilerplate phrase (no capturing groups)."""
    # mark wildcards with NUL so the character loop sees them as one token
    src = _WILDCARD.sub("\0", phrase.strip())
    optional_dot = src.endswith(".")
    if optional_dot:
        src = src[:-1]
    out: list[str] = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            j = i
            while j < n and src[j].isspace():
                j += 1
            before = src[i - 1] if i else ""
            after = src[j] if j < n else ""
            loose = before in _QUOTE_OR_WILD or after in _QUOTE_OR_WILD
            out.append(r"\s*+" if loose else r"\s++")
            i = j
            continue
        if c == "\0":
            out.append(r"[^\n]{1,500}?")
        elif c in _SQUOTES:
            out.append(f"[{re.escape(_SQUOTES)}]")
        elif c in _DQUOTES:
            out.append(f"[{re.escape(_DQUOTES)}]")
        elif c in _DASHES:
            out.append(f"[{re.escape(_DASHES)}]")
        else:
            out.append(re.escape(c))
        i += 1
    if optional_dot:
        out.append(r"\.?+")
    return "".join(out)


def _group_terms(
    locales: tuple[LocaleRules, ...], groups: frozenset[str] | None
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    keys: dict[str, None] = {}
    for rules in locales:
        for key in rules.keys("boilerplate"):
            keys.setdefault(key, None)
    for key in keys:
        if groups is None or key in groups:
            pairs.extend((key, t) for t in terms_of("boilerplate", locales, key))
    if groups is not None and LINK_TEXT_GROUP in groups:
        # only multi-word link text: single words ("Abstract", "PDF") are too often data
        pairs.extend(
            (LINK_TEXT_GROUP, t)
            for t in terms_of("references", locales, "link_text")
            if len(t.split()) >= 2
        )
    return pairs


@attrs.frozen
class PhraseTable:
    """Compiled phrases: by case-folded first word, plus the few that start otherwise."""

    #: lower-cased first word -> (the words of each phrase, for quick ``in`` tests; the
    #: phrases; their group names; a regex finding the first word -- boundaries are checked
    #: afterwards, so glued text like ``StudiesThere are…`` is found)
    by_word: Mapping[
        str, tuple[tuple[tuple[str, ...], ...], re.Pattern[str], tuple[str, ...], re.Pattern[str]]
    ]
    other: tuple[re.Pattern[str], tuple[str, ...]] | None


def _needles(term: str) -> tuple[str, ...]:
    """The lower-cased words of ``term`` (3+ letters, longest first) for quick ``in`` tests."""
    words = {w.lower() for w in _FIRST_WORD.findall(_WILDCARD.sub(" ", term)) if len(w) >= 3}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _alternation(
    items: list[tuple[str, str, str]],
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    items = sorted(items, key=lambda it: -len(it[2]))
    pattern = "|".join(f"({src})" for src, _, _ in items)
    return re.compile(pattern, re.IGNORECASE), tuple(key for _, key, _ in items)


@functools.cache
def phrase_table(locales: tuple[LocaleRules, ...], groups: frozenset[str] | None) -> PhraseTable:
    """The phrases of ``groups`` (``None``: all) in ``locales``, compiled once."""
    seen: dict[str, tuple[str, str]] = {}
    for key, term in _group_terms(locales, groups):
        seen.setdefault(compile_phrase(term), (key, term))
    by_word: dict[str, list[tuple[str, str, str]]] = {}
    other: list[tuple[str, str, str]] = []
    for src, (key, term) in seen.items():
        first = _FIRST_WORD.match(term)
        if first is None:
            other.append((src, key, term))
        else:
            by_word.setdefault(first.group().lower(), []).append((src, key, term))
    return PhraseTable(
        by_word={
            w: (
                tuple(_needles(term) for _, _, term in items),
                *_alternation(items),
                re.compile(re.escape(w), re.IGNORECASE),
            )
            for w, items in by_word.items()
        },
        other=_alternation(other) if other else None,
    )


def _boundary(text: str, start: int, end: int) -> bool:
    if start > 0:
        a, b = text[start - 1], text[start]
        if a.isalnum() and b.isalnum() and not (a.islower() and b.isupper()):
            return False
    if end < len(text):
        a, b = text[end - 1], text[end]
        if a.isalnum() and b.isalnum() and not (a.islower() and b.isupper()):
            return False
    return True


def _occurrences(lowered: str, word: str) -> list[int]:
    """Where ``word`` stands in ``lowered``, each found after the end of the one before."""
    out, at = [], lowered.find(word)
    while at >= 0:
        out.append(at)
        at = lowered.find(word, at + len(word))
    return out


def find_phrases(
    text: str, locales: tuple[LocaleRules, ...], groups: frozenset[str] | None
) -> list[tuple[int, int, str]]:
    """``(start, end, group)`` of every boilerplate phrase in ``text``, in order."""
    table = phrase_table(locales, groups)
    hits: list[tuple[int, int, str]] = []
    if table.by_word:
        lowered = text.lower()
        # (an ASCII word is found in the lower-cased text, not by a case-blind regex, where
        # both match the same places: the lower case changed no length, and no dotless i or
        # long s stands in the text, the letters the regex also matches to 'i' and 's')
        plain = len(lowered) == len(text) and "ı" not in text and "ſ" not in text
        for first, (needles, rx, names, anchor) in table.by_word.items():
            if first not in lowered or not any(
                all(n in lowered for n in words) for words in needles
            ):
                continue
            starts = (
                _occurrences(lowered, first)
                if plain and first.isascii()
                else [w.start() for w in anchor.finditer(text)]
            )
            for start in starts:
                m = rx.match(text, start)
                if m is not None and _boundary(text, m.start(), m.end()):
                    hits.append((m.start(), m.end(), names[(m.lastindex or 1) - 1]))
    if table.other is not None:
        rx, names = table.other
        for m in rx.finditer(text):
            if m.end() > m.start() and _boundary(text, m.start(), m.end()):
                hits.append((m.start(), m.end(), names[(m.lastindex or 1) - 1]))
    hits.sort()
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if not out or h[0] >= out[-1][1]:
            out.append(h)
    return out
