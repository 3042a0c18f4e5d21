"""A work's one edition: the schema.org ``workExample`` of a record page.

schema.org describes a book as a work whose ``workExample`` items are its editions (the
book markup search engines ask for: a ``Book`` with its name and author, each edition a
``Book`` of its own with its ``isbn``, ``bookFormat``, ``inLanguage``, ``datePublished``,
``numberOfPages``).  A shop's or a library catalogue's page of one edition gives the work
with that one edition: the edition's properties are the record's (``tags.toml`` maps
``schema:workexample.*``).  A work with several editions (a page of the work, listing
them) gives none of them: which one the record is, the page does not say.
"""

from __future__ import annotations

from typing import Any

__all__ = ["one_edition"]

#: The dotted path prefix :func:`comet.html.embedded._flatten` gives an edition's properties.
PREFIX = "workexample."


def _editions(work: dict[str, Any]) -> int:
    """How many items the work's ``workExample`` properties hold (a property name may be
    a full IRI, ``http://schema.org/workExample``; microdata gives every value as a list)."""
    n = 0
    for key, value in list(work.items())[:200]:
        if isinstance(key, str) and key.rsplit("/", 1)[-1].lower() == "workexample":
            n += len(value) if isinstance(value, list) else 1
    return n


def one_edition(work: dict[str, Any], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` (a work item's dotted properties) without its editions' properties where
    the work holds more than one edition.

    >>> pairs = [("name", "Tides"), ("workexample.isbn", "9780306406157")]
    >>> one_edition({"workExample": {"isbn": "9780306406157"}}, pairs) == pairs
    True
    >>> one_edition({"workExample": [{"isbn": "9780306406157"}, {"isbn": "9781861972712"}]},
    ...             pairs)
    [('name', 'Tides')]
    """
    if _editions(work) <= 1:
        return pairs
    return [(p, v) for p, v in pairs if not p.startswith(PREFIX)]
