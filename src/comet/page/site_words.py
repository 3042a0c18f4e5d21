"""The locales' words a site's pages print about the site itself, as patterns: a word list
as one pattern, the rights clause closing a copyright notice, the words of a company's or an
institution's name, a platform's or a designer's credit. Read by
:mod:`comet.page.periodicals`; split from it (verbatim)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet import locales as _loc

__all__ = ["_company_words", "_credit", "_credit_words", "_rights_reserved", "_words_pattern"]


def _words_pattern(terms: Sequence[str], flags: int = 0) -> re.Pattern[str] | None:
    """``terms`` as whole words, and the entries with a leading ``-`` as the end of a
    compound word (``-zeitung``, ``-instituttet``; any case); ``None`` for no terms."""
    whole = [t for t in terms if not t.startswith("-")]
    ends = [t[1:] for t in terms if t.startswith("-") and len(t) > 2]
    parts = []
    if whole:
        parts.append(rf"(?<!\w)(?:{_loc.alternation(whole)})(?!\w)")
    if ends:  # 'Volkszeitung', 'VerfBlog'
        parts.append(rf"(?<=[^\W\d_])(?i:{_loc.alternation(ends)})(?!\w)")
    return re.compile("|".join(parts), flags) if parts else None


@functools.cache
def _rights_reserved(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """The rights clause a copyright notice closes with (``, All Rights Reserved``,
    ``Todos os direitos reservados``: the locales' ``[words].copyright_words`` that are
    phrases), cut from the holder."""
    terms = [t for t in _loc.terms_of("words", rules, "copyright_words") if " " in t]
    alt = _loc.alternation(terms) if terms else "(?!)"
    return re.compile(rf"[,.]?\s*(?:{alt})\b.*$", re.I)


@functools.cache
def _company_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A word of a company's or an institution's name (the locales'
    ``[periodicals].company_words``, *Media*, *Network*, *Verlag*, and the words of any
    organisation's name, ``[person_names].organisation_words``, *Group*, *University*,
    *Grupo*, ``-instituttet``): a copyright holder with one is the site's owner, not the
    site. The organisation words that only qualify a name (``[words].organisation_modifiers``:
    *National*, *World*) are none here: ``National Review``, ``Rest of World``."""
    modifiers = _loc.casefolded_terms("words", rules, "organisation_modifiers")
    terms = {
        t.casefold(): t
        for t in (
            *_loc.terms_of("periodicals", rules, "company_words"),
            *_loc.terms_of("person_names", rules, "organisation_words"),
        )
        if t.casefold() not in modifiers  # 'National Review', 'Rest of World': a name's
    }
    return _words_pattern(tuple(terms.values()), re.I)


@functools.cache
def _credit_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("periodicals", rules, "credit_words")
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I) if terms else None


def _credit(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` holds a platform's or a designer's credit (the locales'
    ``[periodicals].credit_words``: *powered by*, *theme by*, *propulsé par*)."""
    pattern = _credit_words(rules)
    return pattern is not None and pattern.search(text) is not None
