"""The place of publication from the publisher's postal address printed under its name: a
book's copyright page (``© Éditions du Héron, 2012`` / ``5, rue des Joncs, 75005 Paris``), a
report's imprint page (``Fen Institute`` / ``P.O. Box 7240`` / ``53072 Bonn`` / ``Germany``),
a government body's (``Fen Survey`` / ``Denver, CO 80225``). An address names its city by a
postal code: before the city (``75005 Paris``, ``D-53072 Bonn``), or after it with a state's
abbreviation (``Denver, CO 80225``) or a British postcode (``London WC1E 7HU``). The city must
be one of the locales' lexicon (:mod:`comet.page.places`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.evidence import _Page
from comet.page.imprint import _country
from comet.page.places import city_prefix, is_city, printed_city

__all__ = ["ADDRESS_LINES", "address_city", "read_address_place"]

#: lines under the publisher's name looked at for its address (street, box, city, country)
ADDRESS_LINES = 4
#: characters of an address line at most
ADDRESS_CHARS = 80

#: a postal code before its city, opening the line or after a comma: four or five digits,
#: perhaps a country's letter and a dash before them (``75005 Paris``, ``D-53072 Bonn``,
#: ``CH-8001 Zürich``)
_CODE_BEFORE = re.compile(r"(?:^|,\s*)(?:[A-Z]{1,2}-)?\d{4,5}\s+(?=[^\W\d_])")
#: a postal code after its city: a state's abbreviation and a ZIP code (``, CO 80225``),
#: or a British postcode (``WC1E 7HU``)
_CODE_AFTER = re.compile(
    r",?\s+(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})(?![\w-])"
)


def address_city(text: str, page: _Page) -> str | None:
    """The city an address line names beside its postal code (see the module), as printed,
    or ``None``."""
    if len(text) > ADDRESS_CHARS or not any(c.isdigit() for c in text):
        return None
    for m in _CODE_BEFORE.finditer(text):
        words = text[m.end() :].split()
        n = city_prefix(words[:4], page.rules)
        if n and _address_ends(" ".join(words[n:]), page):
            return printed_city(words[:n], page.rules)[0]
    for m in _CODE_AFTER.finditer(text):
        words = text[: m.start()].split()
        for n in range(min(4, len(words)), 0, -1):
            city = " ".join(words[-n:]).strip(",")
            if is_city(city, page.rules) and _address_ends(text[m.end() :], page):
                return city
    return None


@functools.cache
def _postal_mark(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A postal mark of the locales opening the text, and its number (``Cedex 05``)."""
    alt = _loc.alternation(_loc.terms_of("words", rules, "postal_marks")) or "(?!)"
    return re.compile(rf"^\s*(?:{alt})(?!\w)(?:\s+\d{{1,2}})?", re.I)


def _address_ends(tail: str, page: _Page) -> bool:
    """What follows an address's city and code: nothing, a country (``Germany``, ``,
    France``) or a postal mark of the locales (``[words].postal_marks``: French ``Cedex``)
    and its number; anything else (``2019 London Book Fair``) is no address."""
    rest = _postal_mark(page.rules).sub("", tail.strip(" ,.;")).strip(" ,.;")
    return not rest or _country(rest, page.rules)


def read_address_place(page: _Page, f: dict[str, Any]) -> None:
    """Where a publisher was read and no place: the city of the first address line (see
    :func:`address_city`) among the few lines under the publisher's name printed on a line
    of its own or closing a copyright line, as the place of publication."""
    publisher = f.get("publisher")
    if not publisher or f.get("place") or not isinstance(publisher, str):
        return
    lines = page.layout.lines
    at = page.layout.text.find(publisher)
    line = page.layout.line_at(at) if at >= 0 else None
    if line is None or len(line.text) > ADDRESS_CHARS:
        return
    for k in range(line.index + 1, min(len(lines), line.index + 1 + ADDRESS_LINES)):
        city = address_city(lines[k].text.strip(), page)
        if city is not None:
            page.note("cover-place", f"place {city!r}: the city of the publisher's address")
            f["place"] = city
            page.spans.setdefault("place", page.to_raw(lines[k].start, lines[k].end))
            return
