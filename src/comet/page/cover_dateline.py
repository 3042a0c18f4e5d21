"""A cover's dateline: the place and the date a report, a thesis or a guide prints on a line
of its own near the top (``Bogota, septiembre de 1994``, ``Trento, 28/03/2018 – Aula 7``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.chrome import _is_chrome
from comet.page.evidence import _dates_in, _Page

__all__ = ["COVER_LINES", "cover_dateline"]

#: lines from the top of a page where a cover's dateline is looked for
COVER_LINES = 60
#: characters of such a line at most
DATELINE_CHARS = 100
#: words after the date at most (a room, a unit: ``– Aula 7 – Dipartimento di Sociologia``)
DATELINE_REST_WORDS = 10
#: characters of a connector word before the date at most (``Loja, de junio del 2016``)
CONNECTOR_CHARS = 3

#: one to three capitalised words (a hyphen may join two), then a comma
_PLACE = re.compile(r"(?P<place>[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){0,2}),\s+")


@functools.cache
def _calendar_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Weekday and month names of the locales, folded (``Monday, 3 May 2019`` opens with no
    place)."""
    out: set[str] = set()
    for section in ("weekdays", "months"):
        for r in rules:
            for key in r.keys(section):
                out.update(t.casefold().rstrip(".") for t in _loc.terms_of(section, rules, key))
    return frozenset(out)


def cover_dateline(page: _Page) -> tuple[str, PartialDate, tuple[int, int]] | None:
    """The place and the date of the first line near the top that is a cover's dateline:
    a capitalised place (not in capitals, as a news story's dateline prints it, and no
    weekday or month), a comma, a date with its month at least (perhaps after a short
    connector, ``de junio del 2016``; a bare year after a name is an imprint's, ``Fenforlaget,
    2019``) and a few words at most after it; ``None`` where the page prints none."""
    calendar = _calendar_words(page.rules)
    for line in page.layout.lines[:COVER_LINES]:
        text = line.text.strip()
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if len(text) > DATELINE_CHARS:
            continue
        m = _PLACE.match(text)
        if m is None:
            continue
        place = m.group("place")
        if place.isupper() or place.casefold() in calendar or _is_chrome(place, page.rules):
            continue
        if any(w.casefold() in calendar for w in re.split(r"[ -]", place)):
            continue
        rest = text[m.end() :]
        dates = _dates_in(page, rest)
        if not dates:
            continue
        first = dates[0]
        before = rest[: first.start].strip()
        if before and (len(before) > CONNECTOR_CHARS or not before.islower()):
            continue
        if not isinstance(first.value, PartialDate) or first.value.month is None:
            continue  # 'Torvforlaget, 2019': a publisher and its year, no dateline
        after = rest[first.end :].strip(" .,;:–—-")
        if len(after.split()) > DATELINE_REST_WORDS:
            continue
        return place, first.value, (line.start, line.end)
    return None
