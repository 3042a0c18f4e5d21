"""Words next to an ISSN or ISBN that say its medium or binding.

English cataloguing words (``print``, ``online``, ``pbk``, ``hardcover``…) are
structural and listed here; every other language's words live in the locale
files, section ``[identifiers]`` (keys ``print``, ``electronic``, ``pbk``,
``hbk``, ``ebook``), e.g. ``da.toml``: ``print = ["trykt"]``.

>>> qualifier_key("Online")
'electronic'
>>> qualifier_key("pbk.")
'pbk'
>>> qualifier_key("alk. paper") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

__all__ = ["qualifier_key"]

#: English words (folded, without a final dot) -> canonical key.
_ENGLISH: dict[str, str] = {
    # ISSN media
    "print": "print",
    "printed": "print",
    "p": "print",
    "paper": "print",
    "electronic": "electronic",
    "online": "electronic",
    "e": "electronic",
    "web": "electronic",
    "internet": "electronic",
    "digital": "electronic",
    # ISBN bindings and forms
    "pbk": "pbk",
    "pb": "pbk",
    "paperback": "pbk",
    "paper back": "pbk",
    "softcover": "pbk",
    "softback": "pbk",
    "soft cover": "pbk",
    "trade paperback": "pbk",
    "hbk": "hbk",
    "hb": "hbk",
    "hc": "hbk",
    "hardback": "hbk",
    "hardcover": "hbk",
    "hard cover": "hbk",
    "hardbound": "hbk",
    "cloth": "hbk",
    "ebook": "ebook",
    "e-book": "ebook",
    "ebk": "ebook",
    "electronic bk": "ebook",
    "electronic book": "ebook",
    "pdf": "ebook",
    "epub": "ebook",
    "e-pub": "ebook",
    "mobi": "ebook",
    "kindle": "ebook",
    "online resource": "ebook",
}


def _fold(word: str) -> str:
    return " ".join(word.casefold().split()).rstrip(".:;, ")


@functools.cache
def _locale_index() -> Mapping[str, str]:
    """``fold(term) -> key`` of the ``[identifiers]`` sections of every locale."""
    from comet.locales import all_rules, merged_index

    out: dict[str, str] = {}
    try:
        index = merged_index("identifiers", all_rules())
    except Exception:  # pragma: no cover - a broken rule file is reported by its own tests
        return out
    for term, keys in index.items():
        out.setdefault(_fold(term), keys[0])
    return out


def qualifier_key(word: str) -> str | None:
    """The canonical key (``print``, ``electronic``, ``pbk``, ``hbk``, ``ebook``) of a
    medium or binding word, or ``None`` when the word is not known."""
    folded = _fold(word)
    key = _ENGLISH.get(folded)
    if key is None:
        key = _locale_index().get(folded)
    return key
