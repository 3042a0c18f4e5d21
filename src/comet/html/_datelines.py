"""The writer a dateline under the title names, unlabelled, beside its date
(``5 October 2021 · Rosalind Achebe``): a step of :func:`comet.html.reconcile.reconcile`
for pages where neither the tags, the markup nor the text reader name an author."""

from __future__ import annotations

import functools
import re

from comet.diagnostics import Diagnostic, Severity
from comet.html._headline_names import (
    _date_alone,
    _line_under_title,
    _name_shape,
    _names_only,
    _publication_name,
)
from comet.html._merge import _Merge, _site_names
from comet.html._printed_names import _whole_key
from comet.html.tag_persons import _org_part
from comet.locales import casefolded_terms, resolve
from comet.names import Person, parse_names
from comet.page.name_plausible import known_given

#: A separator between a dateline's two parts: a middle dot, a bullet, a bar or a dash
#: with spaces around it.
_SEPARATOR = re.compile(r"\s+[·•|–—]\s+")
#: Longest dateline read (characters), and most names it may give.
_DATELINE_LENGTH = 160
_MOST_NAMES = 3


def dateline_names(m: _Merge) -> list[Person] | None:
    """The names of the line right under the title where it is a date and a byline and
    nothing else, split by one separator (``5 October 2021 · Rosalind Achebe``, ``Jo Doe |
    March 3, 2021``): one to three persons' names (two to five capitalised words each, no
    organisation's word, not the site's name), each opening with a known given name — so
    that a place (``New Harbour``), a desk (``Politics``) or a reading time is none;
    ``None`` elsewhere."""
    line = _line_under_title(m)
    if not line or len(line) > _DATELINE_LENGTH:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(line.strip())]
    if len(parts) != 2 or _date_alone(parts[0]) == _date_alone(parts[1]):
        return None  # (not a date and one other part)
    rest = parts[1] if _date_alone(parts[0]) else parts[0]
    found = parse_names(rest, order="given-first", strict=False).value
    people = list(found.persons) if found is not None else []
    sites = _site_names(m)
    if not 1 <= len(people) <= _MOST_NAMES or not all(
        _name_shape(p) and not _publication_name(p) and not _org_part(rest)
        and _whole_key(p) not in sites and known_given((p.given or "").split()[0])
        and not _place(p)
        for p in people
    ):  # fmt: skip
        return None
    return people if _names_only(rest, people) else None


@functools.cache
def _place_words() -> frozenset[str]:
    """Words of places' names, folded, of every locale: the last words of a place's or a
    building's name (``[words] place_features``: Park, Street, Hall) and the words of
    places and ways (``[words] place_words``: station, harbour)."""
    rules = resolve(None)
    return casefolded_terms("words", rules, "place_features") | casefolded_terms(
        "words", rules, "place_words"
    )


def _place(p: Person) -> bool:
    """Whether a name read from a dateline is a place's (``Victoria Park``, ``Charlotte
    Harbor``, ``Elizabeth Street``: a given name before a place's word)."""
    words = " ".join(x for x in (p.given, p.particle, p.family) if x).split()
    return any(w.casefold().rstrip(".") in _place_words() for w in words[1:])


def _dateline_authors(m: _Merge) -> None:
    """Where no author was found, the writer the dateline under the title names."""
    if m.changes.get("authors", m.rec.authors):
        return
    people = dateline_names(m)
    if people is None:
        return
    m.diags.append(Diagnostic("dateline-byline", "author: the line under the title is a date "
                              "and a byline, unlabelled: " + "; ".join(
                                  f"{p.given} {p.family}" for p in people),
                              None, Severity.INFO))  # fmt: skip
    m.take("authors", tuple(people), None)
