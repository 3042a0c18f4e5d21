"""A proceedings volume's own page: headed by the volume's (or its event's) name and listing
its papers.

A conference's page that is also its proceedings volume's prints the event's name at its
head, the volume's facts (an ISBN, a publisher) and the list of the papers, each a numbered
entry over its authors (``001: Peat loss under drainage`` / ``Orla Penhallow & Tamsin
Verrall``); a citation of one of the papers, given as an example of how to cite them, names
the volume as its container (``In B. Quill (Ed.), 3rd Conference on Fen Studies: Conference
Proceedings (pp. 1-10)``). The page is the volume's, a book, not the cited paper's. A paper's
own page may print its proceedings' name at its head too (a masthead), but not a list of the
volume's papers under it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.article_parts import _names_proceedings
from comet.page.evidence import W_LINE, Cand, _Page
from comet.page.venue import _proceedings_opening
from comet.text._words import closed_class

__all__ = ["HEAD_LINES", "PAPERS_AT_LEAST", "volume_page"]

#: lines from the top where the volume's (or its event's) name is looked for
HEAD_LINES = 15
#: words of that name's line at least (a name, not a menu's word)
HEAD_WORDS = 3
#: numbered entries (each over its authors' line) that make a list of papers, at least
PAPERS_AT_LEAST = 3
#: words of an entry's title at least, and of the authors' line under it at most
ENTRY_WORDS = 2
NAMES_WORDS = 16
#: a numbered entry of a list (``001: Title``, ``1. Title``, ``(2) Title``)
_ENTRY = re.compile(r"\(?(\d{1,3})[.:)]\s+(\S.*)")


@functools.cache
def _name_marks(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """The marks that part authors' names on their line: a comma, a semicolon, ``&`` or a
    list word of the locales (``[person_names].and``, whole words)."""
    words = [t for t in _loc.terms_of("person_names", rules, "and") if t.isalpha()]
    alt = _loc.alternation(words) or "(?!)"
    return re.compile(rf"\s*(?:[,;&]|(?<!\w)(?:{alt})(?!\w))\s*")


def volume_page(page: _Page, record: dict[str, Any]) -> Cand | None:
    """A book's candidate where the container read is a proceedings volume's (a word of the
    locales' proceedings) whose name (or its event's, after the opening ``Proceedings of
    the``) heads the page, and the page lists :data:`PAPERS_AT_LEAST` numbered papers, each
    over its authors' line: the page is the volume's (see the module); else ``None``."""
    container = str(record.get("container_title") or "")
    if not container or not _names_proceedings(container, page.rules):
        return None
    head = _head_line(page, container)
    if head is None or not _lists_papers(page, head + 1):
        return None
    line = page.layout.lines[head]
    return Cand("book", W_LINE + 0.1, (line.start, line.end),
                "the page is the proceedings volume's: headed by its name, listing its papers")  # fmt: skip


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _head_line(page: _Page, container: str) -> int | None:
    """The index of a line near the top (:data:`HEAD_LINES`) that opens the container's
    name, or its name after a proceedings opening (``Proceedings of the``): the volume's or
    its event's name at the page's head."""
    names = [_key(container)]
    opening = _proceedings_opening(page.rules)
    m = opening.match(container) if opening is not None else None
    if m is not None:
        names.append(_key(container[m.end() :]))
    for line in page.layout.lines[:HEAD_LINES]:
        text = _key(line.text.strip(" .:"))
        if line.zone != "main" or len(text.split()) < HEAD_WORDS:
            continue
        if any(n.startswith(text) and (len(n) == len(text) or not n[len(text)].isalnum())
               for n in names):  # fmt: skip
            return line.index
    return None


def _lists_papers(page: _Page, start: int) -> bool:
    """Whether the lines from ``start`` hold :data:`PAPERS_AT_LEAST` numbered entries in
    order (1, 2, 3 …), each a title over a line of authors' names."""
    lines = page.layout.lines
    fw = closed_class(page.rules)
    expected, found = None, 0
    for i in range(start, len(lines) - 1):
        m = _ENTRY.fullmatch(lines[i].text.strip())
        if m is None or len(m.group(2).split()) < ENTRY_WORDS:
            continue
        number = int(m.group(1))
        if expected is not None and number != expected:
            continue
        if not _names_line(lines[i + 1].text, fw, _name_marks(page.rules)):
            continue
        found, expected = found + 1, number + 1
        if found >= PAPERS_AT_LEAST:
            return True
    return False


def _names_line(text: str, fw: frozenset[str], marks: re.Pattern[str]) -> bool:
    """A line of authors' names: :data:`NAMES_WORDS` words at most, no digit, no sentence's
    stop at its end, each name's words capitalised (``Orla Penhallow & Tamsin Verrall``);
    a paper's prose under its section's number is not."""
    t = text.strip()
    if not t or len(t.split()) > NAMES_WORDS or any(ch.isdigit() for ch in t):
        return False
    if t.endswith(("?", "!")) or (t.endswith(".") and not re.search(r"\b\w\.$", t)):
        return False
    words = [w for part in marks.split(t) for w in part.split()]
    return bool(words) and all(w[:1].isupper() or w.casefold() in fw for w in words)
