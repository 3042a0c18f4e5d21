"""A locator glued inside a long line: a page saved as a few long lines (a stored excerpt, a
PDF's text run together) prints its running head or its own citation inside one
(``… Ana Berg, Ola Brekke Marsh Letters, Vol. 12, No. 3, pp. 45-67, 2019 Abstract …``).

Such a line is too long to read whole for a locator (:data:`~comet.page.locator_lines.
LOCATOR_UNIT_CHARS`); the window from its first volume word with a number (a volume word of
the locales of three characters at least, as listed: ``Vol.``, ``Volume``, ``Band``, ``Cilt``,
``Том``) is read instead, :data:`WINDOW_CHARS` long. The text before it is not read (no
journal's name is cut out of a run of words), so only the numbers count.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _guard

__all__ = ["WINDOW_CHARS", "locator_window"]

#: characters read from a long line's volume word on
WINDOW_CHARS = 120
#: characters of a volume word at least (``v.``, ``t.``, ``Т.`` open too many words' numbers)
VOLUME_WORD_CHARS = 3


@functools.cache
def _volume_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A volume word of the locales (as listed, three characters at least) before its
    number, not inside a longer word."""
    terms = [t for t in _loc.terms_of("locator", rules, "volume") if len(t) >= VOLUME_WORD_CHARS]
    if not terms:
        return None
    # (the first letters' test first: most positions of a long line fail it at once)
    alt = _loc.alternation(terms)
    return re.compile(rf"{_guard(terms)}(?<![^\W\d_])(?:{alt})(?![^\W\d_])\s?\d")


def locator_window(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[int, str] | None:
    """Where in the long line ``text`` its first volume word with a number stands, and the
    :data:`WINDOW_CHARS` characters from it (``None`` where it prints none)."""
    pattern = _volume_word(rules)
    hit = pattern.search(text) if pattern is not None else None
    if hit is None:
        return None
    window = text[hit.start() : hit.start() + WINDOW_CHARS]
    cut = window.rfind(" ")
    if hit.start() + WINDOW_CHARS < len(text) and cut > 0:
        window = window[:cut]  # (not inside a word)
    return hit.start(), window
