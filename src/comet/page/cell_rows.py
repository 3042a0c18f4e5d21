"""Label rows printed as two table cells: a label, a tab or a run of spaces, its value
(``Titel<TAB>Stille Wasser / Anna Berg``, ``Publisher      Fjordverlag``), as a record's
table of fields comes out of an HTML-to-text converter. The text cleaner collapses the gap,
so the rows are found on the text before it and the layout is told which of its lines they
are (:func:`comet.page.layout.read_layout`); there a label of one word before its value is a
label, where it is only one written with a colon elsewhere (``Titel Stille Wasser`` alone
could be a title that opens with a label's word).
"""

from __future__ import annotations

import functools
import re

from comet.locales import LocaleRules
from comet.vocab import LabelMatch, label_at, label_terms

#: a row of two cells (a line without its outer spaces): a short label cell, a tab or two
#: spaces or more, a value cell
_ROW = re.compile(r"(?P<label>[^\t\n]{1,40}?)(?:[ ]*\t[ \t]*| {2,})(?P<value>\S[^\n]*)")
#: a gap inside the value cell: the row has more than two cells (a data table's row)
_GAP = re.compile(r"\t| {2,}")
_SPACE = re.compile(r"\s+")


@functools.cache
def _terms(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' field labels, casefolded."""
    return frozenset(t.casefold() for t in label_terms(locales))


def _whole_label(cell: str, locales: tuple[LocaleRules, ...]) -> bool:
    """A cell that is a label and nothing else: one label of the locales, or labels joined
    by slashes (``Umfang/Format``; not ``Volume/Å3``, a data table's quantity and unit)."""
    terms = _terms(locales)
    return all(part.strip().casefold() in terms for part in cell.split("/"))


#: keys whose value holds a number (``Volume    12``; ``Volume    and Surface …`` is a
#: title's line with a wide gap)
_NUMBERED = frozenset({"volume", "issue", "number", "pages", "page_count", "article_number"})
_DIGIT = re.compile(r"\d")


def _value_shaped(key: str, value: str) -> bool:
    """A value cell as a record prints one: not a phrase going on in small letters (the
    rest of a justified line), and a number where the key counts."""
    if value[:1].islower() and " " in value:
        return False
    return key not in _NUMBERED or _DIGIT.search(value) is not None


def cell_rows(text: str, locales: tuple[LocaleRules, ...]) -> dict[str, int]:
    """The rows of ``text`` that are a label cell and a value cell, as the cleaned text
    prints them (spaces collapsed) → the length of the label in that line. A row counts
    where its first cell is one whole label of ``locales`` without a colon (or labels joined
    by slashes), and its second cell is one cell that opens with no label (``Title    Author    Year``, a table's header,
    has three cells; ``Date    Title``, two labels, is a header too)."""
    if "\t" not in text and "  " not in text:
        return {}
    rows: dict[str, int] = {}
    for line in text.split("\n"):
        body = line.strip()
        if "\t" not in body and "  " not in body:
            continue
        m = _ROW.fullmatch(body)
        if m is None:
            continue
        label, value = m.group("label").strip(), m.group("value").rstrip()
        if not label or label[-1] in ":：" or _GAP.search(value):
            continue
        if not _whole_label(label, locales):
            continue
        found = label_at(label + ":", locales=locales)
        if found is None or found.span != (0, len(label)) or label_at(value, locales=locales):
            continue
        if not _value_shaped(found.key, value):
            continue
        rows[_SPACE.sub(" ", f"{label} {value}")] = len(label)
    return rows


def cell_label(
    text: str, rows: dict[str, int], locales: tuple[LocaleRules, ...]
) -> LabelMatch | None:
    """The label of a cleaned line that is one of ``rows`` (:func:`cell_rows`), with its
    value after the collapsed gap; ``None`` for any other line."""
    size = rows.get(text)
    if size is None:
        return None
    found = label_at(text[:size] + ":", locales=locales)
    if found is None:
        return None
    return LabelMatch(found.key, (0, size), size + 1)
