"""The work's title at the start of the page's head line, before the site's name.

A web page's own title names the work first, then after a separator the site, the journal,
the section or the kind of page (``Marsh Birds of the North - Owlton Fen Society``,
``Tidal Courts | Conference Paper | Fen Library``), and a page copied with it opens with that
line. The first part is a title candidate where it has a few words and is no interface
line, no names, and every part after it is short (a name, a type, a site: a long part or a
number is the title's own words or a citation's locator). The candidate is a line's
evidence; it grows where the page prints the first part again without the rest (the
document's own heading), which a site's name glued after a title never is.
"""

from __future__ import annotations

import re

from comet.page.bylines import _line_names
from comet.page.chrome import INTERFACE_LINE_SHARE, _interface_share, _is_chrome
from comet.page.evidence import W_LINE, Cand, _key, _Page

__all__ = ["EVIDENCE", "head_line_titles"]

EVIDENCE = "the head line's first part, before the site's name"
#: main lines of the page's head looked at
HEAD_LINES = 2
#: words of the title part at least, and of each part after it at most (a name, a type)
TITLE_WORDS = 3
OTHER_WORDS = 8
#: characters of the page's start where a head line's separator must stand (the cheap test)
HEAD_CHARS = 800
#: evidence the part gains where the page prints it again without the rest
REPEATED_BONUS = 0.3
_SEP = re.compile(r"\s(?:\||-|–|—|::|»|·)\s")
_CUT = ("...", "…")


def head_line_titles(page: _Page) -> list[Cand]:
    """The title part of the page's head lines (see the module), as candidates."""
    if _SEP.search(page.text[:HEAD_CHARS]) is None:
        return []
    cands: list[Cand] = []
    main = [ln for ln in page.layout.lines[: HEAD_LINES * 4] if ln.zone == "main"]
    for line in main[:HEAD_LINES]:
        text = line.text.strip()
        m = _SEP.search(text)
        if m is None:
            continue
        head = text[: m.start()].strip()
        parts = [p.strip() for p in _SEP.split(text[m.end() :])]
        if not _title_part(head, page) or not all(_other_part(p) for p in parts):
            continue
        score, evidence = W_LINE, EVIDENCE
        text_key, head_key = page.text_key(), _key(head)
        if text_key.count(head_key) > text_key.count(_key(text)):
            score += REPEATED_BONUS
            evidence += " (printed again without it)"
        start = line.start + line.text.find(head)
        cands.append(Cand(head, score, (start, start + len(head)), evidence))
    return cands


def _title_part(head: str, page: _Page) -> bool:
    words = head.split()
    return (
        len(words) >= TITLE_WORDS
        and (head[0].isupper() or head[0].isdigit())
        and not head.endswith(_CUT)
        and not _is_chrome(head, page.rules)
        and _interface_share(head, page.rules) < INTERFACE_LINE_SHARE
        and not _line_names(head, page)
    )


def _other_part(part: str) -> bool:
    """A part after the title that names a site, a journal or a kind of page: a few words
    (or a longer one the page cut short), with no number."""
    return (
        bool(part)
        and (len(part.split()) <= OTHER_WORDS or part.endswith(_CUT))
        and not any(c.isdigit() for c in part)
    )
