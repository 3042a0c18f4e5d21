"""Name knowledge read from the locale files (``[person_names]``), as lookup tables."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import attrs

from comet.locales import LocaleRules, fold, merged_index

# ---------------------------------------------------------------------------
# Locale-derived tables


@attrs.frozen(eq=False)
class _Rules:
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> variants
    connectors: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    titles: frozenset[str]
    degrees: frozenset[str]
    org_words: frozenset[str]
    org_endings: tuple[tuple[int, frozenset[str]], ...]  # by length
    labels: frozenset[str]
    prefix_re: re.Pattern[str] | None
    prefix_keys: Mapping[str, tuple[str, ...]]


def _dotless(word: str) -> str:
    return word.replace(".", "")


def _variants(term: str) -> set[tuple[str, ...]]:
    words = tuple(fold(term).split())
    out = {words}
    letters = sum(len(_dotless(w)) for w in words)
    if len(words) > 1 or letters >= 3:
        dl = tuple(w for w in (_dotless(w) for w in words) if w)
        if dl:
            out.add(dl)
    if len(words) > 1:
        out.add(("".join(words),))
        out.add((".".join(w.rstrip(".") for w in words) + ".",))
    return out


def _by_length(endings: Iterable[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    table: dict[int, set[str]] = {}
    for e in endings:
        table.setdefault(len(e), set()).add(e)
    return tuple((n, frozenset(v)) for n, v in sorted(table.items()))


_PHRASE_KEYS = ("et_al", "editor", "editors", "translator")


@functools.cache
def _rules(locales: tuple[LocaleRules, ...]) -> _Rules:
    idx = merged_index("person_names", locales)

    def terms(key: str) -> list[str]:
        return [t for t, keys in idx.items() if key in keys]

    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in _PHRASE_KEYS:
        for term in terms(key):
            for var in _variants(term):
                table.setdefault(var[0], []).append((var, key))
    phrases = {k: tuple(sorted(set(v), key=lambda x: -len(x[0]))) for k, v in table.items()}
    org = terms("organisation_words")
    prefix_terms = [t for t in idx if set(idx[t]) & {"author", "editor", "editors", "translator"}]
    prefix_re = None
    if prefix_terms:
        alt = "|".join(re.escape(t) for t in sorted(prefix_terms, key=len, reverse=True))
        prefix_re = re.compile(
            rf"\s*+(?P<term>{alt})(?!\w)(?:\s*+\(s\))?\s*+(?P<colon>:)?\s*+", re.I
        )
    return _Rules(
        phrases=phrases,
        connectors=frozenset(terms("and")),
        particles=frozenset(t for t in terms("particles") if " " not in t),
        suffixes=frozenset(t.rstrip(".") for t in terms("suffixes")),
        titles=frozenset(t.rstrip(".") for t in terms("titles")),
        degrees=frozenset(t.replace(" ", "") for t in terms("degrees")),
        org_words=frozenset(t.rstrip(".") for t in org if not t.startswith("-")),
        org_endings=_by_length(t[1:] for t in org if t.startswith("-")),
        labels=frozenset(terms("author")),
        prefix_re=prefix_re,
        prefix_keys={t: idx[t] for t in prefix_terms},
    )
