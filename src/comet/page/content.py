"""What a work is: its type and genre; its languages and references."""

from __future__ import annotations

import re
from typing import Any

from comet.diagnostics import Severity
from comet.identifiers.book_doi import book_in_doi
from comet.identifiers.serial_doi import issn_in_doi
from comet.page import type_model
from comet.page.article_parts import (
    _crumb_locator,
    _names_proceedings,
    _proceedings_above,
    _teaching_title,
    above_prose,
    abstract_then_introduction,
    correspondence_line,
    journal_label,
    page_range,
)
from comet.page.book_marks import _book_mark
from comet.page.book_record import book_record
from comet.page.cite_types import _cite_types
from comet.page.defence import defence_statement
from comet.page.degree import degree_label
from comet.page.event_dates import stated_event
from comet.page.event_head_line import event_head_line
from comet.page.event_head_paper import event_head_paper
from comet.page.evidence import (
    TIE_LANGUAGES,
    W_LABEL,
    W_LINE,
    W_POS,
    Cand,
    _lenient,
    _Page,
)
from comet.page.genre_lines import (
    cover_capitals_genre,
    genre_heading,
    title_genre,
    type_line_near_title,
)
from comet.page.genre_title_line import genre_title_line
from comet.page.issue_line import issue_line as _issue_line
from comet.page.kind_types import _kind_types
from comet.page.label_locales import tags_of
from comet.page.locator_crumbs import crumb_issue
from comet.page.paper_sections import (
    _abstract_heading,
    _abstract_label,
    _keywords_label,
    _reference_list,
    _research_article,
)
from comet.page.peer_review import _names_other_type, _peer_review_dates
from comet.page.periodicals import (
    MASTHEAD_MAGAZINE,
    UNNAMED_GUESS,
    UNNAMED_PERIODICAL,
    masthead_magazine,
    periodical_type,
    web_article,
)
from comet.page.proceedings_volume import volume_page
from comet.page.record_lines import year_language_type
from comet.page.report_form import report_form, year_over_body
from comet.page.report_series import (
    executive_summary,
    report_series_line,
)
from comet.page.report_terms import report_label
from comet.page.serial_frequency import frequency_type
from comet.page.structured_abstract import structured_abstract
from comet.page.thesis_bylines import genre_byline, supervised_byline, thesis_byline
from comet.page.thesis_cover import thesis_cover
from comet.page.transcript_cover import document_transcript, transcript_genre
from comet.page.transcript_thesis import transcript_type
from comet.page.type_features import type_features
from comet.page.type_records import partial_carrier, record_part_types, unnamed_type
from comet.page.unheaded_abstract import unheaded_abstract
from comet.page.venue import _is_report_series, _is_thesis_series
from comet.page.web_research import unnamed_periodical_article
from comet.page.work_statements import _self_reference, _thesis_statement
from comet.vocab import (
    PublicationType,
    parse_language,
    parse_publication_type,
)

#: The weight of a web article's shape (``comet.page.periodicals.web_article``): the
#: weakest type evidence, taken only where nothing names a type.
W_WEB_ARTICLE = W_POS - 0.15
#: a kind's score this low (two cue words) does not keep a page from being a web article
WEAK_KIND_SCORE = 2
#: The weight of an abstract heading as the only sign of the work's kind (a journal
#: article): under a web article's shape and every other type evidence.
W_ABSTRACT_ONLY = W_POS - 0.2

#: The weight of an ISBN with no container as a book's sign: under a type the page prints by
#: position (a thesis's or a report's genre line, a report series), as theses, reports and
#: proceedings carry ISBNs too; over a web article's shape and a paper's parts.
W_ISBN_BOOK = W_POS - 0.05

#: Characters of prose a page needs before its language is guessed from them.
MIN_PROSE_FOR_LANGUAGE = 600


#: the kinds of work a catalogue's ``Format`` facet names that are read as the work's type
#: (``Book``, ``Thesis``, ``Map``, ``Serial``); an article or journal format is a serial's or
#: a database's label, and a file format (``PDF``) is no kind of work
FORMAT_TYPES = frozenset(
    {"book", "thesis", "map", "periodical", "motion_picture", "song", "musical_score"}
)
#: words of a format facet's value at most (the type's term alone: ``Book``, ``Book (12)``)
FORMAT_WORDS = 2
#: a facet's count after its value (``Book (12)``)
_FACET_COUNT = re.compile(r"\s*\(\d[\d,.]*\)\s*$")


def _cites_others(page: _Page) -> bool:
    """The page's kind prints locators of other works (a blog post, a news article)."""
    return page.kind is not None and "locators_cite_others" in page.kind.flags


def _type_cands(
    page: _Page, record: dict[str, Any]
) -> tuple[list[Cand], PublicationType | None, Cand | None]:
    """The type candidates of :func:`_named_types`, :func:`_record_types` and
    :func:`_kind_types`, the page's type label, and the candidate of a web article's shape
    (:func:`web_article`, :func:`periodical_type`) where the page has one."""
    cands, ptype = _named_types(page, record)
    # a page of no kind, or of a kind that names no type on the fewest cues (two words of a
    # portal's or a repository's vocabulary on a news page), may have a web article's shape
    weak_kind = (
        page.kind is not None
        and page.kind.csl_type is None
        and (int(page.memo.get("kind-score", 0)) <= WEAK_KIND_SCORE)
    )
    shape = web_article(page, record) if page.kind is None or weak_kind else None
    cites = _cites_others(page) or shape is not None
    cands.extend(_record_types(page, record, cites))
    cands.extend(_kind_types(page))
    cands.extend(record_part_types(page, record, cites))  # an imprint's labels, an abstract
    cands.extend(event_head_line(page, _cites_others(page)))  # 'Conference … 2031' by the title
    cands = _journal_parts_without_journal(cands, record)
    volume = volume_page(page, record)  # a proceedings volume's page listing its papers
    if volume is not None:
        cands.append(volume)
    reviewed = record.get("_reviewed")
    if reviewed is not None:  # 'Resenha: O Outro Livro': a review of the book it names
        cands.append(Cand("review-book", W_LINE, (0, 0), f"a review: {reviewed.evidence}"))
    web: Cand | None = None
    if shape is not None:
        csl_type, why = periodical_type(page)
        web = Cand(csl_type, W_WEB_ARTICLE, (0, 0), f"{shape}; {why}")
        cands.append(web)
        own = unnamed_periodical_article(page, record) if why == UNNAMED_PERIODICAL else None
        if own is not None:  # its volume by the title, an introduction: a journal's article
            cands.append(own)
    if (
        not cands
        and (record.get("authors") or record.get("editors") or record.get("roles"))
        and (page.memo.get("cover") is not None or document_transcript(page))
    ):
        # a document's first page printed as text (a sharing site's transcript) by its
        # authors (or its editors, compilers, translators) where nothing names its type: a thesis names its degree, an article its
        # journal, a book its ISBN; what is left is grey literature, a report (the weakest
        # type evidence; statutes, minutes or a contract, issued by a body, name no author)
        cands.append(transcript_type(page))  # a thesis where its cover names one
    elif not cands and (genre := transcript_genre(page)) is not None:
        # no author read, but the transcript names a report's genre ('Working Papers' on
        # its imprint page): a report (the same weakest evidence)
        cands.append(genre)
    elif not cands and (sign := unnamed_type(page, record)) is not None:
        cands.append(sign)  # a book's extent, a book's binding labelled
    elif not cands and not cites and (sign := unheaded_abstract(page)) is not None:
        cands.append(sign)  # 'Title' / an abstract's prose / 'Keywords: …': a paper's front
    return cands, ptype, web


#: the evidence of an abstract and a keywords label (:func:`_record_types`)
ABSTRACT_KEYWORDS = "an abstract heading and a keywords label"
#: the fields that show a journal's article: its identifiers and its locators
_JOURNAL_SIGNS = ("issns", "doi", "volume", "issue")
#: the types of grey literature, which prints an abstract and keywords as journals do
_GREY_TYPES = frozenset({"report", "thesis"})


def _journal_parts_without_journal(cands: list[Cand], record: dict[str, Any]) -> list[Cand]:
    """``cands`` without an abstract's and keywords' article where the page shows no journal
    (no ISSN, DOI, volume or issue read) and something names a report or a thesis, however
    weakly (``RAPPORT`` in a cover's capitals): a report and a thesis print an abstract and
    keywords too, and without a journal these are no article's evidence."""
    if any(record.get(k) for k in _JOURNAL_SIGNS) or not any(c.value in _GREY_TYPES for c in cands):
        return cands
    return [c for c in cands if c.evidence != ABSTRACT_KEYWORDS]


def type_features_of(
    page: _Page, record: dict[str, Any], cands: list[Cand], web: Cand | None
) -> dict[str, float]:
    """The type model's features of the page (:func:`comet.page.type_features.type_features`)."""
    signals = {
        "abstract_heading": _abstract_heading(page),
        "references": _reference_list(page),
        "keywords": _keywords_label(page),
    }
    return type_features(page, record, cands, web is not None, signals)


def _type(page: _Page, record: dict[str, Any]) -> tuple[PublicationType | None, str | None]:
    """The page's type label (when it prints one) and the CSL type chosen among the
    candidates of :func:`_type_cands`; on a page where nothing names a type, a web
    article's shape (:func:`web_article`) says it is a newspaper's, a magazine's or a
    blog's (:func:`periodical_type`). Where the hand rules name no type (or, as
    :data:`comet.page.type_model.MODE` says, are unsure), the type model names it."""
    cands, ptype, web = _type_cands(page, record)
    best = page.choose("type", cands)
    if type_model.applies(best.score if best is not None else None, type_model.MODE):
        found = type_features_of(page, record, cands, web)
        chosen = type_model.choose(found, type_model.admission(best is not None))
        if chosen is not None and (best is None or chosen[0] != best.value):
            csl_type, prob = chosen  # (the fields read make a record of its type)
            why = f"the type model ({prob:.2f}), fields: {type_model.SIGNS[csl_type][1]}"
            if best is not None:
                why += f" over {best.value!r} ({best.evidence})"
            page.note("type-model", f"type: {csl_type!r}, {why}")
            best = Cand(csl_type, prob, (0, 0), "the type model")
    if best is not None and best is web:  # nothing named a type: say why
        reason = MASTHEAD_MAGAZINE if masthead_magazine(page) else None
        if reason is None and periodical_type(page)[1] == UNNAMED_PERIODICAL:
            reason = UNNAMED_GUESS  # (the layout's guess alone: a type tag outweighs it)
        page.note("web-article", f"type: {best.value!r}, a web article ({best.evidence})",
                  reason=reason)  # fmt: skip
    if best is not None and ptype is not None and best.value != ptype.csl_type:
        page.note(
            "contradiction",
            f"the page's type label says {ptype.csl_type!r} but {best.evidence} says "
            f"{best.value!r}; chose the stronger evidence",
            best.span,
            Severity.WARNING,
        )
    return ptype, (best.value if best is not None else None)


def _named_types(page: _Page, record: dict[str, Any]) -> tuple[list[Cand], PublicationType | None]:
    """The types the page names: an arXiv number without a journal, thesis notes, type
    labels (and the first publication-type label's type), a blog label, a type word by the
    title, a thesis statement, the types of its own citation blocks and how it names its
    own work (``this preprint``)."""
    cands: list[Cand] = []
    ptype: PublicationType | None = None
    number = str(record.get("number") or "")
    if number.startswith("arXiv:") and not record.get("container_title"):
        cands.append(Cand("article", W_LINE, (0, 0), "an arXiv preprint without a journal"))
    for lv in page.layout.values("thesis_note"):
        if lv.value and page.weight(lv.value_start) >= 1:
            cands.append(Cand("thesis", W_LABEL, (lv.value_start, lv.value_end),
                              f"label '{lv.label}'"))  # fmt: skip
    for lv in page.layout.values("publication_type", "material_type"):
        pt = _lenient(parse_publication_type, lv.value, locales=page.rules)
        if isinstance(pt, PublicationType):
            w = W_LABEL if lv.key == "publication_type" else W_POS + 0.05
            cands.append(
                Cand(pt.csl_type, w, (lv.value_start, lv.value_end), f"label '{lv.label}'")
            )
            if lv.key == "publication_type" and ptype is None:
                ptype = pt
    for lv in page.layout.values("format"):
        # a discovery catalogue's format facet ('Format: Book'; VuFind, Blacklight): a kind of
        # work when it names one of FORMAT_TYPES ('Format: PDF', 'Format: Journal' do not)
        value = _FACET_COUNT.sub("", lv.value).strip()
        if len(value.split()) > FORMAT_WORDS:
            continue  # 'Format: Book launch and reading': an event's format, no kind of work
        pt = _lenient(parse_publication_type, value, locales=page.rules)
        if (isinstance(pt, PublicationType) and pt.csl_type in FORMAT_TYPES
                and not partial_carrier(value, pt.csl_type, page.rules)):  # fmt: skip
            cands.append(Cand(pt.csl_type, W_POS + 0.05, (lv.value_start, lv.value_end),
                              f"label '{lv.label}'"))  # fmt: skip
            break
    if (frequency := frequency_type(page, record)) is not None:  # 'Frecuencia: Anual'
        cands.append(frequency)
    byline = genre_byline(page)
    if byline is not None:  # 'Tesis doctoral de Ana Ruiz': the genre over its author's name
        csl_type, genre, _names, span = byline
        # ('Report by Tom Lane' under a news headline: a reporter's byline, no report's)
        if csl_type == "thesis" or len(genre.split()) > 1:
            cands.append(Cand(csl_type, W_LINE, span, f"the genre {genre!r} before its author"))
            page.memo.setdefault("genre-heading", (csl_type, genre))
    dissertation = thesis_byline(page)
    if dissertation is not None:  # 'by Quill, Barnaby, Ph.D., University of X, 2013'
        cands.append(Cand("thesis", W_LINE, dissertation[4], "a dissertation's byline"))
        page.memo.setdefault("genre-heading", ("thesis", dissertation[1]))
    supervised = None if record.get("isbns") else supervised_byline(page)
    if supervised is not None:  # 'par Ana Ruiz sous la direction de Jonas Brandt' (with an
        # ISBN, a collective book's editor formula: 'sous la direction de' names its editor)
        cands.append(Cand("thesis", W_LINE, supervised, "a byline naming the supervisors"))
    defended = defence_statement(page)
    if defended is not None:  # '… soutenue le 3 février 2015 à l'Université X'
        cands.append(Cand("thesis", W_LINE, defended[1], "a thesis's defence statement"))
        page.memo.setdefault("thesis-statement", defended[1])
    dated = year_language_type(page)
    if dated is not None:  # '2015 (English)Doctoral thesis, comprehensive summary' (DiVA)
        cands.append(dated)
    degree = degree_label(page)
    if degree is not None:  # 'Degree Name: Master of Science': a thesis's record
        cands.append(Cand("thesis", W_LABEL, (degree.value_start, degree.value_end),
                          f"label '{degree.label}' names the degree"))  # fmt: skip
    for lv in page.layout.values("blog"):
        # 'Blog: Name' only: a bare 'Blog' line is a menu item over the next one
        if lv.value and lv.layout == "same-line" and page.weight(lv.value_start) >= 1:
            cands.append(Cand("post-weblog", W_LABEL, (lv.value_start, lv.value_end),
                              f"label '{lv.label}' names the blog"))  # fmt: skip
            break
    titled = title_genre(str(record["title"]), page) if record.get("title") else None
    for found in (
        type_line_near_title(page),
        event_head_paper(page, record),
        genre_title_line(page, str(record.get("title") or "")),
        _thesis_statement(page),
        genre_heading(page),
        titled,
        report_series_line(page),
        executive_summary(page, str(record.get("title") or "")),
        cover_capitals_genre(page),
        report_form(page),
        year_over_body(page),
        # (a thesis's cover names its author: a department's or a project's page headed by
        # its university, a supervisor labelled on it, names no work's author)
        thesis_cover(page) if record.get("authors") else None,
    ):
        if found is not None:
            cands.append(found)
    cands.extend(_cite_types(page))
    itself = _self_reference(page)
    if itself is not None:
        cands.append(itself)
    return cands, ptype


def _event_head(page: _Page) -> bool:
    """An event line in the page's running head: over the work's title (a proceedings
    series' head); one under the title is a note's or a notice's (``An earlier version was
    presented at …``, ``Upcoming: …``) on a journal's page."""
    stated = stated_event(page)
    return stated is not None and page.title_line is not None and stated[3] < page.title_line


def _record_types(page: _Page, record: dict[str, Any], cites_others: bool) -> list[Cand]:
    """The types the fields read so far imply: a book's ISBN in the work's DOI, a
    proceedings or a journal with its volume or ISSN, a chapter heading, an ISBN alone, a
    report series (``cites_others``: on a blog, news or web article page a volume alone is
    of a work the post discusses)."""
    cands: list[Cand] = []
    span = (0, 0)
    number = str(record.get("number") or "")
    doi = record.get("doi")
    book = book_in_doi(str(doi)) if doi is not None and record.get("_isbn_in_doi") else None
    if book is not None and record.get("isbns"):
        # (the work's own DOI: an ISBN in a DOI of a reference names no book of the page's)
        kind = "chapter" if book.is_part else "book"
        cands.append(Cand(kind, W_LINE, span, "DOI embeds a book's ISBN"))
    container = record.get("container_title") or ""
    collection = record.get("collection_title") or ""
    # an ISBN and no ISSN or DOI: a book's record (a shop's, a catalogue's), whose volume or
    # issue read is a series' numbering or a stray number, no journal's (a volume, an issue
    # and a range of pages together, or a volume and an issue on one line, are a journal's
    # locator: a review's page prints the reviewed book's ISBN)
    bookish = (
        bool(record.get("isbns"))
        and not record.get("issns")
        and doi is None
        and not (record.get("volume") and record.get("issue") and page_range(record))
        and not _issue_line(page, record)
    )
    if container and _names_proceedings(container, page.rules):
        cands.append(Cand("paper-conference", W_LINE, span, "container is a proceedings"))
    elif (
        container
        and not bookish
        and (record.get("volume") or record.get("issns"))
        and _event_head(page)
    ):  # a proceedings series' running head: its volume, then its conference's name, dates
        # and place ('11th Fen Conference, 20–21 October 2016, Athens, Greece')
        cands.append(Cand("paper-conference", W_LINE, span, "a series volume and its event line"))
    elif (
        container
        and not bookish
        and (
            record.get("issns")
            or (
                (
                    record.get("volume")
                    or (record.get("issue") and page_range(record) and record.get("authors"))
                )
                and not cites_others
            )
        )
    ):
        # (an authored work's issue and pages in a named container: a journal's, a book has
        # no issues)
        cands.append(Cand("article-journal", W_LINE, span, "container with volume/issue/ISSN"))
    elif (
        not bookish
        and record.get("volume")
        and (record.get("issns") or (record.get("issue") and not cites_others))
    ):
        cands.append(Cand("article-journal", W_POS, span, "volume with issue/ISSN"))
    elif doi is not None and _research_article(page):
        cands.append(Cand("article-journal", W_POS - 0.1, span,
                          "a DOI, an abstract and a reference list"))  # fmt: skip
    elif (
        not cites_others
        and _keywords_label(page)
        and (_abstract_heading(page) or _abstract_label(page))
    ):
        # an abstract under its own heading and the work's keywords under theirs: the parts of
        # a research article whose journal the page does not print where it can be read (a
        # DOI and an abstract alone are a preprint's or a report's too)
        cands.append(Cand("article-journal", W_POS - 0.15, span, ABSTRACT_KEYWORDS))
    elif not cites_others and _peer_review_dates(page):
        # 'Received: 2020.03.02' / 'Accepted: 2020.05.19': a peer-reviewed article's history
        # (a preprint, a report or a thesis prints no acceptance)
        cands.append(Cand("article-journal", W_POS - 0.15, span,
                          "received and accepted dates"))  # fmt: skip
    elif (
        not cites_others
        and _abstract_heading(page)
        and (written := correspondence_line(page)) is not None
        and not _names_other_type(page)
        and not _proceedings_above(page, written[0])
    ):
        # 'Abstract' and 'Correspondence to Dr …': a journal article's apparatus (a preprint
        # or a working paper that names itself is left out)
        cands.append(Cand("article-journal", W_POS - 0.15, written,
                          "an abstract heading and a correspondence line"))  # fmt: skip
    elif doi is not None and container and page.kind is not None and page.kind.name == "publisher":
        # 'DOI: 10.1039/… Org. Biomol. Chem., 2016, Advance Article' on a publisher's page:
        # an article not yet in an issue (elsewhere a container alone may be a site's name)
        cands.append(Cand("article-journal", W_POS - 0.1, span,
                          "a DOI and a container on a publisher's page"))  # fmt: skip
    elif (
        not cites_others
        and _abstract_heading(page)
        and _reference_list(page)
        and not _names_other_type(page)
    ):
        # 'Resumo' over the work's summary and 'Referências' over its sources, no DOI and
        # nothing else that names a type: a journal's article (the weakest type evidence:
        # any label, line, citation or page kind outweighs it)
        cands.append(Cand("article-journal", W_ABSTRACT_ONLY, span,
                          "an abstract heading and a reference list"))  # fmt: skip
    elif (
        not cites_others
        and (opening := abstract_then_introduction(page)) is not None
        and not _names_other_type(page)
        and not _proceedings_above(page, opening[0], first_only=True)
        and not _teaching_title(page, str(record.get("title") or ""))
    ):
        # 'Abstract' over the summary, then 'Introduction' over the text: a paper's parts
        # (the weakest type evidence, as the abstract heading's and reference list's)
        cands.append(Cand("article-journal", W_ABSTRACT_ONLY, opening,
                          "an abstract heading and an introduction heading below it"))  # fmt: skip
    elif (parts := structured_abstract(page)) is not None and not (
        cites_others or _names_other_type(page) or _proceedings_above(page, parts[0])
    ):  # 'Objective: …' 'Methods: …' 'Results: …' 'Conclusions: …': a research article's parts
        cands.append(Cand("article-journal", W_ABSTRACT_ONLY, parts,
                          "a structured abstract's or a paper's parts, each with its prose"))  # fmt: skip
    elif (
        not cites_others
        and record.get("issue")
        and (crumb := crumb_issue(page)[1]) is not None
        and str(crumb.value) == str(record["issue"])
        and (_crumb_locator(page, crumb) or doi is not None or journal_label(page) is not None)
    ):
        # 'Accueil > Numéros > N°23. Title > …': the page is in a journal's issue (a bare
        # number, 'Issues / 128', is a bug tracker's, a shop's or a magazine's step too: it
        # needs a second sign of a journal, the work's DOI or a journal label)
        cands.append(Cand("article-journal", W_POS - 0.1, crumb.span,
                          "a journal's issue in the breadcrumb trail"))  # fmt: skip
    elif (
        not cites_others
        and not container
        and page_range(record)
        and not record.get("isbns")
        and not _names_other_type(page)
    ):
        # 'p. 112-131' under the byline: the work is a part of a printed whole, an article
        # (a chapter prints its book's ISBN or title; the weakest type evidence)
        cands.append(Cand("article-journal", W_ABSTRACT_ONLY, span,
                          "the work's own page range, no container"))  # fmt: skip
    serial = issn_in_doi(str(doi)) if doi is not None and not cites_others else None
    if serial is not None and above_prose(page, str(doi)):
        # '10.5555/2049-3630-2020-3-2-41' over the abstract: the work's DOI is built from its
        # journal's ISSN (a DOI below a story's prose may be of the study it reports)
        cands.append(Cand("article-journal", W_POS - 0.1, span,
                          f"the DOI embeds the ISSN {serial}"))  # fmt: skip
    journal = None if cites_others else journal_label(page)
    if journal is not None:  # 'Журнал: Вестник гавани …': the work's journal
        cands.append(Cand("article-journal", W_POS, journal[1],
                          f"label '{journal[0]}' names the journal"))  # fmt: skip
    if record.get("chapter_number"):
        cands.append(Cand("chapter", W_LINE, span, "a chapter heading"))
    booked = book_record(page, record)
    if booked is not None:  # 'ISBN: 978-…' / 'Hardcover: 608 pages' and no journal's label
        cands.append(Cand("book", W_LINE + 0.05, booked[1], booked[0]))
    if bookish and container and not _names_proceedings(container, page.rules):
        cands.append(Cand("book", W_ISBN_BOOK, span, "an ISBN and no journal's ISSN or DOI"))
    if record.get("isbns") and not record.get("_isbn_in_doi") and not container:
        cands.append(Cand("book", W_ISBN_BOOK, span, "an ISBN and no container"))
        if not cites_others and record.get("editors") and _pages_inside(record):
            # 'Editors: …' / 'Pages: 112-134' / 'ISBN …' where the book's title was not read:
            # an edited book's pages from inside it are a chapter's (a book's own run from
            # page 1, or its count, is none)
            cands.append(Cand("chapter", W_POS, span,
                              "an ISBN, editors and pages from inside the book"))  # fmt: skip
    elif (
        record.get("isbns")
        and not record.get("_isbn_in_doi")
        and container
        and not cites_others
        and not (record.get("issns") or record.get("volume") or record.get("issue"))
        and (page_range(record) or record.get("editors"))
    ):
        # 'Book title: Handbook of …' / 'Editors: …' / 'Pages: 112-134' / 'ISBN …': the
        # work's container is a book (its ISBN, no journal's volume, issue or ISSN), the
        # work a part of it: a chapter (a proceedings container named so is a paper's above)
        cands.append(Cand("chapter", W_POS, span,
                          "a container with an ISBN and the work's pages or editors"))  # fmt: skip
    elif not cites_others and not (
        container or record.get("issns") or record.get("volume") or record.get("issue")
    ):  # (on a news, blog or web article's page a book's box is of the book it discusses)
        marked = _book_mark(page, record)
        if marked is not None:  # 'Hardback; 2011 reprint', 'Edition: 2nd', 'Number of pages: 212'
            cands.append(Cand("book", W_POS - 0.1, marked[1], marked[0]))
    if collection and not container and _is_thesis_series(collection, page.rules):
        # 'Masters Theses. 41.' in a repository's citation: a thesis of its series
        cands.append(Cand("thesis", W_LABEL + 0.1, span, "a series of theses"))
    elif record.get("number") and record.get("collection_title") and not container:
        cands.append(Cand("report", W_LABEL + 0.1, span, "numbered report series"))
    elif number and number == page.memo.get("report-number") and not record.get("volume"):
        # 'Working Paper No. 2021-07' near the top, the number the record took
        cands.append(Cand("report", W_LABEL, span, "a report series' number line"))
    elif collection and not container and _is_report_series(collection, page.rules):
        # 'Series: Discussion papers' without the paper's number: still a report
        cands.append(Cand("report", W_POS, span, "the series is a report series"))
    elif number and not record.get("volume") and not container:
        labelled = _report_number_label(page, number)
        if labelled is not None:  # 'Working Paper: HRI ID: h2719', 'Report number: 12'
            cands.append(Cand("report", W_LABEL, labelled[1], f"label '{labelled[0]}'"))
    return cands


def _pages_inside(record: dict[str, Any]) -> bool:
    """The record's pages are a range that starts past the first page (``112-134``): a part
    of a bound whole, not the whole (``1-324``)."""
    pages = record.get("pages")
    if not page_range(record) or pages is None:
        return False
    first = str(pages.first)
    return first.isdecimal() and int(first) > 1


def _report_number_label(page: _Page, number: str) -> tuple[str, tuple[int, int]] | None:
    """The number label that names a report series (``Working Paper``, ``Report number``;
    the locales' ``[references].report``) and holds the record's number, with its value's
    span: a report's number."""
    for lv in page.layout.values("number"):
        if number in lv.value and (
            _is_report_series(lv.label, page.rules) or report_label(lv.label, page.rules)
        ):  # ('Report#: ABC/DOE-0123(98)': a report's word opens the label)
            return lv.label, (lv.value_start, lv.value_end)
    return None


def _languages(page: _Page) -> tuple[str | None, str | None]:
    work = None
    for lv in page.layout.values("language", "original_language"):
        lang = _lenient(parse_language, lv.value)
        if lang is not None:
            work = lang.tag
            page.spans.setdefault("language", page.to_raw(lv.value_start, lv.value_end))
            break
    counts: dict[str, int] = {}
    for lv in page.layout.labels:
        if lv.label.isupper():
            continue
        for tag in tags_of(lv.label, page.rules, "labels"):
            counts[tag] = counts.get(tag, 0) + 1
    page_lang = None
    if counts:
        top = max(counts.values())
        tops = sorted(t for t, n in counts.items() if n == top)
        page_lang = next((t for t in TIE_LANGUAGES if t in tops), tops[0])
        if len(tops) > 1 and page_lang not in TIE_LANGUAGES:
            page.note("ambiguous", f"page language could be any of {tops}")
    return work, page_lang
