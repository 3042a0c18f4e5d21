"""Age ratings printed by a book's title (``Случай из практики 18+``, ``Title : роман :
18+``): the marks media laws rate works with (Russia's 0+ … 18+, Germany's FSK), which shops
and catalogues print by the title; they are no part of it. The scale is locale data
(``[words].age_ratings``, in ``mul.toml``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc

__all__ = ["closing_rating", "isbd_rating"]


@functools.cache
def _alternation(rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    terms = _loc.terms_of("words", rules, "age_ratings")
    return _loc.alternation(terms) if terms else None


@functools.cache
def _closing(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    alt = _alternation(rules)
    return re.compile(rf"[\s\u00a0]\(?(?:{alt})\)?$") if alt else None


@functools.cache
def _isbd(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    alt = _alternation(rules)
    return re.compile(rf"\s*:\s*(?:{alt})\s*$") if alt else None


def closing_rating(value: str, rules: tuple[_loc.LocaleRules, ...]) -> int | None:
    """Where an age rating closing ``value`` after a space starts (``… практики 18+``,
    ``… (16+)``), else None (not glued to a word: ``C++``)."""
    pattern = _closing(rules)
    m = pattern.search(value) if pattern is not None and value.endswith(("+", "+)")) else None
    return m.start() if m is not None else None


def isbd_rating(title: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``title`` without an age rating closing its other title information the ISBD way
    (``Мой Париж : эссе : 18+`` → ``Мой Париж : эссе``); unchanged when none closes it."""
    pattern = _isbd(rules)
    return pattern.sub("", title) if pattern is not None else title
