"""A catalogue record exported as CSV on a page: a header row of field labels, one row of values.

Catalogues and union catalogues export a record as CSV (a header of field names, then the
record's values, quoted where they hold commas); a scraper gets the file as the page's text,
often with its line break collapsed so that header and row share one line::

    著者名,書名,版表示,出版者名,出版年,シリーズ名,番号,ISBN,ISSN,URL "Whitlow, Marren",Harbour tides,,Tideway Press,2015,Coastal studies,,0198765436,,https://…

:func:`csv_record` reads it: the header is a run of comma-separated cells of which most are
field labels of the locales (``[labels]``: ``Title``, ``書名``, ``著者名``…) and the row has
exactly as many cells (Python's CSV dialect: quotes, doubled quotes). Only one record: a
header followed by several rows is a table of works, not a record. Linear in the length of
the line; never raises on a ``str``.
"""

from __future__ import annotations

import csv
import functools
import re
from typing import Any

from comet import locales as _loc
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.text._words import and_words
from comet.vocab import label_at

__all__ = ["csv_record", "may_hold"]

#: label keys → CSL variables of a record's CSV export
_KEYS = {
    "title": "title",
    "author": "author",
    "editor": "editor",
    "publisher": "publisher",
    "place": "publisher-place",
    "published": "issued",
    "year": "issued",
    "edition": "edition",
    "series": "collection-title",
    "isbn": "ISBN",
    "issn": "ISSN",
    "url": "URL",
    "doi": "DOI",
}
#: columns a header needs at least, and how many of them must be labels of the locales
MIN_COLUMNS = 4
MIN_KNOWN = 3
#: characters of a line read as a CSV export at most
MAX_LINE = 5000
#: a header cell: a field name (no quote, no digit-only cell, short)
_HEAD_CELL = re.compile(r"[^\W\d_][^\"\n,]{0,30}")
_YEAR = re.compile(rf"(?<![0-9])({CITATION_YEAR_PATTERN})(?![0-9])")
#: a line of prose: five words or more ending a sentence (a help page's text round an example)
_PROSE = re.compile(r"(?:\S+\s+){4,}\S*[.!?]\s*$|(?:\S+\s+){4,}\S+[.!?]\s+[^\W\d_]")
#: a quick test for a header at a text's start (``match``): four field names joined by bare commas
_QUICK = re.compile(r"[^\W\d_][^\",\n]{0,30}(?:,[^\W\d_][^\",\n]{0,30}){3}")
#: the same after a line break (a character the regex engine scans for: ``(?m)^`` is tried at
#: every position of the text)
_QUICK_AFTER_BREAK = re.compile(rf"\n{_QUICK.pattern}")


def _header(line: str) -> tuple[list[str], int] | None:
    """The header's cells and where the data starts (in ``line``, or ``len(line)`` when the
    row is on the next line)."""
    cells: list[str] = []
    pos = 0
    while pos <= len(line):
        end = line.find(",", pos)
        cell = line[pos : end if end >= 0 else len(line)]
        word = cell.strip()
        if " " in word and cells:
            # the last header cell and the row's first value, the line break collapsed
            head, _, _rest = word.partition(" ")
            if _HEAD_CELL.fullmatch(head):
                cells.append(head)
                return cells, pos + (len(cell) - len(cell.lstrip())) + len(head) + 1
            return None
        if not _HEAD_CELL.fullmatch(word):
            return None
        cells.append(word)
        if end < 0:
            return cells, len(line)
        pos = end + 1
    return None


def _person(name: str) -> dict[str, str]:
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name.strip()}


@functools.cache
def _names_split(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """Between two names of a cell: a semicolon or the locales' word for *and*
    (``[person_names].and``: *and, und, et*); a comma parts a family name from its given
    name (``Whitlow, Marren``), so it parts no names."""
    words = _loc.alternation(and_words(rules))
    return re.compile(rf"\s*;\s*|\s+(?:{words})\s+" if words else r"\s*;\s*", re.IGNORECASE)


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold a record's CSV export: a line opening with four field names
    joined by bare commas (the quick test :func:`csv_record` leaves to its caller)."""
    return _QUICK.match(text) is not None or _QUICK_AFTER_BREAK.search(text) is not None


def csv_record(
    lines: list[str], rules: tuple[_loc.LocaleRules, ...]
) -> tuple[int, dict[str, Any]] | None:
    """The first record exported as CSV among ``lines``: its line's index and the CSL item
    it gives (title, names, publisher, year, edition, series, identifiers). ``None`` when
    there is none."""
    for i, line in enumerate(lines):
        if line.count(",") < MIN_COLUMNS - 1 or len(line) > MAX_LINE:
            continue
        found = _header(line.strip())
        if found is None or len(found[0]) < MIN_COLUMNS:
            continue
        header, at = found
        keys = []
        for cell in header:
            m = label_at(cell + ":", locales=rules)
            keys.append(m.key if m is not None and m.span[1] >= len(cell) else None)
        if sum(k is not None for k in keys) < MIN_KNOWN or "title" not in keys:
            continue
        data = line.strip()[at:]
        rest = [ln for ln in lines[i + 1 :] if ln.strip()]
        if not data.strip():
            if len(rest) != 1:
                continue  # no row, or a table of several works
            data = rest[0]
        elif rest and rest[0].count(",") >= len(header) - 1:
            continue  # more rows: a table, not one record
        try:
            rows = list(csv.reader([data.strip()]))
        except csv.Error:
            continue
        if len(rows) != 1 or len(rows[0]) != len(header):
            continue
        item: dict[str, Any] = {}
        for key, value in zip(keys, rows[0], strict=True):
            var = _KEYS.get(key or "")
            value = value.strip()
            if var is None or not value or var in item:
                continue
            if var in ("author", "editor"):
                item[var] = [_person(n) for n in _names_split(rules).split(value) if n.strip()]
            elif var == "issued":
                year = _YEAR.search(value)
                if year is not None:
                    item[var] = {"date-parts": [[int(year.group(1))]]}
            elif var in ("ISBN", "ISSN"):
                item[var] = value.split(",")[0].strip()
            else:
                item[var] = value
        if any(
            _PROSE.search(ln) for j, ln in enumerate(lines) if j != i and ln.strip() != data.strip()
        ):
            return None  # an example among prose (a help page), not the page's own record
        if item.get("title"):
            if "ISBN" in item:
                item["type"] = "book"  # an ISBN is given to monographs
            return i, item
    return None
