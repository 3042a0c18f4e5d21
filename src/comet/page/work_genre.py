"""The genre of a report or a thesis, where the page prints it more narrowly than the type's
own word: a degree's name, a type label's value, a cover's genre heading, a type line by
the title.
"""

from __future__ import annotations

import re

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.page.degree import degree_label
from comet.page.evidence import _lenient, _Page
from comet.page.genre_lines import GENRE_WORDS
from comet.page.report_series_genre import series_genre
from comet.page.type_headings import TYPE_KEYS
from comet.vocab import PublicationType, parse_publication_type

#: a year closing a degree label's value (``Master of Science, 2015``)
_DEGREE_YEAR = re.compile(rf"[,;]\s*{CITATION_YEAR_PATTERN}\s*$")


def _genre(page: _Page, csl_type: str | None) -> str | None:
    """The kind of report or thesis the page's type label prints (``Document Type: Working
    Paper``, ``Item type: Doctoral thesis``), or else the genre heading a cover line
    (:func:`comet.page.genre_lines.genre_heading`), when it names the record's type more
    narrowly than the type's own word, or else a type line by the title (``Policy Brief``);
    ``None`` for other types."""
    if csl_type not in ("report", "thesis"):
        return None
    degree = degree_label(page) if csl_type == "thesis" else None
    if degree is not None:  # 'Degree Name: Master of Science' is more precise than 'Thesis'
        # ('Master of Science, 2015': the year the degree was awarded goes)
        value = _DEGREE_YEAR.sub("", degree.value).strip(" :;,")
        # (a closing full stop goes; an abbreviation's own stops stay: 'M.S.', 'D.M.')
        return value[:-1] if value.endswith(".") and value.count(".") == 1 else value
    for lv in page.layout.values(*TYPE_KEYS):
        value = lv.value.strip(" .:;")
        pt = _lenient(parse_publication_type, value, locales=page.rules)
        if (
            isinstance(pt, PublicationType)
            and pt.csl_type == csl_type
            and value.casefold() != csl_type
            and len(value.split()) <= GENRE_WORDS
        ):
            return value
    heading = page.memo.get("genre-heading")  # 'TRABAJO DE FIN DE MÁSTER – CURSO 2011/2012'
    if heading is not None and heading[0] == csl_type and heading[1].casefold() != csl_type:
        return str(heading[1])
    tagged = page.memo.get("type-line")  # 'Policy Brief' / 'Graduate Project' by the title
    if tagged is not None and tagged[0] == csl_type and tagged[1].casefold() != csl_type:
        return str(tagged[1])
    return series_genre(page) if csl_type == "report" else None
