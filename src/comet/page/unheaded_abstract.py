"""A research paper's front printed without an abstract's heading: the title, a paragraph or
two of prose, then the keywords label (``Keywords: …``, ``Ключові слова: …``,
``Schlüsselwörter: …``; the locales' ``[labels].keywords``) — the abstract and its keywords,
the parts a journal's article opens with in every language. Where nothing else on the page
names a type, the work is a journal's article (the weakest type evidence: any label, line,
citation, page kind or web article's shape outweighs it, and it is asked only where none
named a type). Nothing here names a word: the label is the layout's, the prose its shape's.
"""

from __future__ import annotations

from comet.page.body import _prose
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.peer_review import _names_other_type

__all__ = ["UNHEADED_ABSTRACT", "unheaded_abstract"]

#: the evidence the candidate gives
UNHEADED_ABSTRACT = "an abstract's prose under the title, then a keywords label"
#: the candidate's weight: the weakest type evidence (as an abstract heading's alone)
W_UNHEADED = W_POS - 0.2
#: lines of prose between the title and the keywords label at most (an abstract of a few
#: paragraphs, in one language or two; a label after a long text is a post's tags)
ABSTRACT_LINES = 4


def unheaded_abstract(page: _Page) -> Cand | None:
    """``article-journal`` where a keywords label in the main text follows, below the work's
    title (or the page's top where no title was read), a paragraph of prose (blank lines
    aside), no more than :data:`ABSTRACT_LINES` lines of prose stand between the title and
    the label, and no type word on the page names another kind of work; ``None``
    otherwise."""
    # (no title read: the page's first line is its top, as a paper's text printed alone)
    title = page.title_line if page.title_line is not None else -1
    lines = page.layout.lines
    for lv in page.layout.labels:
        if lv.key != "keywords" or not 0 < lv.line < len(lines) or lv.line <= title:
            continue
        label = lines[lv.line]
        above = lines[lv.line - 1]
        if label.zone != "main" or above.index <= title or not _prose(above):
            continue
        between = lines[title + 1 : lv.line]
        if sum(1 for ln in between if _prose(ln)) > ABSTRACT_LINES:
            return None  # (the label closes a long text: a post's or a page's tags)
        if _names_other_type(page):
            return None
        return Cand("article-journal", W_UNHEADED, (label.start, label.end), UNHEADED_ABSTRACT)
    return None
