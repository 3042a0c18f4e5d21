"""The whole-page record: :class:`Record` and its parts (:class:`Event`, :class:`Holding`).

A :class:`Record` holds every field comet found on a page, typed, with the span
of the raw text each came from (``spans``) and the diagnostics that explain
choices, contradictions and removals.  A field absent from the page is absent
from the record: comet never invents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic
from comet.formats.csl import CSL_TYPES, issued_parts
from comet.records import RecordMixin

if TYPE_CHECKING:
    from comet.identifiers import Doi, Isbn, Issn, Orcid
    from comet.keywords import Keyword
    from comet.locators import PageRange
    from comet.names import Person
    from comet.references import Reference
    from comet.vocab import PublicationType, Status

__all__ = ["Event", "Holding", "Record"]


@attrs.frozen
class Event(RecordMixin):
    """An event a work was presented at (a conference, a workshop)."""

    name: str | None = None
    place: str | None = None
    country: str | None = None  #: ISO 3166-1 alpha-2
    start: PartialDate | None = None
    end: PartialDate | None = None


@attrs.frozen
class Holding(RecordMixin):
    """One copy of an item in a library catalogue's holdings table."""

    location: str | None = None
    call_number: str | None = None
    status: str | None = None
    barcode: str | None = None
    item_type: str | None = None
    date_due: str | None = None
    volume_info: str | None = None


@attrs.frozen
class Record(RecordMixin):
    """Everything comet read from one page.  See ``docs/records-and-export.md``."""

    title: str | None = None
    subtitle: str | None = None
    translated_titles: tuple[str, ...] = ()
    reviewed_title: str | None = None  #: the title of the work a review reviews
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    #: names in other CSL roles (``translator``, ``compiler``, ``director``, ``contributor``…)
    roles: Mapping[str, tuple[Person, ...]] = attrs.field(factory=dict)
    type: PublicationType | None = None
    csl_type: str | None = None
    status: Status | None = None
    issued: PartialDate | None = None
    dates: Mapping[str, PartialDate] = attrs.field(factory=dict)
    container_title: str | None = None
    collection_title: str | None = None
    collection_number: str | None = None
    #: the number of a chapter read from its heading (``Chapter 6 - Title``)
    chapter_number: str | None = None
    edition: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: PageRange | None = None
    number: str | None = None
    #: the kind of report or thesis as the page prints it (``Working Paper``, ``PhD Thesis``)
    genre: str | None = None
    doi: Doi | None = None
    pmid: str | None = None  #: PubMed id
    pmcid: str | None = None  #: PubMed Central id (``PMC…``)
    issns: tuple[Issn, ...] = ()
    isbns: tuple[Isbn, ...] = ()
    orcids: tuple[Orcid, ...] = ()
    urls: tuple[str, ...] = ()
    publisher: str | None = None
    place: str | None = None
    language: str | None = None  #: BCP 47 tag of the work
    page_language: str | None = None  #: BCP 47 tag of the page's interface
    keywords: tuple[Keyword, ...] = ()
    abstract: str | None = None
    description: str | None = None  #: unlabelled prose that is not an abstract (shop excerpts)
    event: Event | None = None
    holdings: tuple[Holding, ...] = ()
    references: tuple[Reference, ...] = ()
    journal: Mapping[str, Any] = attrs.field(factory=dict)  #: facts about the container
    kind: str = "unknown"  #: pure, koha, publisher, repository, shop, ojs, unknown
    source: str | None = None
    spans: Mapping[str, tuple[int, int]] = attrs.field(factory=dict, eq=False, repr=False)
    raw: str = attrs.field(default="", eq=False, repr=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def full_title(self) -> str | None:
        """``Title: Subtitle`` (the CSL ``title``), or ``None``."""
        if self.title and self.subtitle:
            return f"{self.title}: {self.subtitle}"
        return self.title

    def persons(self, role: str = "author") -> tuple[Person, ...]:
        """The persons in a CSL name ``role`` (``author``, ``editor``, ``translator``…), the
        accessor :class:`comet.Reference` has too."""
        if role in ("author", "editor"):
            return self.authors if role == "author" else self.editors
        return tuple(self.roles.get(role, ()))

    def to_csl(self, *, id: str | None = None) -> dict[str, Any]:
        """A CSL-JSON item (validates against CSL 1.0.2 ``csl-data.json``)."""
        return record_to_csl(self, id=id)

    @classmethod
    def from_csl(cls, item: Mapping[str, Any]) -> Record:
        """A :class:`Record` from a CSL-JSON item (every field CSL can hold)."""
        return record_from_csl(item)

    def to_ris(self) -> str:
        """RIS text of this record."""
        from comet.formats import ris

        return ris.dumps([self.to_csl()])

    def to_bibtex(self) -> str:
        """BibTeX text of this record."""
        from comet.formats import bibtex

        return bibtex.dumps([self.to_csl()])


# --- CSL-JSON: Record.to_csl() and Record.from_csl() ------------------------------------

#: CSL name variables a :class:`~comet.page.model.Record` keeps in ``roles``.
_ROLES = (
    "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
    "curator", "director", "editorial-director", "executive-producer", "guest", "host",
    "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer",
    "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator",
)  # fmt: skip


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _date(d: PartialDate | None) -> dict[str, Any] | None:
    return None if d is None else {"date-parts": [d.date_parts()]}


def record_to_csl(record: Record, *, id: str | None = None) -> dict[str, Any]:
    """The CSL-JSON item of ``record``: only the fields the page gave."""
    item: dict[str, Any] = {"id": id or record.source or "item-1"}
    csl_type = record.csl_type if record.csl_type in CSL_TYPES else None
    item["type"] = csl_type or "document"
    if record.full_title:
        item["title"] = record.full_title
    if record.authors:
        item["author"] = [p.to_csl() for p in record.authors]
    if record.editors:
        item["editor"] = [p.to_csl() for p in record.editors]
    for role, persons in record.roles.items():
        if persons and role in _ROLES:
            item[role] = [p.to_csl() for p in persons]
    if record.issued is not None:
        item["issued"] = _date(record.issued)
    for key, value in (
        ("reviewed-title", record.reviewed_title),
        ("container-title", record.container_title),
        ("collection-title", record.collection_title),
        ("collection-number", record.collection_number),
        ("chapter-number", record.chapter_number),
        ("edition", record.edition),
        ("volume", record.volume),
        ("issue", record.issue),
        ("number", record.number),
        ("genre", record.genre),
        ("PMID", record.pmid),
        ("PMCID", record.pmcid),
        ("publisher", record.publisher),
        ("publisher-place", record.place),
        ("language", record.language),
        ("abstract", record.abstract),
    ):
        if value:
            item[key] = value
    if record.pages is not None:
        if record.pages.first is None and record.pages.count is not None:
            item["number-of-pages"] = str(record.pages.count)  # a page count only
        else:
            item["page"] = str(record.pages)
    if record.doi is not None:
        item["DOI"] = str(record.doi)
    if record.issns:
        item["ISSN"] = ", ".join(str(i) for i in record.issns)
    if record.isbns:
        item["ISBN"] = ", ".join(dict.fromkeys(_printed_isbn(i) for i in record.isbns))
    if record.urls:
        item["URL"] = record.urls[0]
    if record.keywords:
        item["keyword"] = ", ".join(k.text for k in record.keywords)
    if record.status is not None:
        item["status"] = str(record.status.value.value if hasattr(record.status.value, "value")
                             else record.status.value)  # fmt: skip
    ev = record.event
    if ev is not None:
        if ev.name:
            item["event-title"] = ev.name
        place = ", ".join(p for p in (ev.place, ev.country) if p)
        if place:
            item["event-place"] = place
        if ev.start is not None:
            parts = [ev.start.date_parts()]
            if ev.end is not None:
                parts.append(ev.end.date_parts())
            item["event-date"] = {"date-parts": parts}
    return item


def record_from_csl(item: Mapping[str, Any]) -> Record:
    """A :class:`Record` holding every field of ``item`` that a Record can hold."""
    from comet.identifiers import doi as doi_mod
    from comet.identifiers import isbn as isbn_mod
    from comet.identifiers import issn as issn_mod
    from comet.keywords import parse_keywords
    from comet.locators import parse_pages
    from comet.page.citations import _partial, _person_from_csl
    from comet.vocab import parse_status

    def date(key: str) -> PartialDate | None:
        return _partial(issued_parts(item, key))

    title = item.get("title")
    doi = doi_mod.parse(str(item["DOI"]), strict=False).value if item.get("DOI") else None
    issns = tuple(
        i for s in str(item.get("ISSN", "")).split(",") if s.strip()
        if (i := issn_mod.parse(s, strict=False).value) is not None
    )  # fmt: skip
    isbns = tuple(
        b for s in str(item.get("ISBN", "")).split(",") if s.strip()
        if (b := isbn_mod.parse(s, strict=False).value) is not None
    )  # fmt: skip
    pages = parse_pages(str(item["page"]), strict=False).value if item.get("page") else None
    if pages is None and item.get("number-of-pages"):
        pages = parse_pages(f"{item['number-of-pages']} pp.", strict=False).value
    keywords = (
        tuple(parse_keywords(str(item["keyword"]), strict=False).value or ())
        if item.get("keyword")
        else ()
    )
    status = parse_status(str(item["status"]), strict=False).value if item.get("status") else None
    event = None
    if item.get("event-title") or item.get("event-place") or item.get("event-date"):
        ed = item.get("event-date") or {}
        parts = ed.get("date-parts") or []
        start = _partial(parts[0]) if parts else None
        end = _partial(parts[1]) if len(parts) > 1 else None
        event = Event(name=item.get("event-title"), place=item.get("event-place"),
                      start=start, end=end)  # fmt: skip
    return Record(
        title=title,
        authors=tuple(_person_from_csl(n) for n in item.get("author", [])),
        editors=tuple(_person_from_csl(n) for n in item.get("editor", [])),
        roles={
            role: tuple(_person_from_csl(n) for n in item[role])
            for role in _ROLES
            if item.get(role)
        },
        csl_type=item.get("type"),
        status=status,
        issued=date("issued"),
        reviewed_title=item.get("reviewed-title"),
        container_title=item.get("container-title"),
        collection_title=item.get("collection-title"),
        collection_number=_opt(item.get("collection-number")),
        genre=_opt(item.get("genre")),
        chapter_number=_opt(item.get("chapter-number")),
        edition=_opt(item.get("edition")),
        volume=item.get("volume"),
        issue=item.get("issue"),
        number=item.get("number"),
        pmid=_opt(item.get("PMID")),
        pmcid=_opt(item.get("PMCID")),
        pages=pages,
        doi=doi,
        issns=issns,
        isbns=isbns,
        urls=(item["URL"],) if item.get("URL") else (),
        publisher=item.get("publisher"),
        place=item.get("publisher-place"),
        language=item.get("language"),
        keywords=keywords,
        abstract=item.get("abstract"),
        event=event,
        source=str(item["id"]) if item.get("id") is not None else None,
    )


def _printed_isbn(isbn: Any) -> str:
    """An ISBN in the form the page printed it: the ISBN-10 where ten characters were
    printed, else the ISBN-13 (comet keeps no hyphenation table, so digits only)."""
    printed = "".join(c for c in str(getattr(isbn, "raw", "")) if c.isalnum())
    ten = getattr(isbn, "isbn10", None)
    return str(ten) if len(printed) == 10 and ten else str(isbn)
