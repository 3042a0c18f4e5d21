"""A keyword list wrapped in the middle of a term: the page prints the whole term elsewhere.

Text taken from a PDF breaks a keyword line where the column ends, inside a term as often as
between two (``Keywords: …, Interaction`` / ``Quality, Website Quality.``), and no blank line
or separator tells the wrapped tail from the heading or running head that may follow the
list. Authors take their keywords from their own title and abstract, so a term cut in two is
most often printed whole elsewhere on the page: the line's last term joined to the next
line's first piece, found outside the list (across any spacing, in any case), says the line
goes on.
"""

from __future__ import annotations

import re

from comet.keywords._shapes import _SPLIT

#: words of the wrapped tail of a term at most (a term's end, not a line of its own)
WRAPPED_TAIL_WORDS = 4


def wrapped_tail(line: str) -> str | None:
    """The first piece of ``line`` (up to its first list separator, without a final full
    stop) when it can be the tail of a term cut at a line's end: one to
    :data:`WRAPPED_TAIL_WORDS` words holding a letter."""
    sep = _SPLIT.search(line)
    piece = (line[: sep.start()] if sep else line).strip().rstrip(".").strip()
    words = piece.split()
    if not 0 < len(words) <= WRAPPED_TAIL_WORDS or not any(c.isalpha() for c in piece):
        return None
    return piece


def printed_elsewhere(text: str, phrase: str, lo: int, hi: int) -> bool:
    """``phrase`` stands in ``text`` outside ``text[lo:hi]`` as whole words, its words
    parted by any spacing (a line break too), case aside.

    >>> page = "The Technology\\nAcceptance Model in schools\\n\\nKeywords: gender, The Technology"
    >>> lo = page.index("Keywords")
    >>> printed_elsewhere(page, "The Technology Acceptance Model", lo, len(page))
    True
    >>> printed_elsewhere(page, "gender The Technology", lo, len(page))
    False
    """
    words = phrase.split()
    if not words:
        return False
    rx = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )
    return rx.search(text, 0, lo) is not None or rx.search(text, hi) is not None
