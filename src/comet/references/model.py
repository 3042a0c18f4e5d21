"""The reference records: :class:`Reference` and :class:`ReferenceList`."""

from __future__ import annotations

from typing import Any

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic
from comet.identifiers import Doi
from comet.locators import PageRange
from comet.names import Person, PersonList
from comet.records import RecordMixin

__all__ = ["Reference", "ReferenceList"]


@attrs.frozen
class Reference(RecordMixin):
    """One parsed bibliographic reference.

    Strings are as printed (trimmed of list punctuation); ``pages`` is a page range,
    ``doi`` a DOI record and ``issued``/``accessed`` :class:`~comet.dates.PartialDate`.
    ``type`` is a CSL type guess; ``status`` a publication status (``in-press`` for
    *forthcoming*).  ``raw`` keeps the input, ``diagnostics`` every removal and guess.

    :class:`Reference` and :class:`comet.Record` share two accessors: ``csl_type`` (the
    CSL type string) and ``persons(role)`` (a tuple of :class:`~comet.Person`).
    """

    authors: PersonList = attrs.field(factory=PersonList)
    issued: PartialDate | None = None
    title: str | None = None
    container_title: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: PageRange | None = None
    publisher: str | None = None
    place: str | None = None
    doi: Doi | None = None
    url: str | None = None
    accessed: PartialDate | None = None
    edition: str | None = None
    editors: PersonList = attrs.field(factory=PersonList)
    note: str | None = None
    status: str | None = None
    type: str = "article"
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def csl_type(self) -> str:
        """The CSL type (``type``), the accessor :class:`comet.Record` has too."""
        return self.type

    def persons(self, role: str = "author") -> tuple[Person, ...]:
        """The persons in a CSL name ``role`` (``author``, ``editor``) as a tuple, the
        accessor :class:`comet.Record` has too (``()`` for any other role)."""
        names = {"author": self.authors, "editor": self.editors}.get(role)
        return names.persons if names is not None else ()

    def to_csl(self) -> dict[str, Any]:
        """A CSL-JSON item (the format of citeproc, Zotero and pandoc)."""
        item: dict[str, Any] = {"type": self.type}
        if self.authors.persons:
            item["author"] = [p.to_csl() for p in self.authors]
        if self.editors.persons:
            item["editor"] = [p.to_csl() for p in self.editors]
        if self.issued is not None:
            item["issued"] = {"date-parts": [self.issued.date_parts()]}
        if self.title:
            item["title"] = self.title
        if self.container_title:
            item["container-title"] = self.container_title
        if self.volume:
            item["volume"] = self.volume
        if self.issue:
            item["issue"] = self.issue
        if self.pages is not None:
            item["page"] = str(self.pages)
        if self.doi is not None:
            item["DOI"] = str(self.doi)
        if self.url:
            item["URL"] = self.url
        if self.publisher:
            item["publisher"] = self.publisher
        if self.place:
            item["publisher-place"] = self.place
        if self.edition:
            item["edition"] = self.edition
        if self.accessed is not None:
            item["accessed"] = {"date-parts": [self.accessed.date_parts()]}
        if self.status:
            item["status"] = self.status
        if self.note:
            item["note"] = self.note
        return item


@attrs.frozen
class ReferenceList(RecordMixin):
    """A reference list split into entries (see :func:`comet.parse_references`)."""

    references: tuple[Reference, ...] = ()
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.references)

    def to_csl(self) -> list[dict[str, Any]]:
        """The entries as a CSL-JSON array."""
        return [r.to_csl() for r in self.references]
