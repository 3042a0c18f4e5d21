"""Book series a shop names without a label: in brackets after the title of its product
heading (``The Reed Cutter (Marsh Field Guides) Paperback – 3 May 2019``) and as the part
after the publisher on a product's path line (``Oda Brekke / Heron Yayınları / Bataklık
Dizisi``, ``Heron Verlag > Reihe Moorkunde``).

The words of a series' own name (``Series``, ``Reihe``, ``Collection``, ``Dizisi``) are the
locales' ``[references].series_words``; a publisher's are ``[references].publisher_words``
(:func:`comet.page.body_words._body_word`). An edition statement in the brackets (``(Spanish
Edition)``, ``(2nd ed.)``) or a binding (``(Paperback)``) names no series.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.body_words import _body_word
from comet.page.evidence import W_LINE, Cand, _key, _Page
from comet.page.isbd import _edition_words, _is_edition

__all__ = ["bracket_series", "path_series", "titled_series", "without_series"]

#: a bracket closing a title (no bracket inside it): what a shop prints after a book's title
_CLOSING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{2,80})\)$")
#: words of a series' name in brackets at most
BRACKET_WORDS = 10


@functools.cache
def _series_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of a series' own name, folded."""
    return _loc.casefolded_terms("references", rules, "series_words")


@functools.cache
def _bindings(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("words", rules, "book_bindings")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]


def names_series(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` holds a word of a series' name (``Marsh Field Guides Series``, ``Bataklık
    Dizisi``, ``Reihe Moorkunde``; the parts of a hyphened compound count: ``Heron-Reihe``)."""
    words = _series_words(rules)
    return bool(words) and any(w in words for w in _words(text))


def bracket_series(title: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str | None]:
    """A product heading's title without the series in brackets closing it, and the series:
    ``The Reed Cutter (Marsh Field Guides)`` → ``The Reed Cutter``, ``Marsh Field Guides``.
    An edition (``(Spanish Edition)``, ``(2nd ed.)``), a binding (``(Paperback)``), a bracket
    that opens in small letters or holds a year only, or one with nothing before it, stays."""
    m = _CLOSING_BRACKET.search(title)
    if m is None:
        return title, None
    inner = m.group("inner").strip()
    head = title[: m.start()].rstrip(" :;,–—-")
    words = _words(inner)
    if (
        not words
        or len(inner.split()) > BRACKET_WORDS
        or inner[0].islower()
        or not any(c.isalpha() for c in head)
        or _is_edition(inner, rules)
        or (any(w in _edition_words(rules) for w in words) and not names_series(inner, rules))
        or inner.casefold() in _bindings(rules)
    ):
        return title, None
    return head, inner


def titled_series(title: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str] | None:
    """A book's title closed by a bracket that names a series by a series' word
    (``The Reed Cutter (Marsh Field Guides Series)``, ``Bataklık (Saz Dizisi)``, ``Das Moor
    (Reihe Moorkunde)``): the title without it and the series; any other bracket (``(Second
    Edition)``, ``(1850-1900)``, ``(Marsh Letters)``) stays the title's."""
    head, series = bracket_series(title, rules)
    if series is None or not names_series(series, rules):
        return None
    return head, series


def without_series(title: str, series: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``title`` without a closing bracket that repeats the page's series (``The Reed Book
    (Fenland Classics)`` with ``Series: Fenland Classics``; its number after it at most:
    ``(Fenland Classics, 3)``, ``(Fenland Classics Book 3)``); any other bracket stays."""
    head, inner = bracket_series(title, rules)
    if inner is None:
        return title
    name, known = _key(inner), _key(series)
    tail = name[len(known) :].split() if known and name.startswith(known) else None
    if tail is not None and (not tail or (len(tail) == 1 and any(c.isdigit() for c in inner))):
        return head  # (a counter word before the number: 'Book 3', 'Band 3')
    return title


#: separators of a product's path line: ``Author / Publisher / Series``, ``Publisher > Series``
_PATH_SEP = re.compile(r"\s+[/>›»|]\s+")
#: characters of a path line at most
PATH_CHARS = 160


def path_series(page: _Page) -> tuple[Cand, Cand] | None:
    """The publisher and the series of the first path line of the page that names both
    (a part holding a publisher's word, the next part a series' word: ``Oda Brekke / Heron
    Yayınları / Bataklık Dizisi``, ``Heron Verlag > Reihe Moorkunde``), as candidates.
    A line whose series part comes first, or whose publisher part names no publisher (or is
    a publisher's word alone: ``Books``), is none; so is a longer line (a sentence)."""
    words = _series_words(page.rules)
    folded = page.text.casefold() if words else ""
    if not any(w in folded for w in words):
        return None  # (the cheap test over the page: most pages name no series)
    for line in page.layout.lines:
        text = line.text.strip()
        if len(text) > PATH_CHARS or line.zone != "main" or _PATH_SEP.search(text) is None:
            continue
        parts = _PATH_SEP.split(text)
        for k in range(len(parts) - 1):
            pub, series = parts[k].strip(), parts[k + 1].strip()
            if (
                pub
                and series
                and any(_body_word(w, page.rules) for w in pub.split())
                # (the word alone names no publisher: a shop's section, 'Home / Books / …')
                and not all(_body_word(w, page.rules) for w in pub.split())
                and names_series(series, page.rules)
                and not names_series(pub, page.rules)
            ):
                at = line.start + line.text.index(pub)
                sat = line.start + line.text.index(series, at - line.start + len(pub))
                return (
                    Cand(pub, W_LINE, (at, at + len(pub)), "a publisher on a path line"),
                    Cand(series, W_LINE, (sat, sat + len(series)), "a series after its publisher"),
                )
    return None
