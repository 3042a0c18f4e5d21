"""Where an article's body starts: the runs of prose paragraphs of a page.

A news, blog or magazine page prints its headline, then a byline, a dateline and often a
standfirst, then the body: paragraph after paragraph of prose. Menus, teasers of other
articles, subscription offers and footers are short lines, or prose in short runs. The
first lines of the long runs of prose (:func:`prose_runs`) therefore mark where an article
starts, and the title-like line just above the first signed one (see
:func:`comet.page.headline._headline_over_body`) is its headline. Pure: reads only the
page's lines.
"""

from __future__ import annotations

import re

from comet.page.evidence import _SENTENCE, _Page
from comet.page.lines import Line
from comet.page.title_lines import _word_count

#: words of a prose paragraph at least (scripts without spaces: characters / 2)
PROSE_WORDS = 14
#: short lines (captions, credits, sub-headings, share buttons) a run of prose reads past
PROSE_GAP_LINES = 2
#: characters of prose a body holds at least (a teaser's two sentences are none)
BODY_CHARS = 400

#: how a paragraph ends: a full stop, a question or exclamation mark, a closing quote or
#: bracket after one, an ellipsis; or the full stop of a script without spaces
_PROSE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]?\s*$")


def _prose(line: Line) -> bool:
    """A paragraph of prose: many words, ending like a sentence (or holding two)."""
    t = line.text
    if _word_count(t) < PROSE_WORDS:
        return False
    return _PROSE_END.search(t) is not None or _SENTENCE.search(t) is not None


def prose_runs(page: _Page) -> tuple[int, ...]:
    """The first lines of the page's runs of prose in the main zone (short lines between
    paragraphs read past, up to :data:`PROSE_GAP_LINES` in a row) that hold
    :data:`BODY_CHARS` characters at least, in page order. Memoised per page."""
    return page.remember(("prose-runs", 0), lambda: tuple(_prose_runs(page)))


def _prose_runs(page: _Page) -> list[int]:
    out: list[int] = []
    first: int | None = None
    chars = 0
    gap = 0
    for line in page.layout.lines:
        if line.zone == "main" and _prose(line):
            if first is None:
                first, chars = line.index, 0
            chars += len(line.text)
            gap = 0
            continue
        if first is not None:
            gap += 1
            if gap <= PROSE_GAP_LINES and line.zone == "main":
                continue
            if chars >= BODY_CHARS:
                out.append(first)
            first, gap = None, 0
    if first is not None and chars >= BODY_CHARS:
        out.append(first)
    return out
