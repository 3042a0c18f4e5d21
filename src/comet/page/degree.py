"""The degree a thesis was written for, as a repository's record labels it.

``Degree Name: Master of Science``, ``Grado académico: Doctor en …``, ``Akademischer Grad:
…`` (the locales' ``[labels].degree``), or else the degree's type or level (``Degree Type:
PhD``, ``[labels].degree_type``): the record is a thesis's, and the value its genre.
"""

from __future__ import annotations

import re

from comet.page.evidence import _lenient, _Page
from comet.page.lines import LabelValue
from comet.page.type_headings import TYPE_KEYS
from comet.vocab import PublicationType, parse_publication_type

__all__ = ["degree_label", "thesis_record"]


#: words of a degree's name at most (``Doctor of Philosophy in Social Work (PhD)``)
DEGREE_WORDS = 10
#: a degree's name holds two letters in a row (``PhD``, ``M.S.`` has ``M.S`` … ``MS``)
_DEGREE_WORD = re.compile(r"[^\W\d_]{2}|[^\W\d_]\.[^\W\d_]")
#: a mark or a number, never a degree (``C+``, ``A-``, ``1,3``, ``2019``)
_MARK = re.compile(r"[A-F][+-]?|[\d.,/ -]+")


def degree_label(page: _Page) -> LabelValue | None:
    """The degree a thesis was written for, as its record labels it (``Degree Name: Master
    of Science``; the locales' ``degree`` labels), or else the degree's type or level
    (``Degree Type: PhD``, ``degree_type``): a short value of the page's own, not a label."""
    for key in ("degree", "degree_type"):
        for lv in page.layout.values(key):
            value = lv.value.strip(" .:;")
            if (
                value
                and len(value.split()) <= DEGREE_WORDS
                and _DEGREE_WORD.search(value)  # a degree's name has words ('PhD', 'M.S.'),
                and not _MARK.fullmatch(value)  # not a mark ('C+', '1,3') or a year
                and not value.endswith(("?", "!"))
                and page.weight(lv.value_start) >= 1
                and _thesis_record(page, key)
            ):
                return lv
    return None


#: the labels of a thesis's record besides its degree's (an advisor, a department)
_THESIS_KEYS = ("degree", "degree_type", "supervisor", "department")


def _thesis_record(page: _Page, key: str) -> bool:
    """A second sign that the page is a thesis's record, not a news story's, a profile's or a
    course catalogue's that names a degree (``Degree: Master of Science``, ``Abschluss``):
    another thesis label (an advisor, a department, the degree's type) or a type label naming
    a thesis (``Document Type: Thesis``)."""
    if any(page.layout.values(k) for k in _THESIS_KEYS if k != key):
        return True
    for lv in page.layout.values(*TYPE_KEYS):
        pt = _lenient(parse_publication_type, lv.value.strip(" .:;"), locales=page.rules)
        if isinstance(pt, PublicationType) and pt.csl_type == "thesis":
            return True
    return False


def thesis_record(page: _Page) -> bool:
    """The page is a thesis's record: a thesis label (a degree's, an advisor's, the degree's
    type) or a type label naming a thesis (``Type : Thèse de doctorat``)."""
    return _thesis_record(page, "department")  # (a department's label alone is no sign)
