"""A page count on a line of its own near the top of a page (``42 pages`` under a report's
title, a physical description ``xii, 210 p. : ill.``) or one part of a book's short facts line
(``Paperback, 245 pages``). Moved verbatim from :mod:`comet.page.report_number` (session 19)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.extent import _extent_pages, _is_extent
from comet.page.lines import Line
from comet.page.stated_extent import stated_extent

__all__ = ["_extent_line", "facts_line_year"]

#: lines from the top where a page count line is looked for (as a report's number line)
REPORT_LINES = 60

#: a line that is a count and one word: ``42 pages``, ``38 Seiten``, ``120 p.``
_COUNT_LINE = re.compile(r"\d{1,4}\s[^\W\d_]{1,12}\.?")


#: a list item's bullet opening a line (a shop's facts as a list: ``• 312 Seiten``)
_BULLETS = "•·▪◦*"
_BULLET = re.compile(rf"^[{_BULLETS}]\s+")


#: characters of an unlabelled physical description line at most (``xii, 210 p. : ill. ;
#: 24 cm``)
EXTENT_LINE_CHARS = 60


#: a line without a digit: no page count (checked before the extent words are looked up)
_NO_DIGIT = re.compile(r"\D*")


#: the cells of a table row printed with bars (``| [54 | Extent] | 412 S. : Kt. |``)
_BAR_ROW = re.compile(r"\|.*\|")


def _isbd_cell(text: str) -> str:
    """The last cell of a table row printed with bars where it is a physical description in
    ISBD's punctuation (``| [54 | Umfang …] | 412 S. : Kt. |`` → ``412 S. : Kt.``:
    a count, then `` : `` or `` ; `` before its marks, as a catalogue's extent field whose
    label no locale knows prints it); ``text`` itself otherwise."""
    if not _BAR_ROW.fullmatch(text):
        return text
    cells = [c.strip() for c in text.strip("|").split("|") if c.strip()]
    last = cells[-1] if len(cells) >= 2 else ""
    return last if (" : " in last or " ; " in last) and last[:1].isdigit() else text


#: what makes a value a physical description, not a bare count: ISBD's `` : `` or `` ; ``
#: before its marks, or a size in centimetres
_DESCRIPTION_MARK = re.compile(r"\s[:;]\s|\d\s?(?:cm|см)\b")
#: a label no locale knows before a line's value: one to four words and a colon (``Sayfa:``,
#: ``Kolace :``); the value alone must then be a page count or a physical description
_UNKNOWN_LABEL = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,3}\s?[:：]\s*")


def _extent_line(page: _Page) -> Cand | None:
    """A page count on a line of its own near the top (``42 pages`` under a report's
    title; the locales' extent units), or a physical description's (``xii, 210 p. :
    ill.``), also as a table row's last cell (:func:`_isbd_cell`) or after a label no locale
    knows (``Sayfa: 245 s.``, :data:`_UNKNOWN_LABEL`), as the number of pages."""
    for line in page.layout.lines[:REPORT_LINES]:
        text = line.text.strip()
        if text[:1] in _BULLETS:
            text = _BULLET.sub("", text)  # ('• 312 Seiten': a list item)
        text = _isbd_cell(text)
        if line.index not in page.layout.label_lines and (label := _UNKNOWN_LABEL.match(text)):
            value = text[label.end() :]  # 'Kolace: 245 s. : il.': a label no locale knows
            if not _DESCRIPTION_MARK.search(value) or not _is_extent(value, page.rules):
                continue  # 'Sample: 24 pages', 'Companion volume: 212 pages': another count
            text = value
        if (
            line.zone != "main"
            or _NO_DIGIT.fullmatch(text)
            or not (
                _COUNT_LINE.fullmatch(text)
                or (len(text) <= EXTENT_LINE_CHARS and _is_extent(text, page.rules))
            )
        ):
            continue  # ('xii, 210 p. : ill.': a catalogue's physical description, unlabelled)
        count = _extent_pages(text, page.rules)
        if count is not None:
            return Cand(count, W_POS, (line.start, line.end), "a page count line")
    found = _count_part(page)
    return found if found is not None else stated_extent(page)


#: what parts a book's short facts line (``Paperback, 245 pages``, ``Hardcover – 245 pages``,
#: ``Harbour Light Press, 2019. 245 p.``, ``ISBN 978-…, 245 pages``)
_FACT_PARTS = re.compile(r"\s*[,;|·•]\s*|\s+[–—-]\s+|(?<=\w\w)\.\s+")
#: a binding's word as a count's label (a shop's ``Paperback: 245 pages``)
_BINDING_LABEL = re.compile(r"(?<=\w)\s?:\s+")


#: a unit of one letter without its stop (``16 h``: an hour; ``245 p.`` keeps its stop)
_BARE_LETTER = re.compile(r"\s[^\W\d_]\Z")
#: a year or an ISBN's digits in another part of a book's facts line
_YEAR_OR_ISBN = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d|97[89][\d-]{10,14})(?!\d)")


@functools.cache
def _month_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' month names, folded (a line naming a month is a date's, no book's facts)."""
    return frozenset(w.casefold().rstrip(".") for w in _loc.terms_of("months", rules) if len(w) > 2)


def _book_fact(parts: list[str], count: str, page: _Page) -> bool:
    """Another part of the line is a book's fact: a binding of the locales
    (``[words].book_bindings``: ``Paperback``), a year or an ISBN (``Reading time, 3
    pages`` or ``Comments, 12 pages`` are none)."""
    bindings = _loc.casefolded_terms("words", page.rules, "book_bindings")
    if any(_month_words(page.rules) & {w.casefold() for w in re.findall(r"[^\W\d_]+", p)}
           for p in parts):  # fmt: skip
        return False  # 'Samedi 7 décembre 2024, 16 h': a date and a time
    return any(
        p != count
        and (
            _YEAR_OR_ISBN.search(p) is not None
            or any(w.casefold() in bindings for w in re.findall(r"[^\W\d_]+", p))
            or p.casefold() in bindings
        )
        for p in parts
    )


def _count_part(page: _Page) -> Cand | None:
    """A page count that is one part of a short line of a book's facts (:data:`_FACT_PARTS`:
    ``Paperback, 245 pages``, ``Harbour Light Press, 2019. 245 p.``), near the top or beside
    the page's first ISBN (:func:`_fact_lines`): the count and a page unit of the locales and
    nothing else in the part, beside a binding, a year or an ISBN (:func:`_book_fact`). A
    count in a sentence (``it runs to 245 pages``) is no part of its own."""
    for line in _fact_lines(page):
        text = line.text.strip()
        if len(text) > FACTS_LINE_CHARS or line.zone != "main" or _NO_DIGIT.fullmatch(text):
            continue
        if len(text) > EXTENT_LINE_CHARS or not _FACT_PARTS.search(text):
            parts = _unparted_facts(text, page.rules)
        else:
            parts = [p.strip(" –—-") for p in _FACT_PARTS.split(text)]
        if parts is None:
            continue
        for part in parts:
            if _COUNT_LINE.fullmatch(part) and not _BARE_LETTER.search(part):
                count = _extent_pages(part, page.rules)
                if count is not None and _book_fact(parts, part, page):
                    return Cand(count, W_POS, (line.start, line.end),
                                "a page count in a line of facts")  # fmt: skip
    return None


#: lines either side of the page's first ISBN line where a book's facts line is looked for
#: (a shop's details block far down a whole page: ``Broché : 48 pages`` over ``ISBN-10 : …``)
ISBN_NEIGHBOURS = 3
#: characters of a book's facts line without separators at most (``Paperback 320 Seiten
#: ISBN:978-…``)
FACTS_LINE_CHARS = 90
#: a count and one word, standing alone among a line's words (``320 Seiten``)
_COUNT_TOKEN = re.compile(r"(?<!\S)\d{1,4}\s[^\W\d_]{1,12}\.?(?!\S)")
#: the first word of a line (a binding's, where the line is a book's facts line)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _fact_lines(page: _Page) -> list[Line]:
    """The lines where a book's facts line is looked for: those near the top
    (:data:`REPORT_LINES`) and those beside the first line naming an ISBN further down (a
    whole page's menus push a shop's or a publisher's details block far from the top)."""
    lines = page.layout.lines
    near = list(lines[:REPORT_LINES])
    first = next((ln.index for ln in lines if "ISBN" in ln.text), None)
    if first is not None and first + ISBN_NEIGHBOURS >= REPORT_LINES:
        start = max(REPORT_LINES, first - ISBN_NEIGHBOURS)
        near.extend(lines[start : first + ISBN_NEIGHBOURS + 1])
    return near


def _unparted_facts(text: str, rules: tuple[_loc.LocaleRules, ...]) -> list[str] | None:
    """The parts of a book's facts line that has no separators: a binding of the locales as
    a count's label (``Paperback: 245 pages``), or the one count and unit of a line opening
    with a binding (``Taschenbuch 128 Seiten ISBN …``, ``Paperback neu 320 Seiten``) and the
    rest of the line; ``None`` for any other line."""
    bindings = _loc.casefolded_terms("words", rules, "book_bindings")
    colon = _BINDING_LABEL.search(text)
    if colon is not None and text[: colon.start()].strip().casefold() in bindings:
        return [text[: colon.start()].strip(), text[colon.end() :].strip()]
    first = _FIRST_WORD.match(text)
    if first is None or first.group().casefold() not in bindings:
        return None
    counts = _COUNT_TOKEN.findall(text)
    if len(counts) != 1:
        return None
    return [first.group(), counts[0], text]


#: a year alone, the first part of a book's facts line (``2007, 258 S., Hardcover``)
_YEAR_PART = re.compile(r"(?:1[5-9]\d\d|20\d\d)")


def facts_line_year(page: _Page) -> Cand | None:
    """The year opening a short line of a book's facts whose other parts hold its page count
    (``2007, 258 S., 89 Abb., 16 Tab., Hardcover``, ``2019, 245 pp., paperback``), as
    publishers and catalogues print a book's year and extent: the book's year, near the top.
    A year before anything but a page count (``2019, Berlin``, ``1998, 3 vols``) is none."""
    for line in page.layout.lines[:REPORT_LINES]:
        text = line.text.strip()
        if (
            len(text) > EXTENT_LINE_CHARS
            or line.zone != "main"
            or not _YEAR_PART.match(text)
            or line.index in page.layout.label_lines
        ):
            continue
        parts = [p.strip() for p in text.split(",")]
        if len(parts) < 2 or not _YEAR_PART.fullmatch(parts[0]):
            continue
        if any(
            _COUNT_LINE.fullmatch(p) and not _BARE_LETTER.search(p) and _extent_pages(p, page.rules)
            for p in parts[1:]
        ):
            year = int(parts[0])
            return Cand(PartialDate(year), W_POS, (line.start, line.start + len(parts[0])),
                        "the year opening a line of a book's facts")  # fmt: skip
    return None
