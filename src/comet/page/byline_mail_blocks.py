"""An author's block closed by the author's e-mail address: the lines under a name on a title
page or an article's head (an institute, a degree, a postal address, a telephone number) down
to the line with the address, before the next author's name and block::

    Ana Ruiz
    Bióloga, Mestranda em Ecologia pela Universidade X
    Endereço: Rua Y, 75, Vila Z
    Telefone (31) 5555-0101
    E-mail: ana@example.org
    Ida Moe
    ...

The address closes the block whatever stands before it (the block reader of
:mod:`comet.page.bylines` knows affiliation lines by their organisation words only); every
line before it is short and no line of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from comet.page.evidence import _Page

__all__ = ["mail_closed_block", "mail_line"]

#: lines of an author's block, its e-mail's line included, at most
MAIL_BLOCK_LINES = 6
#: words of the e-mail's line at most (a label, the address, a bracket)
MAIL_LINE_WORDS = 6
#: words of a block's other lines at most (a long institute's name with its address)
BLOCK_LINE_WORDS = 32
#: an e-mail address anywhere in a line
_ADDRESS = re.compile(r"[^\s@<(\[:]+@[^\s@]+\.[^\W\d_]{2,}")


def mail_line(text: str) -> bool:
    """``text`` is a short line holding an e-mail address (``ana@example.org``,
    ``E-mail: ana@example.org``, ``Correo: <ana@example.org>``)."""
    return (
        "@" in text and len(text.split()) <= MAIL_LINE_WORDS and _ADDRESS.search(text) is not None
    )


def mail_closed_block(
    page: _Page, first: int, names_of: Callable[[str, _Page], object]
) -> int | None:
    """The index of the line with the e-mail address that closes the author's block opening
    at line ``first`` (the line under the name); ``None`` where no address comes within
    :data:`MAIL_BLOCK_LINES` lines, or a long line or a line of names (``names_of`` the
    byline reader's names of a line) comes first."""
    window = page.layout.lines[first : first + MAIL_BLOCK_LINES]
    if not any("@" in line.text for line in window):
        return None  # no address within reach (the common case: no line's names read)
    for line in window:
        if mail_line(line.text):
            return line.index
        if len(line.text.split()) > BLOCK_LINE_WORDS or names_of(line.text, page):
            return None
    return None
