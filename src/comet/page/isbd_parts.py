"""Parts of an ISBD description's title area that are not the title: the main entry's
heading printed before the title proper in direct order and closed by a full stop (GOST 7.1
and card catalogues: ``Туоминен Арво. Русский Хельсинки / А. Туоминен``), and an age
rating closing the other title information (``Title : роман : 18+``), which Russian
publishers must print and catalogues transcribe.

A heading is read only when the statement of responsibility after `` / `` repeats its
family name: a title that opens with two capitalised words and a stop (``Saint Petersburg.
A history / by A. Fenwick``) keeps them.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.byline_roles import role_phrase

__all__ = [
    "STATEMENT_ROLES",
    "echoed_heading",
    "stated_heading",
    "statement_persons",
]

#: a heading opening the title area: a family name, a comma perhaps, one to three given
#: names or initials, a full stop, then the title's first capital (``Туоминен Арво.``,
#: ``Fenwick, Ada M.``, ``Иванов И. И.``)
_STATED = re.compile(
    r"(?P<family>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?),?\s+"
    r"(?P<given>(?:[^\W\d_]\.\s?){1,3}|[^\W\d_]{2,}(?:\s[^\W\d_]{2,}\.|\s[^\W\d_]\.|\.))"
    r"\s+(?=[^\W\d_])"
)


def stated_heading(title_area: str) -> tuple[dict[str, str], str] | None:
    """The heading before the title in ``title_area`` (title, `` / ``, statement) as a CSL
    name, and the area without it; ``None`` unless the statement after `` / `` repeats the
    heading's family name and the heading closes with a full stop before a capital."""
    title, sep, statement = title_area.partition(" / ")
    m = _STATED.match(title)
    if not sep or m is None:
        return None
    family, given = m.group("family"), " ".join(m.group("given").split())
    if not re.search(r"(?:^|\s)[^\W\d_]\.$", given):  # the area's stop after a full name
        given = given.rstrip(".")
    rest = title[m.end() :]
    if not given or not given[:1].isupper() or not rest[:1].isupper():
        return None
    if re.search(rf"(?<!\w){re.escape(family)}(?!\w)", statement, re.IGNORECASE) is None:
        return None
    return {"family": family, "given": given}, rest + sep + statement


#: an inverted name opening a title with no stop after it (``Браун, Элеонора Мой
#: собственный Париж``): a family name, a comma, one given name, then a capital
_INVERTED = re.compile(r"(?P<family>[^\W\d_][^\W\d_'’-]+),\s(?P<given>[^\W\d_]{2,})\s+(?=[^\W\d_])")


def echoed_heading(title: str, text: str) -> tuple[dict[str, str], str] | None:
    """The heading glued before ``title`` without a stop (``Браун, Элеонора Мой собственный
    Париж``), and the title after it, where the page's ``text`` (its other lines) names the
    person in direct order (``автор книги Элеонора Браун``): a title opening with a word, a
    comma and another word (``Dear, John Letters``) is none unless the page echoes them as a
    name. ``None`` otherwise."""
    m = _INVERTED.match(title)
    if m is None or not m.group("family")[:1].isupper() or not m.group("given")[:1].isupper():
        return None
    rest = title[m.end() :]
    if not rest[:1].isupper():
        return None
    direct = rf"(?<!\w){re.escape(m.group('given'))}\s+{re.escape(m.group('family'))}(?!\w)"
    if re.search(direct, text) is None:
        return None
    return {"family": m.group("family"), "given": m.group("given")}, rest


#: a name in a statement of responsibility the GOST way: initials, then the family name
#: (``О. Кряжевой``, ``Е. С. Тортуновой``, ``A. B. Lind``)
_INITIALS_NAME = r"(?:[^\W\d_]\.\s?){1,3}\s?[^\W\d_][^\W\d_'’-]+"
#: the names closing a part of the statement (after its role word and any words on the
#: languages translated between: ``пер. с англ. И. А. Бочкова``)
_CLOSING_NAMES = re.compile(rf"(?:^|\s)(?P<names>{_INITIALS_NAME}(?:,\s*{_INITIALS_NAME})*)\s*$")
#: the roles a part of a statement may open with (``[person_names]`` of the locales)
STATEMENT_ROLES = ("translator", "editor", "illustrator", "compiler")


def statement_persons(
    statement: str, rules: tuple[_loc.LocaleRules, ...]
) -> dict[str, list[dict[str, str]]]:
    """The persons of the parts of a statement of responsibility that open with a role word
    of the locales (``пер. на рус. О. Кряжевой``, ``перевод с английского Е. С. Тортуновой``,
    ``ред. И. И. Иванов``): the names in initials-first form closing the part, by role. A
    part with no role word (the authors', ``А. Туоминен``) gives none."""
    words = _role_words(rules)
    out: dict[str, list[dict[str, str]]] = {}
    for part in statement.split(" ; "):
        part = part.strip(" .;")
        first = part.split(maxsplit=1)[0].casefold() if part else ""
        role = role_phrase(part, rules)[0] or words.get(first) or words.get(first.rstrip("."))
        role = role if role in STATEMENT_ROLES else None  # ('/ by Ana Ruiz': the authors)
        m = _CLOSING_NAMES.search(part) if role is not None else None
        if role is None or m is None:
            continue
        for name in re.split(r",\s*", m.group("names")):
            given, _, family = name.rpartition(".")
            person = {"family": family.strip(), "given": (given + ".").strip()}
            held = out.setdefault(role, [])
            if person not in held:
                held.append(person)
    return out


@functools.cache
def _role_words(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """First words of a role part (``[person_names]`` terms, casefolded) → CSL role."""
    out: dict[str, str] = {}
    for role in STATEMENT_ROLES:
        for term in _loc.terms_of("person_names", rules, role):
            if " " not in term:
                out.setdefault(term.casefold(), role)
    return out
