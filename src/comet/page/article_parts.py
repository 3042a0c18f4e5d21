"""The parts of a research paper a page prints in its main text: its abstract's heading and,
after it, its introduction's heading (the weakest sign of a journal article's page, read
where nothing names the type)."""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.evidence import _Page

#: a section number before a heading (``1.``, ``1``, ``I.``, ``1)``)
_SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)]?\s+")
#: characters of a heading line at most (the word, its number, a colon)
HEADING_CHARS = 40
#: characters of a line of the abstract's prose at least (between the two headings: a
#: contents list or a menu of section names has none)
PROSE_CHARS = 80


def _heading(text: str) -> str:
    """A heading line's word: without its section number, its colon and its spaces."""
    text = text.strip().rstrip(":：").strip()
    m = _SECTION_NUMBER.match(text)
    return (text[m.end() :] if m else text).casefold()


def abstract_then_introduction(page: _Page) -> tuple[int, int] | None:
    """The span of an introduction's heading alone on a line of the main text
    (``Introduction``, ``1. Einleitung``, ``Введение``; the locales'
    ``[headings].introduction``) below a line that is an abstract's heading alone
    (``Abstract``, ``Samenvatting``; ``[labels].abstract``) and a line of its prose: a
    paper's abstract and the opening of its text. Either heading alone is no paper's (a
    film's ``Résumé``, a book's or a course's ``Introduction``), nor both in a list of
    contents or a menu, with no prose between them."""
    abstracts = _loc.casefolded_terms("labels", page.rules, "abstract")
    intros = _loc.casefolded_terms("headings", page.rules, "introduction")
    seen_abstract = seen_prose = False
    for ln in page.layout.lines:
        if ln.zone != "main":
            continue
        if seen_abstract and len(ln.text) >= PROSE_CHARS:
            seen_prose = True
        if len(ln.text) > HEADING_CHARS:
            continue
        word = _heading(ln.text)
        if word in abstracts:
            seen_abstract = True
        elif seen_prose and word in intros:
            return ln.start, ln.end
    return None
