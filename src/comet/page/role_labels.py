"""Names under a label of their role in a record's table (``Translator: Ana Ruiz``,
``Çevirmen: Levent Yılmaz``, ``Vertaler`` / ``Inge Pieters``): the work's translators and
illustrators, kept out of its authors.

The role labels are locale data (``[labels]`` ``translator``, ``illustrator``); a value is
read only where the name parser gives persons (not a body, not a sentence).
"""

from __future__ import annotations

import re

from comet.names import Person, parse_names
from comet.page.byline_roles import role_phrase
from comet.page.evidence import _lenient, _Page
from comet.page.isbd import EVIDENCE as ISBD_EVIDENCE
from comet.page.isbd_parts import STATEMENT_ROLES
from comet.page.name_checks import _names_ok
from comet.page.role_marks import ROLE_MARK, marked_name

__all__ = ["ROLE_KEYS", "labelled_roles", "same_person", "statement_roles"]

#: label keys of a role → the CSL name variable its names go to
ROLE_KEYS = {"translator": "translator", "illustrator": "illustrator"}
#: characters of a role label's value at most (a name or a few; a sentence is no value)
ROLE_VALUE_CHARS = 120


def labelled_roles(page: _Page) -> dict[str, list[Person]]:
    """The persons of each role label of the page (in page order, each once), from the
    page's main text (weight 1 or more), and those of the role phrases of its title label's
    statement of responsibility (:func:`statement_roles`)."""
    out = statement_roles(page)
    for item, _span, _w, evidence in page.cites:  # '… / А. Туоминен ; пер. О. Кряжевой'
        for role in STATEMENT_ROLES if evidence == ISBD_EVIDENCE else ():
            held = out.setdefault(role, []) if item.get(role) else []
            held.extend(p for p in map(Person.from_csl, item.get(role) or ()) if p not in held)
    for lv in page.layout.values(*ROLE_KEYS):
        value = lv.value.strip().strip(",;")
        if not value or len(value) > ROLE_VALUE_CHARS or page.weight(lv.value_start) < 1:
            continue
        plist = _lenient(parse_names, value, locales=page.rules)
        if plist is None or not _names_ok(list(plist)):
            continue
        held = out.setdefault(ROLE_KEYS[lv.key], [])
        held.extend(p for p in plist if p not in held)
    for lv in page.layout.values("author"):  # '林/静一‖絵': a marked row of another role
        marked = marked_name(lv.value, page.rules) if ROLE_MARK in lv.value else None
        if marked is not None and marked[1] in ROLE_KEYS.values():
            held = out.setdefault(marked[1], [])
            if marked[0] not in held:
                held.append(marked[0])
    return out


#: a title label's statement of responsibility, after the ISBD slash (``Nemesis : Roman /
#: Isaac Asimov ; deutsche Übersetzung von Irene Holicki``)
_STATEMENT = re.compile(r"\s/\s+(?P<statement>\S.*)$")


def statement_roles(page: _Page) -> dict[str, list[Person]]:
    """The persons of the role phrases in a title label's statement of responsibility, one
    part a role (``; deutsche Übersetzung von Irene Holicki``, ``; translated by Ana Ruiz``,
    ``; edited by …``): the part opens with a role phrase of the locales (``[person_names]``
    translator, editor, illustrator, compiler) and the name parser reads persons after it."""
    out: dict[str, list[Person]] = {}
    for lv in page.layout.values("title"):
        m = _STATEMENT.search(lv.value)
        if m is None or page.weight(lv.value_start) < 1:
            continue
        for part in m.group("statement").split(" ; "):
            role, rest = role_phrase(part.strip(" .;"), page.rules)
            if role is None or role == "author":
                continue
            plist = _lenient(parse_names, rest.strip(" .;"), locales=page.rules)
            if plist is None or not _names_ok(list(plist)):
                continue
            held = out.setdefault(role, [])
            held.extend(p for p in plist if p not in held)
    return out


def same_person(person: Person, persons: list[Person]) -> bool:
    """``person`` is one of ``persons`` (same family and given name, or same literal,
    compared case-folded)."""

    def key(p: Person) -> tuple[str, str, str]:
        return (
            (p.family or "").casefold(),
            (p.given or "").casefold(),
            (p.literal or "").casefold(),
        )

    return key(person) in {key(p) for p in persons}
