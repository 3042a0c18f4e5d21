"""Imprint statements under a label of their own (``[labels].imprint``: *Publication,
Erschienen, Impressum, Veröffentlichung*): a catalogue prints the work's place, publisher and
date under one label (``Erschienen: Moorstadt : Reiher-Verlag, 2015``, ``Publication :
Villejonc : Éditions du Héron, 2015``). Those words head other values too (a journal's
``Publication: Fen Review``, a shop's ``Erschienen: 03.05.2019``, a site's ``Impressum``
link), so their value is read only where it has an imprint's shape: a place, a colon and a
publisher (ISBD's `` : ``, or a colon right after a city of the locales' lexicon:
``Erschienen: München: Heron, 2015``).
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.evidence import W_LABEL, Cand, _Page
from comet.page.imprint import _city_colon

__all__ = ["imprint_label_publishers", "imprint_shaped"]

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


def imprint_label_publishers(page: _Page) -> list[Cand]:
    """The imprints under the locales' imprint labels (``[labels].imprint``) whose value has
    an imprint's shape (:func:`imprint_shaped`), as evidence a little weaker than a
    publisher's own label: the value is handed over whole, split into place, publisher and
    year by :func:`comet.page.imprint._imprint`."""
    out = []
    for lv in page.layout.values("imprint"):
        if lv.value and imprint_shaped(lv.value, page.rules):
            out.append(Cand(lv.value, W_LABEL - 0.05, (lv.value_start, lv.value_end),
                            f"imprint under '{lv.label}'"))  # fmt: skip
    return out
