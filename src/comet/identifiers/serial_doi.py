"""The serial a DOI names: many publishers build an article's DOI from its journal's ISSN.

A DOI whose suffix holds a valid ISSN names an item of that serial: hyphenated anywhere in
the suffix after a separator or a serial item's prefix (``10.5555/2049-3630-2020-3-2-41``,
``10.5555/j.issn.3141-592X.2020.03``, ``10.5555/S2718-2819(98)00123-4``, a publisher item
identifier's ``S``), or unhyphenated at the suffix's start only
(``10.5555/41421353.2017.1234567``: elsewhere eight digits are as often a record number,
``zenodo.10012345``). A second half that reads as a year (``1017-2017``: a page and a year)
is no ISSN. The rule is the DOI's shape, not a publisher's habit.

>>> str(issn_in_doi("10.5555/2049-3630-2020-3-2-41-52"))
'2049-3630'
>>> str(issn_in_doi("10.5555/S2718-2819(98)00123-4"))
'2718-2819'
>>> issn_in_doi("10.5555/hst-12-1017-2017") is None
True
>>> issn_in_doi("10.5555/zenodo.10012345") is None
True
"""

from __future__ import annotations

import re

from comet.identifiers import issn as _issn
from comet.identifiers._util import issn_check_char
from comet.identifiers.book_doi import doi_value
from comet.identifiers.doi import Doi
from comet.identifiers.issn import Issn

__all__ = ["issn_in_doi"]

# a hyphenated ISSN at the suffix's start or after a separator (``j.1234-5679``), never
# inside a longer number; or after a serial item's prefix letter, a publisher item
# identifier's or a SciELO record's ``S``, whose year and numbers may follow it unspaced
# (``S2718-2819(98)00123-4``, ``S1618-033X2004000300002``)
_HYPHENATED = re.compile(
    r"(?:^|(?<=[._/(:;-]))(?:([0-9]{4})-([0-9]{3}[0-9Xx])(?![0-9])"
    r"|[Ss]([0-9]{4})-([0-9]{3}[0-9Xx]))"
)
# an unhyphenated ISSN opening the suffix, a separator after it
_OPENING = re.compile(r"^([0-9]{4})([0-9]{3}[0-9Xx])(?=[._/-])")
# a second half that is a year (``1017-2017``: a page and its year)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def issn_in_doi(value: str | Doi) -> Issn | None:
    """The ISSN the DOI ``value`` embeds, or ``None`` (none inside, or ``value`` is not a
    DOI). Never raises on a string.

    >>> str(issn_in_doi("10.5555/41421353.2017.1234567"))
    '4142-1353'
    """
    d = doi_value(value)
    if d is None:
        return None
    suffix = d.suffix
    for m in (*_HYPHENATED.finditer(suffix), *_OPENING.finditer(suffix)):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        second = second.upper()
        if _YEAR.fullmatch(second) or issn_check_char(first + second[:3]) != second[3]:
            continue
        return _issn.parse(f"{first}-{second}")
    return None
