"""A book's year from its copyright line, where the page prints no other date.

A book's copyright page states its year beside its publisher (``© 2018 Fen Press`` over
``ISBN 978-…``); a shop's or a catalogue's page may copy that page and print no publication
date. The copyright year is then the book's issued year: the year the work came out, the
earliest the page prints. A copyright line counts only as the book's with an ISBN within a few
lines under it (the copyright page): a site's footer (``© 2024 Fen Press`` on the
publisher's own shop, under the book's ISBN) is the site's, never the work's; nor is a line
with a span of years (``© 1998–2024 Fen Books``).
"""

from __future__ import annotations

from comet.dates import PartialDate
from comet.page.copyright_marks import copyright_mark, copyright_statement
from comet.page.evidence import _YEAR, _Page
from comet.page.publishers import _ISBN_DIGITS, COPYRIGHT_PAGE_LINES

__all__ = ["copyright_year"]


def copyright_year(page: _Page) -> tuple[PartialDate, tuple[int, int]] | None:
    """The year of the book's copyright line (see the module's text) and the line's span,
    or ``None``. The caller asks only on a book's page (an ISBN printed) with no issued date."""
    if copyright_mark(page.rules).search(page.text) is None:
        return None
    lines = page.layout.lines
    for line in lines:
        if line.zone != "main":
            continue
        m = copyright_statement(page.rules).match(line.text)
        if m is None:
            continue
        years = _YEAR.findall(line.text)
        if len(set(years)) != 1:
            continue  # '© 1998–2024 Fen Books': a site's years; none: no year to read
        holder = m.group("holder").strip(" ,")
        under = lines[line.index + 1 : line.index + 1 + COPYRIGHT_PAGE_LINES]
        isbn = any("ISBN" in ln.text and _ISBN_DIGITS.search(ln.text) for ln in under)
        if isbn and holder:
            return PartialDate(int(years[0])), (line.start, line.end)
    return None
