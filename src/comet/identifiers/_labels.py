"""Words next to an ISSN or ISBN that say its medium or binding.

The words live in the locale files, section ``[identifiers]`` (keys ``print``,
``electronic``, ``pbk``, ``hbk``, ``ebook``), English included: ``en.toml`` has
``print = ["print", "printed", "p", "paper"]``, ``da.toml`` ``print = ["trykt"]``.

>>> qualifier_key("Online")
'electronic'
>>> qualifier_key("pbk.")
'pbk'
>>> qualifier_key("trykt")
'print'
>>> qualifier_key("alk. paper") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

__all__ = ["qualifier_key"]


def _fold(word: str) -> str:
    return " ".join(word.casefold().split()).rstrip(".:;, ")


@functools.cache
def _locale_index() -> Mapping[str, str]:
    """``fold(term) -> key`` of the ``[identifiers]`` sections of every locale.

    A broken locale file raises :class:`~comet.LocaleDataError` (its file and key) here,
    at the first ISBN or ISSN read, rather than leaving the medium words out silently.
    """
    from comet.locales import all_rules, merged_index

    out: dict[str, str] = {}
    index = merged_index("identifiers", all_rules())
    for term, keys in index.items():
        out.setdefault(_fold(term), keys[0])
    return out


def qualifier_key(word: str) -> str | None:
    """The canonical key (``print``, ``electronic``, ``pbk``, ``hbk``, ``ebook``) of a
    medium or binding word, or ``None`` when the word is not known."""
    return _locale_index().get(_fold(word))
