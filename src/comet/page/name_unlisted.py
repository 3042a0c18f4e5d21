"""A person's name no given-name lexicon knows, read as a person's by its shape and by the
page: ``Rasmiya Thakkar`` alone under a paper's title, where the bare-line gate
(:func:`~comet.page.name_plausible.plausible_names`) asks for a known given name.

A name qualifies (:func:`unlisted_person`) when it is two or three words in title case, each
of Latin letters (a hyphen or an apostrophe inside), none of them a word the locales list
(function words, interface words, words of organisations, places, disciplines, months and
weekdays, author words), and the page never prints any of its words in lower case as a word
of its text (a heading's words, ``Success Stories``, ``Climate Change``, stand in the prose
in lower case; a person's never do), it names no country (``Costa Rica``), and the page
names the person elsewhere as only people are named: in an e-mail address, or by an initial
and the family name, or inverted (:func:`_named_elsewhere`: ``rthakkar@…``, ``R. Thakkar``,
``Thakkar, Rasmiya``; a heading shaped as a name, ``Executive Summary``, ``Wall Street``, is
never printed so). The test needs prose to read: a page shorter than
:data:`MIN_PAGE_CHARS` gives no verdict (a catalogue record's few lines prove nothing).

Read twice (:func:`unlisted_names`): for the one-name byline right under the title
(:func:`comet.page.persons._plausible_bare`), and for the line of names the person model
admits where no hand rule found an author (:func:`comet.page.person_model.rescore`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from comet import locales as _loc
from comet.names import Person
from comet.page.evidence import _Page
from comet.page.languages import _function_words
from comet.page.layout import _by_words
from comet.page.name_vouched import _in_lower_case, _place_words
from comet.page.title_shapes import _organisation_words
from comet.vocab import parse_country

__all__ = ["MIN_PAGE_CHARS", "unlisted_names", "unlisted_person"]

#: characters of a page at least for its lower-case words to tell a name from a heading
#: (about a paragraph of prose or two)
MIN_PAGE_CHARS = 1500
#: a word of a name: a capital, then lower-case letters (a hyphen or an apostrophe inside:
#: ``Lima-Ribeiro``, ``D'Souza``); Latin letters only, checked apart
_WORD = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)?")


@functools.cache
def _listed_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Every word the locales list that is no person's: function, interface, place,
    discipline and month words, organisation and author words (folded)."""
    words: set[str] = set(_function_words(rules))
    for key in ("interface_words", "interface_words_short_line", "discipline_words"):
        words |= _loc.folded_terms("words", rules, key)
    words |= _place_words(rules)
    words |= {_loc.fold(w) for w in _organisation_words(rules)}
    words |= {_loc.fold(w) for w in _by_words(rules)}
    for section in ("months", "weekdays"):
        words |= {w for t in _loc.terms_of(section, rules) for w in _loc.fold(t).split()}
    return frozenset(words)


def _latin(word: str) -> bool:
    """Every letter of ``word`` is a Latin one (accented ones included)."""
    return word.isascii() or all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word
    )


def unlisted_person(page: _Page, p: Person) -> bool:
    """``p`` (as printed: ``Rasmiya Thakkar``) is shaped as a person's name that no locale
    lists and the page never prints in lower case (see the module)."""
    if p.literal is not None or not p.given or not p.family or len(page.text) < MIN_PAGE_CHARS:
        return False
    words = (p.raw or "").split()
    if not 2 <= len(words) <= 3:
        return False
    listed = _listed_words(page.rules)
    for w in words:
        if not _WORD.fullmatch(w) or not w[0].isupper() or not w[1:].replace("-", "").islower():
            return False  # 'ON NOW', 'iPhone', 'Lesen2': no name's word
        if not _latin(w) or _loc.fold(w) in listed:
            return False
    if any(
        _in_lower_case(part, page.text) for w in words for part in re.split(r"[-'’]", w) if part
    ):
        return False
    if parse_country(p.raw or "", strict=False).value is not None:
        return False  # 'Costa Rica', 'Sri Lanka'
    return _named_elsewhere(page, words[0], words[-1])


#: an e-mail address's local part (``rasmiya.thakkar@…``)
_MAIL_LOCAL = re.compile(r"([\w.+-]+)@[\w-]+\.")


def _named_elsewhere(page: _Page, given: str, family: str) -> bool:
    """The page names this person elsewhere as only people are named: in an e-mail
    address (``rthakkar@…``, ``rasmiya.thakkar@…``), or by an initial and the family name
    (``R. Thakkar``, ``Thakkar, R.``) or inverted (``Thakkar, Rasmiya``). A heading shaped as a
    name (``Executive Summary``, ``Wall Street``) is printed in none of these ways."""
    locals_ = page.remember(
        ("mail-locals",),
        lambda: tuple(_loc.fold(m) for m in _MAIL_LOCAL.findall(page.text)),
    )
    fam, giv = _loc.fold(family), _loc.fold(given)
    if len(fam) >= 3 and any(
        fam in m and (giv in m or m.startswith((giv[:1], fam))) for m in locals_
    ):
        return True
    g, f = re.escape(given[:1]), re.escape(family)
    pattern = rf"(?<!\w){g}\.\s?{f}(?!\w)|(?<!\w){f},\s?(?:{g}\.|{re.escape(given)}(?!\w))"
    return re.search(pattern, page.text) is not None


def unlisted_names(page: _Page, persons: Sequence[Person]) -> bool:
    """One name alone, :func:`unlisted_person` (a list of several is judged by the
    lexicons: one known given name among them vouches for the rest)."""
    return len(persons) == 1 and unlisted_person(page, persons[0])
