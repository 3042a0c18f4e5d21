"""The usual name order of the page's language (``[name_grammar] name_order`` of the
locales: ``family-first`` in Hungarian, ``Kiss Éva``): names the page prints without a
comma are read in that order.

The page's language here is that of its field labels (``Szerző:``, ``szerkesztette:``,
``Kiadó:``): the locale whose labels and role words the page prints most, ahead of every
other locale. A name whose given name is a known one and whose family name is not (``John
Smith`` on a Hungarian shop's page) keeps the order it is printed in; names written with a
comma, initials or particles keep the parser's reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from comet import locales as _loc
from comet.names import Person, parse_name
from comet.page.evidence import _lenient, _Page
from comet.page.label_locales import tags_of
from comet.page.name_plausible import _latin, known_given

FAMILY_FIRST = "family-first"
#: an initial (``É.``, ``A.-M.``): a name holding one is left as the parser read it
_INITIAL = re.compile(r"[^\W\d_]{1,2}\.(?:-[^\W\d_]{1,2}\.)?")


def _usual_order(rules: _loc.LocaleRules) -> str | None:
    got = rules.terms("name_grammar", "name_order")
    return got[0] if got else None


def page_name_order(page: _Page) -> str | None:
    """``family-first`` where the page's labels are those of a family-first locale, more of
    them than of any other locale; else ``None`` (names read as printed)."""
    return page.remember("page-name-order", lambda: _page_name_order(page))


def _page_name_order(page: _Page) -> str | None:
    if not any(_usual_order(r) == FAMILY_FIRST for r in page.rules):
        return None
    counts: dict[str, int] = {}
    for lv in page.layout.labels:
        for tag in tags_of(lv.label, page.rules, "labels", "person_names"):
            counts[tag] = counts.get(tag, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None  # labels of two locales alike: no language
    top = next(r for r in page.rules if r.tag == ranked[0][0])
    return FAMILY_FIRST if _usual_order(top) == FAMILY_FIRST else None


def in_page_order(page: _Page, persons: Sequence[Person]) -> tuple[Person, ...]:
    """``persons`` read in the page's usual name order (:func:`page_name_order`): on a
    family-first page, a name printed without a comma (``Rimóczi Imre``) that the parser
    read given-first becomes family name first. A list written family name first by its
    patronymics (:func:`_patronymic_list`) is read so on any page."""
    if not persons:
        return ()
    if _patronymic_list(persons, page):
        # the two-word names follow the list's order only where most names show it (a
        # patronymic last): 'Иванова Мария Петровна, Пьер Дюбуа' keeps the guest's name
        shown = sum(len(p.raw.split()) == 3 for p in persons)
        two_words = shown * 2 > len(persons)
        return tuple(
            _family_first(p, guard=len(p.raw.split()) == 2)
            if two_words or len(p.raw.split()) == 3
            else p
            for p in persons
        )
    if page_name_order(page) != FAMILY_FIRST:
        return tuple(_given_last(p) for p in persons)
    return tuple(_family_first(p) for p in persons)


def _given_last(p: Person) -> Person:
    """``p`` family name first where it is two words in a script other than the Latin one,
    the first no known given name and either the second a known one (``Иванов Пётр``, as
    Russian catalogues and shops print names) or the first ending in a family name's ending
    of the locales and the second in none (``Сомова Дарья``, ``Шевченко Мирослава``): the
    given-name lexicons of those scripts hold their own given names only, never a family name
    (a Latin page's ``Kwame Thomas`` keeps its order: ``Thomas`` is both)."""
    words = p.raw.split()
    if p.literal or len(words) != 2 or "," in p.raw or p.family != words[1] or _latin(p.raw):
        return p
    if known_given(words[0]):
        return p
    if known_given(words[1]) or (_family_ending(words[0]) and not _family_ending(words[1])):
        return _family_first(p, guard=False)
    return p


@functools.cache
def _family_endings() -> tuple[str, ...]:
    """Every locale's ``[name_grammar] family_name_endings``, folded, longest first."""
    got = {
        e.casefold() for e in _loc.terms_of("name_grammar", _loc.all_rules(), "family_name_endings")
    }
    return tuple(sorted(got, key=len, reverse=True))


def _family_ending(word: str) -> bool:
    """``word`` ends in a family name's ending of the locales (``Сомова``, ``Шевченко``)
    with two letters before it at least, and is no known given name (``Яков``)."""
    w = word.casefold()
    return any(w.endswith(e) and len(w) >= len(e) + 2 for e in _family_endings())


@functools.cache
def _patronymic_endings(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    return tuple(e.casefold() for e in _loc.terms_of("name_grammar", rules, "patronymic_endings"))


def _patronymic(word: str, endings: tuple[str, ...]) -> bool:
    w = word.casefold()
    return any(w.endswith(e) and len(w) > len(e) + 1 for e in endings)


def _patronymic_list(persons: Sequence[Person], page: _Page) -> bool:
    """Names printed without commas, two or three words each, one of three words at least
    ending in a patronymic (``[name_grammar] patronymic_endings``) and none with one in
    the middle: ``Лиштенан Франсин-Доминик, Соболева Лариса Степановна`` is written family
    name, given name, patronymic — the list's two-word names too (``Иван Петрович
    Сидоров``, a patronymic in the middle, and a name opening with a known given name,
    ``Анна Мария Богданович``, are given name first)."""
    endings = _patronymic_endings(page.rules)
    if not endings:
        return False
    last = False
    for p in persons:
        words = p.raw.split()
        if p.literal or "," in p.raw or not 2 <= len(words) <= 3:
            return False
        if any(_INITIAL.fullmatch(w) or not w[:1].isupper() for w in words):
            return False
        if known_given(words[0]):
            if len(words) == 3:
                return False  # 'Анна Мария Богданович': a given name first, a family name in -ич
            continue  # 'Жан Мортье': a guest's name given first, kept as printed below
        if len(words) == 3:
            if _patronymic(words[1], endings):
                return False
            last = last or _patronymic(words[2], endings)
    return last


def _family_first(p: Person, *, guard: bool = True) -> Person:
    """``p`` (read from text without a comma) with its first printed word as the family
    name and the rest as given names; with ``guard``, a name opening with a known given
    name and ending with none keeps its order."""
    if p.literal or p.particle or p.suffix or "," in p.raw:
        return p
    words = [w for w in p.raw.split() if w != p.title] if p.title else p.raw.split()
    if p.title and words and words[0].startswith(p.title):  # 'Dr.Rimóczi Imre'
        words[0] = words[0][len(p.title) :]
    if not 2 <= len(words) <= 3 or any(_INITIAL.fullmatch(w) for w in words):
        return p
    if sorted(words) != sorted([*(p.given or "").split(), *(p.family or "").split()]):
        return p  # (the parser read more or less than the printed words)
    if guard and known_given(words[0]) and not known_given(words[-1]):
        return p  # 'John Smith': a given name first, as printed
    flipped: Person | None = _lenient(parse_name, f"{words[0]}, {' '.join(words[1:])}")
    if flipped is None or flipped.family != words[0]:
        return p
    return attrs.evolve(flipped, title=p.title, raw=p.raw)
