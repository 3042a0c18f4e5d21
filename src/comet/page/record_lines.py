"""A repository record's line of year, language and type (DiVA's ``2015 (English)Doctoral
thesis, comprehensive summary (Other academic)``): the type of the work, read as evidence of
a line (a step of the type candidates, :mod:`comet.page.content`)."""

from __future__ import annotations

import re

from comet.page.evidence import W_LINE, Cand, _lenient, _Page
from comet.vocab import PublicationType, parse_language, parse_publication_type

#: the page's first lines looked at
RECORD_LINE_REACH = 20
#: a year, the work's language in brackets, then its type up to a comma or a bracket
_YEAR_LANGUAGE_TYPE = re.compile(
    r"(?P<year>\d{4})\s*\((?P<language>[^\W\d_][^()\d]{1,24})\)\s*"
    r"(?P<type>[^\W\d_][^,()\d]{2,60}?)\s*(?:[,(]|$)"
)


def year_language_type(page: _Page) -> Cand | None:
    """The type a record's line of year, language and type names (``2015 (Svenska)
    Doktorsavhandling, sammanläggning (Övrigt vetenskapligt)``):
    the bracket must name a language (``parse_language``) and the words after it be type
    terms of the locales with no other word (``Doctoral thesis``, ``Artikel i tidskrift``);
    ``None`` otherwise (``2015 (reprint) New edition``, ``1998 (Penguin) Paperback``)."""
    for line in page.layout.lines[:RECORD_LINE_REACH]:
        if line.zone != "main" or not line.text[:1].isdigit():
            continue
        m = _YEAR_LANGUAGE_TYPE.match(line.text)
        if m is None:
            continue
        if _lenient(parse_language, m.group("language").strip(), locales=page.rules) is None:
            continue
        pt = _lenient(parse_publication_type, m.group("type").strip(), locales=page.rules)
        if not isinstance(pt, PublicationType) or any(
            d.code == "unknown-type-term" for d in pt.diagnostics
        ):
            continue
        span = (line.start + m.start("type"), line.start + m.end("type"))
        return Cand(pt.csl_type, W_LINE, span, "a record's line of year, language and type")
    return None
