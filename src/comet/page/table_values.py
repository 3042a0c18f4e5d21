"""The further values of a field that a record's table of labelled rows prints one a line.

A repository's or a catalogue's record lays its fields out as rows, a label beside its value
(``Keywords: Mt Etna``); a field of several values prints the next ones on the lines under
it, without a label, up to the next row (``Maritime Antarctic`` / ``Phospholipid fatty
acids`` / ``Issue Date: …``). Those lines are the field's values: no title, whatever their
shape. The table shows itself by its rows: a labelled line with its value on it above, a
labelled line below, no blank line between; and only a field that holds several values
(:data:`MULTI_VALUED_KEYS`; a field of persons with names only) goes on so (a row of one value, ``Type: Article``, followed by an
unlabelled line is a table's end, its heading, or a title between rows).
"""

from __future__ import annotations

import itertools

from comet.page.bylines import _line_names
from comet.page.evidence import _Page

__all__ = ["table_value_lines"]

#: label keys of fields of persons that hold several names, printed one a line under the
#: first: a further line must read as names (a publisher's line under an editors' row,
#: ``Editors: Ola Berg`` / ``Fen Press`` / ``ISBN …``, is none)
PERSON_KEYS = frozenset({"author", "editor", "contributor", "translator", "supervisor"})
#: label keys of fields that hold several values, printed one a line under the first
MULTI_VALUED_KEYS = PERSON_KEYS | frozenset(
    {
        "affiliation", "department", "keywords", "key_terms", "subjects", "collections",
        "related", "other_versions", "files", "title",
    }
)  # fmt: skip
#: further value lines of one row at most (a longer run is the table's end, then text)
MAX_VALUE_LINES = 12
#: how a row prints its value: beside its label
_BESIDE = ("same-line", "inline")


def table_value_lines(page: _Page) -> frozenset[int]:
    """The lines under a row of a field of several values, up to the next row (see the
    module); memoised per page."""
    return page.remember(("table-value-lines",), lambda: _read(page))


def _read(page: _Page) -> frozenset[int]:
    rows = {lv.line: lv for lv in page.layout.labels if lv.layout in _BESIDE and lv.value.strip()}
    if len(rows) < 2:
        return frozenset()
    labelled = sorted(page.layout.label_lines)
    lines = page.layout.lines
    out: set[int] = set()
    for i, j in itertools.pairwise(labelled):
        if not 1 < j - i <= MAX_VALUE_LINES + 1 or i not in rows:
            continue
        if rows[i].key not in MULTI_VALUED_KEYS or j not in rows:
            continue
        between = lines[i + 1 : j + 1]
        if any(ln.blank_before or ln.zone != "main" for ln in between):
            continue
        if rows[i].key in PERSON_KEYS and not all(
            _line_names(ln.text, page) for ln in lines[i + 1 : j]
        ):
            continue
        out.update(range(i + 1, j))
    return frozenset(out)
