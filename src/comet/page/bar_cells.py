"""A record table's cell that runs over several lines (a discovery catalogue's
``Veröffentlicht: |`` / ``Berlin`` / ``Duncker & Humblot`` / ``1991`` / ``|``, VuFind's
``Published`` cell, whose place, publisher and date stand as spans of their own): the label
cell closed by a bar with nothing after it, the value's lines, then a line of a bar alone
that closes the value's cell. The lines of a publication statement's cell are joined in the
ISBD order they keep (``Berlin : Duncker & Humblot, 1991``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comet.page.lines import Line
from comet.vocab import LabelMatch

__all__ = ["CELL_LINES", "cell_value"]

#: lines of a cell's value at most (a place, a publisher and a date; a few names)
CELL_LINES = 4
#: a year closing a publication statement's cell (``2000``, ``[1991]``, ``c2015``)
_YEAR_LINE = re.compile(r"\[?c?\d{4}\]?\.?")


def cell_value(
    lines: Sequence[Line], matches: Sequence[LabelMatch | None], i: int, key: str
) -> tuple[str, int, int, int] | None:
    """The value of the cell opened on line ``i`` whose lines follow it, up to the line of a
    bar alone that closes it: the value (the publication statement's lines joined the ISBD
    way for a ``published`` label), its start, its end and the closing line's index. ``None``
    when no such line closes the cell within :data:`CELL_LINES` lines, or a label or an empty
    line comes first."""
    body: list[Line] = []
    for j in range(i + 1, min(len(lines), i + 2 + CELL_LINES)):
        text = lines[j].text.strip()
        if text == "|":
            if not body:
                return None
            values = [ln.text.strip() for ln in body]
            if key == "published" and _YEAR_LINE.fullmatch(values[-1]) and len(values) == 3:
                value = f"{values[0]} : {values[1]}, {values[2]}"
            elif key == "published" and _YEAR_LINE.fullmatch(values[-1]) and len(values) == 2:
                value = f"{values[0]}, {values[1]}"
            else:
                value = "; ".join(values)
            return value, body[0].start, body[-1].end, j
        if not text or matches[j] is not None or "|" in text:
            return None
        body.append(lines[j])
    return None
