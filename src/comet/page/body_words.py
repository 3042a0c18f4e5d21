"""The words of a publisher's or a body's name in the locales (``Press``, ``Society``,
``Verlag``; compounds ending in one, ``Moorverlag``; heads opening one, ``Éditions``): the
imprint readers' lexicon (moved from ``comet.page.imprint``)."""

from __future__ import annotations

import functools

from comet import locales as _loc


@functools.cache
def _publisher_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of a publisher's or a body's name (``Press``, ``Society``)."""
    words = (*_loc.terms_of("references", rules, "publisher_words"),
             *_loc.terms_of("person_names", rules, "organisation_words"))  # fmt: skip
    return frozenset(w.casefold() for w in words) | _publisher_heads(rules)


@functools.cache
def _publisher_endings(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' endings of a compound publisher's or body's name (``-forlaget``,
    ``-verlag``: ``[references].publisher_word_endings``; ``-styrelsen``, ``-instituttet``:
    the organisation words written with a leading dash; the dash marks an ending), folded."""
    terms = _loc.terms_of("references", rules, "publisher_word_endings")
    bodies = _loc.terms_of("person_names", rules, "organisation_words")
    ends = (*terms, *(w for w in bodies if w.startswith("-") and len(w) > 2))
    return tuple(sorted({w.casefold().lstrip("-") for w in ends}))


def _body_word(word: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``word`` is a word of a publisher's or a body's name (``Press``, ``Society``), or a
    compound ending in a publisher word (``Fagbokforlaget``, ``Moorverlag``)."""
    w = word.casefold().strip(".,;&()")
    if w in _publisher_words(rules):
        return True
    endings = _publisher_endings(rules)
    if not w.endswith(endings):  # (one test in C before the length of each ending's stem)
        return False
    return any(len(w) > len(e) + 1 and w.endswith(e) for e in endings)


@functools.cache
def _publisher_heads(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words that open a publisher's name (``тип.``, ``Изд-во``, ``Éditions``:
    ``[references].publisher_heads``), folded."""
    return _loc.casefolded_terms("references", rules, "publisher_heads")
