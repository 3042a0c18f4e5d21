"""Person names and author lists: ``parse_names``, ``parse_name`` and :class:`Person`.

An author string is read as a whole list: whether it is written ``Family, Given, Family,
Given`` or ``Given Family, Given Family`` is decided from the pattern of the *whole* list
(initials, comma counts, where the connectors ``and``/``&``/``og``/``och``/``und``… stand),
and a reading that is a guess is reported in the diagnostics.

>>> names = parse_names("Berg, Anna and Holm, Peter")
>>> [p.display() for p in names], names.order
(['Berg, Anna', 'Holm, Peter'], <NameOrder.FAMILY_FIRST: 'family-first'>)
>>> [p.display() for p in parse_names("Lars Bo Nielsen, Catherine Smith")]
['Nielsen, Lars Bo', 'Smith, Catherine']
>>> [p.display() for p in parse_names("Olsson, J., Berg M., Hysing E., Kristianssen A-K., Petersén, A.")]
['Olsson, J.', 'Berg, M.', 'Hysing, E.', 'Kristianssen, A-K.', 'Petersén, A.']
>>> p = parse_name("van der Berg, J.")
>>> p.particle, p.family, p.given, p.initials
('van der', 'Berg', 'J.', 'J.')
>>> p.to_csl()
{'family': 'Berg', 'given': 'J.', 'non-dropping-particle': 'van der'}
>>> parse_name("Växjö kommun").literal
'Växjö kommun'
>>> parse_name("Møller, A.").match_key == parse_name("Moller, Anne").match_key
True
>>> parse_name("Petersén, A.").sort_key
'petersen a'

Conventions (``docs/names.md``): in given-first order the *last* word is the family name
(``Lars Bo Nielsen`` → family ``Nielsen``, given ``Lars Bo``) with the
particles before it (``Ludwig van Beethoven`` → particle ``van``); after a comma a
multi-word family name stays whole (``Narbutaite Aflaki, I.``).  ``raw`` always keeps the
name as written.
"""

from __future__ import annotations

from comet.names.api import parse_name, parse_names
from comet.names.build import _initials_of
from comet.names.record import MAX_LENGTH, LocalesArg, NameOrder, Person, PersonList
from comet.names.rules import _rules
from comet.names.tokens import _org_word

__all__ = [
    "MAX_LENGTH",
    "LocalesArg",
    "NameOrder",
    "Person",
    "PersonList",
    "initials",
    "is_organisation_word",
    "parse_name",
    "parse_names",
    "weak_titles",
]


def initials(given: str) -> str | None:
    """The initials of a given name as :class:`Person` keeps them (``"Julie Borup"`` →
    ``"J. B."``, ``"Jean-Paul"`` → ``"J.-P."``), or ``None`` without one.

    >>> initials("Julie Borup")
    'J. B.'
    """
    return _initials_of(given.split())


def is_organisation_word(word: str, *, locales: LocalesArg = None) -> bool:
    """Whether ``word`` marks an organisation in a name list (``Inc.``, ``University``,
    ``Verlag``, ``Society`` … from the locales' ``[person_names].organisation_words``).

    >>> is_organisation_word("University")
    True
    """
    from comet.locales import resolve

    return _org_word(_rules(resolve(locales)), word)


def weak_titles(*, locales: LocalesArg = None) -> frozenset[str]:
    """Titles of the locales that are also ordinary words or names (folded, without dots),
    read as a title only before a full name (``Doña`` in Spanish, ``Madam``)."""
    from comet.locales import resolve

    return frozenset(_rules(resolve(locales)).weak_titles)
