"""Word knowledge read from the locale files (``[words]``), cached per locale set."""

from __future__ import annotations

import functools

from comet.locales import LocaleRules, casefolded_terms, terms_of

__all__ = ["abbreviations", "and_words", "closed_class", "function_words", "particles"]


@functools.cache
def function_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded ``[words].function_words`` of ``locales`` (articles, pronouns, …)."""
    return casefolded_terms("words", locales, "function_words")


@functools.cache
def particles(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded ``[person_names].particles`` of ``locales`` (``de``, ``van der``, ``ibn``)."""
    return casefolded_terms("person_names", locales, "particles")


@functools.cache
def closed_class(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Function words and name particles of ``locales``, casefolded: the small words a
    title, a name or a publisher's name may hold in lower case."""
    return function_words(locales) | particles(locales)


@functools.cache
def and_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded words joining two names, ``[person_names].and`` (*and, og, und*)."""
    return casefolded_terms("person_names", locales, "and")


@functools.cache
def abbreviations(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Casefolded words with a full stop of ``locales``, without it: ``[words].abbreviations``
    and the dotted words the locales hold elsewhere (personal titles, locator words, month
    abbreviations), so no list repeats another.

    Words written with a full stop that ends no sentence (``approx.``, ``vgl.``,
    ``env.``, ``изд.``): the spam pass reads no sentence end after them.
    """
    dotted = [
        *terms_of("words", locales, "abbreviations"),
        *terms_of("person_names", locales, "titles"),  # ``Prof.``, ``акад.``
        *terms_of("person_names", locales, "given_name_titles"),
        *terms_of("locator", locales),  # ``Vol.``, ``вып.``
        *terms_of("months", locales),  # ``Sept.``, ``янв.``
    ]
    folded = (w.casefold().rstrip(".") for w in dotted if w.endswith("."))
    return frozenset(w for w in folded if w)
