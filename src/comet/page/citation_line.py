"""A citation line among a page's title-like lines: a line that holds a volume and an issue,
each its number after it (``Estud. perspect. tur. vol.28 no.3 Buenos Aires jul. 2019``,
``Rev. Geogr. Bd. 12, Nr. 4``), cites an issue of a journal; a work's title never holds both.

The volume and issue words are the locales' (``[locator] volume`` and ``issue``). Pure.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc

__all__ = ["volume_and_issue"]


#: a decimal digit, which the volume's and the issue's numbers are made of
_DIGIT = re.compile(r"\d")


@functools.cache
def _pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    vols = _loc.terms_of("locator", rules, "volume")
    issues = _loc.terms_of("locator", rules, "issue")
    if not vols or not issues:
        return None
    # each word its number right after it (no letter between): 'vol.28 no.3', 'Vol. 28, No. 3'
    vol = rf"(?<![^\W\d_])(?:{_loc.alternation(vols)})[ \t\u00a0]*\d+(?!\d)"
    iss = rf"(?<![^\W\d_])(?:{_loc.alternation(issues)})[ \t\u00a0]*\d+(?!\d)"
    return re.compile(rf"{vol}\W{{1,4}}(?:\(\d{{4}}\)\W{{0,3}})?{iss}", re.I)


def volume_and_issue(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether ``text`` holds a volume and then an issue, each with its number.

    >>> from comet import locales
    >>> rules = (locales.get("en"), locales.get("es"))
    >>> volume_and_issue("Estud. perspect. tur. vol.28 no.3 Buenos Aires jul. 2019", rules)
    True
    >>> volume_and_issue("Volume and Issue Effects in Panel Studies", rules)
    False
    """
    if _DIGIT.search(text) is None:
        return False  # (the pattern's numbers: most lines hold no digit)
    pattern = _pattern(rules)
    return pattern is not None and pattern.search(text) is not None
