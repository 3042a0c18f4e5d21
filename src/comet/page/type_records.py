"""Types a record's own labels and parts imply where nothing names one (the weakest type
evidence, under every label, line and citation that names a type).

* A book's imprint labelled: a ``Publisher`` label beside a series', a place's or an
  edition's label (``Editore:`` / ``Collana:``, ``PUBLISHER:`` / ``BOOK SERIES:`` /
  ``PUBLICATION PLACE:``), and no periodical's, thesis's or other type's label: the table of
  a book's record, a catalogue's or a bookseller's (a web article labels no publisher and
  series; a journal's article labels its journal, volume or ISSN; a thesis's record its
  supervisor, department or degree).
* An abstract under its heading (or its label) by authors in a named container with no
  ISBN and no DOI: a journal's article whose volume and identifiers the page does not print
  (a proceedings container names a conference paper elsewhere; a preprint or a working
  paper that names itself is left out, and a DOI with an abstract under a masthead is a
  preprint server's page too).

Where nothing at all names a type (no label, line, citation, kind or field: the record
would be a bare ``document``), the weakest signs (:func:`unnamed_type`):

* A printed book's extent (``432 pages``, ``681 S.``: a count of pages, no range) before the
  page's prose, where the record names an author, an editor, a publisher or a date and holds
  no container, ISSN, DOI or issue, and the page names no thesis: a monograph's physical
  description (an article prints its range of pages, a journal's issue its number, a
  notebook names no author, a catalogue's thesis note makes it a thesis's).
* A book's binding labelled (``Binding:``, ``Einband:``, ``Обложка:``; ``[labels].binding``),
  even where the value is cut away: a bookseller's or a catalogue's fact of a printed book.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.article_parts import _names_proceedings
from comet.page.book_marks import _first_prose
from comet.page.book_record import PERIODICAL_KEYS, _other_type
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.paper_sections import _abstract_heading, _abstract_label
from comet.page.patent_record import patent_type
from comet.page.peer_review import _names_other_type
from comet.page.standard_designations import designation_cand
from comet.page.transcript_thesis import names_thesis

__all__ = ["IMPRINT_KEYS", "W_SIGN", "record_part_types", "unnamed_type"]

#: label keys of a book's imprint besides its publisher: its series, its place, its edition
IMPRINT_KEYS = frozenset({"series", "place", "edition"})
#: label keys that name another kind of record: a periodical's fields, a thesis's facts
#: (its supervisor, department or degree), a report's number
OTHER_RECORD_KEYS = frozenset(
    {*PERIODICAL_KEYS, "supervisor", "department", "degree", "degree_type", "thesis_note",
     "report_number", "article_number"}
)  # fmt: skip
#: the weight of an imprint's labels as a book's sign: over a web article's shape
#: (``W_POS - 0.15``), under a type any line or label names
W_IMPRINT = W_POS - 0.1
#: the weight of an abstract in a named container: the weakest sign of a journal article
W_ABSTRACT_CONTAINER = W_POS - 0.2


def imprint_book(page: _Page, record: dict[str, Any]) -> Cand | None:
    """A book's candidate where the page's main text labels a publisher and a series, a
    place or an edition (the labels alone count: a record's table may print a label over a
    value cut away), no label of another kind of record (:data:`OTHER_RECORD_KEYS`), no
    type label naming another type (``Material type: Score``), and the record holds no
    ISSN, DOI or container and reviews no book."""
    if (
        record.get("issns")
        or record.get("doi")
        or record.get("container_title")
        or record.get("_reviewed") is not None
    ):
        return None
    main = [lv for lv in page.layout.labels if page.weight(lv.value_start) >= 1]
    keys = {lv.key for lv in main}
    if "publisher" not in keys or not keys & IMPRINT_KEYS or keys & OTHER_RECORD_KEYS:
        return None
    if _other_type(page):
        return None
    imprint = next(lv for lv in main if lv.key == "publisher")
    others = sorted(keys & IMPRINT_KEYS)
    why = f"a book's imprint labelled: label '{imprint.label}' and a {', '.join(others)} label"
    return Cand("book", W_IMPRINT, (imprint.value_start, imprint.value_end), why)


def abstract_in_container(page: _Page, record: dict[str, Any], cites_others: bool) -> Cand | None:
    """A journal article's candidate where the page prints an abstract under its heading or
    label, the record has authors and a container that is no proceedings' and no ISBN or
    DOI, and the page names no preprint or working paper (``cites_others``: a news or blog page's
    container is of the work it discusses)."""
    container = str(record.get("container_title") or "")
    if cites_others or not container or not record.get("authors"):
        return None
    if record.get("isbns") or record.get("doi"):
        return None
    if _names_proceedings(container, page.rules) or _names_report(container, page.rules):
        return None  # ('… INSTITUTE FOR FEN STUDIES REPORT': a report's cover line, no journal)
    if not (_abstract_heading(page) or _abstract_label(page)) or _names_other_type(page):
        return None
    why = "an abstract by the work's authors in a named container, no ISBN or DOI"
    return Cand("article-journal", W_ABSTRACT_CONTAINER, (0, 0), why)


@functools.cache
def _report_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' words of a report's or a paper series' name (``[references].report``:
    *report, working paper, Bericht*) as whole words."""
    terms = _loc.terms_of("references", rules, "report")
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I) if terms else None


def _names_report(container: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The container's name holds a report word of the locales (review26: a cover's line
    naming the institute's report, read as the container, made a report an article once the
    byline's names were read)."""
    words = _report_words(rules)
    return words is not None and words.search(container) is not None


#: the types of a carrier a format's value names (a disc, a tape, a record)
CARRIER_TYPES = frozenset({"motion_picture", "song", "musical_score"})


def partial_carrier(value: str, csl_type: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A format's value typed as a carrier by a part of it only (``Vinyl-bound notebook``,
    ``DVD-ROM drive``): a carrier's type needs the value to be one of its
    ``[types]`` terms whole (``DVD``, ``Audio CD``; review26)."""
    if csl_type not in CARRIER_TYPES:
        return False
    return value.casefold() not in _loc.casefolded_terms("types", rules, csl_type)


def record_part_types(page: _Page, record: dict[str, Any], cites_others: bool) -> list[Cand]:
    """The candidates of :func:`imprint_book`, :func:`abstract_in_container` and
    :func:`~comet.page.standard_designations.designation_cand` (a standard's designation
    whole on its line, a line's weight)."""
    found = (
        imprint_book(page, record),
        abstract_in_container(page, record, cites_others),
        designation_cand(page),  # 'GB/T 1.1-2009' whole on its line: a standard
        patent_type(page),  # 'United States Patent 5,123,456' and 'Inventors: …': a patent
    )
    return [c for c in found if c is not None]


#: the weight of an unnamed type's sign: the weakest type evidence (as a document's
#: transcript's report), under every other candidate
W_SIGN = W_POS - 0.25
#: label keys of a printed book's binding
BINDING_KEYS = ("binding",)
#: record fields that show a periodical or a part of another work: no book's extent then
_NOT_BOOK_FIELDS = ("container_title", "issns", "doi", "issue")
#: record fields of a work's maker, publisher or date: a stationery product has none
_WORK_FIELDS = ("authors", "editors", "publisher", "issued")


def _main_label(page: _Page, keys: tuple[str, ...]) -> Any:
    """The first label of ``keys`` on the page's main text, with its value or printed with
    its colon and no value (``Обложка:``, the value cut away; a bare ``Binding`` line is a
    menu's entry or a filter's too), or ``None``."""
    want = set(keys)
    for lv in page.layout.labels:
        if lv.key not in want or page.layout.lines[lv.line].zone != "main":
            continue
        if not _before_prose(page, lv.value_start):
            continue  # (a review's box of the book it discusses)
        if lv.value.strip() or page.layout.lines[lv.line].text.rstrip().endswith(":"):
            return lv
    return None


def _extent(page: _Page, record: dict[str, Any]) -> bool:
    """The record's pages are a count (``432 pp.``), not a range, printed before the page's
    first line of prose (a review's box of the book it discusses stands under the review),
    the record names the work's maker, publisher or date (:data:`_WORK_FIELDS`) and holds
    nothing of a periodical's or a container's (:data:`_NOT_BOOK_FIELDS`)."""
    pages = record.get("pages")
    if pages is None or not pages.count or any(record.get(key) for key in _NOT_BOOK_FIELDS):
        return False
    if not any(record.get(key) for key in _WORK_FIELDS):
        return False  # (a notebook's 'Hardcover, 192 Seiten' names no author, publisher or date)
    if names_thesis(page):
        return False  # ('Notes: Thesis (Ph.D.)--…': a thesis's physical description)
    cand = (record.get("_loc") or {}).get("pages")
    return cand is not None and _before_prose(page, cand.span[0])


def _before_prose(page: _Page, offset: int) -> bool:
    """The line holding ``offset`` starts before the page's first line of prose."""
    line = page.layout.line_at(offset)
    return line is not None and line.start <= _first_prose(page)


def unnamed_type(page: _Page, record: dict[str, Any]) -> Cand | None:
    """The type the record's weakest signs give (see the module's docstring), or ``None``;
    for a page where no other candidate names a type."""
    span = (0, 0)
    if _extent(page, record):
        return Cand("book", W_SIGN, span, f"a book's extent ({record['pages']}), no other type")
    if (lv := _main_label(page, BINDING_KEYS)) is not None:
        why = f"a book's binding labelled ('{lv.label}'), no other type"
        return Cand("book", W_SIGN, (lv.value_start, lv.value_end), why)
    return None
