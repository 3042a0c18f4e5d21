"""A conference paper known by its event's running head.

A paper printed for a conference carries the event's name, place and dates in its running
head, over its title, its authors and its abstract (``XII Congresso de Estudos do Mangue –
Maré Alta – 2 a 4/07/2031`` / the title / the authors / ``Resumo``), and often nothing of a
journal's: no volume, no issue, no ISSN. Such a page is the paper's, whatever weak signs of
a journal's article (an abstract heading, a society's name read as a container) it shows.
The event line is :func:`comet.page.event_dates.stated_event`'s; nothing here names a word.
"""

from __future__ import annotations

from typing import Any

from comet.page.event_dates import stated_event
from comet.page.evidence import W_LINE, Cand, _Page
from comet.page.paper_sections import _abstract_heading

__all__ = ["event_head_paper"]

#: the fields of a journal's locator: with one of them the event line is a journal's
#: special issue's or a proceedings series' head (``comet.page.content``'s rules)
_JOURNAL_FIELDS = ("volume", "issue", "issns", "isbns")


def event_head_paper(page: _Page, record: dict[str, Any]) -> Cand | None:
    """``paper-conference`` where an event's line stands over the work's title, the work has
    authors and an abstract's heading, and the record holds none of a journal's or a book's
    numbering (:data:`_JOURNAL_FIELDS`); ``None`` otherwise."""
    if page.title_line is None or not record.get("authors"):
        return None
    if any(record.get(k) for k in _JOURNAL_FIELDS):
        return None
    event = stated_event(page)
    if event is None or event[3] >= page.title_line or not _abstract_heading(page):
        return None
    line = page.layout.lines[event[3]]
    return Cand("paper-conference", W_LINE, (line.start, line.end), "an event's running head")
