"""Dates and date ranges: ``parse_date``, ``parse_date_range``, ``find_dates``."""

from __future__ import annotations

from comet.dates._core import (
    FIND_MAX_LENGTH,
    MAX_LENGTH,
    MAX_YEAR,
    MIN_YEAR,
    DateRange,
    PartialDate,
    Precision,
    _order_key,
    find_dates,
    parse_date,
    parse_date_range,
)

__all__ = [
    "FIND_MAX_LENGTH",
    "MAX_LENGTH",
    "MAX_YEAR",
    "MIN_YEAR",
    "DateRange",
    "PartialDate",
    "Precision",
    "_order_key",
    "find_dates",
    "parse_date",
    "parse_date_range",
]
