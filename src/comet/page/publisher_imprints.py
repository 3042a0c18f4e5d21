"""Imprint statements under a label whose word heads other values too (the locales'
``[references].imprint_labels``: *Publication, Erschienen, Impressum, Veröffentlichung*): a
catalogue prints the work's place, publisher and date under one label (``Erschienen:
Moorstadt : Reiher-Verlag, 2015``, ``Publication : Villejonc : Éditions du Héron, 2015``),
while a journal's page prints ``Publication: Fen Review``, a shop ``Erschienen: 03.05.2019``
and a site its ``Impressum`` link. So these words are no field labels: a line that opens with
one (its value after a colon, a tab, or on the next line) is read only where the value has an
imprint's shape: a place, a colon and a publisher (ISBD's `` : ``, or a colon right after a
city of the locales' lexicon: ``Erschienen: München: Heron, 2015``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import W_LABEL, Cand, _Page
from comet.page.imprint import _city_colon
from comet.page.term_keys import lexicon_keys, may_hold

__all__ = ["imprint_label_line", "imprint_label_publishers", "imprint_shaped"]

#: an ISBD imprint: a place of letters, `` : `` and a publisher opening with a letter
_ISBD = re.compile(r"[^\W\d_]{2}[^:]*\s:\s+[^\W\d_]")
#: characters of an imprint's value at most (a label's sentence is none)
IMPRINT_CHARS = 160


def imprint_shaped(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``value`` reads as an imprint: ISBD's ``Place : Publisher``, or a city of the locales
    before a colon and a name (``München: Heron``, ``تهران: نشر نی``:
    :func:`comet.page.imprint._city_colon`); ``Fen Review: New Series``, a title and its
    subtitle, names no city."""
    return len(value) <= IMPRINT_CHARS and _ISBD.search(_city_colon(value, rules)) is not None


@functools.cache
def _label_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line opening with one of the locales' imprint labels, then a colon, a tab or a line
    break, and the value (the rest of its line)."""
    terms = _loc.terms_of("references", rules, "imprint_labels")
    if not terms:
        return None
    return re.compile(
        rf"^[ \t]*(?P<label>{_loc.alternation(terms)})[ \t]*(?::[ \t]*|\t[ \t]*|:?[ \t]*\n[ \t]*)"
        r"(?P<value>[^\s:][^\n]{2,160})$",
        re.MULTILINE | re.IGNORECASE,
    )


def imprint_label_publishers(page: _Page) -> list[Cand]:
    """The imprints under the locales' imprint labels (``[references].imprint_labels``) whose
    value has an imprint's shape (:func:`imprint_shaped`), in the page's main text, as
    evidence a little weaker than a publisher's own label: the value is handed over whole,
    split into place, publisher and year by :func:`comet.page.imprint._imprint`."""
    pattern = _label_pattern(page.rules)
    if pattern is None:
        return []
    if not may_hold(page, lexicon_keys("references", page.rules, "imprint_labels")):
        return []  # (no imprint label on the page)
    out = []
    text = page.layout.text  # (the page's text)
    for m in pattern.finditer(text):
        value = m.group("value").strip()
        line = page.layout.line_at(m.start("value"))
        if line is None or line.zone != "main" or not imprint_shaped(value, page.rules):
            continue
        start = m.start("value")
        out.append(Cand(value, W_LABEL - 0.05, (start, start + len(value)),
                        f"imprint under '{m.group('label')}'"))  # fmt: skip
    return out


def imprint_label_line(text: str, page: _Page) -> bool:
    """``text`` is a line of an imprint under an imprint label (``Publication : Villejonc :
    Éditions du Héron``): the work's imprint, never its title."""
    if ":" not in text and "\t" not in text:
        return False
    pattern = _label_pattern(page.rules)
    m = pattern.match(text.strip()) if pattern is not None else None
    return m is not None and imprint_shaped(m.group("value").strip(), page.rules)
