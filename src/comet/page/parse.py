"""``parse_record``: a whole scraped page in, one :class:`~comet.page.model.Record` out.

The page is cleaned (:func:`comet.clean_text`), split into lines, labels and zones
(:mod:`comet.page.layout`), and every field is chosen among *candidates* by
evidence: a citation block printed on the page (BibTeX, RIS, ``Cite this``) is
strong evidence, a labelled value good evidence, a position on the page weak
evidence, and anything inside the reference list or a related-items list is
evidence about another work.  Each choice between competing candidates is
explained in the record's diagnostics; every field keeps its span in the raw text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.locators import parse_pages
from comet.names import Person, parse_names
from comet.page import not_record as _not_record
from comet.page import person_model
from comet.page.abstracts import _abstract
from comet.page.author_lines import ROLE_NAMED_EVIDENCE, listed_roles
from comet.page.book_marks import bare_count
from comet.page.book_record import _book_locator
from comet.page.catalogue import _event, _holdings
from comet.page.cell_rows import cell_rows
from comet.page.chapter_headings import _chapter_heading
from comet.page.chrome import _is_chrome
from comet.page.citations import _cite_values, _read_citations, _title_citations
from comet.page.cited_original import original_of_cited
from comet.page.columns import split_columns
from comet.page.content import _type
from comet.page.contributor_lines import role_lines_after
from comet.page.cover import split_cover
from comet.page.cover_heads import thesis_cover_date
from comet.page.cover_notes import note_cover, note_cover_fields
from comet.page.cover_place import read_cover_foot
from comet.page.event_block import completed_event
from comet.page.event_named import named_event
from comet.page.evidence import (
    MAX_PAGE_LENGTH,
    W_POS,
    Cand,
    _key,
    _lenient,
    _Page,
    _str,
    _unique,
)
from comet.page.front_editors import front_matter_editors
from comet.page.glued_affiliations import AFFILIATED_EVIDENCE
from comet.page.glued_bylines import GLUED_EVIDENCE
from comet.page.glued_name_lists import GLUED_LIST_EVIDENCE
from comet.page.grantor import _cited_grantor, degree_grantor, grantor_segment, names_grantor
from comet.page.hyphen_breaks import joined_hyphen_breaks
from comet.page.ids import _identifiers, _pubmed_ids
from comet.page.initials import _expand_initials, _two_family_names
from comet.page.issued import _dates, _finer, _issued_candidates
from comet.page.issuing_body import container_body, disclaimer_body, issuing_body
from comet.page.kinds import detect_kind
from comet.page.label_role_tails import catalogue_roles as _catalogue_roles
from comet.page.layout import read_layout
from comet.page.locator import _locator
from comet.page.locator_lines import _ALNUM_ONLY
from comet.page.marc_record import read_marc_view
from comet.page.menu_cells import menu_cell_rows
from comet.page.model import Event, Record
from comet.page.name_checks import _names_ok, publisher_named
from comet.page.name_order import in_page_order
from comet.page.numeric_order import order_diagnostics
from comet.page.other_roles import printed_as_author
from comet.page.own_url import own_url
from comet.page.parallel_titles import parallel_titles
from comet.page.persons import _person_candidates, without_uploaders
from comet.page.printed_event import printed_event
from comet.page.publisher_address import read_address_place
from comet.page.reference_list import _references
from comet.page.report_form import labelled_code
from comet.page.report_number import number_word_line
from comet.page.reviews import reviewed_work
from comet.page.role_labels import labelled_roles
from comet.page.role_labels import same_person as _same_person
from comet.page.site_self_names import self_named
from comet.page.statements import (
    statement_body,
    statement_label,
)
from comet.page.subjects import _keywords
from comet.page.thesis_bylines import supervised_grantor, thesis_byline
from comet.page.thesis_cover import cover_grantor
from comet.page.title_breaks import title_goes_on
from comet.page.title_ends import tidy_title_ends
from comet.page.title_head_parts import head_line_titles
from comet.page.title_names import names_closing, names_opening
from comet.page.title_runs import completed_title
from comet.page.title_subtitles import subtitled
from comet.page.title_tail_names import EVIDENCE as COVER_LINE_EVIDENCE
from comet.page.titles import _split_title, _title_candidates
from comet.page.transcript_cover import cover_cand
from comet.page.venue_fields import _drop_the_books_facts, _read_venue
from comet.page.work_genre import _genre
from comet.page.work_language import work_language
from comet.records import check_text
from comet.references import Reference
from comet.text import clean_text

__all__ = ["MAX_PAGE_LENGTH", "parse_record"]


def _prepare(text: str, locales: _loc.Locales) -> tuple[_Page, set[int]]:
    """Clean, lay out and read the citation blocks of a page; the lines that are values
    of next-line labels."""
    rules = _loc.resolve(locales)
    columned, header = split_columns(text)
    cleaned = clean_text(columned, locales=rules)
    body, cover = split_cover(cleaned.text, rules)  # a document's first page, in blocks
    layout = read_layout(body, rules, cell_rows(columned, rules), menu_cell_rows(columned, rules))
    kind, scores = detect_kind(body, (lv.key for lv in layout.labels), rules)
    page = _Page(text, body, cleaned.span_to_raw, layout, rules, kind)
    if cover is not None:
        note_cover(page, cover)
    page.memo["kind-score"] = scores.get(kind.name, 0) if kind is not None else 0
    page.memo["kind-scores"] = scores  # every kind's score (comet.page.periodicals)
    page.memo["column-header"] = header  # raw span of a two-column header, or None
    page.diags.extend(cleaned.diagnostics)
    _read_citations(page)
    value_lines = {lv.line + 1 for lv in layout.labels if lv.layout == "next-line"}
    return page, value_lines


def parse_record(
    text: str,
    *,
    locales: _loc.Locales = None,
    source: str | None = None,
    references: bool = True,
) -> Record:
    """Read a whole scraped page and return one :class:`Record`.

    ``locales`` narrows the languages whose labels are tried (default: all
    registered); ``source`` is stored on the record (a file name or URL).
    ``references=False`` skips parsing the page's reference list (about half the
    time on a page with a long one); the list's zone is still kept out of the
    page's own fields.
    ``parse_record`` never fails on a ``str`` up to :data:`MAX_PAGE_LENGTH`
    characters: a page with nothing recognisable gives an empty record whose
    diagnostics say what was removed.  Longer input raises
    :class:`~comet.ParseError` (``too-long``); a non-``str`` raises ``TypeError``.

    >>> rec = parse_record("A Study of Things\\nSmith, J. and Doe, A.\\nDOI: 10.1000/xyz")
    >>> rec.title, [p.family for p in rec.authors], str(rec.doi)
    ('A Study of Things', ['Smith', 'Doe'], '10.1000/xyz')
    """
    check_text(text, max_length=MAX_PAGE_LENGTH)
    marc = read_marc_view(text)
    if marc is not None:  # a MARC view: its fields are block evidence, its rows not lines
        rest = parse_record(marc.masked(text), locales=locales, source=source,
                            references=references)  # fmt: skip
        return marc.apply(rest, text)
    page, value_lines = _prepare(text, locales)
    if _not_a_record(page):
        return _record(page, {}, source)
    f: dict[str, Any] = {}
    for stage in STAGES:
        stage(page, value_lines, f)
    if references:
        f["references"] = _read_references(page)
    return _record(page, f, source)


# --- the stages, in the order they run: each reads one family of fields into ``f`` ------


def _not_a_record(page: _Page) -> bool:
    """An error or login page or a list of results: say so (the record stays empty)."""
    lines = [ln.text for ln in page.layout.lines]
    verdict = _not_record.judge(lines, page.rules, lambda t: _is_chrome(t, page.rules))
    if verdict is None:
        return False
    line = page.layout.lines[verdict.line]
    what = {"error": "an error or login page", "empty": "an empty list of results"}.get(
        verdict.kind, "a list of results"
    )
    page.note(
        "not-a-record",
        f"the page is {what} ({verdict.phrase!r}), not the record of one work: no field was read",
        (line.start, line.end),
        Severity.WARNING,
    )
    return True


def _read_title(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """Title and subtitle; the line of the title on the page (bylines are read under it)."""
    layout = page.layout
    tcands = _title_candidates(page, value_lines) + head_line_titles(page)  # 'Title | Site'
    tbest = subtitled(page, page.choose("title", tcands), tcands)  # 'Title' / 'Subtitle'
    whole = completed_title(page, tbest, tcands) if tbest is not None else None
    if whole is not None and tbest is not None:
        page.note("chose-candidate", f"title: the heading {str(tbest.value)!r} is printed in "
                  f"full lower on the page: {str(whole.value)!r}", whole.span)  # fmt: skip
    tbest = title_goes_on(page, whole or tbest)  # ('… II Dengan' / 'Memakai …'; '(A' / 'Case)')
    title_line: int | None = None
    if tbest is not None:
        heading = _chapter_heading(str(tbest.value), page.rules)
        if heading is not None:
            f["chapter_number"], rest = heading
            page.note("chapter-heading", f"chapter {heading[0]} read from the title "
                      f"{str(tbest.value)!r}", tbest.span)  # fmt: skip
            tbest = Cand(rest, tbest.score, tbest.span, tbest.evidence, tbest.features)
        opened = names_opening(str(tbest.value), page)
        if opened is not None:  # 'Е. В. Суровцева, О. Е. Фролова. IV Международный …'
            persons, cut = opened
            page.memo["title-names"] = (persons, (tbest.span[0], tbest.span[0] + cut))
            page.note("title-names", "the title line opens with its authors", tbest.span)
            tbest = Cand(str(tbest.value)[cut:], tbest.score, tbest.span, tbest.evidence,
                         tbest.features)  # fmt: skip
        closing = names_closing(str(tbest.value), page) if "title-names" not in page.memo else None
        if closing is not None:  # 'Marsh Birds of the North - Ana Lindqvist': a shop's title
            persons, cut = closing
            page.memo["title-names"] = (persons, (tbest.span[0] + cut, tbest.span[1]))
            page.note("title-names", "the title line closes with its authors", tbest.span)
            tbest = Cand(str(tbest.value)[:cut].rstrip(), tbest.score,
                         (tbest.span[0], tbest.span[0] + cut), tbest.evidence,
                         tbest.features)  # fmt: skip
        value, span = tidy_title_ends(str(tbest.value), tbest.span, page)
        if value != tbest.value:
            tbest = Cand(value, tbest.score, span, tbest.evidence, tbest.features)
        # 'ökono- mische' (a PDF's line break left in the title): the word joined again
        f["title"], f["subtitle"] = _split_title(joined_hyphen_breaks(str(tbest.value), page.rules))
        original = original_of_cited(page, str(tbest.value))
        if original is not None:  # an English heading over a page in Chinese or Russian
            page.note("chose-candidate", f"title: {original!r}, as the page's citation in its "
                      f"own script gives it, over its translation {tbest.value!r}", tbest.span)  # fmt: skip
            f["title"], f["subtitle"] = _split_title(original)
        at = layout.line_at(tbest.span[0])
        if at is not None and at.start == tbest.span[0]:
            title_line = at.index
        else:  # chosen from a citation or a label: the page's own line of that title
            key = _key(str(tbest.value))
            lines_of = [c for c in tcands if c.features is not None and _key(str(c.value)) == key]
            if lines_of:
                own = max(lines_of, key=lambda c: c.score)
                at = layout.line_at(own.span[0])
                title_line = at.index if at is not None else None
            elif len(key) > 12:  # not among the lines scored: the first main line that is it
                title_line = next((ln.index for ln in layout.lines
                                   if ln.zone == "main" and _key(ln.text) == key), None)  # fmt: skip
    if title_line is not None:  # a title over its translations: the byline is under them
        page.memo["title-run-start"] = title_line  # the run's first line (venue reads it)
        title_line = page.memo.get(("translated-run", title_line), title_line)
    page.title_line = title_line
    f["translated_titles"] = parallel_titles(page, page.memo.get("title-run-start"), f.get("title"))
    page.memo["title-key"] = _key(f["title"]) if f.get("title") else ""
    page.memo["title-text"] = f"{f.get('title') or ''} {f.get('subtitle') or ''}".strip()
    page.memo["full-title-key"] = _key(f"{f.get('title') or ''} {f.get('subtitle') or ''}")
    if tbest is not None:
        _title_citations(page, str(tbest.value), title_line)
    # 'Resenha: O Outro Livro': a review of the book the title names
    f["_reviewed"] = reviewed_work(page, str(tbest.value) if tbest is not None else None)


def _read_persons(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """Authors (or editors, where the byline says so), labelled editors, and names in
    other roles (catalogue headings with relator terms)."""
    pcands = _person_candidates(page, page.title_line)
    pcands = person_model.rescore(page, pcands, person_model.MODE)  # as its MODE says
    pcands = without_uploaders(page, pcands)  # 'Uploaded by' / 'Ana Ruiz': the site's user
    pbest = page.choose("authors", pcands)
    if pbest is not None and pbest.evidence in (
        COVER_LINE_EVIDENCE,
        GLUED_EVIDENCE,
        GLUED_LIST_EVIDENCE,
        AFFILIATED_EVIDENCE,
    ):
        page.memo["authors-on-cover-line"] = True  # a document's names: no web byline
    authors: tuple[Person, ...] = tuple(pbest.value) if pbest is not None else ()
    if pbest is not None and authors:
        page.memo["byline-span"] = pbest.span  # (no journal's name: comet.page.venue_fields)
    authors = _two_family_names(page, _expand_initials(page, authors))
    authors = tuple(p for p in authors if not publisher_named(p, page.rules))  # 'ADAM YAYINCILIK'
    editors: list[Person] = []
    in_role: tuple[Person, ...] = ()  # 'Translated by Ana Ruiz': the byline's names, no author
    byline_role = page.memo.get(("role", pbest.span)) if pbest is not None else None
    if pbest is not None and byline_role == "editor":
        editors, authors = list(authors), ()
        page.note("editors", "the names under the title are editors ('(eds.)')", pbest.span)
    elif pbest is not None and byline_role is not None:
        in_role, authors = authors, ()
        page.note("byline-role", f"the byline's names are the work's {byline_role}s", pbest.span)
    for lv in page.layout.values("editor"):
        if statement_label(lv, page.rules) and statement_body(lv.value, page.rules):
            continue  # 'Herausgegeben von der Gesellschaft …': a body, the publisher
        plist = _lenient(parse_names, lv.value.rstrip(","), locales=page.rules)
        if plist is not None and _names_ok(list(plist)):
            editors.extend(plist)
            break
    if not editors and (fronted := front_matter_editors(page)):
        editors = list(fronted)  # 'Ola Berg Ana Ruiz (Eds.)': names run together before a mark
        page.note("editors", "the names run together before an editors' mark are editors")
    if not editors and (cited := _cite_values(page, "editor")):
        # 'In: Moe, Ida, and Ruiz, Ana, (eds.) Book …' in the page's citation of its work
        editors = [Person.from_csl(n) for n in cited[0].value if isinstance(n, dict)]
        page.note("editors", "the editors the page's citation of its work names", cited[0].span)
    roles = _catalogue_roles(page)
    for role, persons in labelled_roles(page).items():  # 'Translator: Ana Ruiz'
        held = roles.setdefault(role, [])
        held.extend(p for p in persons if p not in held)
        # (a name under a role's label is not an author unless a label or a heading says so)
        authors = tuple(a for a in authors
                        if not _same_person(a, persons) or printed_as_author(page, a))  # fmt: skip
    if pbest is not None and pbest.evidence == ROLE_NAMED_EVIDENCE:
        # 'Ana Ruiz (Author), Ida Moe (Editor)': the line's other names in their roles
        for role, person in listed_roles(page):
            held = editors if role == "editor" else roles.setdefault(role, [])
            if person not in held:
                held.append(person)
    if pbest is not None and byline_role is None and authors:
        for role, persons in role_lines_after(page, pbest.span).items():
            held = editors if role == "editor" else roles.setdefault(role, [])
            held.extend(p for p in persons if p not in held)
    if in_role:
        held = roles.setdefault(str(byline_role), [])
        held.extend(p for p in in_role if p not in held)
    role_editors = roles.pop("editor", [])
    editors.extend(p for p in role_editors if p not in editors)
    if role_editors:  # 'Autor: Ruiz, Ana (Hrsg.)': the heading's role makes her an editor
        authors = tuple(p for p in authors if p not in role_editors)
    if authors:  # 'Contributor(s): Kobrin, Janet [author.]': a further author of the work
        keys = {(p.family, p.given, p.literal) for p in authors}
        authors += tuple(p for p in roles.pop("author", [])
                         if (p.family, p.given, p.literal) not in keys)  # fmt: skip
    roles.pop("author", None)
    # 'szerkesztette: Rimóczi Imre': names in the page's usual order (Hungarian: family first)
    f["authors"], f["editors"] = in_page_order(page, authors), in_page_order(page, editors)
    f["roles"] = {role: in_page_order(page, persons) for role, persons in roles.items()}


def _read_identifiers(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """DOI, ISSNs, ISBNs (both printed forms of one ISBN kept), ORCIDs, PMID and PMCID."""
    dois, issns, isbns, orcids = _identifiers(page)
    dbest = page.choose("doi", [c for c in dois if c.score >= 0.2])
    f["doi"] = dbest.value if dbest is not None else None
    if dbest is not None:  # (a locator on the line of the work's own DOI is its own)
        page.memo["own-doi"] = str(getattr(dbest.value, "value", dbest.value)).casefold()
    f["issns"] = _unique(c.value for c in sorted(issns, key=lambda c: -c.score) if c.score >= 0.5)
    # where they are printed (a web periodical prints its ISSN in its footer, under the story)
    page.memo["issn-offsets"] = tuple(c.span[0] for c in issns if c.score >= 0.5)
    isbn_c = [c for c in isbns if c.score >= 0.5]
    f["_isbn_in_doi"] = any(c.evidence == "ISBN inside the DOI" for c in isbn_c)
    # a catalogue prints the ISBN-10 and the ISBN-13 of one book: both printed forms stay
    f["isbns"] = tuple(
        {(c.value.isbn13, len(_ALNUM_ONLY.sub("", c.value.raw))): c.value
         for c in sorted(isbn_c, key=lambda c: -c.score)}.values()
    )  # fmt: skip
    f["orcids"] = _unique(c.value for c in orcids if c.score >= 0.5)
    f["pmid"], f["pmcid"] = _pubmed_ids(page)
    f["urls"] = (url.value,) if (url := own_url(page)) is not None else ()


def _read_dates(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """Volume, issue, pages and number; the issued date and the other dates."""
    loc, best_loc, loc_span = _locator(page)
    f["_loc"], f["_loc_span"] = loc, loc_span
    dates = _dates(page)
    icands = _issued_candidates(page, dates, best_loc, loc_span, cover_cand(page))
    ibest = page.choose("issued", icands)
    issued = ibest.value if ibest is not None else None
    if ibest is not None:
        finer = _finer(ibest, icands)
        if finer is not None:
            page.note("refined-date", f"issued: {finer.value} ({finer.evidence}) refines "
                      f"{issued} ({ibest.evidence})", finer.span)  # fmt: skip
            issued = finer.value
    dissertation = thesis_byline(page)
    if issued is None and dissertation is not None:  # 'by …, Ph.D., University of X, 2013'
        issued = PartialDate(dissertation[3])
        page.note("dissertation-year", f"issued {issued} from the dissertation's byline")
    dated = thesis_cover_date(page) if issued is None else None
    if dated is not None:  # 'DIPLOMOVÁ PRÁCE' / title / '2012': the cover's date
        issued = dated[0]
        page.note("thesis-cover-date", f"issued {issued} from the thesis's cover", dated[1])
    f["issued"] = issued
    page.diags.extend(order_diagnostics(issued))  # '07/01/2014': the order day/month read in
    f["dates"] = {k: c.value for k, c in dates.items()}
    f["number"] = _str(loc.get("number"))
    f["volume"] = _str(loc.get("volume"))
    f["issue"] = _year_issue(_str(loc.get("issue")), issued)
    pages_c = loc.get("pages")
    f["pages"] = pages_c.value if pages_c is not None else None


#: an issue numbered within its year: ``2016/2``, ``2016-2``
_YEAR_ISSUE = re.compile(rf"({CITATION_YEAR_PATTERN})\s?[/-]\s?(\d{{1,2}})")


def _year_issue(issue: str | None, issued: Any) -> str | None:
    """``2016/2`` (a French portal's numbering: the second issue of 2016) is issue ``2``
    when the work is of that year; any other issue as it is."""
    m = _YEAR_ISSUE.fullmatch(issue.strip()) if issue else None
    if m is None or not isinstance(issued, PartialDate) or issued.year != int(m.group(1)):
        return issue
    return m.group(2)


#: the types of a web article, whose periodical a site's own name may be
WEB_ARTICLE_TYPES = frozenset({"post-weblog", "article-magazine", "article-newspaper"})


def _read_type(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """The type, then what depends on it: an event for conference papers, a page count
    for books."""
    f["type"], f["csl_type"] = _type(page, f)
    f["genre"] = _genre(page, f["csl_type"])
    if f["csl_type"] in WEB_ARTICLE_TYPES and (
        not f.get("container_title") or page.memo.get("container-by-place")
    ):
        # a web article whose page names no periodical in a label, masthead or citation:
        # the name the site gives itself ('More from …', '© 2024 …, LLC'), if confirmed
        authors = [a.display(given_first=True) for a in f.get("authors") or ()]
        avoid = (f.get("title") or "", *authors)
        named = self_named(page, avoid)
        if named is not None:
            page.choose("container_title", [Cand(named[0], W_POS - 0.1, named[1], named[2])])
            f["container_title"] = named[0]
            page.note("self-named", f"container-title {named[0]!r}: {named[2]}", named[1])
    reviewed = f.get("_reviewed")
    if reviewed is not None and f["csl_type"] == "review-book":
        f["reviewed_title"] = reviewed.title
        if reviewed.authors:
            f["roles"] = {**f["roles"], "reviewed-author": reviewed.authors}
            if f["authors"] == reviewed.authors:  # the book's author is not the review's
                f["authors"] = ()
        page.note("reviewed-work", f"reviews {reviewed.title!r} ({reviewed.evidence})")
        _drop_the_books_facts(page, f)
    csl_type, place = f["csl_type"], f["place"]
    event = _event(page)  # only for conference-like works or pages that label one
    # its block's lines, a venue's place, a date label; its name from its proceedings'
    event = completed_event(
        page, event, f.get("container_title") if csl_type == "paper-conference" else None
    )
    if event is None:
        event = printed_event(page, csl_type, f.get("title"))  # header, footer, lines, top
    if event is not None and event.place is None and csl_type == "paper-conference":
        places = _cite_values(page, "publisher-place")
        if places:
            event = attrs.evolve(event, place=str(places[0].value))
            f["place"] = None
    elif (
        event is None
        and csl_type == "paper-conference"
        and place
        and place != page.memo.get("imprint-place")  # 'Publisher: Fen Press, Marshtown': its own
    ):
        event = Event(place=place)
        f["place"] = None
    elif (
        event is not None
        and csl_type in ("book", "chapter")
        and not place
        and event.place
        and event.name is None
        and event.start is None
        and not any(ch.isdigit() for ch in event.place)
        and any(lv.value == event.place for lv in page.layout.values("city"))
    ):  # 'Ciudad: Valencia' on a book's record, no event named or dated: its place of
        # publication (a shelf's 'Location: Central Library, Floor 2' is none)
        page.note("book-place", f"{event.place!r} is the book's place of publication")
        f["place"], event = event.place, None
    f["event"] = named_event(page, event, csl_type, f.get("container_title"), f.get("title"))
    if csl_type == "thesis" and f.get("publisher"):
        f["publisher"] = grantor_segment(f["publisher"], page.rules)
    if csl_type == "thesis" and not (
        f.get("publisher") and names_grantor(f["publisher"], page.rules)
    ):
        cited = _cited_grantor(page)  # 'Name. Title. Discipline. Université de X, 2015.'
        if cited is not None:
            page.note("degree-grantor", f"{cited[0]!r} granted the degree ({cited[1]})")
            f["publisher"] = cited[0]
    dissertation = thesis_byline(page) if csl_type == "thesis" else None
    if dissertation is not None and not (
        f.get("publisher") and names_grantor(f["publisher"], page.rules)
    ):  # 'by Quill, Barnaby, Ph.D., University of X, 2013': the grantor is the publisher
        page.note("degree-grantor", f"{dissertation[2]!r} granted the degree (the byline)")
        f["publisher"] = dissertation[2]
    statement = page.memo.get("thesis-statement")
    if csl_type == "thesis" and statement is not None:
        grantor = degree_grantor(page, statement)
        if grantor and not (f.get("publisher") and names_grantor(f["publisher"], page.rules)):
            # (a citation's 'publisher' of a thesis that names no university is not one)
            page.note("degree-grantor", f"{grantor!r} granted the degree: the publisher")
            f["publisher"] = grantor
    closing = supervised_grantor(page) if csl_type == "thesis" and not f.get("publisher") else None
    if closing is not None:  # '… sous la direction de Jonas Brandt - Nordville, École …'
        page.note("degree-grantor", f"{closing[0]!r} closes the thesis's byline: the publisher")
        f["publisher"] = closing[0]
        page.spans["publisher"] = page.to_raw(*closing[2])
        f["place"] = f.get("place") or closing[1]
    headed = cover_grantor(page) if csl_type == "thesis" and not f.get("publisher") else None
    if headed is not None:  # 'Università degli Studi di X' heading a thesis's cover
        page.note("degree-grantor", f"{headed[0]!r} heads the thesis's cover: the publisher")
        f["publisher"] = headed[0]
        page.spans["publisher"] = page.to_raw(*headed[1])
        if (f.get("container_title") or "").casefold() == headed[0].casefold():
            f["container_title"] = None  # (the same line read as a container: a thesis has none)
    if (
        csl_type == "report"
        and f.get("container_title")
        and not any(f.get(k) for k in ("publisher", "volume", "issue"))
    ):
        body_name = container_body(f["container_title"], page)
        if body_name is not None:  # 'Banco de la Marisma - Servicio de Estudios' as a container
            page.note("issuing-body", f"publisher {body_name!r}: the body read as the container")
            f["publisher"], f["container_title"] = body_name, None
    if csl_type == "report" and not (f.get("publisher") or f.get("container_title")):
        avoid = (f.get("title") or "", f.get("collection_title") or "")
        body = issuing_body(page, avoid)  # 'BANCO CENTRAL DE CHILE' on a report's cover
        body = body or disclaimer_body(page, avoid)  # '… do not necessarily reflect the views of
        if body is not None:
            page.choose("publisher", [body])
            f["publisher"] = str(body.value)
            page.note("issuing-body", f"publisher {body.value!r}: {body.evidence}", body.span)
    read_cover_foot(page, f, csl_type)  # 'Fen Institute, Marshtown, MA, June 2015' on a cover
    read_address_place(page, f)  # '© Éditions du Héron, 2012' / '…, 75005 Paris'
    if (
        csl_type in ("report", "thesis")
        and f.get("issue")
        and not (f.get("number") or f.get("volume") or f.get("container_title"))
    ):
        # 'Number 7709' on a report's page: the report's number (a report has no issue)
        page.note("report-number", f"{f['issue']} is the {csl_type}'s number, not an issue")
        f["number"], f["issue"] = labelled_code(page, str(f["issue"])), None
    elif csl_type == "report" and not any(
        f.get(k) for k in ("number", "issue", "volume", "container_title")
    ):
        line = number_word_line(page)  # 'N.° 14 - Octubre 2011' under the byline
        if line is not None:
            page.note("report-number", f"{line.value} is the report's number (its line)")
            f["number"] = line.value
    if csl_type == "book":
        _book_locator(page, f)
    pages = f["pages"]
    if csl_type in ("book", "thesis", "report") and bare_count(pages):
        page.note("page-count", f"{pages.first} is the book's number of pages, not a page")
        f["pages"] = parse_pages(f"{pages.first} pp.", strict=False).value


def _read_text(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """Keywords, abstract or description, the work's and the page's language, holdings."""
    f["keywords"] = _keywords(page)
    f["abstract"], f["description"] = abstract, _ = _abstract(page, value_lines)
    f["language"], f["page_language"] = work_language(page, f, abstract)
    kind = page.kind
    f["holdings"] = _holdings(page) if kind is not None and "holdings" in kind.flags else ()


def _read_references(page: _Page) -> tuple[Reference, ...]:
    refs, ref_diags = _references(page)
    page.diags.extend(ref_diags)
    return refs


#: The stages of :func:`parse_record`, in order: each reads one family of fields.
STAGES: tuple[Callable[[_Page, set[int], dict[str, Any]], None], ...] = (
    _read_title,
    _read_persons,
    _read_identifiers,
    _read_dates,
    _read_venue,
    _read_type,
    _read_text,
    note_cover_fields,
)


#: A bracket a name opens at its end and never closes: a venue cut before a year or a
#: page range (``Proceedings of the Ninth Hydrology Conference (THC`` read from ``… (THC
#: 2018), pages 12-19``).
_OPEN_TAIL = re.compile(r"\s*[(\[][^()\[\]]*$")


def _closed(name: str) -> str:
    """``name`` without a bracket it opens at its end and never closes (what stays holds a
    word); a name whose brackets are closed stays as it is."""
    m = _OPEN_TAIL.search(name) if "(" in name or "[" in name else None
    if m is None or not any(c.isalpha() for c in name[: m.start()]):
        return name
    return name[: m.start()].rstrip(" ,;:–-")


def _record(page: _Page, f: Mapping[str, Any], source: str | None) -> Record:
    """The record of the fields read (keys starting with ``_`` are working notes)."""
    fields = {k: v for k, v in f.items() if not k.startswith("_")}
    venue = fields.get("container_title")
    if isinstance(venue, str) and (closed := _closed(venue)) != venue:
        page.diags.append(Diagnostic("cut-bracket", f"container-title: dropped a bracket "
                                     f"left open at its end ({venue[len(closed):].strip()!r})"))  # fmt: skip
        fields["container_title"] = closed
    kind = page.kind.name if page.kind is not None else "unknown"
    return Record(**fields, kind=kind, source=source, spans=page.spans, raw=page.raw,
                  diagnostics=tuple(page.diags))  # fmt: skip
