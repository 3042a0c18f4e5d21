"""ISBD punctuation closing a catalogue's values, shared by the BibTeX reader, the MARC views
and the page's title candidates.

>>> without_isbd_end("Estuaries /"), without_isbd_end("Harbour Books,")
('Estuaries', 'Harbour Books')
>>> without_isbd_end("Tides:"), without_isbd_end("Tides:", spaced=True)
('Tides', 'Tides:')
>>> without_brackets("[Leeds]"), without_brackets("[Leeds] [UK]")
('Leeds', '[Leeds] [UK]')
"""

from __future__ import annotations

import re

__all__ = ["ISBD_END_MARKS", "without_brackets", "without_isbd_end"]

#: the marks ISBD prints before the next element (`` /`` a statement of responsibility,
#: `` :`` a subtitle or a publisher, `` ;`` a second title or a series number, `` =`` a
#: parallel title, ``,`` a date); a final period also closes an area, but may be an
#: abbreviation's, so each reader decides on it
ISBD_END_MARKS = "/:;=,"

_END = re.compile(r"\s*[/:;=,]\s*$")
#: on a page's own lines only a mark after a space is ISBD's (``Salt marshes /``); a mark
#: glued to the last word, a comma most of all, is the line's own punctuation (``Tides:``)
_SPACED_END = re.compile(r"\s+[/:;=]\s*$")


def without_isbd_end(value: str, *, spaced: bool = False) -> str:
    """``value`` without one final ISBD mark (`` /``, `` :``, `` ;``, `` =``, ``,``); with
    ``spaced``, only a mark after a space, and not a comma (a line of a page, not a
    catalogue's value)."""
    return (_SPACED_END if spaced else _END).sub("", value)


def without_brackets(value: str) -> str:
    """A cataloguer-supplied value without the one pair of brackets round all of it
    (``[Leeds]`` → ``Leeds``); any other value as it is."""
    if value.startswith("[") and value.endswith("]") and value.count("[") == 1:
        return value[1:-1].strip()
    return value
