"""A list of other works' citations without a heading: a reading list, a post's "further
reading", an author's publication list. Two or more consecutive lines that each read as a
whole citation of a different work (names, title, year, and a container or a volume) are a
references zone, so their names, containers, volumes and pages are not the page's own.

One line alone is never marked (a page prints its own citation once), nor a run in which
one work is cited twice (the page's own work cited in several styles), nor a run citing a work
whose title the page prints on a line of its own (the page's own work, its heading).
"""

from __future__ import annotations

import re

import attrs

from comet.errors import ParseError
from comet.locales import LocaleRules
from comet.page.lines import Line
from comet.references import parse_reference

__all__ = ["citation_runs"]

#: characters of a citation line at least and at most
MIN_CITATION = 40
MAX_CITATION = 400
#: consecutive citation lines that make a list, at least
MIN_RUN = 2

_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: how a citation ends: a full stop, a bracket, or an identifier or link
_CITATION_END = re.compile(r"(?:[.)\]]|\b10\.\d{4,9}/\S+|https?://\S+)\s*$")


@attrs.frozen
class _Cited:
    """What two citations of one work share: the title's words, the volume, the pages."""

    title: str
    words: frozenset[str]
    volume: str | None
    pages: str | None


#: other lines between two citation lines of one list at most (a citation the reader cannot
#: read, a line broken in two)
MAX_GAP = 1
#: two cited titles whose words are shared this much are one work cited twice
SAME_WORK_SHARE = 0.6
_WORD = re.compile(r"\w+")
#: citation lines parsed per page at most (a page of many short dated lines stays cheap)
MAX_PARSED = 120


def _shaped(text: str) -> bool:
    """The cheap test first: a citation's length, a year, a citation's end."""
    return (
        MIN_CITATION <= len(text) <= MAX_CITATION
        and _YEAR.search(text) is not None
        and _CITATION_END.search(text) is not None
    )


def _cited_title(text: str, locales: tuple[LocaleRules, ...]) -> _Cited | None:
    """The work ``text`` cites, when it reads as one whole citation of a work in a container
    (names, title, year, and a container or a volume); else ``None``."""
    try:
        ref = parse_reference(text, locales=locales, strict=False).value
    except ParseError:
        return None
    if ref is None or not ref.authors or not ref.title or ref.issued is None:
        return None
    if not (ref.container_title or ref.volume):
        return None
    pages = None if ref.pages is None else str(ref.pages)
    title = _key(ref.title)
    return _Cited(title, frozenset(_WORD.findall(title)), ref.volume, pages)


def _key(text: str) -> str:
    """A line or a cited title as compared: casefolded, without end punctuation."""
    return text.casefold().strip(" .:;,")


def _same_work(a: _Cited, b: _Cited) -> bool:
    """Two citations of one work: in two styles (the title's words mostly shared), or in two
    languages (the same volume and pages)."""
    if a.volume and a.pages and (a.volume, a.pages) == (b.volume, b.pages):
        return True
    wa, wb = a.words, b.words
    return bool(wa and wb) and len(wa & wb) >= SAME_WORK_SHARE * len(wa | wb)


def _one_work_twice(titles: list[_Cited]) -> bool:
    return any(_same_work(a, b) for i, a in enumerate(titles) for b in titles[i + 1 :])


def citation_runs(
    lines: list[Line],
    locales: tuple[LocaleRules, ...],
    label_lines: frozenset[int],
    cite_heads: frozenset[int] = frozenset(),
) -> list[Line]:
    """``lines`` with each run of two or more main-zone lines citing different works (one
    other line at most between two of them, never a labelled line) moved into the
    references zone; a run under a 'Cite this' heading (``cite_heads``, within two lines)
    is the page's own work and stays."""
    shaped = [ln.zone == "main" and ln.index not in label_lines and _shaped(ln.text)
              for ln in lines]  # fmt: skip
    cited: list[_Cited | None] = [None] * len(lines)
    parsed = 0
    for k, ln in enumerate(lines):
        near = any(shaped[j] for j in range(max(0, k - 2), min(len(lines), k + 3)) if j != k)
        if shaped[k] and near and parsed < MAX_PARSED:
            parsed += 1
            cited[k] = _cited_title(ln.text, locales)
    headings = {_key(ln.text) for k, ln in enumerate(lines) if cited[k] is None}
    runs: list[list[int]] = []
    current: list[int] = []
    for k, title in enumerate(cited):
        if title is None:
            continue
        if current and (k - current[-1] > MAX_GAP + 1 or any(
            lines[j].index in label_lines or lines[j].zone != "main"
            for j in range(current[-1] + 1, k)
        )):  # fmt: skip
            runs.append(current)
            current = []
        current.append(k)
    if current:
        runs.append(current)
    marked: set[int] = set()
    for run in runs:
        titles = [t for k in run if (t := cited[k]) is not None]
        own = any(run[0] - j in cite_heads for j in range(1, MAX_GAP + 2)) or any(
            t.title in headings for t in titles
        )  # (under a 'Cite this' label, or citing a work the page names on a line of its own)
        if len(run) >= MIN_RUN and not own and not _one_work_twice(titles):
            marked.update(range(run[0], run[-1] + 1))
    if not marked:
        return lines
    return [attrs.evolve(ln, zone="references") if k in marked else ln
            for k, ln in enumerate(lines)]  # fmt: skip
