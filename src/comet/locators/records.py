"""The locator records: :class:`PageRange` and :class:`Locator`."""

from __future__ import annotations

from typing import Any

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic
from comet.records import RecordMixin


def _opt_count(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"count must be >= 0, got {value}")


@attrs.frozen
class PageRange(RecordMixin):
    """Pages of a work: ``first``–``last`` as printed, and ``count`` when it is known.

    ``first``/``last`` are strings because pages may be ``S12``, ``e0123456`` or
    ``xii``.  ``count`` is ``last - first + 1`` when both ends are comparable
    numbers (arabic, roman, or the same letter prefix), or the stated count of a
    page-count field (``12 pp.``), where ``first`` is ``None``.  ``str()`` gives the
    CSL form with an ASCII hyphen.

    >>> str(PageRange("801", "820", 20)), str(PageRange("143")), str(PageRange(count=12))
    ('801-820', '143', '12 pp.')
    """

    first: str | None = None
    last: str | None = None
    count: int | None = attrs.field(default=None, validator=_opt_count)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def is_range(self) -> bool:
        """``True`` when there is a last page."""
        return self.last is not None

    def __str__(self) -> str:
        if self.first is None:
            return f"{self.count} pp." if self.count is not None else ""
        if self.last is None:
            return self.first
        return f"{self.first}-{self.last}"


@attrs.frozen
class Locator(RecordMixin):
    """Where a work sits in its container: volume, issue, pages and the issue's date.

    ``issue`` keeps double issues and ranges as printed (``7/8``, ``4–6``).
    ``supplement`` is the supplement's number, or the word as printed when it has
    none (``40 (7 Suppl)``).  ``article_number`` holds article ids (``045004``,
    ``e0213978``), which CSL calls ``number``.
    """

    volume: str | None = None
    issue: str | None = None
    pages: PageRange | None = None
    issued: PartialDate | None = None
    supplement: str | None = None
    part: str | None = None
    article_number: str | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def to_csl(self) -> dict[str, Any]:
        """The CSL-JSON fields this locator fills (``volume``, ``issue``, ``page``, …)."""
        out: dict[str, Any] = {}
        if self.volume is not None:
            out["volume"] = self.volume
        if self.issue is not None:
            out["issue"] = self.issue
        if self.supplement is not None:
            out["supplement-number"] = self.supplement
        if self.part is not None:
            out["part-number"] = self.part
        if self.pages is not None:
            if self.pages.first is not None:
                out["page"] = str(self.pages)
            if self.pages.count is not None:
                out["number-of-pages"] = self.pages.count
        if self.article_number is not None:
            out["number"] = self.article_number
        if self.issued is not None:
            out["issued"] = {"date-parts": [self.issued.date_parts()]}
        return out
