"""The order of day and month in a tag's all-numeric date (``07/01/2014``): a tag date
whose two first fields are both 12 or less reads either way (7 January or 1 July), so it
is not evidence against the page's own date that reads it the other way round, and the
page's written date of the same two numbers (``July 1, 2014``) settles its order."""

from __future__ import annotations

import functools

from comet.dates import PartialDate, parse_date
from comet.page.numeric_order import AMBIGUOUS, swapped
from comet.records import Parsed

__all__ = ["order_ambiguous", "other_order"]


@functools.lru_cache(maxsize=256)
def _ambiguous_raw(raw: str) -> bool:
    got = parse_date(raw, strict=False)
    return isinstance(got, Parsed) and any(d.code == AMBIGUOUS for d in got.diagnostics)


def order_ambiguous(d: PartialDate) -> bool:
    """Whether ``d`` is a day read from an all-numeric date whose day and month could be
    read the other way round (``04/02/2013``; not ``2013-02-04``, ``13/02/2013``)."""
    return (
        d.day is not None
        and d.month is not None
        and d.day != d.month
        and d.day <= 12
        and bool(d.raw)
        and _ambiguous_raw(d.raw)
    )


def other_order(d: PartialDate) -> PartialDate | None:
    """``d`` with its day and month read the other way round, where it reads either way."""
    if not order_ambiguous(d):
        return None
    return swapped(d)
