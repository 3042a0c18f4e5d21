"""The number signs of the locales (``[words].number_signs``): the abbreviations and signs
of *number* printed before a number (``No.``, ``Nr.``, ``n°``, ``núm.``, ``№``), which
number a report or a series after its name, and no part of a title.

One concern: the signs, folded, and their pattern."""

from __future__ import annotations

import functools

from comet import locales as _loc

__all__ = ["number_sign_pattern", "number_signs"]


@functools.cache
def number_signs(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' number signs, folded, without a final stop (``no``, ``nr``, ``n°``)."""
    return frozenset(
        _loc.fold(t).rstrip(".") for t in _loc.terms_of("words", rules, "number_signs")
    ) - {""}


@functools.cache
def number_sign_pattern(rules: tuple[_loc.LocaleRules, ...]) -> str:
    """An alternation of the signs without their final stop (the caller adds ``\\.?``);
    one that matches nothing where the locales have none."""
    signs = {t.rstrip(".") for t in _loc.terms_of("words", rules, "number_signs")} - {""}
    return _loc.alternation(signs) or "(?!)"
