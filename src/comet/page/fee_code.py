"""A copyright fee code on a proceedings paper's first page (:func:`fee_code_citation`).

Papers in a proceedings volume print, at the foot of their first page, the code the
Copyright Clearance Center assigns to the volume: its ISBN, the year's last two digits, the
fee per copy, then the copyright year and holder (``978-1-2345-6701-9/18/$31.00 ©2018
Tarn Society``; an older volume's ISBN-10, ``0-9876-5401-2/04/$20.00 © 2004 Fjord
Press``). A digital library stamps the same code into the margin of the papers it serves,
after the proceedings' title and before the DOI (``2021 Fourth Symposium on … (SCES) |
978-1-2345-6789-7/21/$31.00 ©2021 Tarn Society | DOI: 10.5555/…``). The code is a standard's
layout, printed on every host that shows such a first page (a repository's record, a
document-sharing site's text): its holder is the publisher, its year the copyright year, its
ISBN the volume's, the title before it in a stamp the proceedings' (the container), and the
work a paper in a book of proceedings. A journal's code carries an ISSN (``2468-1350/10/…``)
and is none of these.
"""

from __future__ import annotations

import re
from typing import Any

from comet.dates import DateRange, parse_date_range
from comet.dates.years import year_pattern
from comet.identifiers import Isbn, parse_isbn
from comet.page.evidence import W_CITE, _lenient, _Page

#: the code: an ISBN's digits and hyphens, the year's two digits, the fee (``$31.00``), the
#: copyright sign and year, and the holder's capitalised words up to a bar, a ``DOI`` (the
#: identifier's own name, never the holder's) or the line's end
_FEE_CODE = re.compile(
    r"(?<![\w/])(?P<isbn>(?:97[89][- ]?)?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dXx])"
    r"\s?/\s?(?P<yy>\d{2})\s?/\s?(?:US)?\$\s?\d{1,4}\.\d{2}\s*"
    r"(?:©|\(c\)|\(C\)|Ⓒ)\s?(?P<year>(?:19|20)\d{2})\s+"
    r"(?P<holder>(?!DOI\b)[A-Z][A-Za-z&.\-]*(?:\s(?!DOI\b)[A-Z][A-Za-z&.\-]*){0,5})"
)
#: what separates a digital library's stamp's parts (``Title | code | DOI: …``)
_BAR = " | "
#: words of a proceedings' title in a stamp at least (no acronym or page number alone)
MIN_TITLE_WORDS = 3
#: lines from the top where a first page's header naming the proceedings is looked for
HEADER_LINES = 40
#: a header's tail after the proceedings' title: ``, Sep 6-8, 2021, Bergen, Norway``
_YEAR_END = re.compile(rf"\b{year_pattern(1900, 2099)}\b")


def _code(page: _Page) -> tuple[re.Match[str], int] | None:
    """The first fee code in the page's main text with an ISBN whose year agrees with the
    copyright year, and its line's index (memoised)."""

    def compute() -> tuple[re.Match[str], int] | None:
        if "$" not in page.text:
            return None
        for line in page.layout.lines:
            if "$" not in line.text or line.zone != "main":
                continue
            for m in _FEE_CODE.finditer(line.text):
                if m.group("yy") != m.group("year")[2:]:
                    continue  # '…/18/$31.00 ©2015': no code of one volume
                if isinstance(_lenient(parse_isbn, m.group("isbn")), Isbn):
                    return m, line.index
        return None

    return page.remember("fee-code", compute)


def _stamp_title(text: str, m: re.Match[str]) -> str | None:
    """The proceedings' title before the code in a digital library's stamp (``Title |
    code | DOI: …``), else None."""
    before = text[: m.start()]
    if not before.rstrip().endswith("|"):
        return None
    title = before.rstrip().rstrip("|").strip()
    if _BAR in title:
        title = title.rsplit(_BAR, 1)[-1].strip()
    if len(title.split()) < MIN_TITLE_WORDS or not title[:1].isalnum():
        return None
    return title


def fee_code_citation(page: _Page) -> None:
    """The fee code's fields as a citation of the page's own work (``page.cites``): the
    holder as publisher, the copyright year as the date, the ISBN, type ``paper-conference``
    and, in a stamp, the proceedings' title as the container."""
    found = _code(page)
    if found is None:
        return
    m, index = found
    line = page.layout.lines[index]
    isbn = _lenient(parse_isbn, m.group("isbn"))
    item: dict[str, Any] = {
        "type": "paper-conference",
        "publisher": m.group("holder").strip(" .-"),
        "issued": {"date-parts": [[int(m.group("year"))]]},
        "ISBN": str(isbn),
    }
    title = _stamp_title(line.text, m)
    if title is not None:
        item["container-title"] = title
    span = (line.start + m.start(), line.start + m.end())
    page.cites.append((item, span, W_CITE, "a copyright fee code of a proceedings volume"))


def header_event(page: _Page) -> tuple[str, DateRange] | None:
    """A first page's header that repeats the stamp's proceedings title and adds the
    event's dates and place (``2021 Fourth Symposium on … (SCES), Sep 6-8, 2021, Bergen,
    Norway``): the place and the dates, else None."""
    found = _code(page)
    if found is None:
        return None
    m, index = found
    title = _stamp_title(page.layout.lines[index].text, m)
    if title is None:
        return None
    for line in page.layout.lines[:HEADER_LINES]:
        text = line.text.strip()
        if line.index == index or not text.startswith(title):
            continue
        tail = text[len(title) :].strip()
        if not tail.startswith(","):
            continue
        end = _YEAR_END.search(tail)
        if end is None:
            continue
        rng = _lenient(parse_date_range, tail[1 : end.end()].strip(), locales=page.rules)
        place = tail[end.end() :].strip(" ,")
        if isinstance(rng, DateRange) and rng.end is not None and place:
            return place, rng
    return None
