"""The book a DOI names: publishers build book and chapter DOIs from the book's ISBN.

A DOI whose suffix holds a valid ISBN-13 names that book (``10.5555/9780555123454``),
or a part of it when something follows the ISBN: a chapter or section number however
the publisher writes it (``.ch001``, ``_7``, ``-3``, ``.003.0001``, ``/chapter-2``).  The
rule is the DOI's shape, not a publisher's habit: any letter or digit after the ISBN is
the part's designation.

>>> b = book_in_doi("10.5555/978-0-912345-67-3.ch001")
>>> b.isbn.isbn13, b.part, b.is_part
('9780912345673', 'ch001', True)
>>> book_in_doi("10.5555/9780555123454").is_part
False
>>> book_in_doi("10.5555/978-0-00-000001-9_7").part
'7'
>>> book_in_doi("10.5555/owl.2022.2081552") is None
True
"""

from __future__ import annotations

import re

import attrs

from comet.identifiers import doi as _doi
from comet.identifiers import isbn as _isbn
from comet.identifiers._util import isbn13_check_char
from comet.identifiers.doi import Doi
from comet.identifiers.isbn import Isbn
from comet.records import RecordMixin

__all__ = ["BookInDoi", "book_in_doi"]

# an ISBN-13 inside a DOI suffix, hyphenated or not; what follows may start with a hyphen
# and a digit (``9780555123454-3``: a chapter), unlike an ISBN in running text
_ISBN13 = re.compile(r"(?<![0-9])97[89](?:-?[0-9]){10}(?![0-9])")
# separators between the ISBN and the part's designation
_SEPARATORS = "._-/:;,"


@attrs.frozen
class BookInDoi(RecordMixin):
    """The book (its ISBN) a DOI names, and the part of it (``""`` for the whole book)."""

    isbn: Isbn
    part: str
    doi: str = attrs.field(default="", eq=False)

    @property
    def is_part(self) -> bool:
        """Whether the DOI names a part of the book (a chapter, a section), not all of it."""
        return bool(self.part)


def doi_value(value: object) -> Doi | None:
    """``value`` as a :class:`Doi`: itself, a string's lenient parse, or ``None`` (also for a
    string that is no DOI and for any other type). Never raises."""
    if isinstance(value, Doi):
        return value
    return _doi.parse(value, strict=False).value if isinstance(value, str) else None


def book_in_doi(value: str | Doi) -> BookInDoi | None:
    """The book whose ISBN-13 the DOI ``value`` embeds, or ``None`` (no ISBN inside, or
    ``value`` is not a DOI).  Never raises on a string.

    >>> book_in_doi("10.5555/oso/9780555123454.003.0004").part
    '003.0004'
    """
    d = doi_value(value)
    if d is None:
        return None
    suffix = d.suffix
    for m in _ISBN13.finditer(suffix):
        digits = m.group().replace("-", "")
        if isbn13_check_char(digits[:12]) != digits[12]:
            continue
        part = suffix[m.end() :].strip(_SEPARATORS)
        if not any(c.isalnum() for c in part):
            part = ""
        return BookInDoi(_isbn.parse(digits), part, d.value)
    return None
