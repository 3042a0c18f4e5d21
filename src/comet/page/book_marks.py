"""What marks a record with no periodical as a book's: an edition or a page count under
its label, a binding label, or a line opening with a binding word beside a book's facts
(moved verbatim from ``comet.page.content``)."""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.locators import PageRange
from comet.page.evidence import _Page


@functools.cache
def _binding_line(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line opening with a book's binding (``[words].book_bindings``: ``Paperback;``,
    ``- Hardcover``, ``Tapa blanda``), the binding alone or before punctuation (``Pocket
    guide to …`` is a title)."""
    words = sorted(set(_loc.terms_of("words", rules, "book_bindings")), key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"^[ \t]*(?:[•·*–-][ \t]+)?(?:{alt})(?=[ \t]*(?:$|[;,(/|]|\.(?:\s|$)))",
        re.IGNORECASE | re.MULTILINE,
    )


#: words of a binding label's value at most (``Tapa dura con sobrecubierta``)
BINDING_WORDS = 4


#: words of a line of prose at least: a book's mark after one is in a text about a book
#: (a review's box under the review), no record's
MARK_PROSE_WORDS = 20


#: a sentence's end closing a line (a full stop, a question or an exclamation mark, an
#: ellipsis, a closing quotation mark or bracket after it)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


def _first_prose(page: _Page) -> int:
    """Where the page's first line of prose starts (:data:`MARK_PROSE_WORDS` words or more,
    closed by a sentence's end: a catalogue's long title and responsibility statement,
    ``… ; под ред. А. П. Селигерского и В. В. Серова |``, is no prose), the text's end when
    there is none. Memoised per page."""

    def find() -> int:
        for line in page.layout.lines:
            if len(line.text.split()) >= MARK_PROSE_WORDS and _SENTENCE_END.search(line.text):
                return line.start
        return len(page.text)

    return int(page.remember(("first-prose", 0), find))


#: label keys of a catalogue record's bibliographic facts (its title, author, imprint, year,
#: series, subjects, call number, language, material type): with one of them a description
#: label's page count is a physical description's (``Description: 212 p. : ill. ; 24 cm``
#: under ``Published: Oslo : Fjord Press, 2019``), not a product's (a notebook's
#: ``Description: 192 pages, dotted grid`` beside its price)
_IMPRINT_KEYS = (
    "title", "author", "publisher", "published", "place", "edition", "year", "series",
    "subjects", "call_number", "language", "material_type", "publication_type",
)  # fmt: skip


def _imprint_labelled(page: _Page) -> bool:
    """The page labels a record's bibliographic facts (:data:`_IMPRINT_KEYS`) and no note
    names a thesis (``Notes: Thesis (Ph.D.)--University of Hull, 2021``, a catalogue's
    dissertation note: the physical description is a thesis's then)."""
    if not any(True for _ in page.layout.values(*_IMPRINT_KEYS)):
        return False
    words = _thesis_words(page.rules)
    return not any(w in lv.value.casefold() for lv in page.layout.values("notes") for w in words)


@functools.cache
def _thesis_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' thesis words of citations (``[references].thesis``), folded."""
    return tuple({t.casefold() for t in _loc.terms_of("references", rules, "thesis")})


def _book_mark(page: _Page, record: dict[str, Any]) -> tuple[str, tuple[int, int]] | None:
    """What says a record with no periodical is a book's, printed before any line of prose
    (a review's box of the book it discusses is no record's): its edition or its number of
    pages under their labels, a binding label with a value (``Einband: Broschur``) or a line
    opening with a binding word beside a book's facts (``Hardback; 2011 reprint``)."""
    prose = _first_prose(page)
    described = _imprint_labelled(page)
    for value, keys, why in (
        (record.get("edition"), ("edition",), "an edition"),
        (_page_count(record), ("page_count", "pages"), "a number of pages"),
        (_page_count(record) and described, ("description",), "a physical description"),
    ):
        if not value:
            continue
        for lv in page.layout.values(*keys):
            if lv.value and _line_start(page, lv.value_start) <= prose:
                return f"{why} and no periodical", (lv.value_start, lv.value_end)
    for lv in page.layout.values("binding"):
        if (
            lv.value
            and len(lv.value.split()) <= BINDING_WORDS
            and _line_start(page, lv.value_start) <= prose
        ):
            return f"label '{lv.label}' names a binding", (lv.value_start, lv.value_end)
    pattern = _binding_line(page.rules)
    m = pattern.search(page.text) if pattern is not None else None
    if m is not None and m.start() <= prose and _beside_book_facts(page, m.start(), m.end()):
        return "a line opening with a binding", m.span()
    return None


@functools.cache
def _dated_binding(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A binding's line with an edition's or a reprint's year right after the binding
    (``Hardback; 2011 reprint``, ``Taschenbuch, 2003 Auflage``): a book's, where a
    notebook's ``Hardcover, 192 Seiten`` or a calendar's year alone is none."""
    words = {
        *_loc.terms_of("references", rules, "edition"),
        *_loc.terms_of("words", rules, "reprint_words"),
    }
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \t]*[;,][ \t]*(?:1[5-9]\d\d|20\d\d)[ \t]+(?:{alt})(?!\w)", re.IGNORECASE)


#: label keys of a book's own facts near a binding's line (its ISBN, author, publisher or
#: edition; a page count is a notebook's too)
_BOOK_FACT_KEYS = ("isbn", "isbn_print", "isbn_electronic", "publisher", "author", "edition")
#: lines around a binding's line a book's fact label may stand on
BINDING_REACH = 3


def _beside_book_facts(page: _Page, start: int, end: int) -> bool:
    """Whether a line opening with a binding word is a book's: an edition's or a reprint's
    year right after the binding (``Hardback; 2011 reprint``), or a label of a book's own
    facts (ISBN, author, publisher, edition) within :data:`BINDING_REACH` lines (a shop's
    ``Taschenbuch`` over ``Farbe: Natur``, a post's ``Taschenbuch, E-Book oder Hörbuch?``, a
    notebook's ``Hardcover, 192 Seiten`` are none)."""
    if _dated_binding(page.rules).match(page.text, end):
        return True
    line = page.layout.line_at(start)
    if line is None:
        return False
    near = range(line.index - BINDING_REACH, line.index + BINDING_REACH + 1)
    return any(lv.line in near for lv in page.layout.values(*_BOOK_FACT_KEYS))


def _line_start(page: _Page, offset: int) -> int:
    """Where the line holding ``offset`` starts (``offset`` itself off any line)."""
    line = page.layout.line_at(offset)
    return line.start if line is not None else offset


def bare_count(pages: PageRange | None) -> bool:
    """Whether ``pages`` is one number alone (``412``, no last page): a book's number of
    pages where the work is a book (``comet.page.parse``), not a page."""
    return pages is not None and pages.last is None and (pages.first or "").isdigit()


def _page_count(record: dict[str, Any]) -> bool:
    """Whether the record's pages are a count (``212 pp.``, ``Pages: 412``), not a range: a
    range (``Pages: 45-67``, whose count is reckoned from its ends) is a part of a printed
    whole, no book's sign."""
    pages: PageRange | None = record.get("pages")
    if pages is None or pages.is_range:
        return False
    return bool(pages.count) or bare_count(pages)
