"""A lexicon's terms for a search that ignores case, written in lower case: the same matches,
and an alternation the trie of :func:`comet.locales.alternation` can factor.

The locales list a term in the cases it is printed in (``Symposium`` and ``symposium``,
``Forum`` and ``forum``). Under ``re.I`` both match the same texts, but the trie keeps the
branches of two first letters that are one letter under ``re.I`` unfactored, in the flat
order: a search then tries dozens of branches at each word's start. Under ``re.I`` the
regex engine compiles a letter as its lower case (:func:`_sre.unicode_tolower`), so a term
whose letters are put in lower case one by one matches the same texts; terms that become one
are kept once (tests/test_speed_equivalence27.py checks every letter whose lower case is one
character)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

__all__ = ["caseless"]


@functools.cache
def _lower(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c  # ('İ' lowers to two characters: kept as it is)


def caseless(terms: Iterable[str]) -> tuple[str, ...]:
    """``terms`` with each letter in lower case (one character at a time, a letter whose
    lower case is two characters left as it is), each once, sorted: for an alternation
    searched with ``re.I`` only (it matches what the terms as printed match)."""
    return tuple(sorted({"".join(map(_lower, t)) for t in terms}))
