"""Citation blocks printed on a page (BibTeX, RIS, Refer, ``Cite this`` lines) as evidence."""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.formats import bibtex as _bibtex
from comet.formats import refer as _refer
from comet.formats import ris as _ris
from comet.identifiers import Isbn, Issn, find_identifiers
from comet.names import Person
from comet.page.body_words import _publisher_words
from comet.page.chrome import _is_chrome
from comet.page.cited_report import cited_report
from comet.page.container_series import drop_cited_editors, volume_of_series
from comet.page.csv_export import MIN_COLUMNS, csv_record
from comet.page.csv_export import may_hold as csv_may_hold
from comet.page.evidence import (
    _URL,
    _YEAR,
    W_BLOCK,
    W_CITE,
    W_EXPORT,
    Cand,
    _lenient,
    _lenient_find_dates,
    _Page,
)
from comet.page.fee_code import fee_code_citation
from comet.page.isbd import EVIDENCE as ISBD_EVIDENCE
from comet.page.isbd import W_ISBD, analytic_description, isbd_description
from comet.page.layout import Line
from comet.page.proceedings_footer import footer_citation
from comet.references import Reference, parse_reference

#: a Refer tag line (``%A Lund, Eva``) and a tag inside a collapsed record
_REFER_TAG_LINE = re.compile(r"%[^\s%] \S")
_REFER_FLAT_TAG = re.compile(r"(?<=\s)%[^\s%] (?=\S)")
#: a record's opening: ``%0`` and a reference type's name (one to four words of letters, the
#: first capitalised: ``Journal Article``, ``Book Section``), then the line's end or a tag;
#: prose whose line opens with a cut percentage (``%0 of respondents …``) names no type
_REFER_TYPE = re.compile(r"%0 [^\W\d_a-z][^\W\d_]*(?: [^\W\d_]+){0,3}(?:$| (?=%[^\s%] ))")


def _refer_spans(lines: tuple[Line, ...]) -> list[tuple[int, int]]:
    """Spans of Refer/EndNote records printed on a page: a line opening with ``%0`` and a
    type, and the tag lines (``%A …``) after it; or such a record collapsed into that one
    line (two more tags in it)."""
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if not line.text.startswith("%0 ") or not _REFER_TYPE.match(line.text.rstrip()):
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and _REFER_TAG_LINE.match(lines[end + 1].text):
            end += 1
        if end > k or len(_REFER_FLAT_TAG.findall(line.text)) >= 2:
            spans.append((line.start, lines[end].end))
        k = end + 1
    return spans


def _read_citations(page: _Page) -> None:
    """BibTeX and RIS blocks and ``Cite this`` entries: CSL items with their evidence.
    A block in a related-items list or a reference list (a zone of other works) is another
    work's export, none of the page's own."""
    for start, end in page.layout.bibtex:
        if page.weight(start) < 1:
            continue
        for item in _bibtex.loads(page.text[start:end]):
            page.cites.append((item, (start, end), W_BLOCK, "BibTeX block on the page"))
    for start, end in page.layout.ris:
        if page.weight(start) < 1:
            continue
        for item in _ris.loads(_ris.unflatten(page.text[start:end])):
            page.cites.append((item, (start, end), W_BLOCK, "RIS block on the page"))
    if "%0 " in page.text:
        for start, end in _refer_spans(page.layout.lines):
            if page.weight(start) < 1:
                continue
            for item in _refer.loads(page.text[start:end]):
                page.cites.append((item, (start, end), W_BLOCK, "Refer/EndNote block on the page"))
    texts = [line.text for line in page.layout.lines]
    if page.text.count(",") >= MIN_COLUMNS - 1 and csv_may_hold(page.text):
        exported = csv_record(texts, page.rules)
        if exported is not None:
            line = page.layout.lines[exported[0]]
            page.cites.append(
                (exported[1], (line.start, line.end), W_BLOCK, "CSV export of the record")
            )
    described = isbd_description(texts, page.rules)
    if described is None and " // " in page.text:
        # a component part's description only with the record's heading before it or on a
        # page of the record alone: an article's reference list holds such lines too
        analytic = analytic_description(texts, page.rules)
        described = analytic if analytic is not None and analytic[2] else None
    if (
        described is not None
        and (
            described[2] or _catalogue_page(page) or _opening_description(page, texts, described[0])
        )
        and not _another_description(texts, described, page)
    ):
        line = page.layout.lines[described[0]]
        if page.weight(line.start) >= 1:
            page.cites.append((described[1], (line.start, line.end), W_ISBD, ISBD_EVIDENCE))
    seen_lines: set[int] = set()
    for lv in page.layout.labels:
        if lv.key != "cite_this" or page.layout.zone_at(lv.value_start) != "main":
            continue
        if lv.layout in ("same-line", "glued", "inline") and len(lv.value) >= 40:
            _add_citation(page, lv.value, (lv.value_start, lv.value_end), lv.label)
            continue
        for text, span, first in _citation_texts(page, lv.line + 1):
            if first not in seen_lines:
                seen_lines.add(first)
                _add_citation(page, text, span, lv.label)
    if not any(evidence.startswith("citation") for _i, _s, _w, evidence in page.cites):
        _top_citation(page)
    if not page.cites:
        _export_citation(page)
    fee_code_citation(page)
    footer_citation(page)


def _another_description(
    texts: list[str], described: tuple[int, dict[str, Any], bool], page: _Page
) -> bool:
    """Another book's description follows the first (a list of new books, each line a
    description of its own title): the page describes none of them alone."""
    if " : " not in "\n".join(texts[described[0] + 1 :]):
        return False  # (a cheap pre-test: the imprint area's "Place : Publisher")
    after = isbd_description(texts[described[0] + 1 :], page.rules)
    return after is not None and after[1].get("title") != described[1].get("title")


def _opening_description(page: _Page, texts: list[str], i: int) -> bool:
    """The description on line ``i`` opens the page's main text and no other follows it: a
    library's page about one book (a new acquisition, a review, a reading tip) heads it
    with the book's catalogue description; a list of new books holds several."""
    first = next((ln for ln in page.layout.lines if ln.text.strip() and ln.zone == "main"), None)
    if first is None or first.index != i:
        return False
    return isbd_description(texts[i + 1 :], page.rules) is None


def _catalogue_page(page: _Page) -> bool:
    """The page shows it is a library catalogue's: its kind, or a standard book or serial
    number on it (what an ISBD line off a record's own short page needs beside it)."""
    if page.kind is not None and page.kind.name == "opac":
        return True
    return any(isinstance(m.value, Isbn | Issn) for m in find_identifiers(page.text))


#: lines from the top of a page searched for an unlabelled citation of the page's work
TOP_CITATION_LINES = 30
#: characters of such a line at least (names, year, title and source)
TOP_CITATION_LENGTH = 60
#: a citation that opens with an inverted name and has its year in brackets soon after
#: (``Okafor, Chidi and Brennan, Aoife (2017) Title. Journal …``: a repository record's
#: header)
_TOP_CITATION = re.compile(rf"[^\W\d_][^\s,()]*,\s[^()]{{1,200}}?\({CITATION_YEAR_PATTERN}[a-z]?\)")


def _top_citation(page: _Page) -> None:
    """The first line near the top of the page that is a whole citation in the form a
    repository prints over its record (names, ``(year)``, title, source): evidence about
    the page's own work, a little weaker than a labelled ``Cite this``."""
    for line in page.layout.lines[:TOP_CITATION_LINES]:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if (
            len(line.text) >= TOP_CITATION_LENGTH
            and _TOP_CITATION.match(line.text)
            and _add_citation(
                page, line.text, (line.start, line.end), "a citation line at the top", W_CITE - 0.1
            )
        ):
            return


#: characters of a page at most for the whole page to be one exported citation
EXPORT_PAGE_CHARS = 600
#: lines of such a page at most (a citation style may break its parts over lines)
EXPORT_PAGE_LINES = 8
#: words of a line after the citation's first at most (a style's parts broken over lines:
#: ``Revista Delta`` / ``2016`` / ``, 89``)
EXPORT_PART_WORDS = 5
#: a reference list's number before the one entry (``(1)``, ``[1]``, ``1.``)
_EXPORT_MARKER = re.compile(r"(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\.)\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,.;:])")
#: a reference list's next entry number after the first (``(2)``, ``[2]``)
_SECOND_ENTRY = re.compile(r"(?:^|\s)(?:\(2\)|\[2\])\s")


def _again(text: str, seen: set[str]) -> bool:
    """``text`` (stripped) is in ``seen``; else it is added."""
    key = text.strip()
    if key in seen:
        return True
    seen.add(key)
    return False


def _export_citation(page: _Page) -> None:
    """A page that is one formatted citation and nothing else: a journal platform's or a
    repository's citation export (``(1)`` / ``Lund, K. Editorial. Harb. Stud. 2012, 20, 3-5.``,
    one entry of a citation style, perhaps broken over lines and numbered as a reference
    list's first entry). The entry describes the page's own work, as a ``Cite this`` line
    would. A page with labels, or longer than :data:`EXPORT_PAGE_CHARS`, is a record page
    (its labelled values speak for themselves); an entry needs a title and a year, and an
    author or a source (a corporate author the style inverted may leave no person). Without
    a reference list's number before it, the page must open with the entry's authors and
    print its title on that first line: a short record page's title, byline and locator
    lines are no citation."""
    if page.layout.labels:
        return
    # (a line printed again is one line: a page's text repeats its block for another screen)
    seen: set[str] = set()
    lines = [ln for ln in page.layout.lines if ln.text.strip() and not _again(ln.text, seen)]
    if sum(len(ln.text) + 1 for ln in lines) > EXPORT_PAGE_CHARS:
        return
    if not lines or len(lines) > EXPORT_PAGE_LINES or lines[0].zone != "main":
        return
    body = lines[1:] if _EXPORT_MARKER.fullmatch(lines[0].text.strip() + " ") else lines
    if any(len(line.text.split()) > EXPORT_PART_WORDS for line in body[1:]):
        return  # 'About the author' / a bio after the citation: a page of more than it
    text = " ".join(line.text.strip() for line in lines)
    marker = _EXPORT_MARKER.match(text)
    if marker is not None:
        if _SECOND_ENTRY.search(text, marker.end()):
            return  # '(1) … (2) …': a list of references, no one work's export
        text = text[marker.end() :]
    text = _SPACE_BEFORE_MARK.sub("", text)
    ref = _lenient(parse_reference, text, locales=page.rules)
    if not (isinstance(ref, Reference) and ref.title and ref.issued):
        return
    if marker is None:
        # no reference list's number: the page must open with the citation's authors and
        # hold its title on the same line ('Title' / 'Ana Ruiz' / 'Journal 12(3): 45-67' is a
        # record page's lines, not one citation)
        first = lines[0].text.strip()
        names = ref.authors.raw.strip() if ref.authors else ""
        if not names or not first.startswith(names) or ref.title not in first:
            return
    elif not (ref.authors or ref.container_title):
        return
    item = ref.to_csl()
    _source_and_publisher(item, page.rules)
    volume_of_series(item, text, page.rules)  # 'volume 77 of Lecture Notes in …'
    drop_cited_editors(item, page.rules)  # 'In: Varga, O., et al. Wetland Computing …'
    cited_report(item, text, page.rules)  # '(Working Paper No. 12)': a report's series
    span = (lines[0].start, lines[-1].end)
    page.cites.append((item, span, W_EXPORT, "citation 'the page is one exported citation'"))


def _add_citation(
    page: _Page, text: str, span: tuple[int, int], label: str, weight: float = W_CITE
) -> bool:
    ref = _lenient(parse_reference, text, locales=page.rules)
    if isinstance(ref, Reference) and ref.title and ref.authors and ref.issued:
        item = ref.to_csl()
        _source_and_publisher(item, page.rules)
        volume_of_series(item, text, page.rules)  # 'volume 77 of Lecture Notes in …'
        drop_cited_editors(item, page.rules)  # 'In: Varga, O., et al. Wetland Computing …'
        cited_report(item, text, page.rules)  # '(Working Paper No. 12)': a report's series
        if _title_less(item):
            del item["title"]
        online = _online_date(str(item.get("note") or ""), page)
        if online is not None:  # Vancouver's 'Epub 2025 Oct 17': the first publication
            item["issued"] = {"date-parts": [online.date_parts()]}
        page.cites.append((item, span, weight, f"citation '{label}'"))
        return True
    return False


def _title_less(item: dict[str, Any]) -> bool:
    """A citation of a style that prints no title (``Lund, K. J Fen Stud (2017) 12: 259.``):
    the reader found no source but a volume or a page, so what it read as the title is the
    journal's name, no evidence of the work's title."""
    return (
        item.get("type") == "article"
        and not item.get("container-title")
        and bool(item.get("volume") or item.get("page"))
    )


#: words of a publisher named after a citation's source at most
SOURCE_PUBLISHER_WORDS = 8
#: a series' number after its name (``Working Papers 29567``, ``Discussion Paper DP-12``)
_SERIES_NUMBER = re.compile(r"(?P<series>.*[^\W\d_].*?)\s+(?P<number>[A-Za-z]{0,3}-?\d[\w-]*)")


@functools.cache
def _source_publisher(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A citation's source and the publisher after it (``Marsh Science Inquiry, Fenland
    Association of Regional Scientists``; ``Working Papers 42, Fen Bureau of Research,
    Inc.``): the last comma-separated part, a legal form of the locales after it kept."""
    suffixes = _loc.terms_of("words", rules, "company_suffixes")
    alt = _loc.alternation(suffixes) if suffixes else "(?!)"
    return re.compile(
        rf"(?P<source>[^,]*[^\W\d_][^,]*?),\s+(?P<org>[^\W\d_][^,]{{2,100}}?(?:,?\s(?:{alt}))?)"
    )


def _source_and_publisher(item: dict[str, Any], rules: tuple[_loc.LocaleRules, ...]) -> None:
    """Split the publisher a citation prints after its source (``Journal, Publisher, vol.
    5(1)``, ``Series 42, Publisher``: the reference reader keeps both as the container)
    when that part names a body (a publisher or organisation word of the locales); a
    series' number after the series' name goes to ``number``."""
    source = item.get("container-title")
    if not isinstance(source, str) or item.get("publisher"):
        return
    m = _source_publisher(rules).fullmatch(source.strip(" ,;"))
    if m is None:
        return
    org = m.group("org")
    words = {w.strip(".,()").casefold() for w in org.split()}
    if len(org.split()) > SOURCE_PUBLISHER_WORDS or not words & _publisher_words(rules):
        return
    head = m.group("source").strip()
    if {w.strip(".,()").casefold() for w in head.split()} & _publisher_words(rules):
        return  # 'Fen University, Marsh Campus': an address, no source and its publisher
    numbered = _SERIES_NUMBER.fullmatch(head)
    if numbered is not None and not item.get("number") and not item.get("volume"):
        head = numbered.group("series")
        item["number"] = numbered.group("number")
    item["container-title"], item["publisher"] = head, org


@functools.cache
def _online_label(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' online-publication labels (``[labels].published_online``: *Epub,
    Published online, First online*) as words, a colon after them allowed."""
    terms = _loc.terms_of("labels", rules, "published_online")
    if not terms:
        return None
    return re.compile(rf"(?<![^\W_])(?:{_loc.alternation(terms)})(?![^\W_])\s*:?\s*", re.I)


#: characters after an online-publication label read for its date at most
ONLINE_DATE_CHARS = 40


def _online_date(note: str, page: _Page) -> PartialDate | None:
    """The date an online-publication label opens in a citation's note (``Epub 2025 Oct
    17``, ``Published online: 4 March 2019``), at month precision or finer, or ``None``."""
    pattern = _online_label(page.rules) if note else None
    m = pattern.search(note) if pattern is not None else None
    if m is None:
        return None
    dates = _lenient_find_dates(note[m.end() : m.end() + ONLINE_DATE_CHARS], page.rules)
    found = dates[0] if dates else None
    if found is None or found.start > 0 or not isinstance(found.value, PartialDate):
        return None
    return found.value if found.value.month is not None else None


#: a citation that ends with the journal's ISSN or the book's ISBN (repositories print
#: ``… Marsh Ecology Letters, 12 (3). pp. 45-67. ISSN 1234-5679``)
_ENDS_WITH_ISSN_ISBN = re.compile(r"\bIS[SB]N:?\s*[\dXx][\dXx -]{6,16}[\dXx]$")


#: a citation closing with a repository's identifier of the work, its brackets lost to an
#: unknown glyph or none (``… Français. �tel-00250225�``, ``… hal-01234567``)
_ENDS_WITH_ARCHIVE_ID = re.compile(r"[^\W\d_]{2,}-\d{5,}(?:v\d+)?\W{0,2}$")


def _is_citation(text: str, page: _Page) -> bool:
    """A formatted citation: names, year, title; it ends like one (``.``, ``)`` or a link)."""
    end = text.rstrip()
    if len(end) < 40 or not _YEAR.search(end):
        return False
    if not (
        end.endswith((".", ")", "⟩", "]"))
        or _URL.search(end[-120:])
        or re.search(r"10\.\d{4}", end[-80:])
        or _ENDS_WITH_ISSN_ISBN.search(end[-40:])
        or _ENDS_WITH_ARCHIVE_ID.search(end[-40:])
    ):
        return False
    ref = _lenient(parse_reference, text, locales=page.rules)
    return isinstance(ref, Reference) and bool(ref.title and ref.authors and ref.issued)


def _citation_texts(page: _Page, first: int) -> list[tuple[str, tuple[int, int], int]]:
    """Formatted citations printed after a 'Cite this' heading: style names and other
    short lines are skipped; a citation may run over two or three lines."""
    lines = page.layout.lines
    out: list[tuple[str, tuple[int, int], int]] = []
    pending: list[Line] = []
    for line in lines[first : first + 20]:
        short = len(line.text.split()) <= 3
        if line.index in page.layout.label_lines and line.index != first and not short:
            break
        if short:
            if pending:
                break
            continue
        if not pending and _is_citation(line.text, page):
            out.append((line.text, (line.start, line.end), line.index))
            continue
        pending.append(line)
        joined = " ".join(p.text for p in pending)
        if _is_citation(joined, page):
            out.append((joined, (pending[0].start, pending[-1].end), pending[0].index))
            pending = []
        elif len(pending) >= 3:
            break
    return out


def _title_citations(page: _Page, title: str, title_line: int | None) -> None:
    """Lines elsewhere on the page that quote the title are citations of the work
    (``David Lucca and Jonathan H. Wright, "The Narrow Channel …," NBER Working Paper …``)."""
    probe = title.casefold()[:40]
    if len(probe) < 12:
        return
    known = {span for _i, span, _w, _e in page.cites}
    for line in page.layout.lines:
        if line.index == title_line or line.zone != "main" or len(line.text) < len(probe) + 20:
            continue
        if probe not in line.text.casefold():
            continue
        prefix, colon, rest = line.text.partition(": ")
        if (
            colon
            and len(prefix.split()) <= 3
            and rest.casefold().startswith(probe)
            and _is_chrome(prefix, page.rules)
        ):
            continue  # 'Details for: <title> …': the page header, no citation
        span = (line.start, line.end)
        if any(a <= span[0] < b for a, b in known):
            continue
        text, start = line.text, line.start
        label = next((lv for lv in page.layout.labels if lv.line == line.index
                      and lv.value_start > line.start), None)  # fmt: skip
        if label is not None:  # 'Citation: Almeida MC, …': the label is no author
            text, start = label.value, label.value_start
        if _is_citation(text, page):
            _add_citation(page, text, (start, line.end), "a citation quoting the title")


def _cite_values(page: _Page, key: str) -> list[Cand]:
    out: list[Cand] = []
    for item, span, weight, evidence in page.cites:
        value = item.get(key)
        if value not in (None, "", []):
            out.append(Cand(value, weight, span, evidence))
    return out


#: a person from a CSL-JSON name object, a date from CSL ``date-parts`` (the records' own
#: public inverses of ``to_csl`` and ``date_parts``)
_person_from_csl = Person.from_csl
_partial = PartialDate.from_parts
