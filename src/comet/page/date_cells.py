"""Dates by the title that a line's cells or an event's page decide: the one date cell of a
meta line (``Strategic Analysis, April 2019 | April 2019 | Ana Ruiz, Pedro Mar``) and the
lines of a ticket's or an event's page whose dates are the event's, not the work's. Read by
:func:`comet.page.issued._dates_by_the_title`."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from comet import locales as _loc
from comet.dates import PartialDate
from comet.names import parse_names
from comet.page.chrome import _is_chrome
from comet.page.event_dates import event_date_lines
from comet.page.evidence import _YEAR, _dates_in, _Page
from comet.page.name_plausible import plausible_names
from comet.page.prices import price_pattern

#: lines above the title where a dateline is looked for (``NEWS`` / ``24 September 2019``)
DATELINE_ABOVE = 3


@functools.cache
def _modified_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' labels of a modification date (``[labels].modified``), folded."""
    return tuple(t.casefold() for t in _loc.terms_of("labels", rules, "modified"))


#: a sentence's stop right after a currency mark (``from 25 EUR.``), read as a space
_MARK_STOP = re.compile(r"(?<=[^\W\d_€$£¥]|[€$£¥])[.,;:!?](?=\s|$)")
#: a clock time (``7:30 PM``, ``19:30``), glued to a year or not (``20227:30 PM``)
_CLOCK = re.compile(r"\d:[0-5]\d\b")


def _ticket_lines(page: _Page) -> frozenset[int]:
    """The lines by the title that date an event, not the work: a date with a clock time
    (``Saturday, March 12, 2022 7:30 PM``) on a page that prints a price on a line under it
    (``Tickets from 25 EUR``), a ticket's or an event's page; and the rows of a table of
    counts by date (:func:`_count_rows`). Empty on most pages: the price is looked for only
    under a line with a clock time."""
    if page.title_line is None:
        return frozenset()
    lines = page.layout.lines
    near = lines[max(0, page.title_line - DATELINE_ABOVE) : page.title_line + 8]
    counts = _count_rows(near) | event_date_lines(page)  # a conference's dates line
    timed = [ln.index for ln in near if _CLOCK.search(ln.text)]
    if not timed:
        return counts
    below = lines[timed[0] + 1 : page.title_line + 8]
    if not any(price_pattern().search(_MARK_STOP.sub(" ", ln.text)) for ln in below):
        return counts
    return counts | frozenset(timed)


#: a row of a table of counts by date (a repository's statistics: ``January 2021  12``): a
#: month's name or a date, then a bare count closing the line
_COUNT_ROW = re.compile(r"(?P<date>\S.{2,30}?\d{4})\s+\d{1,7}")


def _count_rows(lines: Sequence[Any]) -> frozenset[int]:
    """The lines of a table of counts by date (two such rows in a row at least: a
    statistics page's visits per month), which date no work."""
    rows = [ln.index for ln in lines if _COUNT_ROW.fullmatch(ln.text.strip())]
    paired = {i for i in rows if i - 1 in rows or i + 1 in rows}
    return frozenset(paired)


#: the separators of a meta line's cells, a bar, a bullet or a middle dot between spaces
#: (``Strategic Analysis, April 2019 | April 2019 | Ana Ruiz, Pedro Mar``, a report cover's
#: ``NATIONAL SPACE AGENCY WASHINGTON, D. C. • JULY 1975``)
_CELL_SEP = re.compile(r"\s[|•·]\s")


def _date_cell(page: _Page, line: Any) -> tuple[PartialDate, tuple[int, int]] | None:
    """The one cell of a meta line (cells parted by bars, bullets or middle dots) that is a
    date and nothing else, to the month at least (``… | April 2019 | names``), with its
    span, where another cell is of two words or more and no interface's (a series, names):
    not a menu of months or an archive's trail (``Home | Archive | March 2020``), not a cell
    after a modification label (``Last updated | 3 May 2021``), not in a labelled line or
    outside the main text. A date cell between cells of words needs names after it (the
    work's authors): ``Concerto | Aprile 2026 | Teatro Comunale``, ``Senior lecturer •
    September 2015 • Northfield University`` date an event and a job, not a work."""
    text = line.text
    if (
        not any(c in text for c in "|•·")
        or line.zone != "main"
        or line.index in page.layout.label_lines
        or not _YEAR.search(text)
    ):
        return None
    modified = _modified_words(page.rules)
    found: list[tuple[PartialDate, tuple[int, int]]] = []
    words = False  # a cell of two words or more, no interface's
    bounds = [0]
    for sep in _CELL_SEP.finditer(text):
        bounds.extend(sep.span())
    bounds.append(len(text))
    if len(bounds) == 2:
        return None  # one cell: no meta line
    previous = ""
    before = False  # a cell of words before the date cell
    after: list[str] = []  # the cells of words after it
    for start, stop in zip(bounds[::2], bounds[1::2], strict=True):
        cell = text[start:stop]
        value = cell.strip()
        first = next(iter(_dates_in(page, value)), None) if _YEAR.search(value) else None
        if (
            first is not None
            and first.start == 0
            and first.end == len(value)
            and isinstance(first.value, PartialDate)
            and first.value.month is not None
        ):
            if not previous.casefold().rstrip(" :").endswith(modified):
                lead = len(cell) - len(cell.lstrip())
                at_line = line.start + start + lead
                found.append((first.value, (at_line, at_line + len(value))))
        elif len(value.split()) >= 2 and not _is_chrome(value, page.rules):
            words = True
            if found:
                after.append(value)
            else:
                before = True
        previous = value
    if len(found) != 1 or not words:
        return None
    if before and after and not any(_names_cell(cell) for cell in after):
        return None  # 'Concerto | Aprile 2026 | Teatro Comunale': an event's, a CV's line
    return found[0]


def _names_cell(value: str) -> bool:
    """A cell that reads as people's names (``Ana Ruiz, Pedro Mar``): a work's meta line
    names its authors after the date between words; an event's, a job's or a CV's line
    names a place, an employer or a button there (``Teatro Comunale``, ``Apply online``)."""
    persons = parse_names(value, strict=False).value
    return persons is not None and plausible_names(persons.persons)
