"""A page count stated as a part of its own inside a longer line: the physical description
(ISBD area 5) of a work in the page's own citation or facts line, after the statement before it
has ended (a sentence's stop or the year of publication) and before a comma, a stop, a bracket
or the line's end (``… zur Kartierung. 214 S., 31 Abb.``, ``… 2011. 187 f. Tese …``,
``Masterarbeit 2019 64 Seiten``). Page units are the locales' (``[words].extent_units``).
"""

from __future__ import annotations

import re

from comet.page.evidence import W_POS, Cand, _Page
from comet.page.extent import _extent_pages, _extent_words

__all__ = ["stated_extent"]

#: a count and one word after a stop or a digit (the cheap first test; :data:`_BEFORE`
#: tells the statement's end), the unit's stop kept
_STATED = re.compile(r"(?<=[.\d])\s+(\d{1,4})\s?([^\W\d_]{1,12})(\.?)")
#: what ends the statement before a stated extent: a stop after two letters or digits
#: (``Kartierung. 214 S.``, ``2011. 187 f.``) or a year (``2019 64 Seiten``); no part of a
#: range or a number (``12-15 p.``, ``1.234 S.``)
_BEFORE = re.compile(r"(?:\w\w\.|(?<![\d.,/-])(?:1[5-9]|20)\d\d)\Z")
#: what may follow a stated extent: the line's end, a comma, a semicolon, a bracket, a
#: stop and a space, or a word (``187 f. Tese``); never a digit (``3 S. 45-67``: a
#: locator's page label after a volume)
_AFTER = re.compile(r"\s*(?:\Z|[,;(]|\.(?:\s|\Z)|[^\W\d_])")
#: characters of a line where a stated extent is looked for at most
LINE_CHARS = 600
#: lines from the top where a stated extent is looked for (as a page count line's)
REPORT_LINES = 60


def _lines(page: _Page) -> list[tuple[int, str]]:
    """The main zone's lines near the top and the lines of the page's own citations, with
    their offsets."""
    out = [(ln.start, ln.text) for ln in page.layout.lines[:REPORT_LINES] if ln.zone == "main"]
    out.extend((s, page.text[s:e]) for _item, (s, e), _w, _ev in page.cites if e > s)
    return [(s, t) for s, t in out if len(t) <= LINE_CHARS]


def stated_extent(page: _Page) -> Cand | None:
    """The first page count stated as a part of its own in a line near the top or in a
    citation of the page (:data:`_STATED`, :data:`_AFTER`); a unit of one letter only with
    its stop (``187 f.``; ``16 h`` is an hour's)."""
    units = _extent_words(page.rules)[0]
    for start, text in _lines(page):
        for m in _STATED.finditer(text):
            unit, stop = m.group(2), m.group(3)
            if unit.casefold() not in units or (len(unit) == 1 and not stop):
                continue
            if (
                _BEFORE.search(text, max(0, m.start() - 8), m.start()) is None
                or _AFTER.match(text, m.end()) is None
            ):
                continue
            count = _extent_pages(f"{m.group(1)} {unit}{stop}", page.rules)
            if count is not None:
                span = (start + m.start(1), start + m.end())
                return Cand(count, W_POS, span, "a page count stated in a line")
    return None
