"""Whether a bare line of names names people: a line under a heading with no author word
before it (``By``, ``Von``) and no label is a byline only when its names look like
people's names (a known given name, or initials), not like a section, a product or a
heading (``Pop Culture``, ``Closing Bell``, ``Erste Prognosen``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

from comet import locales as _loc
from comet.names import Person
from comet.text.scripts import UNSPACED

#: the ``[name_grammar]`` keys of given names: read by the name parser (``given_names``,
#: ``only_given_names``) and by this check alone (``common_given_names``)
GIVEN_KEYS = ("given_names", "only_given_names", "common_given_names")

#: a given name of initials only: ``J.``, ``J. R.``, ``J.-P.``, ``JR``
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.[\s-]?){1,3}|[A-Z]{1,2}")
_PARTS = re.compile(r"[-‐‑]")
#: a letter of a script written without spaces between words (Han, kana)
_UNSPACED = UNSPACED


@functools.cache
def given_name_lexicon() -> frozenset[str]:
    """Every locale's given names (``[name_grammar]`` :data:`GIVEN_KEYS`), folded and without
    accents: a name may stand on a page of any language (a German page's author may be
    *Nikolai*), with or without its accents (*Ines*, *Inès*)."""
    from comet.names.rules import name_files

    rules = (*_loc.all_rules(), *name_files())
    return frozenset(
        _bare(t) for key in GIVEN_KEYS for t in _loc.terms_of("name_grammar", rules, key)
    )


@functools.cache
def _cities() -> frozenset[str]:
    """Every locale's cities, folded: a name that is one (``Novi Sad``) is a place's."""
    return _loc.folded_terms("places", _loc.all_rules(), "cities")


def _bare(word: str) -> str:
    """``word`` folded and without accents: ``Inès``, ``Inés`` and ``Ines`` are one name."""
    folded = _loc.fold(word)
    if folded.isascii():
        return folded
    parts = unicodedata.normalize("NFD", folded)
    return unicodedata.normalize("NFC", "".join(c for c in parts if not unicodedata.combining(c)))


@functools.cache
def family_first_lexicon() -> frozenset[str]:
    """Every locale's ``[name_grammar].family_first_surnames``, folded (accents kept:
    Vietnamese *Lê* is no French *le*): the commonest surnames of the languages that write
    the family name first (Hungarian, Vietnamese)."""
    return frozenset(
        _loc.fold(t)
        for t in _loc.terms_of("name_grammar", _loc.all_rules(), "family_first_surnames")
    )


@functools.cache
def han_surnames() -> frozenset[str]:
    """Every locale's common and compound Han and Hangul surnames (``[name_grammar]
    common_surnames``, ``compound_surnames``: ``张``, ``欧阳``, ``김``)."""
    from comet.names.rules import name_files

    rules = (*_loc.all_rules(), *name_files())
    return frozenset(
        t for key in ("common_surnames", "compound_surnames")
        for t in _loc.terms_of("name_grammar", rules, key)
    )  # fmt: skip


def family_first(p: Person) -> Person | None:
    """``p`` read family name first where its first word is a surname of a language that
    writes the family name first and its last word is none (``Nguyễn Phúc Quân``, ``Kiss
    Éva``: family *Nguyễn*, *Kiss*); ``None`` for a name written with a comma, of one word
    or of five or more, or whose last word is such a surname too (``Éva Kiss``, ``Simon
    Nagy`` stay as they are)."""
    raw = (p.raw or "").strip()
    words = raw.split()
    if "," in raw or not 2 <= len(words) <= 4 or p.literal is not None:
        return None
    lex = family_first_lexicon()
    if _loc.fold(words[0]) not in lex or _loc.fold(words[-1]) in lex:
        return None
    if p.family == words[0]:
        return None  # (read so already)
    return attrs.evolve(p, family=words[0], given=" ".join(words[1:]), particle=None)


@functools.cache
def only_given_lexicon() -> frozenset[str]:
    """Every locale's ``only_given_names`` (given names seldom family names: *Julie*,
    *Sari*) that no locale lists among its ``given_names`` (names that are family names
    too: *Martin*), folded and without accents, as the name parser reads them."""
    from comet.names.rules import name_files

    rules = (*_loc.all_rules(), *name_files())
    also_family = {_bare(t) for t in _loc.terms_of("name_grammar", rules, "given_names")}
    only = {_bare(t) for t in _loc.terms_of("name_grammar", rules, "only_given_names")}
    return frozenset(only - also_family)


def given_name_last(p: Person) -> bool:
    """``p`` printed as two words without a comma, read given name first, whose family word
    is a name known only as a given name (``Yunita Sari``, ``Kelsa Julie``): without a comma
    its order is unsure, and a given name in either place names a person."""
    words = (p.raw or "").split()
    return (
        len(words) == 2
        and "," not in (p.raw or "")
        and words == [p.given, p.family]
        and _bare(words[1]) in only_given_lexicon()
    )


def known_given(word: str) -> bool:
    """``word`` is a known given name, whole or by its first part (``Jean-Luc``, ``Anna-Lena``)."""
    lex = given_name_lexicon()
    if _bare(word.strip(".,")) in lex:
        return True
    first = _PARTS.split(word, maxsplit=1)[0]
    return first != word and _bare(first) in lex


def _latin(text: str) -> bool:
    """Every letter of ``text`` is a Latin letter (accented ones included)."""
    if text.isascii():
        return True  # (every letter a basic Latin one: checked in C)
    # each distinct letter once (a line repeats its letters; the set is built in C)
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN")
               for c in set(text) if c.isalpha())  # fmt: skip


def plausible_person(p: Person) -> bool:
    """A person's name whose given name is initials (``J. R. Stone``) or opens with a known
    given name (``Ana Ruiz``, ``ANA RUIZ``, ``Jean-Luc Moreau``) or, printed in two words
    without a comma, closes with a name known only as a given one (``Yunita Sari``: either
    word may be the given name); a name without a given name
    (a literal, one word) is never plausible on this evidence. Names in other scripts than
    the Latin one are not judged (plausible), but a name in Han or kana must be written as
    one word, as Chinese names are, or a known Japanese family name, a space and the given
    name (``山田 太郎``)."""
    given = (p.given or "").split()
    if not given or p.literal is not None:
        return False
    raw_words = (p.raw or "").split()
    if (
        raw_words[:1] == [p.family]
        and len(raw_words) >= 3
        and _loc.fold(p.family or "") in family_first_lexicon()
    ):
        # 'Nguyễn Phúc Quân': a known surname of a family-first language first; a name of
        # two syllables only may be a place's ('Hà Nội', 'Đà Nẵng': persons18 review)
        return True
    whole = f"{p.given}{p.family or ''}"
    if _UNSPACED.search(whole):
        # a Chinese name is written as one word ('赵文静'); characters with spaces between
        # them ('本語 日') are the pieces of a line in a script without spaces, unless a
        # known Japanese family name stands before the space ('山田 太郎': persons25)
        raw = (p.raw or whole).strip()
        if not any(c.isspace() for c in raw):
            return True
        return raw.split() == [p.family, p.given] and (
            (p.family or "") in family_first_lexicon() or (p.family or "") in han_surnames()
        )  # '张 伟': a Chinese surname, a space, the given name (journals pad names so)
    if not _latin(whole):
        return True  # the lexicon holds Latin names: 'Иван Петров' is not judged
    if _loc.fold(f"{p.given} {p.family or ''}".strip()) in _cities():
        return False  # 'Novi Sad': a city of the lexicon opening with a given name (review26)
    if _INITIALS.fullmatch(p.given or "") and not (
        "." not in (p.given or "") and (p.family or "").isupper()
    ):
        return True  # 'J. R. Stone', 'JR Stone' ('ON NOW' in capitals is no 'O. N. Now')
    return (
        known_given(given[0])
        or given_name_last(p)
        or (len(given) > 1 and _INITIALS.fullmatch(given[0]) is not None and known_given(given[1]))
    )


def plausible_names(
    persons: Sequence[Person], *, one_line: bool = True, marked: bool = False
) -> bool:
    """A bare list of names reads as people: one name alone is :func:`plausible_person`;
    a list of several needs one such name, unless it has a paper's byline shape: three
    names or more on ``one_line``, or names on one line that carry affiliation marks
    (``marked``: ``Ida Vell1, Oro Tamsk2``; one such name alone too: ``Ida Vell1``; names one
    a line when the caller found every one marked). Names one a line, none of them plausible, are a
    menu (``Xbox One`` / ``Nintendo Switch``); two joined by a list word may be a heading
    (``Singapore Food and Lifestyle Blog``)."""
    if not persons:
        return False
    if len(persons) == 1:  # (a name with an affiliation mark, 'Ada Quell1', is a byline's)
        p = persons[0]
        return plausible_person(p) or (marked and one_line and bool(p.given and p.family))
    if any(plausible_person(p) for p in persons):
        return True
    return (one_line and len(persons) >= 3) or marked
