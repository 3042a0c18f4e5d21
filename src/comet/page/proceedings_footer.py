"""A proceedings paper's first-page footer (:func:`footer_citation`, :func:`footer_line`).

Papers in a proceedings volume print at the foot of their first page the volume's name, the
paper's pages, the event's place and dates and the copyright's year and holder, in one
sentence: ``Proceedings of the 3rd Workshop on Fen Language Processing, pages 88–97, Oslo,
Norway, 10 July 2012. ©2012 Association for Fen Linguistics``. Copied as text, the copyright
sign often loses its circle (``c2012``, ``c 2019``) and a document site may glue the footer
to the title and byline that follow it on one line. The volume's name opens with a
proceedings opening of the locales (``[words].proceedings_openings``), the pages follow a
pages word of the locales (``[locator].pages``); the footer's volume is the container, its
holder the publisher, its year the date, the work a paper in a book of proceedings; the
place and dates before the copyright are the event's (``comet.page.event_lines.footer_event``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.dates.years import year_pattern
from comet.page.caseless_terms import caseless
from comet.page.evidence import W_CITE, _guard, _Page
from comet.page.layout import Line

__all__ = ["footer_citation", "footer_line", "footer_match"]

#: lines from the top where a first page's footer is looked for (a page transcript's text
#: runs on; the footer of its first page comes early)
FOOTER_LINES = 60
#: characters of the volume's name at most
NAME_CHARS = 250
#: a range of digits, which every footer's pages are (a cheap test of a line first)
_RANGE = re.compile(r"\d\s*[-–—]\s*\d")


@functools.cache
def _footer(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The footer's sentence: a proceedings opening and the volume's name, a pages word
    and the range, the place and dates, the copyright's sign (or the ``c`` left of it),
    year and holder (capitalised words, short function words between them)."""
    openings = _loc.terms_of("words", rules, "proceedings_openings")
    pages = _loc.terms_of("locator", rules, "pages")
    if not openings or not pages:
        return None
    return re.compile(
        rf"{_guard(' '.join(t.split()) for t in openings)}"
        rf"(?P<name>(?:{_loc.alternation(caseless(openings))})\s[^\n]{{3,{NAME_CHARS}}}?),?\s+"
        rf"(?:{_loc.alternation(caseless(pages))})\.?\s*(?P<first>\d{{1,5}})\s*[-–—]\s*(?P<last>\d{{1,5}})"
        rf"(?:,?\s+(?P<rest>[^©\n]{{3,120}}?))?\.?\s+(?:c\s?©|©|\(c\)|c)\s?"
        rf"(?P<year>{year_pattern(1900, 2099)})\s+"
        r"(?P<holder>[A-Z][\w&.'’-]*(?:\s(?:[A-Z][\w&.'’-]*|[a-zß-ÿ]{2,3})){0,7})",
        re.IGNORECASE,
    )


def footer_match(page: _Page) -> tuple[re.Match[str], Line] | None:
    """The first footer in the page's top lines and its line (memoised)."""

    def compute() -> tuple[re.Match[str], Line] | None:
        pattern = _footer(page.rules)
        if pattern is None:
            return None
        for line in page.layout.lines[:FOOTER_LINES]:
            if line.zone != "main" or _RANGE.search(line.text) is None:
                continue
            m = pattern.search(line.text)
            if m is not None and m.group("holder")[:1].isupper():
                return m, line
        return None

    return page.remember("proceedings-footer", compute)


def footer_line(line: Line, page: _Page) -> bool:
    """``line`` holds the footer (it is no title, even glued to the title after it)."""
    found = footer_match(page)
    return found is not None and found[1].index == line.index


def footer_citation(page: _Page) -> None:
    """The footer's fields as a citation of the page's own work (``page.cites``): the
    volume's name as the container, the pages, the holder as publisher, the copyright year
    as the date and type ``paper-conference``."""
    found = footer_match(page)
    if found is None:
        return
    m, line = found
    first, last = m.group("first"), m.group("last")
    if int(last) < int(first):
        return  # '88–7': no range of one paper
    holder = m.group("holder").strip(" .,")
    words = holder.split()
    while words and words[-1].islower():
        words.pop()  # ('… Linguistics 211 A': the holder's capitalised words only)
    item: dict[str, Any] = {
        "type": "paper-conference",
        "container-title": m.group("name").strip(" ,"),
        "page": f"{first}-{last}",
        "issued": {"date-parts": [[int(m.group("year"))]]},
    }
    if words:
        item["publisher"] = " ".join(words)
    span = (line.start + m.start(), line.start + m.end())
    page.cites.append((item, span, W_CITE, "a proceedings paper's first-page footer"))
