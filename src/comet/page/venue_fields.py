"""The venue stage of :func:`comet.parse_record`: container, publisher, place (an
imprint's year dates an undated work), series, edition and status, chosen among their
candidates; a report series is the collection, its number the report number; a review's
facts of the reviewed book (ISBN, publisher, place, page count) are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from comet import locales as _loc
from comet.dates import PartialDate, parse_date
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.diagnostics import Severity
from comet.errors import UnknownLocaleError
from comet.locators._tokens import ascii_digits
from comet.page import container_model
from comet.page.body_words import _body_word
from comet.page.chrome import _ordinals
from comet.page.citations import _cite_values
from comet.page.container_event_place import without_held_place
from comet.page.container_features import SELF_NAME_EVIDENCE, container_features
from comet.page.container_notes import container_notes
from comet.page.container_papers import numbered_papers
from comet.page.container_series import series_after_proceedings
from comet.page.copyright_bodies import body_holders
from comet.page.copyright_year import copyright_year
from comet.page.cover_dateline import cover_dateline
from comet.page.degree import thesis_record
from comet.page.event_lines import without_event_tail
from comet.page.event_year import event_line_year
from comet.page.evidence import (
    W_LABEL,
    W_LINE,
    W_POS,
    Cand,
    _key,
    _lenient,
    _Page,
    _str,
    choice_order,
)
from comet.page.grantor import names_grantor
from comet.page.imprint import _imprint
from comet.page.imprint_marks import isbd_imprint
from comet.page.isbd import _is_edition, edition_line
from comet.page.issuing_body import editor_label_body
from comet.page.label_calendar import imprint_calendar_date
from comet.page.languages import _romanised_first
from comet.page.locator_neighbours import ABOVE_LOCATOR
from comet.page.masthead_body import masthead_body
from comet.page.masthead_issue import dated_issue, dated_masthead
from comet.page.patent_record import page_patent
from comet.page.publisher_cited import cited_places, cited_publishers
from comet.page.publisher_dated import dated_statements
from comet.page.publisher_doi_line import REPOSITORY_WEIGHT, repository_before_doi
from comet.page.publisher_holder import date_only, holder_name
from comet.page.publisher_imprints import imprint_label_publishers
from comet.page.publisher_roles import bracketed_publishers
from comet.page.publisher_value import shop_publisher
from comet.page.publishers import (
    _copyright_publishers,
    _imprint_lines,
    _published_by,
    _publisher_line,
)
from comet.page.report_number import _report_number, split_report_series
from comet.page.series_lines import quoted_series, series_line, series_over_title
from comet.page.series_names import path_series, titled_series, without_series
from comet.page.site_self_names import site_name_candidates
from comet.page.statements import (
    names_person,
    statement_body,
    statement_label,
    statement_parts,
    with_suffix_dot,
)
from comet.page.venue import (
    _collection,
    _container_candidates,
    _edition,
    _is_report_series,
    _is_thesis_series,
    _site_name,
)
from comet.vocab import Status, parse_status

#: the page kinds of a book's or a catalogue's page: an imprint line may lack ISBD's colon
_BOOK_KINDS = frozenset({"opac", "shop"})

#: an ISBD imprint: ``Place : Publisher`` (a date label's value of this shape names both)
_IMPRINT_SHAPE = re.compile(r"[^\W\d_]{2}[^:]*\s:\s+[^\W\d_]")


#: a dated imprint's year closing a date label's value (``Тверь ТОБ 2015``)
_CLOSING_YEAR = re.compile(rf"\s\[?{CITATION_YEAR_PATTERN}\]?\.?$")


def _spaced_under_label(value: str, page: _Page) -> bool:
    """A date label's value that is a whole imprint without ISBD's colon, its subfields
    joined by spaces as a catalogue prints a record catalogued without punctuation
    (``Published: Тверь ТОБ 2015``): it closes with a year, and the imprint reader finds a
    place and a publisher in it (a place before a publisher's head word, initials or a
    name in capitals: ``comet.page.imprint``). A date (``Published: 3 March 2019``) or a
    name alone (``Published: Fen Press 2019``) is none, and so is a value with a comma
    (``Helsinki, Finland, 2019``, ``Monday, March 4, 2019``: a place or a date, read as
    the comma form of an imprint only on a catalogue's line with a publisher's word)."""
    if len(value) > 120 or "," in value or _CLOSING_YEAR.search(value) is None:
        return False
    publisher, place, _year = _imprint(value, page.rules)
    return bool(publisher and place)


def _grantor_under_label(value: str, page: _Page) -> bool:
    """A date label's value that is a degree grantor's name and the year (``Published:
    University of Lakeside 2020``, as a discovery catalogue shows a thesis's imprint): the
    grantor is the work's publisher. A name with no grantor's word stays no imprint (see
    :func:`_spaced_under_label`)."""
    if len(value) > 120 or "," in value or _CLOSING_YEAR.search(value) is None:
        return False
    publisher, place, _year = _imprint(value, page.rules)
    return bool(publisher) and place is None and names_grantor(publisher, page.rules)


def _only_a_date(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A label's value that is a date and nothing else (``Edition: Monday, 12 March 2024``, a
    newspaper's daily edition): no book's edition."""
    v = value.strip(" .,;")
    if not v or len(v) > 40 or not any(ch.isdigit() for ch in v):
        return False
    r = parse_date(v, locales=rules, strict=False)
    return (
        r.value is not None
        and r.value.month is not None  # ('Edition: 2019' is the 2019 edition)
        and not any(d.code == "ignored-text" for d in r.diagnostics)
    )


def _binding(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A label's value that names a book's binding alone (``[words].book_bindings``): a
    shop prints it under an edition label (no ``Utgave: Innbundet``, da ``Udgave: Hæftet``,
    ``Edition: Paperback``), and it is no edition statement."""
    folded = value.strip(" .,;").casefold()
    return folded in _loc.casefolded_terms("words", rules, "book_bindings")


#: words of an institution's value named without a grantor's word at most (``Paris 6``)
INSTITUTION_WORDS = 4


def _institution_value(value: str, page: _Page) -> bool:
    """An institution label's value on its line that names one: a grantor's word in it
    (``Universidade Federal de X``), or a few capitalised words or numbers (``Bordeaux``,
    ``Paris 6``); never a sentence (``gli studenti possono consultare la tesi …``)."""
    words = value.split()
    if not words or value.rstrip().endswith((".", "!", "?")):
        return False
    if names_grantor(value, page.rules):
        return len(words) <= 12
    return len(words) <= INSTITUTION_WORDS and all(w[:1].isupper() or w.isdigit() for w in words)


def _labelled_publishers(page: _Page) -> list[Cand]:
    """Publisher labels' values (romanised forms first); a statement's (``Published by the
    Royal Society on 3 March 2021``) without its date, none when it names a person
    (``Published by Jane Doe``: a blog's byline; on a blog, any name shaped as a person's);
    a body under an editor's statement label
    (``Herausgegeben von der Gesellschaft …``: the issuing body), or alone under an editor's
    label (``Herausgeber: Institut für Hafenforschung``)."""
    out = []
    for lv in _romanised_first(page.layout.values("publisher"), lambda v: v.value):
        shop = shop_publisher(lv.value, page.rules)  # 'Fen Press; 2nd ed. (May 3, 2019)'
        value = shop.name
        if shop.edition or shop.date:
            page.memo.setdefault("shop-publisher", (shop, (lv.value_start, lv.value_end)))
        if statement_label(lv, page.rules):
            value = statement_parts(page, lv)[0]
            if names_person(page, value):
                continue  # on a blog, 'Publié par Kwame Mensah' is its byline
        if any(_body_word(w, page.rules) for w in lv.label.split()):
            # 'Publisher', 'Verlag': the label names the publisher itself (an 'Imprint' or a
            # 'Publication details' label heads a whole imprint, its place first)
            page.memo.setdefault("publisher-name-labels", set()).add((lv.value_start, lv.value_end))
        out.append(Cand(value, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'"))
    institutions = page.layout.values("institution")
    if institutions and thesis_record(page):
        # a thesis record's institution (`Etablissement(s) : Bordeaux`, `Institution:`): the
        # university that granted the degree, the thesis's publisher
        for lv in institutions:
            if lv.layout != "same-line" or not _institution_value(lv.value, page):
                continue  # a menu's 'Universidad' over 'Admisiones'; a sentence after a colon
            out.append(Cand(lv.value, W_LABEL - 0.1, (lv.value_start, lv.value_end),
                            f"a thesis's institution under '{lv.label}'"))  # fmt: skip
    for lv in page.layout.values("editor"):
        if statement_label(lv, page.rules) and statement_body(lv.value, page.rules):
            value = statement_parts(page, lv)[0]
            out.append(Cand(value, W_LABEL - 0.05, (lv.value_start, lv.value_end),
                            f"a body under '{lv.label}'"))  # fmt: skip
        elif (body := editor_label_body(lv.value, page)) is not None:
            # 'Herausgeber: Institut für Hafenforschung': the issuing body, no editor
            out.append(Cand(body, W_LABEL - 0.05, (lv.value_start, lv.value_end),
                            f"a body under '{lv.label}'"))  # fmt: skip
    return out


def _news(page: _Page) -> bool:
    """A news story's or a magazine's page (its datelines name where the story was filed)."""
    return page.kind is not None and "masthead_is_container" in page.kind.flags


def container_pool(page: _Page, f: dict[str, Any], *, site: bool = True) -> list[Cand]:
    """The container candidates of a page (weight 0.2 at least) and, with ``site``, the
    site's own name (:func:`~comet.page.venue._site_name`: a blog's or a magazine's
    masthead, the hand rules' fallback) and every name the site calls itself by
    (:func:`~comet.page.site_self_names.site_name_candidates`, confirmed or not: the model
    alone weighs them), for the hand rules and the container model."""
    if page_patent(page) is not None:
        return []  # (a patent is in no periodical: the names before locators are its references')
    byline = page.memo.get("byline-span")
    cands = [
        c
        for c in _container_candidates(page, f["_loc_span"])
        if c.score >= 0.2 and not (c.evidence == ABOVE_LOCATOR and c.span == byline)
    ]  # (the line above a locator that the reader took as the work's byline names people)
    cands += container_notes(page)  # '(Published in Fen Studies, XII, 2, 1998, pp. 45-67)'
    if not any(c.score >= W_LINE for c in cands):  # 'Mondo delle Paludi (2004)': weak, so
        cands += dated_masthead(page, book=bool(f.get("isbns")))  # read only if no line names one
    return [*cands, *_site_pool(page, f)] if site else cands


def _site_pool(page: _Page, f: dict[str, Any]) -> list[Cand]:
    """The site's masthead and the names the site calls itself by (:func:`container_pool`)."""
    cands = []
    named = _site_name(page, f.get("title"))
    if named is not None:
        cands.append(named)
    authors = [a.display(given_first=True) for a in f.get("authors") or ()]
    for name, span, feats in site_name_candidates(page, (f.get("title") or "", *authors)):
        cands.append(Cand(name, W_POS - 0.1, span, SELF_NAME_EVIDENCE, feats, "self_name"))
    return cands


def _read_venue(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """Container, publisher, place (an imprint's year dates an undated work), series,
    status; a report series is the collection, its number the report number."""
    layout, rules = page.layout, page.rules
    mode = container_model.MODE
    hand_cands = container_pool(page, f, site=False)
    chosen = min(hand_cands, key=choice_order, default=None)  # page.choose's pick
    cands = hand_cands
    if not container_model.hand_stands(chosen.score if chosen is not None else None, mode):
        # the model weighs the site's names too (read only where it is asked)
        cands = [*hand_cands, *_site_pool(page, f)]
        container_features(page, cands, f["_loc_span"], f.get("title"))
    chosen, p = container_model.pick(cands, chosen, mode)
    learned = p is not None
    if learned:
        chosen = page.choose("container_title", [chosen]) if chosen is not None else None
        if chosen is not None:
            page.note("container-model", f"container-title {chosen.value!r} ({chosen.evidence}), "
                      f"chosen by the container model (probability {p:.2f})", chosen.span)  # fmt: skip
    else:
        chosen = page.choose("container_title", hand_cands)
    container = _str(chosen)
    dated = dated_issue(page, chosen)  # 'Mocsári Szemle 1997. 2. szám': its issue dates the work
    if dated is not None and f["issued"] is None:
        f["issued"], f["issue"] = dated[0], f.get("issue") or dated[1]
        page.note("dated-masthead", f"issued {dated[0].year} from the masthead of {container!r}")
    if container:  # 'Proceedings of the … Symposium, June 3-5, 2019, Marshtown': the name
        container = without_held_place(without_event_tail(container, page), page)
    # a container read from its place alone (a masthead line): a site's own name may outweigh it
    page.memo["container-by-place"] = chosen is not None and (
        chosen.score < W_LINE or chosen.source in ("site", "self_name")
    )
    if container is None and not learned:
        site = _site_name(page, f.get("title"))
        if site is not None:
            container = _str(page.choose("container_title", [site]))
            page.memo["container-by-place"] = True
    book_editors = page.memo.get(("container-editors", _key(container or "")))
    if book_editors and not f["editors"]:  # 'In: T. Marlow (ed.) Reeds and Rivers …'
        f["editors"] = book_editors
        page.note("container-editors", f"editors of {container!r} read from its 'In:' line")
    publisher = None
    pubs = _labelled_publishers(page)
    pubs.extend(cited_publishers(page))  # (a data repository's citation put right)
    pubs.extend(_copyright_publishers(page))
    pubs.extend(body_holders(page, f))  # 'Copyright 2006, Centre for Marsh Studies'
    pubs.extend(_published_by(page))
    pubs.extend(dated_statements(page))  # 'Published 2018 by Fen Press'
    pubs.extend(bracketed_publishers(page))  # 'Mohr Siebeck (Verlag)' on a shop's page
    pubs.extend(masthead_body(page, container))  # 'Journal' / 'Society of X' / 'ISSN: …'
    pubs.extend(imprint_label_publishers(page))  # 'Erschienen: Moorstadt : Reiher, 2015'
    book = bool(f.get("isbns")) or (page.kind is not None and page.kind.name in _BOOK_KINDS)
    pubs.extend(_imprint_lines(page, book=book))
    path = path_series(page) if book else None  # 'Oda Brekke / Heron Yayınları / X Dizisi'
    if path is not None:
        pubs.append(path[0])
    _report_number(page)  # (read once per page) 'No 12, Harbour Discussion Papers from …'
    issuer = page.memo.get("report-issuer")
    if issuer is not None:
        pubs.append(issuer)
    title = " ".join(t for t in (f.get("title"), f.get("subtitle")) if t)
    by_locator = _publisher_line(page, f["_loc_span"], title, book=book)
    if by_locator is not None:
        pubs.append(by_locator)
    for lv in layout.values("published"):  # 'Published: London : Routledge, 2014' (VuFind)
        if _IMPRINT_SHAPE.search(lv.value) or _spaced_under_label(lv.value, page):
            pubs.append(Cand(lv.value, W_LABEL - 0.05, (lv.value_start, lv.value_end),
                             f"imprint under '{lv.label}'"))  # fmt: skip
        elif _grantor_under_label(lv.value, page):
            pubs.append(Cand(lv.value, W_LABEL - 0.1, (lv.value_start, lv.value_end),
                             f"a degree grantor and a year under '{lv.label}'"))  # fmt: skip
    if container is None and not any(c.score >= REPOSITORY_WEIGHT for c in pubs):
        pubs.extend(repository_before_doi(page))  # 'Title. Marsh Data Archive. doi:10.1/x'
    # ('Publicación: 21 Marzo 2022': the label names the date of publication)
    pub = page.choose("publisher", [c for c in pubs if not date_only(str(c.value), page.rules)])
    imprint_place = imprint_year = None
    if pub is not None:
        named = pub.span in page.memo.get("publisher-name-labels", ()) and not (
            page.kind and page.kind.name == "opac"
        )
        # ('© 2006 Fen Press Ltd', 'Retrieved from Marsh Institute': the body's name)
        named_body = holder_name(str(pub.value), page.rules, holder="copyright" in pub.evidence)
        # ('Fen Press (London), 2011', '北京：科学出版社，2015': read in the ISBD form)
        value = isbd_imprint(named_body, page.rules)
        publisher, imprint_place, imprint_year = _imprint(value, page.rules, named=named)
        publisher = with_suffix_dot(publisher, str(pub.value), page.rules)  # 'Elsevier B.V.'
        if not publisher and any(c.isalpha() for c in str(pub.value)):
            page.note("unknown-publisher", f"the imprint {pub.value!r} names no publisher "
                      "(an unknown place or publisher such as '[s.n.]' is none)", pub.span)  # fmt: skip
        publisher = publisher or None
        if publisher and container and _key(publisher) == _key(container):
            page.note(
                "contradiction",
                f"the publisher {publisher!r} is the container title; dropped it as the publisher",
                pub.span,
                Severity.WARNING,
            )
            publisher = None
    place = imprint_place
    if imprint_place is not None:  # the publisher's own place, never an event's
        page.memo["imprint-place"] = imprint_place
    labelled = [lv for lv in layout.values("place") if page.weight(lv.value_start) >= 1]
    if place is None and labelled:  # 'Verlagsort: Hallbrück', 'Place of publication: …'
        place = labelled[0].value.strip(" .,;:")
        page.spans.setdefault("place", page.to_raw(labelled[0].value_start, labelled[0].value_end))
    places = cited_places(page)
    cited_language = _language_name(str(places[0].value)) if places else None
    if cited_language is not None:
        # HAL: '… Université de X, 2015. English. ⟨tel-…⟩': the work's language, no place
        page.memo["cited-language"] = cited_language
        places = places[1:]
    if places and place is None:
        place = str(places[0].value)
    if place is None and f["_loc_span"] is not None:  # '… vol.36 no.2 Lisboa abr. 2020'
        place = page.memo.get(("locator-place", f["_loc_span"]))
    if place is None and container is None and f["_loc_span"] is None and not _news(page):
        dateline = cover_dateline(page)  # 'Villarreed, septiembre de 1997' on a report's cover
        if dateline is not None:
            place = dateline[0]
            page.spans.setdefault("place", page.to_raw(*dateline[2]))
            if f["issued"] is None:
                f["issued"] = dateline[1]
                page.note("cover-dateline", f"issued {dateline[1].iso()} from the cover's "
                          f"dateline of {place!r}", dateline[2])  # fmt: skip
    shop = page.memo.get("shop-publisher")
    if f["issued"] is None and shop is not None and shop[0].date is not None:
        f["issued"] = shop[0].date  # 'Publisher: Fen Press; 2nd edition (3 May 2019)'
        page.note("shop-date", f"issued {shop[0].date.iso()} from the publisher's value", shop[1])
    if f["issued"] is None and imprint_year is not None and pub is not None:
        f["issued"] = PartialDate(imprint_year)
        page.note("imprint-year", f"issued {imprint_year} from the imprint {pub.value!r}", pub.span)
    if f["issued"] is None and imprint_year is None and pub is not None:
        eastern = imprint_calendar_date(page, str(pub.value))  # 'تهران: نشر نی، ۱۳۹۴'
        if eastern is not None:
            f["issued"] = eastern
            page.note(
                "imprint-year", f"issued {eastern.iso()} from the imprint {pub.value!r}", pub.span
            )
    if f["issued"] is None and (held := event_line_year(page)) is not None:
        f["issued"] = held[0]  # 'Symposium on Fen Systems (FENSYS 2015)' heading a paper
        page.note("event-year", f"issued {held[0].year} from the event's line", held[1])
    if f["issued"] is None and book:
        held = copyright_year(page)  # '© 2018 Fen Press' over 'ISBN 978-…'
        if held is not None:
            f["issued"] = held[0]
            page.note(
                "copyright-year", f"issued {held[0].year} from the book's copyright line", held[1]
            )
    collection, f["collection_number"] = _collection(page)
    if collection is None:  # a block's series (a record's CSV export, a BibTeX `series`)
        cited_series = _cite_values(page, "collection-title")
        collection = str(cited_series[0].value) if cited_series else None
        if cited_series and f["collection_number"] is None:  # an ISBD line's series area
            same = [c for c in _cite_values(page, "collection-number")
                    if c.span == cited_series[0].span]  # fmt: skip
            f["collection_number"] = str(same[0].value) if same else None
    if collection is None and path is not None:
        collection = str(path[1].value)
        page.spans.setdefault("collection-title", page.to_raw(*path[1].span))
    if collection is None and page.memo.get("heading-series"):
        collection = page.memo["heading-series"]  # 'Title (Series) Paperback – 3 May 2019'
    if collection is None and not container:
        # 'Schadenfreies Bauen, Band 42' by a book's title; 'Fen Sagas #2' right over a title
        lined = series_line(page) if book else series_over_title(page)
        if lined is not None:
            collection, f["collection_number"] = lined[0], f["collection_number"] or lined[1]
            page.spans.setdefault("collection-title", page.to_raw(*lined[2]))
        quoted = quoted_series(page) if lined is None and book else None
        if quoted is not None:  # 'Collection « Inter-National »' on a book's page
            collection = quoted[0]
            page.spans.setdefault("collection-title", page.to_raw(*quoted[1]))
    last = "subtitle" if f.get("subtitle") else "title"  # (the bracket closes the whole title)
    if collection is None and book and f.get(last):
        titled = titled_series(f[last], rules)
        if titled is not None:  # a book's 'Title (Marsh Field Guides Series)'
            f[last], collection = titled
            page.note(
                "title-series", f"{collection!r} in brackets after the title names its series"
            )
    elif collection and book and f.get(last):  # 'Title (Fenland Classics)', 'Series: Fenland …'
        f[last] = without_series(f[last], collection, rules)
    if f["collection_number"] and not str(f["collection_number"]).isascii():
        # ('فروست: مطالعات تالاب ؛ ۱۲': the series' number in ASCII digits, as a volume's)
        f["collection_number"] = ascii_digits(str(f["collection_number"]))
    numbered = collection and f["collection_number"] and not f.get("number")
    if numbered and _is_report_series(str(collection), rules):
        # 'Series/Report no.: Working Papers;12': the report's own number
        f["number"], f["collection_number"] = f["collection_number"], None
    editions = [lv for lv in _romanised_first(layout.values("edition"), lambda v: v.value)
                if not _only_a_date(lv.value, rules) and not _binding(lv.value, rules)]  # fmt: skip
    f["edition"] = _edition(editions[0].value) if editions else None
    if f["edition"] is None:  # an edition area of an ISBD line, say
        cited = _cite_values(page, "edition")
        f["edition"] = _edition(str(cited[0].value)) if cited else None
    if f["edition"] is None and shop is not None and shop[0].edition:
        f["edition"] = _edition(shop[0].edition)  # 'Publisher: Fen Press; 2nd edition'
    if f["edition"] is None:  # 'Ausgabe: 2. ed.': an issue label ('Ausgabe') over an edition
        stated = [lv for lv in layout.values("issue") if edition_value(lv.value, rules)]
        f["edition"] = _edition(stated[0].value) if stated else None
    if f["edition"] is None:  # '2nd ed.' on a line of its own under the title
        alone = edition_line(page)
        if alone is not None:
            f["edition"] = _edition(alone[0])
            page.spans["edition"] = page.to_raw(*alone[1])
    for lv in layout.values("status"):
        st = _lenient(parse_status, lv.value, locales=rules)
        if isinstance(st, Status):
            f["status"] = st
            page.spans["status"] = page.to_raw(lv.value_start, lv.value_end)
            break
    papers = bool(container) and numbered_papers(str(container), f, rules)  # 'Marsh Papers, No. 7'
    if container and (papers or _is_report_series(container, rules)):
        page.note("report-series", f"{container!r} is a report series: kept as the "
                  "collection title, its number as the report number")  # fmt: skip
        parts = split_report_series(container, rules)
        if parts is not None:  # 'Working Papers 2016-27, University of X' (a RePEc citation)
            container, number, body = parts
            f["number"] = f["number"] or number
            publisher = publisher or body
        collection = collection or container
        lone_no = bool(not f["volume"] and f.get("issue") and not f.get("pages"))  # "No. 187"
        f["number"] = f["number"] or f["volume"] or (f["issue"] if lone_no else None)
        if lone_no and f["number"] == f["issue"]:
            f["issue"] = None  # the report's number, no issue of a periodical
        f["volume"] = None
        container = None
    if (
        container
        and not (f.get("issue") or f.get("pages") or f.get("issns"))
        and _is_thesis_series(container, rules)
    ):  # a repository's citation: '(2018). Masters Theses. 41.' names a series and a number
        page.note("thesis-series", f"{container!r} is a series of theses: kept as the "
                  "collection title, its number as the thesis's number")  # fmt: skip
        collection = collection or container
        f["number"] = f["number"] or f["volume"]
        f["volume"] = None
        container = None
    if publisher and collection is None and not container:
        parts = split_report_series(publisher, rules)
        if parts is not None:  # a citation's 'Working Papers 2016-27, University of X'
            collection, number, publisher = parts
            f["number"] = f["number"] or number
    series = page.memo.get("report-series")
    if collection is None and series and f.get("number") == page.memo.get("report-number"):
        collection = series  # '(OECD Working Paper No. 204)': the report's series
    if (
        collection is None
        and container
        and f.get("volume")
        and not f.get("issns")
        and not f.get("issue")  # (a volume and an issue: a journal's)
    ):
        in_series = series_after_proceedings(container, rules)
        if in_series is not None:  # 'In: … Proceedings of X. Lecture Notes in Y, vol. 77'
            container, collection = in_series
            f["collection_number"], f["volume"] = f["collection_number"] or f["volume"], None
            page.note("proceedings-series", f"{collection!r} is the series of the "
                      f"proceedings {container!r}; the volume is its number")  # fmt: skip
    if (
        collection
        and book
        and not container
        and f.get("volume")
        and not f["collection_number"]
        and _volume_under_series(page)  # 'Series | Fen Studies' / 'Volume | 2' on a book's page
    ):
        f["collection_number"], f["volume"] = f["volume"], None
        page.note("series-volume", f"the volume under the series {collection!r} is its number")
    f["container_title"], f["collection_title"] = container, collection
    f["publisher"], f["place"] = publisher, place


#: lines between a series label's and a volume label's at most for the volume to number it
SERIES_VOLUME_LINES = 2


def _volume_under_series(page: _Page) -> bool:
    """A volume label right under a series label (``Series`` / ``Fen Studies`` / ``Volume`` /
    ``2``, as a book platform's record prints them): the book's number in the series."""
    series = [lv.line for lv in page.layout.labels if lv.key == "series" and lv.value]
    return any(
        0 < lv.line - s <= SERIES_VOLUME_LINES
        for lv in page.layout.labels
        if lv.key == "volume" and lv.value
        for s in series
    )


def _drop_the_books_facts(page: _Page, f: dict[str, Any]) -> None:
    """A review prints the reviewed book's ISBN, publisher, place and page count: the
    book's, never the review's (see :mod:`comet.page.reviews`)."""
    pages = f.get("pages")
    book_pages = pages is not None and pages.first is None and pages.count is not None
    dropped = [k for k in ("isbns", "publisher", "place") if f.get(k)]
    if book_pages:
        dropped.append("pages")
    for key in dropped:
        f[key] = () if key == "isbns" else None
    if dropped:
        page.note("reviewed-work", f"{', '.join(dropped)}: the reviewed book's, not the review's")


#: letters of a language's name at least (a code such as ``en`` is never a place's name)
LANGUAGE_NAME_LETTERS = 4


def _language_name(value: str) -> str | None:
    """The tag of a registered locale's language written out in full (its ``names``:
    ``English``, ``français``), or ``None`` (a place such as ``Georgia`` or ``Malta`` is no
    language here, though CLDR names a language so)."""
    value = value.strip(" .,;")
    if len(value) < LANGUAGE_NAME_LETTERS or not value.isalpha():
        return None
    try:
        return _loc.get(value).tag
    except UnknownLocaleError:
        return None


def edition_value(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``value`` is an edition statement with an edition word (``2. ed.``, ``3rd edition``),
    not a number alone nor an ordinal alone (an issue's ``2``, ``2nd``)."""
    v = value.strip(" .")
    return _is_edition(v, rules) and not _ordinals(rules).fullmatch(v) and not v.isdigit()
