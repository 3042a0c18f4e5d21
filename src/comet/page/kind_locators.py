"""A web article's own volume by its title: a journal's article, not a magazine's story.

A page of a headline, a byline and prose has a web article's shape, and a volume in its
prose is of a work it discusses. But a volume printed on a line of its own by the title,
before the prose (``Fen Studies Heft 8/9, 96`` over the headline, ``FEN STUDIES, VOLUME 4,
070701 (2019)`` under it), is the work's own place in a periodical that numbers its volumes:
where nothing names the periodical a magazine, a newspaper or a blog, it is a journal's
article. An issue's number or a page range without a volume is a print magazine's or a
leaflet's too (``Issue 42, March 2024, pp. 12-15``, ``pp. 4-5``), and a locator in a
sentence is cited (``A study in …, vol. 12, pp. 45-67, measured …``). A volume, an issue
and pages all above the title are a paper's running head already
(:func:`comet.page.periodicals.web_article`).
"""

from __future__ import annotations

from typing import Any

from comet.page.evidence import W_POS, Cand, _Page

__all__ = ["ABOVE", "BELOW", "LINE_WORDS", "PROSE_WORDS", "head_locator"]

#: lines above and below the title where the work's own locator is looked for
ABOVE = 3
BELOW = 4
#: words of a line of prose at least (the locator must stand before the first)
PROSE_WORDS = 25
#: words of the locator's line at most (a periodical's line, not a paragraph)
LINE_WORDS = 16


def head_locator(page: _Page, record: dict[str, Any]) -> Cand | None:
    """A journal article's candidate where the volume read for the work stands on a line
    of its own by the title, before its prose, no sentence (see the module); else
    ``None``."""
    cand = (record.get("_loc") or {}).get("volume")
    if page.title_line is None or cand is None or cand.span == (0, 0):
        return None
    lines = page.layout.lines
    lo, hi = max(0, page.title_line - ABOVE), page.title_line + BELOW
    line = page.layout.line_at(cand.span[0])
    if line is None or not lo <= line.index <= hi or line.index == page.title_line:
        return None
    if _sentence(line.text):
        return None
    if any(len(ln.text.split()) >= PROSE_WORDS for ln in lines[lo : line.index]):
        return None  # (below a paragraph of prose: cited)
    return Cand("article-journal", W_POS, (line.start, line.end),
                "the work's own volume by its title, before its prose")  # fmt: skip


def _sentence(text: str) -> bool:
    """A line of prose: more than :data:`LINE_WORDS` words, or a sentence's stop after a
    word in lower case at its end (``… measured the reeds.``)."""
    words = text.split()
    if len(words) > LINE_WORDS:
        return True
    last = words[-1] if words else ""
    return last.endswith(".") and last[:-1].isalpha() and last[:-1].islower()
