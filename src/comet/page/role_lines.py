"""A line that is a name with its role in brackets (``Irina Vestmark (Autor)``, ``Ana Ruiz
(Author)``): how a book shop's or a document platform's header prints the author.

Shared by the author reader (:mod:`comet.page.author_lines`, which reads the name) and the
menu finder (:mod:`comet.page.title_lines`: such a line is never a menu entry, so a product's
block of short lines, title over its author, is no site menu). The role words are the
locales' ``[person_names].author`` terms.
"""

from __future__ import annotations

import re

from comet import locales as _loc

#: a line of names closed by one bracketed word or two (``Irina Vestmark (Autor)``)
ROLE_IN_BRACKETS = re.compile(r"(?P<names>[^()]{3,120}?)\s*\((?P<role>[^()\d]{2,24})\)\s*")


def author_role(role: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether a bracketed word is an author word of the locales (``Autor``, ``Author``)."""
    return role.strip().casefold() in _loc.casefolded_terms("person_names", rules, "author")


def role_named(text: str, rules: tuple[_loc.LocaleRules, ...]) -> re.Match[str] | None:
    """The match of a whole line that is names and an author word in brackets, or ``None``
    (the names are not parsed here: the caller does, where it needs them)."""
    m = ROLE_IN_BRACKETS.fullmatch(text.strip())
    return m if m is not None and author_role(m.group("role"), rules) else None


#: one name and its role in brackets, in a list of them (``Ana Ruiz (Author), Ida Moe
#: (Editor)``): the part up to the bracket's end
_NAMED_ROLE = re.compile(r"\s*(?P<name>[^(),;]{3,80}?)\s*\((?P<role>[^()\d]{2,24})\)\s*[,;]?")


def names_of_roles(text: str, rules: tuple[_loc.LocaleRules, ...]) -> list[tuple[str, str]]:
    """Each ``(name, role word)`` of a line listing names each with its role in brackets
    (``Ana Ruiz (Author), Ida Moe (Editor)``); empty for any other line."""
    t = text.strip()
    if t.count("(") < 2:
        return []
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(t):
        m = _NAMED_ROLE.match(t, pos)
        if m is None:
            return []
        out.append((m.group("name").strip(), m.group("role").strip()))
        pos = m.end()
    return out if len(out) >= 2 else []


def authors_of_roles(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The author names of a line listing names each with its role in brackets (``Ana Ruiz
    (Author), Ida Moe (Editor)``: ``Ana Ruiz``; a shop's contributors), joined by commas;
    ``None`` for any other line (one bracket alone: :func:`role_named`; no author word in a
    bracket; text left over between the parts)."""
    if text.count("(") < 2:
        return None
    names: list[str] = []
    pos = 0
    t = text.strip()
    roles = 0
    while pos < len(t):
        m = _NAMED_ROLE.match(t, pos)
        if m is None:
            return None
        roles += 1
        if author_role(m.group("role"), rules):
            names.append(m.group("name").strip())
        pos = m.end()
    return ", ".join(names) if roles >= 2 and names else None
