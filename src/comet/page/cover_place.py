"""The city a report's or a thesis's cover prints at its foot, where the issuing body or the
university is (``João Pessoa, Paraíba, Brasil``; ``Marshtown`` / ``2015``; ``Marshtown,
2015``; ``Fen Institute • Marshtown``): the work's place of publication. A city of the
locales' lexicon (:mod:`comet.page.places`) on a short line of its own, perhaps after the
body's name and before its region, its country and the year, under a line naming a body or
a genre and above any prose. A cover's dateline with a month (``Marshtown, June 2015``) is
:mod:`comet.page.cover_dateline`'s.

The whole foot is the cover's imprint (:func:`cover_foot`): a body's name before the city is
the body that issues a report (``Fen Institute of Marsh Research, Marshtown, MA, January
2020``; ``NATIONAL MARSH ADMINISTRATION WASHINGTON, D. C. • JULY 1975``), its publisher, and a
date closing the line is the report's date.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from comet.dates import PartialDate
from comet.page.body_words import _body_word
from comet.page.cover_dateline import COVER_LINES, _names_body
from comet.page.evidence import _dates_in, _Page
from comet.page.imprint import _PLACE_ABBREVIATION, _country
from comet.page.issuing_body import _body_name
from comet.page.places import city_prefix, printed_city
from comet.text._words import closed_class

__all__ = ["CoverFoot", "cover_foot", "cover_place", "read_cover_foot"]

#: words of such a line at most (a body's name, a city, a region, a country, a year)
PLACE_LINE_WORDS = 14
#: words of a line from which it is prose (a paragraph above the cover's foot)
PROSE_WORDS = 12
#: words of a region between the city and the country at most (``Rio Grande do Sul``)
REGION_WORDS = 4

#: the separators a cover puts between its body, its city and its year
_SEPARATORS = re.compile(r"\s*[•·|–—/-]\s*|\s*,\s*|\s+")
#: a year closing the line (``, 2015``, `` – 2015``, `` 2015``)
_CLOSING_YEAR = re.compile(r"[\s,•·|–—/-]*\b(?:1[89]|20)\d\d\.?$")


class CoverFoot(NamedTuple):
    """A cover's foot: its city as printed, the body's name before it (or ``None``), the
    date closing the line (or ``None``: a bare year is read as the line's year, no date
    finer than the page's), and the line's span."""

    city: str
    body: str | None
    date: PartialDate | None
    span: tuple[int, int]


def cover_place(page: _Page) -> tuple[str, tuple[int, int]] | None:
    """The city of :func:`cover_foot` and the span of its line, or ``None``."""
    foot = cover_foot(page)
    return (foot.city, foot.span) if foot is not None else None


def cover_foot(page: _Page) -> CoverFoot | None:
    """The city at the foot of a report's or a thesis's cover and the span of its line, or
    ``None``: the first short line near the top, under a line naming a body or a genre
    (:func:`comet.page.cover_dateline._names_body`) and above any prose, that is a city of
    the lexicon, perhaps with its region, its country or a state's abbreviation after it
    (``João Pessoa, Paraíba, Brasil``, ``Marshtown – MA``) and a year closing it, or
    a body's name and such a city (``Fen Institute • Marshtown``). Nothing else may be on
    the line (``Marshtown Road 12`` is an address, ``Marshtown Harbour Trust`` a name)."""
    body = False
    for line in page.layout.lines[:COVER_LINES]:
        text = line.text.strip()
        words = text.split()
        if len(words) >= PROSE_WORDS and text.endswith((".", ":", ";")):
            return None  # prose above: the foot of a cover is past
        if line.zone != "main" or line.index in page.layout.label_lines or not words:
            continue
        if not body:
            body = _names_body(text, page)
            continue
        if len(words) > PLACE_LINE_WORDS or line.index == page.title_line:
            continue
        found = _city_line(text, page)
        if found is not None:
            return CoverFoot(*found, (line.start, line.end))
    return None


def _closing_date(text: str, page: _Page) -> tuple[str, PartialDate | None]:
    """``text`` without the date closing it, and that date where it names a month
    (``… • JULY 1975``, ``…, 3 March 2020``); a bare closing year is cut with no date."""
    found: list[Any] = _dates_in(page, text) if _CLOSING_YEAR.search(text) else []
    last: Any = found[-1] if found else None
    value = last.value if last is not None and not text[last.end :].strip(" .") else None
    if isinstance(value, PartialDate) and value.month is not None:
        return text[: last.start].rstrip(" ,•·|–—/-"), value
    return _CLOSING_YEAR.sub("", text), None


def _city_line(text: str, page: _Page) -> tuple[str, str | None, PartialDate | None] | None:
    """The city a cover's place line names (see :func:`cover_place`), as printed, the
    body's name before it and the date closing the line."""
    rest, date = _closing_date(text, page)
    rest = rest.strip(" ,.")
    if not rest or not any(c.isalpha() for c in rest):
        return None
    words = rest.replace(",", " , ").split()
    for k in range(len(words)):
        if words[k] == ",":
            continue
        # (each comma kept on the word before it: 'Washington, D. C.' is the lexicon's)
        n = city_prefix(" ".join(words[k:]).replace(" ,", ",").split(), page.rules)
        if n == 0:
            continue
        taken, m = 0, k
        while taken < n:  # the city's own words (a comma inside: 'Washington, D. C.')
            taken += words[m] != ","
            m += 1
        city, _ = printed_city([w for w in words[k:m] if w != ","], page.rules)
        if "," in " ".join(words[k:m]):
            city = ", ".join(p.strip() for p in " ".join(words[k:m]).split(" , "))
        head = " ".join(words[:k]).strip(" ,")
        head = _SEPARATORS.sub(" ", head).strip()
        if head and not _body_name(head, page, closed_class(page.rules)):
            return None  # 'Marshtown Road', 'Visit Marshtown': no body's name before it
        if not _after_city(" ".join(words[m:]), page):
            return None
        return city, head or None, date
    return None


def _after_city(tail: str, page: _Page) -> bool:
    """What follows a cover's city: nothing, a state's abbreviation, a region of a few
    capitalised words, a country, or such parts after commas or dashes (``, Paraíba,
    Brasil``, ``– MA``)."""
    parts = [p for p in re.split(r"\s*,\s*|\s+[–—-]\s+|^[–—-]\s*", tail.strip(" ,")) if p.strip()]
    fw = closed_class(page.rules)
    for part in parts:
        part = part.strip(" .")
        if _PLACE_ABBREVIATION.fullmatch(part) or _country(part, page.rules):
            continue
        words = part.split()
        if not (
            0 < len(words) <= REGION_WORDS
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w.casefold() in fw for w in words)
            and all(w.replace(".", "").isalpha() for w in words)
            and not any(_body_word(w, page.rules) for w in words)  # 'London School of …'
        ):
            return False
    return True


def read_cover_foot(page: _Page, f: dict[str, Any], csl_type: str | None) -> None:
    """A report's or a thesis's fields from its cover's foot (:func:`cover_foot`), where no
    place was read: the city as the place; on a report, the body's name before the city as
    the publisher where none was read; the date closing the line as the issued date where
    none was read or only its year."""
    if csl_type not in ("report", "thesis") or f.get("place") or f.get("container_title"):
        return
    foot = cover_foot(page)  # 'João Pessoa, Paraíba, Brasil' at a cover's foot
    if foot is None:
        return
    page.note("cover-place", f"place {foot.city!r}: the city at the cover's foot")
    f["place"] = foot.city
    page.spans.setdefault("place", page.to_raw(*foot.span))
    if csl_type == "report" and foot.body and not f.get("publisher"):
        page.note("issuing-body", f"publisher {foot.body!r}: the body before the city at the "
                  "cover's foot", foot.span)  # fmt: skip
        f["publisher"] = foot.body
    issued = f.get("issued")
    if foot.date is not None and (
        issued is None
        or (
            isinstance(issued, PartialDate)
            and issued.month is None
            and issued.year == foot.date.year
        )
    ):
        page.note("refined-date", f"issued: {foot.date} closes the cover's foot", foot.span)
        f["issued"] = foot.date
