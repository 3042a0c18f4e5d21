"""The date records: :class:`PartialDate`, :class:`DateRange`, :class:`Precision`."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

import attrs

from comet.diagnostics import Diagnostic
from comet.records import RecordMixin

#: Plausible years: a four-digit number outside this range is not read as a year.
MIN_YEAR = 1000
MAX_YEAR = 2100


class Precision(StrEnum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"


def _month(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month must be 1..12, got {value}")


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def _day(inst: PartialDate, _attr: object, value: int | None) -> None:
    if value is None:
        return
    if inst.month is None:
        raise ValueError("a day needs a month")
    last = _days_in(inst.year, inst.month)
    if not 1 <= value <= last:
        raise ValueError(f"day must be 1..{last} for {inst.year}-{inst.month:02d}, got {value}")


_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
_SEASON_OF_CODE = {v: k for k, v in _SEASONS.items()}
#: where a season sorts among months (its first month, northern hemisphere)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season(inst: PartialDate, _attr: object, value: str | None) -> None:
    if value is None:
        return
    if value not in _SEASONS:
        raise ValueError(f"season must be one of {sorted(_SEASONS)}, got {value!r}")
    if inst.month is not None:
        raise ValueError("a date has a month or a season, not both")


_ISO_RE = re.compile(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


@attrs.frozen
class PartialDate(RecordMixin):
    """A calendar date known to year, season, month or day precision.

    ``raw`` and ``diagnostics`` are kept but left out of equality.

    >>> from comet.dates import parse_date
    >>> PartialDate.from_edtf("2020-21")
    PartialDate(year=2020, month=None, day=None, season='spring', raw='2020-21')
    >>> PartialDate.from_iso("2019-05-27") == parse_date("27.05.2019")
    True
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

    @classmethod
    def from_parts(cls, parts: Sequence[Any]) -> PartialDate | None:
        """The inverse of :meth:`date_parts`: a date from a CSL ``date-parts`` entry
        (``[year]``, ``[year, month]``, ``[year, month, day]``; numeric strings are read
        as numbers, parts after the third ignored), or ``None`` when the parts are empty,
        not numbers or not a calendar date.

        >>> PartialDate.from_parts([2023, 8])
        PartialDate(year=2023, month=8, day=None, season=None, raw='')
        >>> PartialDate.from_parts(["2019", "5", "27"]).iso()
        '2019-05-27'
        >>> PartialDate.from_parts([2023, 13]) is None
        True
        """
        try:
            nums = [int(x) for x in parts[:3]]
            if not nums:
                return None
            return cls(
                nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None
            )
        except (ValueError, TypeError, OverflowError):  # not numbers, or infinite
            return None

    def sort_key(self) -> tuple[int, int, int]:
        """Orders dates; unknown parts sort first within their parent."""
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.edtf()

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """The date of an ISO 8601 string to year, month or day precision (inverse of ``iso``).

        Raises :class:`ValueError` for anything else.
        """
        m = _ISO_RE.match(text.strip())
        if m is None:
            raise ValueError(f"not an ISO 8601 date: {text!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None, raw=text)

    @classmethod
    def from_edtf(cls, text: str) -> PartialDate:
        """The date of an EDTF string (inverse of :meth:`edtf`: ISO forms and seasons 21–24)."""
        m = _ISO_RE.match(text.strip())
        if m is not None and m.group(2) and not m.group(3) and int(m.group(2)) in _SEASON_OF_CODE:
            return cls(int(m.group(1)), season=_SEASON_OF_CODE[int(m.group(2))], raw=text)
        return cls.from_iso(text)


def _order_key(d: PartialDate) -> tuple[int, int, int]:
    month = d.month or (_SEASON_MONTH[d.season] if d.season else 0)
    return (d.year, month, d.day or 0)


@attrs.frozen
class DateRange(RecordMixin):
    """A period from ``start`` to ``end`` (``None``: open end, as in ``2014-``).

    ``end`` is never before ``start``.

    >>> from comet.dates import parse_date_range
    >>> r = parse_date_range("27–28 May 2019")
    >>> r.start.iso(), r.end.iso()
    ('2019-05-27', '2019-05-28')
    >>> parse_date_range("2014-").edtf()
    '2014/..'
    """

    start: PartialDate
    end: PartialDate | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.end is not None and _order_key(self.end) < _order_key(self.start):
            raise ValueError(f"range ends ({self.end}) before it starts ({self.start})")

    def iso(self) -> str:
        """``start/end`` in ISO 8601 (``..`` for an open end)."""
        return f"{self.start.iso()}/{self.end.iso() if self.end else '..'}"

    def edtf(self) -> str:
        """``start/end`` in EDTF (seasons as ``2020-21``; ``..`` for an open end)."""
        return f"{self.start.edtf()}/{self.end.edtf() if self.end else '..'}"

    def __str__(self) -> str:
        return self.edtf()


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _days_in(y, m)


def _plausible(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR
