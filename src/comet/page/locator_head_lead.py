"""The journal's name before a locator without the site's chrome printed before it.

A locator printed over a run of short lines, or in a cell of a table row, is read with the
lines (cells) above (before) it: its journal's name is the text before the numbers. The
lines or cells that open that text may be the site's interface (``Articles`` / ``spacer`` /
``Marsh Magazine`` / ``October 2005`` / ``Volume 11 Number 10``; a row's ``Home`` cell
before ``Fen Lett., 13, 1689-1712, 2013``): those are no part of the name.
"""

from __future__ import annotations

from comet import locales as _loc
from comet.page.chrome import _is_chrome
from comet.page.evidence import _Page

__all__ = ["head_pieces", "without_chrome_lead"]


def head_pieces(page: _Page, start: int, end: int, index: int, *, run: bool) -> list[str]:
    """The pieces a locator's unit is made of: the lines of a run of short lines
    (``run``), or the tab-parted cells of one line's raw text; ``[]`` for one plain line."""
    if run:
        out = []
        for line in page.layout.lines[index:]:
            if line.start >= end:
                break
            out.append(line.text)
        return out
    lo, hi = page.to_raw(start, end)
    raw = page.raw[lo:hi]
    if "\t" not in raw:
        return []
    return [cell for cell in raw.split("\t") if cell.strip()]


def _chrome_piece(piece: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A piece no journal's name opens with: the site's interface words (``Home``,
    ``Articles``, ``Startseite``), or one word in small letters alone (an image's alternative
    text, ``spacer``)."""
    return _is_chrome(piece, rules) or (piece.isalpha() and piece.islower())


def without_chrome_lead(head: str, pieces: list[str], rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``head`` (the name read before a locator) without the whole ``pieces`` (lines, cells)
    opening it that are chrome (:func:`_chrome_piece`); ``head`` itself when nothing is left
    after them."""
    rest = head
    for piece in pieces:
        p = piece.strip()
        after = rest[len(p) :]
        if not p or not rest.startswith(p) or not after[:1].isspace() or not after.strip():
            break
        if not _chrome_piece(p, rules):
            break
        rest = after.strip()
    return rest
