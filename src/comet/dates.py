"""Dates and date ranges: ``parse_date``, ``parse_date_range`` and :class:`PartialDate`.

A :class:`PartialDate` never invents a missing month or day: ``2019`` stays a
year, ``Aug 2023`` a month.

>>> PartialDate(2023, 8).iso()
'2023-08'
>>> PartialDate(2021, 12, 30).precision
<Precision.DAY: 'day'>
"""

from __future__ import annotations

from enum import StrEnum

import attrs

from comet.diagnostics import Diagnostic
from comet.records import RecordMixin

__all__ = ["PartialDate", "Precision"]


class Precision(StrEnum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"


def _month(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month must be 1..12, got {value}")


def _day(inst: PartialDate, _attr: object, value: int | None) -> None:
    if value is None:
        return
    if inst.month is None:
        raise ValueError("a day needs a month")
    import calendar

    last = calendar.monthrange(inst.year, inst.month)[1]
    if not 1 <= value <= last:
        raise ValueError(f"day must be 1..{last} for {inst.year}-{inst.month:02d}, got {value}")


_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}


def _season(inst: PartialDate, _attr: object, value: str | None) -> None:
    if value is None:
        return
    if value not in _SEASONS:
        raise ValueError(f"season must be one of {sorted(_SEASONS)}, got {value!r}")
    if inst.month is not None:
        raise ValueError("a date has a month or a season, not both")


@attrs.frozen
class PartialDate(RecordMixin):
    """A calendar date known to year, season, month or day precision.

    ``raw`` and ``diagnostics`` are kept but left out of equality.
    """

    year: int = attrs.field(validator=attrs.validators.instance_of(int))
    month: int | None = attrs.field(default=None, validator=_month)
    day: int | None = attrs.field(default=None, validator=_day)
    season: str | None = attrs.field(default=None, validator=_season)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def precision(self) -> Precision:
        """The finest known part."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.season is not None:
            return Precision.SEASON
        return Precision.YEAR

    def iso(self) -> str:
        """ISO 8601 to the known precision (``2019``, ``2023-08``, ``2021-12-30``).

        A season has no ISO form; its year is given.
        """
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def edtf(self) -> str:
        """EDTF (Library of Congress Extended Date/Time Format): seasons as ``2020-21``."""
        if self.season is not None:
            return f"{self.year:04d}-{_SEASONS[self.season]}"
        return self.iso()

    def date_parts(self) -> list[int]:
        """CSL-JSON ``date-parts`` entry: only the known parts."""
        parts = [self.year]
        if self.month is not None:
            parts.append(self.month)
            if self.day is not None:
                parts.append(self.day)
        return parts

    def sort_key(self) -> tuple[int, int, int]:
        """Orders dates; unknown parts sort first within their parent."""
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.edtf()
