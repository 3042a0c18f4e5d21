"""A report cover's title block: the lines between its number's line and its byline.

A report's cover stacks its blocks: the series and the report's number at the head
(``NASA/TM-2011-990002``, ``Harbour Survey Technical Note HS 4411``), the title, the authors.
A cover's title is set in a column and broken where the column's width falls, in title case
as often as not (``Simulation of a Tidal Gauge Network`` / ``and Its Field Calibration``):
the breaking rules of a title in sentence case (a line going on with a small word) do not
see such a break. Two lines of title case right under the number's line and right over the
byline, none of them a body's name, a genre or a periodical's, are that block: one title.
"""

from __future__ import annotations

from comet.page.bylines import _byline_at
from comet.page.cover_heads import cover_head
from comet.page.evidence import _Page
from comet.page.org_lines import names_organisation
from comet.page.report_number import _report_number
from comet.page.title_runs import _venue_or_type

__all__ = ["report_title_block"]

#: words of a line of the block at most, and of its first line at least (a line the title
#: fills before it breaks)
BLOCK_LINE_WORDS = 14
BLOCK_FIRST_WORDS = 4


def _block_line(text: str, page: _Page) -> bool:
    """A line that may be a part of the title: capitalised, no digit, no sentence's or a
    label's end, not a body's, a genre's or a periodical's line."""
    t = text.strip()
    words = t.split()
    return (
        1 < len(words) <= BLOCK_LINE_WORDS
        and t[:1].isupper()
        and not any(c.isdigit() for c in t)
        and not t.endswith((".", ":", ";", "?", "!", ","))
        and not names_organisation(t, page.rules)
        and not cover_head(t, page.rules)
        and not _venue_or_type(t, page.rules)
    )


def report_title_block(page: _Page, index: int) -> list[int]:
    """``[index, index + 1]`` where line ``index`` opens a report cover's title block (see
    the module): the line above it holds the report's number (its number reader's), the
    line under the second is the byline, the two in one case style (both in capitals or
    neither: a series' name in capitals over a title in title case is two blocks); ``[]``
    otherwise."""
    lines = page.layout.lines
    if index == 0 or index + 2 >= len(lines):
        return []
    found = _report_number(page)
    if found is None:
        return []
    head = lines[index - 1]
    if not head.start <= found.span[0] < head.end:
        return []
    first, second = lines[index], lines[index + 1]
    if len(first.text.split()) < BLOCK_FIRST_WORDS or first.zone != "main" or second.zone != "main":
        return []
    if {first.index, second.index} & page.layout.label_lines:
        return []
    if not (_block_line(first.text, page) and _block_line(second.text, page)):
        return []
    if first.text.isupper() != second.text.isupper():
        return []
    if _byline_at(page, second.index) is not None or _byline_at(page, index + 2) is None:
        return []  # (the second line a name: the byline itself, no title's part)
    return [index, index + 1]
