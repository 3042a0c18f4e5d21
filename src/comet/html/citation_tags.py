"""A tag that holds the work's whole citation (Dublin Core's ``bibliographicCitation``, a
repository's ``DC.identifier.citation``) read as a reference: its volume, issue and range
of pages, and its container where the citation names the work's own title before it.

Such a tag is the repository's reference to the work, written in a citation style: where
it names the journal and the work's place in it, it states what a repository's Dublin Core
has no tag of its own for.  Its values weigh less than its family's own tags (a
``DC.source.volume`` is a field stated by name; a citation's volume is read from prose),
and a value its reading does not give plainly is not given: a container only where the
citation's title is one of the page's other titles (a citation whose first words are a
journal's name reads as an author and a title), pages only as a range (a single number
may be a book's count of pages).

>>> cited = "Vik, S. Salt in the Fjords. Boreal Waters, 2019, 12(3), 45-67."
>>> sorted(citation_fields(cited, ["Salt in the Fjords"]))
[('container-title', 'Boreal Waters'), ('issue', '3'), ('page', '45-67'), ('volume', '12')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from comet.errors import ParseError
from comet.references import parse_reference

__all__ = ["CITATION_DISCOUNT", "MAX_CITATION_LENGTH", "citation_fields"]

#: How much less than its family's own tags a value read from a citation tag weighs.
CITATION_DISCOUNT = 0.1
#: Longest citation tag read (characters): a reference is a line, not an abstract.
MAX_CITATION_LENGTH = 600
#: Longest volume or issue taken from a citation (a code, not a phrase).
MAX_CODE_LENGTH = 20


_WORD = re.compile(r"[^\W_]+")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def citation_fields(text: str, titles: Iterable[str]) -> list[tuple[str, str]]:
    """The fields (name, text) of the reference a citation tag's value holds: volume,
    issue, a range of pages, and the container where the citation's title is one of
    ``titles`` (the page's title tags).  Each is typed by its field's parser afterwards
    (:func:`comet.html.mapping.map_tags`)."""
    text = text.strip()
    if not text or len(text) > MAX_CITATION_LENGTH:
        return []
    try:
        ref = parse_reference(text, strict=False).value
    except ParseError:
        return []
    if ref is None:
        return []
    csl = ref.to_csl()
    out: list[tuple[str, str]] = []
    for field in ("volume", "issue"):
        value = str(csl.get(field) or "").strip()
        if value and len(value) <= MAX_CODE_LENGTH:
            out.append((field, value))
    page = str(csl.get("page") or "")
    if "-" in page or "\u2013" in page:  # a range: one number may be a book's page count
        out.append(("page", page))
    container, title = csl.get("container-title"), csl.get("title")
    if container and title and _key(str(title)) in {_key(t) for t in titles}:
        out.append(("container-title", str(container)))
    return out
