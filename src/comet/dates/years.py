"""The one year pattern: a four-digit year inside :data:`MIN_YEAR`..:data:`MAX_YEAR`.

Every package that spots a year in text (pages, references, keywords, locators, spam
checks, statuses) builds its regex from :data:`YEAR_PATTERN`, a pattern *fragment* (a
non-capturing group, no anchors or boundaries: each caller adds its own), so the range
of plausible years is stated once, here and in :mod:`comet.dates`.  Citations and
locators use the one narrower range :data:`CITATION_MIN_YEAR` (built by the same
:func:`year_pattern`), for the measured reason given there.

>>> YEAR_PATTERN
'(?:1\\\\d\\\\d\\\\d|20\\\\d\\\\d|2100)'
>>> bool(YEAR.fullmatch("1984")), bool(YEAR.fullmatch("0999")), bool(YEAR.fullmatch("2101"))
(True, False, False)
>>> year_pattern(1500, 2099)
'(?:1[5-9]\\\\d\\\\d|20\\\\d\\\\d)'
"""

from __future__ import annotations

import re

from comet.dates._records import MAX_YEAR, MIN_YEAR

__all__ = ["CITATION_MIN_YEAR", "CITATION_YEAR_PATTERN", "YEAR", "YEAR_PATTERN", "year_pattern"]


def _span(lo: str, hi: str) -> list[str]:
    """Alternatives matching every digit string from ``lo`` to ``hi`` (same length)."""
    if lo == hi:
        return [lo]
    rest = len(lo) - 1
    if lo[1:] == "0" * rest and hi[1:] == "9" * rest:
        head = lo[0] if lo[0] == hi[0] else "\\d" if lo[0] + hi[0] == "09" else f"[{lo[0]}-{hi[0]}]"
        return [head + r"\d" * rest]
    if lo[0] == hi[0]:
        tails = _span(lo[1:], hi[1:])
        return [lo[0] + (tails[0] if len(tails) == 1 else f"(?:{'|'.join(tails)})")]
    out = [lo[0] + t for t in _span(lo[1:], "9" * rest)]
    low, high = int(lo[0]) + 1, int(hi[0]) - 1
    if low == high:
        out.append(f"{low}" + r"\d" * rest)
    elif low < high:
        out.append(f"[{low}-{high}]" + r"\d" * rest)
    out += [hi[0] + t for t in _span("0" * rest, hi[1:])]
    return out


def year_pattern(min_year: int = MIN_YEAR, max_year: int = MAX_YEAR) -> str:
    """A regex fragment (``(?:…)``, no boundaries) matching the four-digit years from
    ``min_year`` to ``max_year``; the defaults are :data:`MIN_YEAR` and :data:`MAX_YEAR`.

    Raises :class:`ValueError` unless ``1000 <= min_year <= max_year <= 9999``.

    >>> import re
    >>> [y for y in ("1499", "1500", "2099", "2100") if re.fullmatch(year_pattern(1500, 2099), y)]
    ['1500', '2099']
    """
    if not 1000 <= min_year <= max_year <= 9999:
        raise ValueError(f"year range must be four-digit and ordered, got {min_year}..{max_year}")
    return f"(?:{'|'.join(_span(str(min_year), str(max_year)))})"


#: A year from :data:`MIN_YEAR` to :data:`MAX_YEAR` as a regex fragment, for building patterns.
YEAR_PATTERN = year_pattern()

#: The earliest year read inside a citation or a locator (``Smith (1999)``, ``2019, 12, 1529``):
#: there a four-digit number before 1500 is far more often a page, a count or an article
#: number than a year.  Measured: with :data:`MIN_YEAR` instead, reference year F1 falls
#: from 0.966 to 0.964 and ``find_locators`` from 465 to 461 right (benchmarks/references.py,
#: benchmarks/locators.py on the dev sets); page, keyword and spam figures do not move.
CITATION_MIN_YEAR = 1500

#: A year from :data:`CITATION_MIN_YEAR` to :data:`MAX_YEAR`: the years of citations.
CITATION_YEAR_PATTERN = year_pattern(CITATION_MIN_YEAR)

#: :data:`YEAR_PATTERN` compiled, between digit boundaries (``(?<!\d)…(?!\d)``).
#: (written to open with a class, the boundary read after it: a pattern that does is scanned
#: for it in C, one opening with a lookbehind is tried at every position)
YEAR = re.compile(rf"\d(?<!\d\d)\d\d\d(?<={YEAR_PATTERN})(?!\d)")
