"""Type guessing: thesis, report and status words in a segment, and the CSL type of a segmented reference."""

from __future__ import annotations

from comet.locales import fold
from comet.references._fields import _EMPTY_BRACKETS, Fields
from comet.references._lexicon import Lexicon


def _notes_and_types(text: str, f: Fields, lex: Lexicon) -> str:
    """Thesis/report words, editions and status words in a leftover segment."""
    t = text
    th = lex.thesis.search(t)
    if th:
        f.type = f.type or "thesis"
        f.notes.append(th.group())
        t = _EMPTY_BRACKETS.sub(" ", t[: th.start()] + " " + t[th.end() :])
    rp = lex.report.search(t)
    if rp and f.type is None:
        f.type = "report"
    st = lex.status.search(t)
    if st and f.status is None:
        f.status = lex.status_keys.get(fold(st.group()))
        t = t[: st.start()] + " " + t[st.end() :]
    return t


def _guess_type(f: Fields, lex: Lexicon) -> str:
    if f.editors and f.container:
        if lex.proceedings.search(f.container):
            return "paper-conference"
        return "chapter"
    if f.container:
        if lex.proceedings.search(f.container):
            return "paper-conference"
        if f.volume or f.issue or f.pages or not f.publisher:
            return "article-journal"
        return "chapter"
    if f.url and not f.publisher:
        return "webpage"
    if f.authors_are_editors or f.publisher or f.place:
        return "book"
    return "article"
