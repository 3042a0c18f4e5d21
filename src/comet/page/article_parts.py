"""The signs of a journal article a page prints where no label names its type: its abstract's
heading and, after it, its introduction's heading; its own page range; a label naming its
journal; an identifier in its header, above the prose."""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.body import _prose
from comet.page.evidence import _WORD, Cand, _Page
from comet.page.venue import _named_like_proceedings
from comet.page.venue_backing import _corroborated_source

#: a section number before a heading (``1.``, ``1``, ``I.``, ``1)``; ``一、``, ``1、`` in scripts
#: written without spaces)
_SECTION_NUMBER = re.compile(
    r"(?:\d{1,2}|[IVX]{1,4})[.)]?\s+|(?:\d{1,2}|[一二三四五六七八九十]{1,2})、\s*"
)
#: a label's words
_WORDS = re.compile(r"\w+")
#: a footnote's or a list's marker before a line's words (``1. ``, ``*``, ``✉ ``)
_MARKER = re.compile(r"^[\W\d_]{0,4}")
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


def above_prose(page: _Page, value: str) -> bool:
    """``value`` is printed in the main text above the page's first paragraph of prose: a
    header's identifier, not a source named below a story."""
    key = value.casefold()
    for ln in page.layout.lines:
        if ln.zone != "main":
            continue
        if key in ln.text.casefold():
            return True
        if _prose(ln):
            return False
    return False


def journal_label(page: _Page) -> tuple[str, tuple[int, int]] | None:
    """A container label that names a journal, with a value (``Журнал: …``, ``Journal
    title: …``, ``Revista: …``: a word of the label is one of the locales'
    ``[words].journal_words``), and its value's span; a source's or a book title's label
    (``Source``, ``Quelle``, ``Book title``) names no kind of container. The label needs a
    record's backing: a labelled author, or a periodical's sign (a volume, an issue, pages,
    an ISSN or a DOI label, a journal word in the value, the name printed again); a value in
    small letters (``Журнал: мои путешествия``) is no name."""
    words = _loc.casefolded_terms("words", page.rules, "journal_words")
    for lv in page.layout.values("journal"):
        value = lv.value.strip()
        if (
            value
            and not value[0].islower()
            and any(w.casefold() in words for w in _WORDS.findall(lv.label))
            and (_labelled_author(page) or _corroborated_source(page, value, None))
        ):
            return lv.label, (lv.value_start, lv.value_end)
    return None


def _labelled_author(page: _Page) -> bool:
    """The page labels the work's author on a line of its own (``Author: …``, ``Автор: …``):
    a record's labelled fields, which a journal label joins (a blog's or a diary's name,
    ``Journal: Notes from …`` over a post signed ``Posted … by Jo``, has none)."""
    return any(lv.layout == "same-line" for lv in page.layout.values("author"))


def page_range(record: dict[str, Any]) -> bool:
    """The record's pages are a range (``112-131``), not a count or a single page."""
    pages = record.get("pages")
    return pages is not None and bool(pages.first) and pages.is_range


def correspondence_line(page: _Page) -> tuple[int, int] | None:
    """The span of a line of the main text that opens (after a list's or a footnote's
    marker: ``1.``, ``*``) with the label of the author to write to (the locales'
    ``[labels].corresponding_author``: ``Correspondence to``, ``Corresponding author``,
    ``Адрес для переписки``, ``Sorumlu yazar``) and is no paragraph of prose: a journal
    article's apparatus."""
    terms = _loc.casefolded_terms("labels", page.rules, "corresponding_author")
    for ln in page.layout.lines:
        if ln.zone != "main" or _prose(ln):
            continue  # ('Correspondence to the council was kept …': a sentence)
        text = ln.text[_MARKER.match(ln.text).end() :].casefold()  # type: ignore[union-attr]
        for term in terms:
            if text.startswith(term) and not text[len(term) : len(term) + 1].isalnum():
                return ln.start, ln.end
    return None


def _proceedings_above(page: _Page, at: int, *, first_only: bool = False) -> bool:
    """A line of the main text above offset ``at`` names a conference's proceedings
    (``Proceedings of the Workshop on …``: a word of the locales' proceedings words and an
    event's word, ``[words].proceedings_events``, so not a journal named *Proceedings of the
    … Academy*): the page's work is a conference paper, whatever journal-like apparatus it
    prints (``first_only``: the first line of the main text only, the header over the paper,
    for the weakest sign)."""
    for ln in page.layout.lines:
        if ln.start >= at:
            return False
        if first_only and ln.zone != "main":
            continue
        if (
            ln.zone == "main"
            and _names_proceedings(ln.text, page.rules)
            and _named_like_proceedings(ln.text.split(), page.rules)
        ):
            return True
        if first_only and ln.zone == "main" and ln.text.strip():
            return False
    return False


def _teaching_title(page: _Page, title: str) -> bool:
    """The work's title opens with a course's teaching genre (the locales'
    ``[words].teaching_genres``: ``Course notes: …``, ``Lecture notes``, ``Notes de cours``):
    course material, whose abstract and introduction headings make no paper."""
    low = title.casefold()
    return any(
        low.startswith(term) and not low[len(term) : len(term) + 1].isalpha()
        for term in _loc.casefolded_terms("words", page.rules, "teaching_genres")
    )


def _crumb_locator(page: _Page, crumb: Cand) -> bool:
    """The breadcrumb's issue step is a locator (``N°23``, ``Vol. 3 No. 2``), not a number
    alone (``Issues / 128``)."""
    return not page.text[crumb.span[0] : crumb.span[1]].strip().isdigit()


@functools.cache
def _proceedings_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words naming conference proceedings (``[references].proceedings`` of the locales)."""
    return frozenset(
        w.casefold().rstrip(".") for w in _loc.terms_of("references", rules, "proceedings")
    )


def _names_proceedings(container: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether a container's name is that of proceedings (a word of the locales' list)."""
    words = _proceedings_words(rules)
    return any(w.casefold() in words for w in _WORD.findall(container))
