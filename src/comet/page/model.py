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
    edition: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: PageRange | None = None
    number: str | None = None
    doi: Doi | None = None
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

    def to_csl(self, *, id: str | None = None) -> dict[str, Any]:
        """A CSL-JSON item (validates against CSL 1.0.2 ``csl-data.json``)."""
        from comet.page.csl import record_to_csl

        return record_to_csl(self, id=id)

    @classmethod
    def from_csl(cls, item: Mapping[str, Any]) -> Record:
        """A :class:`Record` from a CSL-JSON item (every field CSL can hold)."""
        from comet.page.csl import record_from_csl

        return record_from_csl(item)

    def to_ris(self) -> str:
        """RIS text of this record."""
        from comet.export import ris

        return ris.dumps([self.to_csl()])

    def to_bibtex(self) -> str:
        """BibTeX text of this record."""
        from comet.export import bibtex

        return bibtex.dumps([self.to_csl()])
