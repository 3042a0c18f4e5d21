"""A meeting's presentation number over an abstract (:func:`presentation_citation`).

Meeting platforms print, over each abstract of a programme or an abstract book, the
abstract's number (the meeting's short name and year, a hyphen, a serial: ``GSA24-1614``,
``OSM2022-37``), then between bars the form of the presentation (``Orals``, ``Posters``,
``PICO``: ``[words].presentation_forms`` of the locales) and the session (``GSA24-1614 | Orals
| HS1.2 | Land and Water``). The line is the platform's layout, shared by every meeting it
serves: the number is the work's, and the work a presentation (type ``speech``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.evidence import W_CITE, _Page

#: the evidence of the number read (a locator reader takes the number of such a line)
EVIDENCE = "a meeting's presentation number"
#: lines from the top where the presentation's line is looked for
TOP_LINES = 12
#: the number (a meeting's capitals and its year's two or four digits, a serial), a bar,
#: then the presentation's form up to the next bar
_NUMBER_FORM = re.compile(
    r"^(?P<number>[A-Z]{2,10}(?:\d{2}|\d{4})-\d{1,6})\s*\|\s*(?P<form>[^|]{2,40}?)\s*(?:\||$)"
)


@functools.cache
def _forms(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("words", rules, "presentation_forms")


def presentation_citation(page: _Page) -> None:
    """The presentation's number and form on a line near the top, as a citation of the
    page's own work (``page.cites``): the number, type ``speech``."""
    forms = _forms(page.rules)
    if not forms or "|" not in page.text:
        return
    for line in page.layout.lines[:TOP_LINES]:
        if line.zone != "main" or "|" not in line.text:
            continue
        m = _NUMBER_FORM.match(line.text.strip())
        if m is None or m.group("form").casefold() not in forms:
            continue
        item: dict[str, Any] = {"type": "speech", "number": m.group("number")}
        page.cites.append((item, (line.start, line.end), W_CITE, EVIDENCE))
        return
