"""Lines that name an organisation, which a page prints over or beside a work's title but
which are never its title: a body's name (``Centro de Informática``, ``Department of Soil
Physics``, ``Northbay Coastal Research Laboratory``) and an author's affiliation address
(``Dept. of Botany, School of Life Sciences, University of Lakeside, 40123, Ruritania``).

A body's name is read by its head, an organisation word of the locales
(``[person_names].organisation_words``): either its first word with a function word after it
(``Centro de …``, ``Institute for …``), or its last word with capitalised words and no
function word before it (``… Space Flight Center``). A title about a body puts a word of its
own before the name (``A History of the Marine Laboratory``, ``The Secret Society``) and is not
read as one. An affiliation address is three parts or more between commas, one of them such a
name or holding a word of a degree's grantor, another a number or a single word (a postal
code, a city, a country).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.grantor import names_grantor
from comet.page.title_shapes import _organisation_words, titled_list
from comet.text._words import closed_class

__all__ = ["ORG_LINE_PENALTY", "names_organisation"]

#: evidence a body's name or an address loses as a title line (less than a cover's genre
#: line: a repository heads a series with its body's name, ``Department of X Papers``)
ORG_LINE_PENALTY = 0.5
#: words of a body's name line at least and at most
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 9
#: words before a body's head word at least where the head closes the name (``Space Flight
#: Center``; ``Animal Farm``, two words, may be any work's title)
HEAD_LAST_MIN_WORDS = 3
#: parts between commas of an affiliation address at least
ADDRESS_PARTS = 3
#: words of an affiliation address at most
ADDRESS_MAX_WORDS = 24

#: characters that may open or close a word of a name
_MARKS = "“”\"'‘’«»().,"
_SENTENCE = re.compile(r"[:;?!]|\.\s|\.$")


@functools.cache
def _heads(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Organisation words that head a name (a compound's end, ``-zentrum``, left out)."""
    return frozenset(w for w in _organisation_words(rules) if not w.startswith("-"))


@functools.cache
def _body_adjectives(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Adjectives a body's word takes after it (``[words].body_adjectives``: *Superior*)."""
    return _loc.casefolded_terms("words", rules, "body_adjectives")


def _body_name(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` is a body's name: capitalised words and function words, its head word an
    organisation word first (a function word after it) or last (no function word before)."""
    words = [w.strip(_MARKS) for w in text.split()]
    words = [w for w in words if w]
    if not NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    if _SENTENCE.search(text.strip()):
        return False
    small = closed_class(rules)
    folded = [w.casefold() for w in words]
    if not all(w[:1].isupper() or f in small for w, f in zip(words, folded, strict=True)):
        return False  # 'El centro de la ciudad se renueva': a sentence
    heads = _heads(rules)
    if folded[0] in heads and folded[1] in small:
        return True  # 'Centro de Informática', 'Department of Soil Physics'
    if (
        folded[0] in heads
        and len(folded) > 2
        and folded[2] in small
        and folded[1] in _body_adjectives(rules)
    ):
        return True  # 'Escola Superior de …': the adjective after the body's word
    return (
        len(words) >= HEAD_LAST_MIN_WORDS
        and folded[-1] in heads
        and not any(f in small for f in folded[:-1])
    )  # 'Northbay Coastal Research Laboratory'; 'The Secret Society' has 'The' before it


def _address(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` is an affiliation address: parts between commas, one naming a body, another
    a number or a single word (a postal code, a city, a country); no subtitle's colon and
    no list of countries at its end (a title's)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < ADDRESS_PARTS or len(text.split()) > ADDRESS_MAX_WORDS or not all(parts):
        return False
    if titled_list(text, parts):
        return False  # 'School choice: evidence from Sweden, Denmark, Norway': a title's list
    heads = _heads(rules)
    named = any(
        _body_name(p, rules)
        or names_grantor(p, rules)
        or (p.split()[0].strip(_MARKS).casefold() in heads and p[:1].isupper())
        for p in parts
    )
    place = any(p.isdigit() or (len(p.split()) == 1 and p[:1].isupper()) for p in parts[1:])
    return named and place


def names_organisation(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` names an organisation or is an affiliation's address (see the module): a
    line over or beside a work's title, never the title."""
    t = text.strip()
    return _body_name(t, rules) or _address(t, rules)
