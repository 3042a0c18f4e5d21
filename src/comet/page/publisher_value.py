"""A shop's publisher value: the publisher's name, then the edition and the edition's date
(``Fen Press; 2nd edition (14 March 2019)``, ``Heron Verlag; 3. Aufl. (1. Mai 2019)``, as
online bookshops print their product details). The edition and the date belong to their own
fields; the name is what stands before the semicolon.

The edition is told by the locales' edition words (:func:`comet.page.isbd._is_edition`), or,
in a value closed by its dated bracket (a shop's), by a short statement after the semicolon
(``Reissue``, ``1st Printing``); a part after a semicolon that is no edition (``Oxford ; New
York : OUP``, a catalogue's second imprint) stays in the value.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from comet import locales as _loc
from comet.dates import PartialDate, parse_date
from comet.page.isbd import _edition_words, _is_edition
from comet.page.places import is_city

__all__ = ["ShopPublisher", "shop_publisher"]

#: a bracket closing a publisher's value that holds a year (``Fen Press (May 3, 2019)``,
#: ``Fen Press; 2nd edition (2019)``, as shops print the edition's date; a year glued to a
#: CJK date's character, ``(2015年3月1日)``, too): no part of the name
_DATED_BRACKET = re.compile(
    r"\s*\((?=[^()]*(?<![0-9A-Za-z])(?:1[5-9]|20)\d\d(?![0-9A-Za-z]))(?P<date>[^()]{1,40})\)\s*$"
)

#: characters of an edition statement after the semicolon at most (``2nd edition``,
#: ``Reprint edition``, ``Edición: 1``)
EDITION_CHARS = 30
#: words of such a statement at most
EDITION_WORDS = 4


class ShopPublisher(NamedTuple):
    """A publisher's value read: the name, the edition statement, the bracketed date."""

    name: str
    edition: str | None
    date: PartialDate | None


def _edition_like(tail: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A short statement after the semicolon of a shop's dated value (``Reissue``, ``1st
    Printing``, ``Édition en anglais``): a few words, no ISBD colon, no place's comma, no city of the locales; an
    edition word anywhere in it or a number opening it, or one capitalised word."""
    words = tail.split()
    if not 0 < len(words) <= EDITION_WORDS or ":" in tail or "," in tail or is_city(tail, rules):
        return False
    folded = {w.casefold().strip(".") for w in words}
    return bool(folded & _edition_words(rules)) or tail[:1].isdigit() or len(words) == 1


def shop_publisher(value: str, rules: tuple[_loc.LocaleRules, ...]) -> ShopPublisher:
    """``Fen Press; 2nd edition (14 March 2019)`` → ``Fen Press``, ``2nd edition`` and the
    date; ``Fen Press (May 3, 2019)`` → the name and the date; a value with neither keeps its
    words (``Oxford ; New York : Fen Press, 2004``: an imprint, read as one later)."""
    date = None
    bracket = _DATED_BRACKET.search(value)
    if bracket is not None:
        value = value[: bracket.start()]
        parsed = parse_date(bracket.group("date").strip(), locales=rules, strict=False).value
        date = parsed if isinstance(parsed, PartialDate) else None
    edition = None
    head, sep, tail = value.rpartition(";")
    tail = tail.strip(" ,")
    if (
        sep
        and head.strip()
        and 0 < len(tail) <= EDITION_CHARS
        and (_is_edition(tail, rules) or (bracket is not None and _edition_like(tail, rules)))
    ):
        value, edition = head, tail
    return ShopPublisher(value.strip(" ,;"), edition, date)
