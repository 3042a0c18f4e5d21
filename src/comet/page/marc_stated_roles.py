"""The roles a MARC record's statement of responsibility gives the names of its added
entries: a part of the statement (245 ``$c``; KORMARC's ``▼d`` and ``▼e``) that is a name
with a role word after it (``우인하 옮김``, ``林静一 絵``: the locales' ``[person_names]``
terms, as Korean and Japanese print a role after the name) makes the added entry (700, no
relator) of that name the work's translator, editor or illustrator, no mere contributor.
An author's part (``지음``) moves nothing: the main entry already names the author.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from comet.page.marc_view import MarcField

if TYPE_CHECKING:
    from comet.names import Person

__all__ = ["STATED_ROLES", "name_key", "stated_roles"]

#: the roles a statement's part may give an added entry
STATED_ROLES = ("translator", "editor", "illustrator")
#: the subfields of a title field that hold statements of responsibility
_STATEMENT_CODES = ("c", "d", "e")
#: a name's other script in brackets after it (``나와코타로(名和小太郞)``)
_BRACKETED = re.compile(r"\([^()]*\)")


@functools.cache
def _role_words() -> dict[str, str]:
    """Role words of the locales (casefolded) → the role (:data:`STATED_ROLES`)."""
    from comet import locales as _loc

    rules = _loc.all_rules()
    return {t.casefold(): role for role in STATED_ROLES
            for t in _loc.terms_of("person_names", rules, role)}  # fmt: skip


def name_key(person: Person) -> str:
    """A person's name without spaces and stops, casefolded (``우 인하`` → ``우인하``)."""
    text = person.literal or f"{person.family or ''}{person.given or ''}"
    return re.sub(r"[\s.,]+", "", text).casefold()


def stated_roles(fields: Sequence[MarcField], title_tag: str) -> dict[str, str]:
    """Name keys (:func:`name_key`) → role, from the parts of the title field's statements
    that close with a role word (``우인하 옮김`` → ``{"우인하": "translator"}``)."""
    words = _role_words()
    out: dict[str, str] = {}
    for f in fields:
        if f.tag != title_tag:
            continue
        for sub in (s for s in f.subfields if s.code in _STATEMENT_CODES):
            for part in re.split(r"[;,]", sub.value):
                tokens = _BRACKETED.sub("", part).strip(" ./").split()
                if len(tokens) < 2 or len(tokens) > 4 or tokens[-1].casefold() not in words:
                    continue
                out[re.sub(r"[\s.]+", "", "".join(tokens[:-1])).casefold()] = words[
                    tokens[-1].casefold()
                ]
    return out
