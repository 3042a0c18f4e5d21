"""A cover's dateline: the place and the date a report, a thesis or a guide prints on a line
of its own near the top, under its issuing body (``Villarreed, septiembre de 1997``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.chrome import _is_chrome
from comet.page.evidence import _dates_in, _Page
from comet.page.locator_tail import _month_words
from comet.page.name_checks import _type_term
from comet.page.title_shapes import _organisation_words

__all__ = ["COVER_LINES", "cover_dateline"]

#: lines from the top of a page where a cover's dateline is looked for
COVER_LINES = 60
#: characters of such a line at most
DATELINE_CHARS = 100
#: words of a line from which it is prose (a paragraph before the dateline)
PROSE_WORDS = 12
#: words of a salutation at most (``Estimada comunidad universitaria:``)
SALUTATION_WORDS = 6
#: characters of a connector word before the date at most (``Marshtown, de junio del 2016``)
CONNECTOR_CHARS = 3

#: one to three capitalised words (a hyphen may join two), then a comma
_PLACE = re.compile(r"(?P<place>[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){0,2}),\s+")


@functools.cache
def _calendar_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Weekday and month names of the locales, folded (``Monday, 3 May 2019`` opens with no
    place)."""
    weekdays = frozenset(t.casefold().rstrip(".") for t in _loc.terms_of("weekdays", rules))
    return _month_words(rules) | weekdays


def cover_dateline(page: _Page) -> tuple[str, PartialDate, tuple[int, int]] | None:
    """The place and the date of the first line near the top that is a cover's dateline:
    under a line naming an issuing body or a genre and before any prose, a capitalised place
    (not in capitals, as a news story's dateline prints it, and no weekday or month), a
    comma and a date with its month at least (perhaps after a short connector, ``de junio del
    2016``; a bare year after a name is an imprint's, ``Fenforlaget, 2019``), nothing after
    it (a room after the date is a programme's venue) and no salutation under it (a
    letter's); ``None`` where the page prints none."""
    calendar = _calendar_words(page.rules)
    lines = page.layout.lines
    body = False  # an issuing body's or a genre's line above: a cover's heading
    for line in lines[:COVER_LINES]:
        text = line.text.strip()
        if len(text.split()) >= PROSE_WORDS:
            return None  # prose above: a letter's, a preface's or a story's dateline
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if not body:
            body = _names_body(text, page)
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
        if rest[first.end :].strip(" .,;:–—-"):
            continue  # 'Lisboa, 12 de março de 2024 – Auditório 2': a programme's venue
        after = next((ln.text.strip() for ln in lines[line.index + 1 :] if ln.text.strip()), "")
        if after.endswith((":", ",")) and len(after.split()) <= SALUTATION_WORDS:
            return None  # 'Estimada comunidad universitaria:': a letter's salutation
        return place, first.value, (line.start, line.end)
    return None


def _names_body(text: str, page: _Page) -> bool:
    """A line naming an issuing body (an organisation word of the locales: *Universidad,
    Institut*) or a genre (a type term: *Informe*, *Thesis*): what a cover prints above its
    dateline."""
    words = {w.casefold().strip(".,:;") for w in text.split()}
    return bool(words & _organisation_words(page.rules)) or _type_term(text, page.rules) is not None
