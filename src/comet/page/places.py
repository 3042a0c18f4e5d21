"""Known places: the capitals and big publishing cities of the locales (``[places].cities``),
as each language writes them. An imprint without ISBD's colon (``New Delhi Wishwa 2000``)
or a cover line's imprint (``… Warszawa: Rada Monitoringu Społecznego``) tells its place
from its publisher by them; a place not in the lexicon is read only where punctuation or a
publisher's word tells it."""

from __future__ import annotations

import functools

from comet import locales as _loc

__all__ = ["city_prefix", "is_city", "printed_city"]

#: words of a city's name at most (``Santa Cruz de Tenerife``)
CITY_WORDS = 4


@functools.cache
def _cities(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The cities of the locales, folded (case and spacing: ``BARCELONA`` is ``Barcelona``)."""
    return _loc.folded_terms("places", rules, "cities")


def is_city(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` (a closing stop or comma aside) is a city of the locales' lexicon."""
    value = text.strip().rstrip(".,;:").strip()
    return bool(value) and (
        _loc.fold(value) in _cities(rules) or _loc.fold(value + ".") in _cities(rules)
    )


def city_prefix(words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> int:
    """How many of ``words`` from the first name a city of the lexicon (the longest: ``New
    Delhi`` before ``Delhi``; ``Washington, D. C.`` before ``Washington``); 0 if they open
    with none."""
    for n in range(min(CITY_WORDS, len(words)), 0, -1):
        if is_city(" ".join(words[:n]), rules):
            return n
    return 0


def printed_city(words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str]:
    """The city that ``words`` name as printed, and the punctuation closing it: ``New
    Delhi.`` is ``("New Delhi", ".")``; ``Washington, D.C.`` keeps its abbreviation's stop,
    ``("Washington, D.C.", "")``."""
    raw = " ".join(words)
    if _loc.fold(raw) in _cities(rules):
        return raw, ""
    city = raw.rstrip(".,;:")
    return city, raw[len(city) :]
