"""The title cell of a table row: a line the layout joined from the cells of one row.

A page copied from a site's table layout joins the cells of one row into one line (cells
apart by TABs in the raw page): a menu's entry, the work's title and a label with its count
(``Archive⇥Title of the paper⇥Full text:⇥23``), the title and a dateline (``Title⇥On sale
May 2``), a breadcrumb's last step and the next box's heading (``> Title⇥your list``). The
title is the row's one long cell: it has :data:`ROW_TITLE_WORDS` words or more, the most of
the row's cells (a cell without a digit before one with), and every other cell is short (a
menu's entry, a label) or holds a number or a date; a cell of names is a byline's. The
cell, not the line, is the title candidate, with the features of its own text
(:func:`cell_features`) for the ranker, placed by its own text (a breadcrumb's last step).
"""

from __future__ import annotations

import re

from comet.page.bylines import _line_names
from comet.page.chrome import _interface_share
from comet.page.evidence import _key, _Page
from comet.page.layout import Line
from comet.page.name_plausible import plausible_person
from comet.page.title_lines import _word_count

__all__ = ["cell_features", "title_cell"]

#: words of the other cells of a row whose long cell is a title, each at most
ROW_LABEL_WORDS = 3
#: words of another cell that holds a digit (a count, a date: ``On sale May 2``) at most
ROW_NUMBER_WORDS = 5
#: times the words of a longer other cell the title cell has at least
ROW_TITLE_SHARE = 3
#: words of the title cell at least
ROW_TITLE_WORDS = 3
#: a breadcrumb's step mark before the cell (``> Title``, ``» Title``)
_STEP = re.compile(r"^[>»›]+\s*")


def _cells(line: Line, page: _Page) -> list[str]:
    start, end = page.to_raw(line.start, line.end)
    return [c for c in (c.strip() for c in page.raw[start:end].split("\t")) if c]


def _other_cell(cell: str, title_words: int) -> bool:
    """A cell beside a title: a few words, or a few more that hold a number or a date or
    that the title has :data:`ROW_TITLE_SHARE` times (a menu's entry beside a long title)."""
    n = len(cell.split())
    return n <= ROW_LABEL_WORDS or (
        n <= ROW_NUMBER_WORDS
        and (any(c.isdigit() for c in cell) or title_words >= ROW_TITLE_SHARE * n)
    )


def title_cell(line: Line, page: _Page) -> tuple[int, int] | None:
    """Where the title cell of a line joined from a table row starts and ends in the line's
    text (see the module); ``None`` when the line is no such row."""
    if "\t" not in page.raw:
        return None
    cells = _cells(line, page)
    if len(cells) < 2:
        return None
    plain = [_STEP.sub("", c) for c in cells]
    # (a cell without a digit first: a dateline's ``On sale May 2`` is no title)
    order = [(not any(ch.isdigit() for ch in c), len(c.split())) for c in plain]
    best = max(range(len(cells)), key=lambda k: order[k])
    if order[best][1] < ROW_TITLE_WORDS or order.count(order[best]) > 1:
        return None
    if not all(_other_cell(c, order[best][1]) for k, c in enumerate(cells) if k != best):
        return None
    text = line.text
    at = 0
    for k, cell in enumerate(cells):  # (each cell's place in the line, in their order)
        found = text.find(cell, at)
        if found < 0:
            return None
        if k == best:
            names = _line_names(plain[k], page)
            if names and any(plausible_person(p) for p in names):
                return None  # a byline's cell ('A. Ruiz, B. Lenz'), no title
            start = found + len(cell) - len(plain[k])
            return start, start + len(plain[k])
        at = found + len(cell)
    return None  # pragma: no cover


def cell_features(value: str, page: _Page, text_key: str) -> dict[str, float]:
    """The features of the title model that read a line's own text, read on the cell."""
    words = value.split()
    key = _key(value)
    return {
        "repeats": float(min(3, text_key.count(key) - 1)) if len(key) > 12 else 0.0,
        "words": _word_count(value) / 10,
        "short": float(_word_count(value) <= 3),
        "ends_period": float(value.endswith(".")),
        "capitalised": sum(w[:1].isupper() for w in words) / max(1, len(words)),
        "interface": _interface_share(value, page.rules),
        "colon": float(":" in value),
        "digits": sum(map(str.isdigit, value)) / max(1, len(value)),
    }
