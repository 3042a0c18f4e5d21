"""Names made of common words: a title or a heading of capitalised nouns joined by a list
word reads as a list of names (``Heath Grazing and Land Rent``: *Heath Grazing*, *Land
Rent*; ``Soil Carbon, Peat and Moss Formation``). A person's name opens with a given
name the lexicon knows or with initials (:func:`~comet.page.name_plausible.plausible_names`);
a title's words are common words: nouns the locales list (interface, place, discipline
and organisation words) or words the page prints in lower case in its
text (``heath`` in the abstract under the title). Read by the title lines' filter
(:mod:`comet.page.title_lines`: such a line stays a title) and by the byline reader
(:mod:`comet.page.bylines`: such a line starts or continues no byline).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.names import Person
from comet.page.byline_text import _MAY_MARK
from comet.page.evidence import _Page
from comet.page.languages import _latin
from comet.page.name_checks import _marked_words
from comet.page.name_plausible import plausible_names
from comet.page.name_vouched import _place_words
from comet.page.places import is_city
from comet.page.title_shapes import _organisation_words

__all__ = ["noun_names"]

#: where a name's words part (spaces, hyphens, apostrophes)
_NAME_PART = re.compile(r"[\s'’‐‑-]+")


def noun_names(persons: Sequence[Person], page: _Page, line: str = "") -> bool:
    """``persons`` (names read from one line) are common words, no people's names: they
    do not look like people's (no known given name, no initials, fewer than three names:
    :func:`~comet.page.name_plausible.plausible_names`; three names or more on a line are a
    byline's shape, ``Chen-Ho Lai, Ming-Yen Lu and Lih-Juann Chen``) and a word of them is
    a common word: a word the locales list, or one the page prints in lower case
    (:func:`_in_prose`). Names in other scripts than the Latin one are not judged (the
    lexicon holds Latin names: ``吴 乐``). Names of the ``line`` they were read from that
    carry affiliation marks (:func:`_marked_names`) are a byline's, never common words.
    Names that each name a place (:func:`_place_named`) are common words even with a known
    given name (``Sofia Airport``) and in any script (``Томск, Новосибирск``), as are names
    the page prints in lower case as a phrase (``gene expression``)."""
    if not persons or any(p.literal is not None for p in persons):
        return False
    if line and _marked_names(persons, line):
        return False
    listed = _noun_words(page.rules)
    if all(_place_named(p, page, listed) or _phrase_in_prose(p, page) for p in persons):
        return True  # 'Sofia Airport', 'Томск, Новосибирск', 'Gene Expression' (in prose)
    whole = " ".join(f"{p.given or ''} {p.family or ''}" for p in persons)
    if not _latin(whole) or plausible_names(persons):
        return False
    words = [w for w in _NAME_PART.split(whole) if len(w) > 1]
    return any(_loc.fold(w) in listed or _in_prose(w, page) for w in words)


def _place_named(p: Person, page: _Page, listed: frozenset[str]) -> bool:
    """``p`` reads as a place's or a body's name: its last word is a noun the locales list
    (``Sofia Airport``, ``Kiel University``, ``Plant Physiology``: a place's, a body's or a
    discipline's word; a surname that is a noun, ``Wood``, ``Field``, is no such word), or
    both its parts are cities of the locales (``Томск, Новосибирск`` read as family, given)."""
    family, given = p.family or "", p.given or ""
    if not family or not given:
        return False
    last = _NAME_PART.split(family)[-1]
    if _loc.fold(last) in listed:
        return True
    return is_city(family, page.rules) and is_city(given, page.rules)


def _phrase_in_prose(p: Person, page: _Page) -> bool:
    """``p``'s words as printed, a phrase of two words or more, stand in lower case in the
    page's text (``gene expression`` in the abstract under ``Gene Expression``): a person's
    name is never written so."""
    raw = " ".join((p.raw or "").split())
    return len(raw.split()) > 1 and _in_prose(raw, page)


@functools.cache
def _noun_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The nouns the locales list that are no person's: interface, discipline, place and
    organisation words (folded; function words are left out: a short one of one language
    is a given name of another, ``Sina``; months too: ``May``, ``June``)."""
    words: set[str] = set()
    for key in ("interface_words", "interface_words_short_line", "discipline_words"):
        words |= _loc.folded_terms("words", rules, key)
    words |= _place_words(rules)
    words |= {_loc.fold(w) for w in _organisation_words(rules)}
    return frozenset(words)


def _marked_names(persons: Sequence[Person], line: str) -> bool:
    """Every name carries an affiliation or note mark, or a name before the last one does
    (``Heath Moor1, Dale Glen2``, ``Heath Moor*, Dale Glen``): a byline's marks; a mark
    after the last word alone may be a title's note (``Heath Grazing and Land Rent*``)."""
    if not _MAY_MARK.search(line):
        return False
    marks = _marked_words(line)
    marked = [
        any(w in marks for w in re.split(r"[\s-]+", (p.family or "").casefold()) if w)
        for p in persons
    ]
    return all(marked) or any(marked[:-1])


def _in_prose(word: str, page: _Page) -> bool:
    """``word`` (capitalised) stands in lower case as a word of the page's text (not as a
    piece of an address: ``ana.ruiz@…``, ``/author/ana-ruiz``, ``@anaruiz``)."""
    lower = word.lower()
    if lower == word or lower not in page.text:
        return False
    found = re.search(rf"(?<![\w/@.-]){re.escape(lower)}(?![\w/@-]|\.\w)", page.text)
    return found is not None
