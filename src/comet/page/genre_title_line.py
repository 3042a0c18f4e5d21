"""A genre term opening the line that prints the work's title.

A site's head may name the work's genre and its title in one line: ``Research article on
"Harbour dunes after storms"``, ``Научная статья на тему «…»``, ``Thèse : Les dunes …``. The
genre is one of the locales' publication-type terms (``[types]``) at the line's start, and
the rest of the line holds the title the reader chose: the line names the work's type (a
term opening any other line is a menu's entry or a section's tag, which
:func:`comet.page.genre_lines.type_line_near_title` weighs by its place). Nothing here
names a word of any language: the terms are the locales'.
"""

from __future__ import annotations

from comet.page.evidence import W_POS, Cand, _Page
from comet.page.type_features import TERM_WORDS, type_words

__all__ = ["GENRE_TITLE_LINES", "TITLE_WORDS", "genre_title_line"]

#: the lines of a page's head looked at
GENRE_TITLE_LINES = 12
#: words of a title at least (a short title is any line's words: ``Home``, ``Data``)
TITLE_WORDS = 3
#: what may stand between a term and the title (a colon, a dash, quotes, spaces)
_BETWEEN = " :–—-\"'«»“”„‘’()[]"


def genre_title_line(page: _Page, title: str) -> Cand | None:
    """The type a ``[types]`` term names where it opens one of the page's first lines whose
    rest holds the work's ``title`` (:data:`TITLE_WORDS` words at least); ``None`` where no
    line does."""
    folded = " ".join(title.casefold().split()).strip(_BETWEEN)
    if len(folded.split()) < TITLE_WORDS:
        return None
    terms = type_words(page.rules)
    for line in page.layout.lines[:GENRE_TITLE_LINES]:
        if line.zone != "main":
            continue
        text = " ".join(line.text.casefold().split())
        words = text.split(maxsplit=TERM_WORDS)
        for k in range(min(TERM_WORDS, len(words) - 1), 0, -1):  # the longest term first
            csl = terms.get(" ".join(words[:k]).strip(_BETWEEN))
            if csl is None:
                continue
            rest = text.split(maxsplit=k)[-1]
            if folded in rest and 2 * len(folded) >= len(rest):  # (the title fills the rest)
                evidence = "a type word opening the title's line"
                return Cand(csl, W_POS, (line.start, line.end), evidence)
            break
    return None
