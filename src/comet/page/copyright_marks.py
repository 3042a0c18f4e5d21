"""A copyright statement's marks: the sign ``©``, its typewriter form ``(c)`` and the word
printed for it in any language (``[words].copyright_marks`` of ``mul.toml``: *Copyright*),
and the statement they open, the holder after the sign and the years (``© 2019 Marsh
Publishing Ltd``, ``Copyright © 2004 Fen Press``, ``(c) 1998 Some Press``).

One concern: the marks and the statement's pattern, per choice of locales."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN

__all__ = ["copyright_firsts", "copyright_mark", "copyright_statement"]

#: the signs (no word of a language): the copyright sign and its typewriter form
_SIGNS = r"©|\(c\)"


def _words(rules: tuple[_loc.LocaleRules, ...]) -> str:
    return _loc.alternation(_loc.terms_of("words", rules, "copyright_marks"))


@functools.cache
def copyright_mark(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A copyright mark anywhere, in any case (a page's or a line's quick pre-test)."""
    words = _words(rules)
    return re.compile(rf"{_SIGNS}|{words}" if words else _SIGNS, re.IGNORECASE)


@functools.cache
def copyright_firsts(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The characters a line opening with a copyright mark opens with (``©``, ``(``,
    ``C``, ``c``)."""
    words = _loc.terms_of("words", rules, "copyright_marks")
    return frozenset({"©", "("} | {c for w in words for c in (w[:1].upper(), w[:1].lower())})


@functools.cache
def copyright_statement(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A copyright statement opening a line: its word (perhaps before the sign), the sign,
    the years, then the holder (group ``holder``), perhaps a year after it."""
    words = _words(rules)
    marks = rf"{_SIGNS}|{words}" if words else _SIGNS
    lead = rf"(?:(?:{words})\s*)?" if words else ""
    return re.compile(
        rf"^{lead}(?:{marks})\s*(?:{YEAR_PATTERN}\s*[-–,]?\s*)*"
        rf"(?P<holder>[^.;|]{{2,80}}?)\s*(?:,?\s*{YEAR_PATTERN})?\s*(?:[.;|]|$)",
        re.IGNORECASE,
    )
