"""Physical descriptions (ISBD area 5, MARC 300: ``xii, 345 p. : ill. ; 24 cm.``): told
apart from locators, and read for the page count of a book. Page units and the other marks
of a physical description are locale data (``[words].extent_units``, ``extent_marks``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.locators import PageRange, parse_pages
from comet.page.evidence import _WORD, _lenient

#: a physical description (ISBD area 5: ``xii, 345 p. : ill. ; 24 cm.``), not a locator
#: the dimensions of a physical description (``24 cm``, ``17 x 25 cm``): metric, any language
_DIMENSIONS = re.compile(r"\b\d+(?:[,.]\d)?(?:\s*[xх×]\s*\d+(?:[,.]\d)?)?\s*(?:cm|см)(?!\w)")

#: what may stand before the page count of a physical description: roman and bracketed
#: preliminaries (``xii, [4], 345 p.``, ``XIV, 704 с.``)
_PRELIMS = re.compile(r"[\s\[\]\dIVXLCDMivxlcdm,.]*")

#: a page count and its unit (``381p.`` too); unnumbered pages in brackets may follow the
#: numbered ones before the unit (``355, [1] с.``: ISBD's count of unnumbered pages)
_EXTENT_COUNT = re.compile(r"(?<![\[\d])(\d{1,5})(?:\s*,\s*\[\d{1,4}\])*\s*(?=[^\W\d_])")

#: roman preliminaries before a page count, bracketed or not, joined by a comma or a plus
#: (``xii, 240 p.``, ``[xvi], 88``, ``xviii+312``)
_ROMAN_PRELIM = re.compile(r"\[?[ivxlcdm]{1,8}\]?\s*[,+]\s*", re.IGNORECASE)
_BARE_COUNT = re.compile(r"\d{1,5}")


def without_prelims(value: str) -> tuple[str, bool]:
    """An extent without the roman preliminaries before its page count (``xii, 240 p.`` →
    ``240 p.``), and whether it had them."""
    m = _ROMAN_PRELIM.match(value)
    return (value, False) if m is None else (value[m.end() :], True)


def bare_count(value: str) -> str | None:
    """The page count of an extent that is a number without unit, after roman preliminaries
    at most (``214``, ``xii, 240``, ``xviii+312`` → ``312``): how a catalogue prints a
    300 ``$a`` whose unit it left off. The MARC view and the ISBD line both read it here."""
    rest, _prelims = without_prelims(value)
    return rest if _BARE_COUNT.fullmatch(rest) else None


@functools.cache
def _extent_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Page units and other marks of physical descriptions (``[words].extent_units``,
    ``extent_marks``), folded and without their final dot."""

    def fold(key: str) -> frozenset[str]:
        return frozenset(w.casefold().rstrip(".") for w in _loc.terms_of("words", rules, key))

    return fold("extent_units"), fold("extent_marks")


@functools.cache
def _spaced_marks(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The marks of :func:`_extent_words` between spaces, as :func:`_is_extent` seeks them."""
    return tuple(f" {m} " for m in _extent_words(rules)[1])


#: an extent counted in units with the page count in brackets after them (RDA's ``1 online
#: resource (xii, 245 pages)``, ``1 Online-Ressource (245 Seiten)``, ``2 volumes (612 p.)``):
#: the bracket's content, read as a physical description of its own
_UNITS_AND_PAGES = re.compile(r"\d{1,3}\s+[^\W\d_][^()\d]{1,40}\(([^()]{1,40})\)")


def bracketed_count(value: str, rules: tuple[_loc.LocaleRules, ...]) -> PageRange | None:
    """The page count of an extent that counts its units and brackets its pages (``1 online
    resource (245 pages)``), the count opening the bracket after preliminaries at most;
    ``None`` for any other value (``2 CD (120 min)``, ``Volume 3 (2019)``)."""
    m = _UNITS_AND_PAGES.search(value)
    if m is None or not _leading_count(m.group(1), rules):
        return None
    return _extent_pages(m.group(1), rules)


def _is_extent(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A physical description (ISBD area 5: ``xii, 345 p. : ill. ; 24 cm.``; RDA's ``1 online
    resource (245 pages)``), not a locator."""
    if _DIMENSIONS.search(value):
        return True
    if "(" in value and bracketed_count(value, rules) is not None:
        return True
    folded = f" {' '.join(w.casefold() for w in _WORD.findall(value))} "
    return any(m in folded for m in _spaced_marks(rules)) or bool(
        _extent_pages(value, rules) and (" : " in value or _leading_count(value, rules))
    )


def _leading_count(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The value opens with its page count and unit, after preliminaries at most
    (``216 с. 19.``, ``[4], 76 с. 8°``): a physical description without ISBD colon."""
    units, _marks = _extent_words(rules)
    for m in _EXTENT_COUNT.finditer(value):
        unit = _WORD.match(value, m.end())
        if unit is not None and unit.group().casefold() in units:
            return _PRELIMS.fullmatch(value[: m.start()]) is not None
    return False


def _extent_pages(value: str, rules: tuple[_loc.LocaleRules, ...]) -> PageRange | None:
    """The page count of a physical description (``iv, 291 leaves`` → 291; roman
    preliminaries and bracketed counts apart), as a :class:`PageRange` with ``count``."""
    units, _marks = _extent_words(rules)
    for m in _EXTENT_COUNT.finditer(value.split(":")[0]):
        unit = _WORD.match(value, m.end())
        if unit is not None and unit.group().casefold() in units:
            pr = _lenient(parse_pages, f"{m.group(1)} pp.", locales=rules)
            return pr if isinstance(pr, PageRange) else None
    return None
