"""A labelled title that a record prints over two lines or more.

A record laid out as a label over its value, the fields apart by blank lines (a report's
résumé, a catalogue's full view: ``TITLE`` / ``Tidal Profits in Marshes: Connecting`` /
``Fishers, Wardens and Tourists.`` / blank / ``INSTITUTION``), wraps a long value: the lines
right under the value's line that no blank line, label, byline or name line parts from it
go on the value, up to the blank line that ends the field. A value whose line ends a
sentence, a field not closed by a blank line, or one whose label line has no blank line
before it (a table's rows, one field a line), is one line.
"""

from __future__ import annotations

from comet.page.bylines import _byline_at, _is_name_line
from comet.page.evidence import _Page
from comet.page.lines import LabelValue

__all__ = ["wrapped_value"]

#: further lines of a wrapped value at most, and words of each at most
WRAP_LINES = 2
WRAP_WORDS = 14
_ENDS = (".", "?", "!", ";")


def wrapped_value(lv: LabelValue, page: _Page) -> str:
    """``lv.value`` with the lines that go on it (see the module); the value alone where
    none does."""
    if lv.layout != "next-line" or lv.value.rstrip().endswith(_ENDS):
        return lv.value
    lines = page.layout.lines
    at = page.layout.line_at(lv.value_start)
    if at is None:
        return lv.value
    more: list[str] = []
    for k in range(at.index + 1, min(len(lines), at.index + 1 + WRAP_LINES)):
        line = lines[k]
        text = line.text.strip()
        if (
            line.blank_before
            or line.zone != "main"
            or k in page.layout.label_lines
            or len(text.split()) > WRAP_WORDS
            or _byline_at(page, k) is not None
            or _is_name_line(text, page)
        ):
            break
        more.append(text)
        if text.endswith(_ENDS):
            break
    if not more:
        return lv.value
    last = at.index + len(more)
    if last + 1 < len(lines) and not lines[last + 1].blank_before:
        return lv.value  # the field is not closed by a blank line: a table's rows
    if not lines[lv.line].blank_before and lv.line > 0:
        return lv.value  # the fields are not set apart by blank lines
    return " ".join([lv.value.strip(), *more])
