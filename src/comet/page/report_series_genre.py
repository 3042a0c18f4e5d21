"""A report's genre named by its series: ``NASA TECHNICAL NOTE``, ``Fjordvik Discussion Paper``.

A body names the series of its reports after their genre, its own name or acronym before it
(``NASA Technical Note``, ``Fen Institute Working Paper``). Where the page prints no genre of
its own, the type term that closes the series' name (the locales' report types, two words or
more: a one-word ``Report`` says no more than the type) is the report's genre.
"""

from __future__ import annotations

from comet.page.evidence import _Page
from comet.page.name_checks import _type_term

__all__ = ["series_genre"]

#: words of a type term closing a series' name at most, and at least
GENRE_TERM_WORDS = 3
GENRE_TERM_MIN_WORDS = 2


def series_genre(page: _Page) -> str | None:
    """The report type term closing the series' name the report's number was read with
    (``page.memo['report-series']``: ``NASA TECHNICAL NOTE`` → ``TECHNICAL NOTE``), after
    a name of the body's before it (the series is more than its genre), the shortest such
    term (``Policy Research Working Paper`` → ``Working Paper``); ``None`` where the
    series' name closes with no such term."""
    series = page.memo.get("report-series")
    if not series:
        return None
    words = str(series).split()
    for size in range(GENRE_TERM_MIN_WORDS, GENRE_TERM_WORDS + 1):  # the genre proper first
        if len(words) <= size:
            continue  # (the series is its genre alone: 'Working Paper' names no more)
        term = " ".join(words[-size:])
        found = _type_term(term, page.rules)
        if found is not None and found.csl_type == "report":
            return term
    return None
