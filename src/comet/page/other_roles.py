"""Names a page prints with another role than the author's in brackets (``Irene Holicki
(Übersetzer)``, ``Ana Ruiz (translator)``, as a catalogue's list of contributors does): such a
person read into a bare list of authors (``Isaac Marsh und Irene Holicki`` over the title)
is the work's translator or illustrator, no author. The role words are the locales'
``[person_names]`` ``translator`` and ``illustrator`` terms.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person
from comet.page.evidence import Cand, _Page

__all__ = ["without_other_roles"]

#: the roles whose bracketed word takes a person out of the authors
OTHER_ROLES = ("translator", "illustrator")
#: a name (no digit, no bracket, no list sign) and its role word in brackets
_NAME_ROLE = re.compile(
    r"(?P<name>[^\W\d_][^\W\d_ .'‐-]*(?:[ .'‐-]+[^\W\d_]+){1,4})\s*\((?P<role>[^()\d]{2,24})\)"
)


def _words(name: str) -> frozenset[str]:
    return frozenset(_loc.fold(w) for w in re.split(r"[\s.]+", name) if len(w) > 1)


#: characters of a role word looked at after an opening bracket (the pre-test's key)
_PREFIX = 3


class _Roles(frozenset[str]):
    """The other roles' words, casefolded, with their first :data:`_PREFIX` characters."""

    prefixes: dict[str, tuple[str, ...]]
    short: tuple[str, ...]
    #: the short words by their lengths (a bracket's head cut to each length is looked up)
    short_lengths: tuple[tuple[int, frozenset[str]], ...]
    longest: int


@functools.cache
def _role_words(rules: tuple[_loc.LocaleRules, ...]) -> _Roles:
    """The locales' translator and illustrator words, folded (and their beginnings)."""
    roles = _Roles(frozenset().union(*(_loc.casefolded_terms("person_names", rules, k)
                                       for k in OTHER_ROLES)))  # fmt: skip
    prefixes: dict[str, list[str]] = {}
    for r in roles:
        if len(r) >= _PREFIX:
            prefixes.setdefault(r[:_PREFIX], []).append(r)
    roles.prefixes = {k: tuple(v) for k, v in prefixes.items()}
    roles.short = tuple(r for r in roles if len(r) < _PREFIX)
    roles.short_lengths = tuple(
        (n, frozenset(r for r in roles.short if len(r) == n))
        for n in sorted({len(r) for r in roles.short})
    )
    roles.longest = max((len(r) for r in roles), default=0)
    return roles


def _role_opens(text: str, at: int, roles: _Roles) -> bool:
    """One of the role words opens ``text`` at ``at`` (right after a bracket), in any case."""
    head = text[at : at + roles.longest + 2].casefold()
    if any(head.startswith(r) for r in roles.prefixes.get(head[:_PREFIX], ())):
        return True
    return any(head[:n] in short for n, short in roles.short_lengths)


def _opening_brackets(text: str) -> list[int]:
    """Where the opening round brackets of ``text`` stand."""
    out, at = [], text.find("(")
    while at >= 0:
        out.append(at)
        at = text.find("(", at + 1)
    return out


def _other_role_names(page: _Page) -> tuple[frozenset[str], ...]:
    """The words of each name the page prints with an other role's word in brackets."""

    def compute() -> tuple[frozenset[str], ...]:
        if "(" not in page.text:
            page.memo["authored-names"] = frozenset()
            return ()
        roles = _role_words(page.rules)
        if not any(_role_opens(page.text, i + 1, roles)
                   for i in _opening_brackets(page.text)):  # fmt: skip
            page.memo["authored-names"] = frozenset()
            return ()  # (no other role's word opens a bracket: the regex is not run)
        authors = _loc.casefolded_terms("person_names", page.rules, "author")
        named, authored = [], set()
        for m in _NAME_ROLE.finditer(page.text):
            role = m.group("role").strip().casefold()
            if role in roles:
                named.append(_words(m.group("name")))
            elif role in authors:
                authored.add(_words(m.group("name")))
        page.memo["authored-names"] = frozenset(authored)
        return tuple(n for n in named if n and n not in authored)  # (one's own translator)

    return page.remember("other-role-names", compute)


def printed_as_author(page: _Page, person: Person) -> bool:
    """The page prints ``person`` with an author's word in brackets too (``Ida Moe
    (Verfasser)``): an author, whatever other role it names them in."""
    _other_role_names(page)
    return _person_words(person) in page.memo.get("authored-names", frozenset())


def _person_words(p: Person) -> frozenset[str]:
    return _words(f"{p.given or ''} {p.family or ''}")


def without_other_roles(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the persons the page names with another role in brackets (see the
    module); a candidate left with no person is dropped."""
    others = _other_role_names(page)
    if not others:
        return cands
    out = []
    for c in cands:
        kept = tuple(p for p in c.value if _person_words(p) not in others)
        if len(kept) != len(c.value):
            if not kept:
                continue
            c.value = kept
        out.append(c)
    return out
