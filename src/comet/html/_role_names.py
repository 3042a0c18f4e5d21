"""Names of a work's other contributors from their own tags: its translators and its
illustrators (schema.org ``translator`` and ``illustrator``, a repository's
``DC.contributor.translator``) and the authors of the work a review reviews (schema.org
``itemReviewed``'s ``author``), kept in the record's ``roles``.

A tag's name is taken where the text reader read no one in that role and the page prints
the name (a shop's or a catalogue's item lists its translator; a tag naming someone the page
never shows is not trusted); a text reader's own reading of the role stands."""

from __future__ import annotations

from comet.html._merge import _Merge, key
from comet.html._printed_names import _name_shown
from comet.names import Person

__all__ = ["ROLE_FIELDS", "role_names"]

#: The tag fields read as roles (CSL name variables of ``Record.roles``).
ROLE_FIELDS = ("translator", "illustrator", "reviewed-author")


def role_names(m: _Merge, role: str) -> None:
    """The strongest family's names in ``role``, each once, where the page prints them
    all and the text reader read no one in that role."""
    tvs = m.best(role)
    roles = dict(m.changes.get("roles", m.rec.roles))
    if not tvs or roles.get(role):
        return
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for tv in tvs:
        for p in tv.value if isinstance(tv.value, tuple) else (tv.value,):
            k = (key(p.family or p.literal or ""), key(p.given or ""))
            if k not in seen:
                seen.add(k)
                people.append(p)
    if not people or not all(_name_shown(m.page, p) for p in people):
        return
    roles[role] = tuple(people)
    m.changes["roles"] = roles
    if tvs[0].tag.span is not None:
        m.spans[role] = tvs[0].tag.span
