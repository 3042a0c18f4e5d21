"""Word knowledge read from the locale files (``[words]``), cached per locale set."""

from __future__ import annotations

import functools

from comet.locales import LocaleRules, terms_of

__all__ = ["abbreviations", "function_words"]


@functools.cache
def function_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded ``[words].function_words`` of ``locales`` (articles, pronouns, …)."""
    return frozenset(w.casefold() for w in terms_of("words", locales, "function_words"))


@functools.cache
def abbreviations(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded ``[words].abbreviations`` of ``locales``, without their full stop.

    Words written with a full stop that ends no sentence (``approx.``, ``vgl.``,
    ``env.``, ``изд.``): the spam pass reads no sentence end after them.
    """
    return frozenset(w.casefold().rstrip(".") for w in terms_of("words", locales, "abbreviations"))
