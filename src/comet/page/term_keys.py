"""Whether a page may hold one of a lexicon's terms, read from the page's key (its runs of
letters, case-folded, computed once: :meth:`comet.page.evidence._Page.text_key`): a pre-test
in C before a case-insensitive search of the terms over the page's text or over its lines
(most pages hold none of a lexicon's terms, and a search ignoring case is not scanned for)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _WORD, _Page

__all__ = ["FOLD_UNSAFE", "lexicon_keys", "may_hold", "term_keys"]

#: the characters a case-insensitive search matches to a letter they do not fold to (``İ``
#: and ``ı`` match ``i``, ``I`` matches ``ı``; Python's tables have no others): a page or a
#: term holding one gets no pre-test
FOLD_UNSAFE = ("İ", "ı")


@functools.cache
def term_keys(terms: tuple[str, ...], *, joined: bool = True) -> tuple[str, ...] | None:
    """The case-folded runs of letters of each term, joined by spaces (``joined``), or its
    longest run alone; ``None`` where no pre-test is exact (a term with no letter, or with
    no letter beside its ``İ`` or ``ı``: a term holding one is keyed by its longest run
    between them). A search ignoring case finds a term only in a text whose key holds
    them: the letters it matches fold as the term's do, a run of the term lies inside one
    of the text's and the runs between are the text's own, one space apart in the key.
    Joined keys hold for a search of the page's text or of one line (a part of it); the
    longest run alone also for lines split where the page has no break (glued headings)."""
    out = set()
    for term in terms:
        runs = _WORD.findall(term.casefold())
        if any(c in term for c in FOLD_UNSAFE):
            # ('çalıştay': 'ı' matches 'i' and 'I', which fold to 'i'): the longest run of
            # letters between such letters (``ştay``), which the text's key holds all the same
            runs = [r for part in _UNSAFE.split(term) for r in _WORD.findall(part.casefold())]
            runs = [max(runs, key=len)] if runs else []
        if not runs:
            return None
        out.add(" ".join(runs) if joined else max(runs, key=len))
    return tuple(sorted(out))


#: a letter of :data:`FOLD_UNSAFE`
_UNSAFE = re.compile("[" + "".join(FOLD_UNSAFE) + "]")


def may_hold(page: _Page, keys: tuple[str, ...] | None) -> bool:
    """``False`` where the page's key holds none of ``keys`` (:func:`term_keys`): no search
    for their terms over the page's text or lines finds one. Read once per page and keys
    (several readers pre-test the same lexicon: a search of a long page's key for each of a
    lexicon's hundred keys costs about as much as a reader)."""
    if keys is None:
        return True
    return page.remember(("may-hold", keys), lambda: _holds_any(page, keys))


def _holds_any(page: _Page, keys: tuple[str, ...]) -> bool:
    if any(c in page.text for c in FOLD_UNSAFE):
        return True
    # (str.find in C, faster than one regex of the keys; a key of one run lies inside one of
    # the page's runs, looked for among its distinct runs: a shorter text)
    key = page.text_key()
    runs = page.remember(("distinct-runs", 0), lambda: " ".join(dict.fromkeys(key.split(" "))))
    single, several = _probes(keys)
    if any(map(runs.__contains__, single)):  # (the loop in C: a lexicon has hundreds)
        return True
    return any(r in runs and k in key for k, r in several)


@functools.cache
def _probes(keys: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """``keys`` but those holding another (a page's key holds the shorter wherever it holds
    the longer), split into keys of one run and keys of several, each of these with its
    longest run (the page's runs hold it wherever the page's key holds the key)."""
    kept = [k for k in keys if not any(other != k and other in k for other in keys)]
    single = tuple(k for k in kept if " " not in k)
    several = tuple((k, max(k.split(" "), key=len)) for k in kept if " " in k)
    return single, several


@functools.cache
def lexicon_keys(
    section: str, rules: tuple[_loc.LocaleRules, ...], key: str, *, joined: bool = True
) -> tuple[str, ...] | None:
    """:func:`term_keys` of the locales' ``[section].key`` terms (built once)."""
    return term_keys(_loc.terms_of(section, rules, key), joined=joined)
