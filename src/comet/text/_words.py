"""Word knowledge read from the locale files (``[words]``), cached per locale set."""

from __future__ import annotations

import functools

from comet.locales import LocaleRules, terms_of

__all__ = ["function_words"]


@functools.cache
def function_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded ``[words].function_words`` of ``locales`` (articles, pronouns, …)."""
    return frozenset(w.casefold() for w in terms_of("words", locales, "function_words"))
