"""Identifiers: DOI, ISSN, ISBN and ORCID, one module per scheme with the same verbs.

Each of :mod:`~comet.identifiers.doi`, :mod:`~comet.identifiers.issn`,
:mod:`~comet.identifiers.isbn` and :mod:`~comet.identifiers.orcid` has
``parse(text, *, strict=True)``, ``is_valid(text)``, ``find(text)`` and
``format(text)`` (python-stdnum's layout).  The package re-exports the parsers
under their ``comet`` names and adds :func:`find_identifiers`.

>>> [(type(m.value).__name__, str(m.value)) for m in find_identifiers(
...     "DOI: 10.4018/978-0-415-83547-3.ch001. eISSN 1799-4632")]
[('Doi', '10.4018/978-0-415-83547-3.ch001'), ('Isbn', '9780415835473'), ('Issn', '1799-4632')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from comet.identifiers import doi, isbn, issn, orcid
from comet.identifiers._util import (
    isbn10_check_char,
    isbn13_check_char,
    issn_check_char,
    mod11_2_check_char,
)
from comet.identifiers.book_doi import BookInDoi, book_in_doi
from comet.identifiers.doi import Doi
from comet.identifiers.isbn import Isbn
from comet.identifiers.issn import Issn
from comet.identifiers.orcid import Orcid
from comet.identifiers.serial_doi import issn_in_doi
from comet.records import Match

__all__ = [
    "BookInDoi",
    "Doi",
    "Identifier",
    "Isbn",
    "Issn",
    "Orcid",
    "book_in_doi",
    "clear_caches",
    "doi",
    "find_dois",
    "find_identifiers",
    "find_isbns",
    "find_issns",
    "find_orcids",
    "isbn",
    "isbn10_check_char",
    "isbn13_check_char",
    "issn",
    "issn_check_char",
    "issn_in_doi",
    "mod11_2_check_char",
    "orcid",
    "parse_doi",
    "parse_isbn",
    "parse_issn",
    "parse_orcid",
]

#: Any identifier record.
Identifier = Doi | Issn | Isbn | Orcid

parse_doi = doi.parse
parse_issn = issn.parse
parse_isbn = isbn.parse
parse_orcid = orcid.parse
find_dois = doi.find
find_issns = issn.find
find_isbns = isbn.find
find_orcids = orcid.find


def find_identifiers(text: str) -> Iterator[Match[Identifier]]:
    """Every DOI, ISSN, ISBN and ORCID iD in ``text``, sorted by position.

    An ISBN inside a DOI (``10.4018/978-0-415-83547-3.ch001``) is found too: the
    DOI comes first, then the ISBN whose span lies inside it.  ISSNs need a label
    (see :func:`comet.identifiers.issn.find`).
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    hits: list[Match[Any]] = []
    hits.extend(doi.find(text))
    hits.extend(issn.find(text))
    hits.extend(isbn.find(text))
    hits.extend(orcid.find(text))
    hits.sort(key=lambda m: (m.start, -m.end))
    return iter(hits)


def clear_caches() -> None:
    """Forget memoised parses and shared diagnostics (for benchmarks of first-sight speed)."""
    from comet.identifiers import _util

    for module in (doi, issn, isbn, orcid):
        module._MEMO.clear()
    _util._CACHE.clear()
