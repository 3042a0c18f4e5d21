"""A name with its role after a double bar, as Japanese library catalogues print the
persons of a TRC MARC record (``霜島/ケイ‖著``, ``ドーデ‖作``, ``林/静一‖絵``): the family name,
a slash, the given name, then ``‖`` and the role word (``[person_names]`` of the locales:
``author``, ``translator``, ``editor``, ``illustrator``, ``compiler``). Such a record lists
its persons one row each under the same label, with their readings and authority rows
between: every marked row is one person of the work.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person

__all__ = ["ROLE_MARK", "marked_name"]

#: the double bar before a role word
ROLE_MARK = "‖"
#: a name and its role word after the double bar (``霜島/ケイ‖著``); a slash parts family and
#: given name
_MARKED = re.compile(
    r"(?P<family>[^/‖\s][^/‖]{0,30}?)(?:/(?P<given>[^/‖]{1,30}))?‖(?P<role>\S{1,6})"
)
#: the roles of ``[person_names]`` a mark may name, in the order they are looked up
ROLES = ("author", "translator", "editor", "illustrator", "compiler")


@functools.cache
def _role_words(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """Role word (casefolded, no final stop) → CSL role, from ``[person_names]``."""
    out: dict[str, str] = {}
    for role in ROLES:
        for term in _loc.terms_of("person_names", rules, role):
            out.setdefault(term.casefold().rstrip("."), role)
    return out


def marked_name(value: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[Person, str] | None:
    """The person of a role-marked value and the CSL role its mark names; ``None`` when the
    value is not one name with a mark, or the mark is no role word of the locales."""
    m = _MARKED.fullmatch(value.strip())
    if m is None:
        return None
    role = _role_words(rules).get(m.group("role").casefold().rstrip("."))
    if role is None:
        return None
    family, given = m.group("family").strip(), (m.group("given") or "").strip()
    return Person(family=family, given=given or None, raw=value.strip()), role
