"""Dates: labelled dates, dates on one line with several labels, and the issued date
chosen among them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from comet import locales as _loc
from comet.dates import PartialDate
from comet.locators import Locator
from comet.page.chrome import _is_chrome
from comet.page.citations import _partial
from comet.page.date_cells import DATELINE_ABOVE, _date_cell, _modified_words, _ticket_lines
from comet.page.defence import defence_statement
from comet.page.evidence import (  # _dates_in, _lenient_find_dates: read by others here
    _YEAR,
    W_LABEL,
    W_LINE,
    W_POS,
    Cand,
    _dates_in,
    _guard,
    _lenient,
    _lenient_find_dates,
    _Page,
)
from comet.page.imprint import _imprint
from comet.page.label_calendar import imprint_calendar_date, in_label_calendar
from comet.page.line_dates import (
    MAX_DATED_LINE,
    _date,
    _dateline,
    _day_date_in_line,
    _leading_date,
    mid_line_label,
)
from comet.page.page_count_lines import facts_line_year
from comet.page.patent_record import patent_date
from comet.page.report_number import _report_number
from comet.page.statements import statement_label, statement_parts
from comet.vocab import (
    Status,
    parse_status,
)

_DATE_PRIORITY = (
    "published_online",
    "published",
    "issue_date",
    "release_date",
)

_OTHER_DATES = ("accepted", "received", "revised", "deposited", "modified", "first_available")


_DATE_KEYS = (*_DATE_PRIORITY, *_OTHER_DATES, "first_published")


@functools.cache
def _date_label_pattern(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every date label of the locales, and the key of each label."""
    key_of: dict[str, str] = {}
    for key in _DATE_KEYS:
        for term in _loc.terms_of("labels", rules, key):
            key_of.setdefault(term.casefold(), key)
    alternation = _loc.alternation(key_of, space=" ")
    guard = _guard(key_of)
    return re.compile(rf"(?<![^\W_]){guard}(?:{alternation})(?![^\W_])\s*:?", re.I), key_of


def _inline_dates(page: _Page, found: dict[str, Cand]) -> None:
    """Several date labels on one line: ``Received 3 May 2021, Accepted 1 June 2021,
    Available online 9 June 2021``, or one after a locator (``… 94, 045004 – Published 6
    December, 2022``). Each label's date runs to the next label."""
    pattern, key_of = _date_label_pattern(page.rules)
    short = _SHORT_YEAR.search(page.layout.text) is not None  # (one test for the page)
    for line in page.layout.lines:
        if line.zone != "main" or not (
            _YEAR.search(line.text) or (short and _SHORT_YEAR.search(line.text))
        ):
            continue  # ('03/02/20 Published:24/06/20': a history's dates, years in two digits)
        if len(line.text) > MAX_INLINE_LINE:
            # a first page printed as one long line: its submission history in brackets
            # ('… (Received 7 October 2000; published 5 July 2001) …'), two labels at least
            for b in _BRACKET.finditer(line.text) if "(" in line.text else ():
                hits = list(pattern.finditer(b.group(1)))
                if len(hits) >= 2:
                    _labelled_dates(page, b.group(1), line.start + b.start(1), hits, key_of, found)
            continue
        hits = list(pattern.finditer(line.text))
        # (a first publication in an aside is a book's listing's: _first_published_aside)
        aside = bool(hits) and key_of.get(_label_key(hits[0])) != "first_published"
        if not hits or (len(hits) == 1 and not mid_line_label(line.text, hits[0], aside)):
            continue
        _labelled_dates(page, line.text, line.start, hits, key_of, found)


#: a numeric date whose year has two digits (``24/06/20``, ``3.5.19``): a date label's value
#: (opening with its first digit, which the regex engine scans for; the lookbehind after it)
_SHORT_YEAR = re.compile(r"\d(?<![\d/.-]\d)\d?([/.-])\d{1,2}\1\d\d(?![\d/.-])")

#: the longest line read for its date labels (a longer one is prose or a first page glued
#: into one line: only its brackets are read)
MAX_INLINE_LINE = 300
#: a bracket in a line, short enough to be a submission history
_BRACKET = re.compile(r"\(([^()]{10,200})\)")


def _labelled_dates(
    page: _Page,
    text: str,
    start: int,
    hits: list[re.Match[str]],
    key_of: dict[str, str],
    found: dict[str, Cand],
) -> None:
    """The dates after the date labels ``hits`` of ``text`` (printed from ``start``), each
    label's date running to the next label."""
    for m, nxt in zip(hits, [*hits[1:], None], strict=True):
        key = key_of.get(_label_key(m))
        segment = text[m.end() : nxt.start() if nxt else len(text)]
        d = _date(page, segment.strip(" ,.;:"))
        if key is not None and d is not None and key not in found:
            span = (start + m.start(), start + m.end() + len(segment))
            found[key] = Cand(d, W_LABEL, span, f"label '{m.group().rstrip(': ')}'")


def _label_key(hit: re.Match[str]) -> str:
    """A date label's hit as :func:`_date_label_pattern`'s keys are written."""
    return hit.group().rstrip(": ").strip().casefold()


#: lines between two rows of a version table (``version 2 / published / 27 Jan 2015 /
#: version 1 / published / 12 Aug 2014``) at most
VERSION_ROW_LINES = 3


def _dates(page: _Page) -> dict[str, Cand]:
    found: dict[str, Cand] = {}
    last_line: dict[str, int] = {}
    for lv in page.layout.labels:
        if lv.key not in _DATE_KEYS or not lv.value:
            continue
        if page.weight(lv.value_start) < 1:
            continue
        d = _date(page, lv.value)
        d = d and in_label_calendar(page, lv.label, lv.value, d)  # 'تاریخ انتشار: ۱۴۰۰/…'
        if d is None:  # a date at the start of a longer value: '12. März 2021 von …'
            first = next(iter(_lenient_find_dates(lv.value[:200], page.rules)), None)
            if first is not None and first.start <= 3 and isinstance(first.value, PartialDate):
                d = first.value
        if d is None:
            for m in _YEAR.finditer(lv.value):
                d = _date(page, lv.value[m.start() :]) or _date(page, m.group())
                break
        if d is not None and lv.key not in found:
            found[lv.key] = Cand(d, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'")
        elif (
            d is not None
            and _version_row(page, last_line.get(lv.key), lv.line)
            and (d.year, d.month or 0, d.day or 0) < _order(found[lv.key])
        ):  # the same label again a row below: a table of versions, the first is the work's
            span = (lv.value_start, lv.value_end)
            found[lv.key] = Cand(d, W_LABEL, span, f"label '{lv.label}' (first version)")
        if d is not None:
            last_line[lv.key] = lv.line
    _inline_dates(page, found)
    defended = defence_statement(page)
    if defended is not None and "published" not in found:  # '… soutenue le 3 février 2015'
        found["published"] = Cand(defended[0], W_LABEL, defended[1], "a thesis's defence date")
    return found


#: words of a line between two rows of a version table at most (``version 1``, a date)
VERSION_ROW_WORDS = 3


def _version_row(page: _Page, previous: int | None, line: int) -> bool:
    """Line ``line`` repeats the date label of line ``previous`` a short row below, with
    only short cells between (``version 1``, the date): a table of versions, not a list
    of other articles with their headlines."""
    if previous is None or not 0 < line - previous <= VERSION_ROW_LINES:
        return False
    between = page.layout.lines[previous + 1 : line]
    return all(len(ln.text.split()) <= VERSION_ROW_WORDS for ln in between)


def _order(c: Cand) -> tuple[int, int, int]:
    d = c.value
    return (d.year or 0, d.month or 0, d.day or 0) if isinstance(d, PartialDate) else (0, 0, 0)


#: a file's name with its extension, as a repository's file list prints it
_FILE_NAME = re.compile(
    r"[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|txt|csv|epub|jpe?g|png|tiff?)\b", re.I
)


def _dates_by_the_title(page: _Page) -> list[Cand]:
    """A short date line under the title, and a dateline just above or under it."""
    out: list[Cand] = []
    if page.title_line is None:
        return out
    lines = page.layout.lines
    ticket = _ticket_lines(page)
    for line in lines[page.title_line + 1 : page.title_line + 8]:
        if line.index in page.layout.label_lines or len(line.text) > 40 or line.index in ticket:
            continue
        if _is_chrome(line.text, page.rules):
            continue  # a counter ('1786 Accesses'), not a date
        if _FILE_NAME.search(line.text):
            continue  # a file list's row ('Halvorsen_2016.pdf  4.2 MB'): a file, no date
        if line.text.casefold().startswith(_modified_words(page.rules)):
            continue  # 'Last updated 3 May 2021': the page's later date
        d = _date(page, line.text)
        if d is not None and not line.text.strip().isdigit():
            out.append(Cand(d, W_POS, (line.start, line.end), "date line under the title"))
            break
    near = [*lines[max(0, page.title_line - DATELINE_ABOVE) : page.title_line],
            *lines[page.title_line + 1 : page.title_line + 8]]  # fmt: skip
    near = [ln for ln in near if ln.index not in ticket]
    for line in near:
        if line.index in page.layout.label_lines or line.zone != "main":
            continue
        d = _leading_date(page, line.text)
        if d is not None:
            where = "above" if line.index < page.title_line else "under"
            out.append(Cand(d, W_POS, (line.start, line.end), f"dateline {where} the title"))
            break
    for line in near:
        found = _day_date_in_line(page, line)
        if found is not None:
            out.append(Cand(found, W_POS - 0.05, (line.start, line.end),
                            "a date on a short line by the title"))  # fmt: skip
            break
    for line in near:
        cell = _date_cell(page, line)
        if cell is not None:
            out.append(Cand(cell[0], W_POS - 0.05, cell[1],
                            "a date cell of a meta line by the title"))  # fmt: skip
            break
    return out


#: evidence of the date closing a labelled imprint (``Publisher: Owlton : Quill, 1975``):
#: below a date label, above a year in the title or the notes of a catalogue record
W_IMPRINT = W_LABEL - 0.05


def _imprint_years(page: _Page) -> list[Cand]:
    """The year of the first labelled imprint (``Publisher: New York, Morrow, 1975 [c1973]``
    → 1975): a catalogue record's date of publication."""
    for lv in page.layout.values("publisher"):
        if page.weight(lv.value_start) < 1:
            continue
        if statement_label(lv, page.rules):  # 'Published by X on 3 March 2021'
            date = statement_parts(page, lv)[1]
            if date is not None:
                return [Cand(date, W_IMPRINT, (lv.value_start, lv.value_end),
                             f"date of the statement under '{lv.label}'")]  # fmt: skip
        year = _imprint(lv.value, page.rules)[2]
        eastern = imprint_calendar_date(page, lv.value) if year is None or year < 1451 else None
        if eastern is not None:  # 'ناشر: تهران: نشر نی، ۱۳۹۴'
            return [Cand(eastern, W_IMPRINT, (lv.value_start, lv.value_end),
                         f"year of the imprint under '{lv.label}'")]  # fmt: skip
        if year is not None:
            return [Cand(_closing_month(page, lv.value, year) or PartialDate(year), W_IMPRINT,
                         (lv.value_start, lv.value_end),
                         f"year of the imprint under '{lv.label}'")]  # fmt: skip
    return []


def _closing_month(page: _Page, value: str, year: int) -> PartialDate | None:
    """The date closing an imprint when it is finer than its year (``Fen Institute,
    Marshtown, July 2018``, ``Marshtown : Heron, mars 2019``): the imprint's date as
    printed, its month kept; ``None`` where the imprint closes with a bare year."""
    found = _dates_in(page, value)
    last = found[-1] if found else None
    if last is None or value[last.end :].strip(" .,;]"):
        return None
    d = last.value
    ok = isinstance(d, PartialDate) and d.year == year and d.month is not None
    return d if ok else None


def _years_before(first: Cand, later: Cand | None) -> bool:
    """``first`` is a date of an earlier year than ``later``'s."""
    a, b = first.value, later.value if later is not None else None
    return isinstance(a, PartialDate) and isinstance(b, PartialDate) and a.year < b.year


def _online_after_issue(
    page: _Page, online: Cand, locator: Locator | None, span: tuple[int, int] | None
) -> bool:
    """An online date printed on the issue's locator line or the line right under it, of a
    later year than the issue (``Cuad. Hum. Litoral vol.10 no.19 Rosario jul./dic. 2019  Epub
    15-Mayo-2020``, as a library platform prints its masthead line; ``Psychoonkologia 2011, 2:
    65–69`` over ``Data publikacji online: 2012/05/31``): the issue came out first."""
    if locator is None or locator.issued is None or span is None:
        return False
    if not isinstance(online.value, PartialDate) or not _later_than_issue(
        online.value, locator.issued
    ):
        return False
    at, loc_at = page.layout.line_at(online.span[0]), page.layout.line_at(span[0])
    return at is not None and loc_at is not None and 0 <= at.index - loc_at.index <= 1


def _later_than_issue(online: PartialDate, issue: PartialDate) -> bool:
    """``online`` falls after the issue's date, read to the issue's own precision: a later
    year, or a later month of the same year where the issue names its month (``jun. 2022
    Epub 12-Sep-2022``); a day within the issue's month is no later date."""
    if issue.month is None or online.month is None or online.year != issue.year:
        return online.year > issue.year
    return online.month > issue.month


@functools.cache
def _first_published_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A first publication stated in parentheses right after a reprint's or an edition's
    year, as a book's listing prints it: ``2011 reprint (first published in 1994)``,
    ``2003 edition (first published 2 March 1987)`` (the locales' ``first_published``
    labels, a short preposition at most); an aside after a title or a name in prose,
    ``Red Earth (first published in 2001)``, has no year before it and is none."""
    # one space between a label's words, as the labels are written (the pattern's whole
    # match stays on one line)
    alt = _loc.alternation(_loc.terms_of("labels", rules, "first_published"), space=" ")
    if not alt:
        return None
    return re.compile(
        rf"(?:1[5-9]\d\d|20\d\d)\b[^()\n]{{0,20}}\((?:{alt})(?:\s+\w{{1,3}})?\s+([^()\n]{{4,40}})\)",
        re.IGNORECASE,
    )


#: label keys of a book's record: the aside dates a book's listing, not a post about a book
_BOOK_RECORD_KEYS = ("isbn", "isbn_print", "isbn_electronic", "publisher", "binding")


def _book_record_line(page: _Page, offset: int) -> bool:
    """Whether the line at ``offset`` is a book's record's: it opens with a binding word
    (``Hardback; 2011 reprint (…)``), or the page labels a book's ISBN, publisher or binding
    (a post's ``Penguin Classics, 2019 reprint (…)`` about the book it reads is neither)."""
    line = page.layout.line_at(offset)
    if line is not None:
        words = _loc.terms_of("words", page.rules, "book_bindings")
        head = line.text.lstrip(" \t•·*–-").casefold()
        if any(head.startswith(w.casefold()) for w in words):
            return True
    return any(True for _ in page.layout.values(*_BOOK_RECORD_KEYS))


def _first_published_aside(page: _Page) -> Cand | None:
    """The date of a parenthesised first publication (:func:`_first_published_pattern`),
    weaker than any date label or dated byline (a post that mentions a book's first
    publication keeps its own date); ``None`` when there is none or it holds no date."""
    pattern = _first_published_pattern(page.rules)
    m = pattern.search(page.text) if pattern is not None else None
    if m is None or not _book_record_line(page, m.start()):
        return None
    value = _date(page, m.group(1))
    if value is None:
        return None
    return Cand(value, W_POS - 0.1, m.span(1), "a first publication in parentheses")


def _issued_candidates(page: _Page, dates: Mapping[str, Cand], locator: Locator | None,
                       locator_span: tuple[int, int] | None,
                       cover: tuple[Cand, int] | None = None) -> list[Cand]:  # fmt: skip
    """The candidates of the issued date; ``cover``: the date on a document's transcript's
    cover and where the transcript starts (``comet.page.transcript_cover.cover_cand``): the
    site's lines above it date an upload and give no positional date."""
    cands: list[Cand] = []
    for rank, key in enumerate(_DATE_PRIORITY):
        if key in dates:
            c = dates[key]
            weight, evidence = W_LABEL + 0.1 - 0.02 * rank, c.evidence
            if key == "published" and _years_before(c, dates.get("published_online")):
                # 'Date of this Version: March 1995' … 'Posted: 3 July 2007': the work came
                # out years before the page posted it (the first publication date is issued)
                weight, evidence = W_LABEL + 0.12, f"{evidence}, years before the posting date"
            if key == "published_online" and _online_after_issue(page, c, locator, locator_span):
                # 'vol.10 no.19 Rosario jul./dic. 2019  Epub 15-Mayo-2020': an issue put
                # online after its date; the issue's date is the work's first
                weight, evidence = W_LINE - 0.05, f"{evidence}, after the issue's date on its line"
            cands.append(Cand(c.value, weight, c.span, evidence))
    if "first_published" in dates:
        # 'First published' names the work's first date on an article page, but the
        # journal's on a journal page: weaker than a publication label, as strong as a
        # locator, so that it refines a locator's year to the day
        c = dates["first_published"]
        if _in_history(c, dates):
            cands.append(Cand(c.value, W_LABEL, c.span, f"{c.evidence} after a submission history"))
        elif _aside_of_publication(page, c, dates):
            # 'Publish Date 15 December 1988 (first published 13 October 1983)': the
            # edition's date with the work's first publication beside it; the first wins
            cands.append(Cand(c.value, W_LABEL + 0.2, c.span,
                              f"{c.evidence} in brackets after the publication date"))  # fmt: skip
        else:
            cands.append(Cand(c.value, W_LINE, c.span, c.evidence))
    else:
        first = _first_published_aside(page)
        if first is not None:  # 'Hardback; 2011 reprint (first published in 1994)'
            cands.append(first)
    site_end = cover[1] if cover is not None else 0  # the transcript's marker: the site above
    cands.extend(c for c in _dates_by_the_title(page) if c.span[0] >= site_end)
    if cover is not None:
        cands.append(cover[0])
    cands.extend(_report_number_date(page))
    cands.extend(patent := patent_date(page))  # '(45) Date of Patent: Dec. 7, 1999'
    imprint = _imprint_years(page)
    cands.extend(imprint)
    facts = facts_line_year(page)  # '2007, 258 S., Hardcover' by a book's title
    if facts is not None:
        cands.append(facts)
    for lv in page.layout.values("rights"):
        ym = _YEAR.search(lv.value)
        if ym is not None and len(lv.value) < 60:
            cands.append(Cand(PartialDate(int(ym.group())), W_POS - 0.15,
                              (lv.value_start, lv.value_end), f"label '{lv.label}'"))  # fmt: skip
            break
    years = page.layout.values("year")
    if years:
        y = _date(page, years[0].value)
        if y is not None:
            y = in_label_calendar(page, years[0].label, years[0].value, y)  # 'سال: ۱۳۹۷'
            months = page.layout.values("month")
            if months:
                m = _date(page, f"{months[0].value.split()[0]} {y.year}")
                if m is not None:
                    y = m
            cands.append(Cand(y, W_LABEL, (years[0].value_start, years[0].value_end),
                              f"label '{years[0].label}'"))  # fmt: skip
    for lv in page.layout.values("status"):
        st = _lenient(parse_status, lv.value, locales=page.rules)
        if isinstance(st, Status) and st.year is not None:
            d = _date(page, st.date) if st.date else None
            if d is None or d.year != st.year:
                d = PartialDate(st.year)
            cands.append(Cand(d, W_LABEL - 0.1, (lv.value_start, lv.value_end), "status line"))
    if locator is not None and locator.issued is not None and locator_span is not None:
        score = min(W_LINE, page.memo.get("locator-score", W_LINE))
        cands.append(Cand(locator.issued, score, locator_span, "locator line"))
    for item, span, weight, evidence in page.cites:
        parts = (item.get("issued") or {}).get("date-parts") or []
        if parts and parts[0]:
            d = _partial(list(parts[0]))
            if d is None:
                continue
            cands.append(Cand(d, weight - 0.2, span, evidence))
    # An online date in a later year than the issue/citation year is a digitisation date
    # or a late posting ('vol.12 no.3 Mar./Apr. 2017  Epub May 2, 2018'; the issued date is
    # the earliest publication date printed, the issue's). Only good
    # evidence sets that year: a locator deep in the body (an in-text citation of another
    # work, weight below W_LINE) says nothing about this work's age.
    labelled = {d.evidence for d in dates.values()}
    others = [c.value.year for c in cands if c.evidence not in labelled and c.score >= W_LINE]
    exempt = {id(c) for c in (*imprint, *patent)}  # (a patent's date: its head's, none later)
    if others:
        base = min(others)
        for c in cands:
            if c.value.year > base and id(c) not in exempt:  # (a catalogue's imprint:
                c.score -= 0.5  # no online date; a year in its notes is no earlier edition)
                c.evidence += f" (later than {base}: a digitisation or reprint date)"
    if all(c.value.day is None for c in cands):  # none, or coarser than a day: the
        # first dated line may refine a year (not a sharing site's line above a transcript)
        cands.extend(c for c in _first_dated_line(page) if c.span[0] >= site_end)
    return cands


#: evidence of the first short line of the main text dated to the day, read only when the
#: page has no other date to the day: below every positional signal, near enough to a
#: locator's or a copyright line's year to refine it (:func:`_finer`)
W_FIRST_DATED = W_POS - 0.2


def _first_dated_line(page: _Page) -> list[Cand]:
    """The first dateline of the main text that holds a date to the day (``Dec 19, 2016
    at 2:19 pm``, ``Von Jule Roth am 3. Mai 2022``): on a page with no date candidate to
    the day, the day it was posted. A relative date (``2 hours ago``) is no date, and a
    sentence that mentions a day is no dateline."""
    for line in page.layout.lines:
        if len(line.text) > MAX_DATED_LINE or not _YEAR.search(line.text):
            continue  # too long, or no year: no date to the day (see _day_date_in_line)
        if page.weight(line.start) < 1 or not _dateline(line.text, page):
            continue
        found = _day_date_in_line(page, line)
        if found is not None:
            return [Cand(found, W_FIRST_DATED, (line.start, line.end),
                         "first short line dated to the day")]  # fmt: skip
    return []


#: how far (characters) a submission date may stand from a publication date of its history
HISTORY_REACH = 400

_HISTORY_KEYS = ("received", "revised", "accepted")


def _in_history(c: Cand, dates: Mapping[str, Cand]) -> bool:
    """``c`` ends a submission history (``Received …, Accepted …, First published …``):
    a received, revised or accepted date stands near it and is not later, so ``c`` is the
    work's own first publication, not a journal's or a series' first date."""
    own = c.value.date_parts()
    for key in _HISTORY_KEYS:
        h = dates.get(key)
        if h is None or abs(h.span[0] - c.span[0]) > HISTORY_REACH:
            continue
        if h.value.date_parts()[: len(own)] <= own:
            return True
    return False


def _aside_of_publication(page: _Page, c: Cand, dates: Mapping[str, Cand]) -> bool:
    """``c``, a first publication's date, is an aside in brackets after a publication date
    on its line (``Publish Date 15 December 1988 (first published 13 October 1983)``,
    ``Erschienen: 2019 (Erstveröffentlichung 1962)``) and not later than it: the date of
    the edition at hand and, beside it, the work's first (a first publication on a line of
    its own names a journal's or a series' first date as often)."""
    line = page.layout.line_at(c.span[0])
    if line is None:
        return False
    own = c.value.date_parts()
    for key in _DATE_PRIORITY:
        p = dates.get(key)
        if p is None or not (line.start <= p.span[0] < c.span[0]):
            continue
        between = page.text[p.span[0] : c.span[0]]
        if "(" in between and ")" not in between and "\n" not in between:
            return bool(own <= p.value.date_parts()[: len(own)])
    return False


def _finer(best: Cand, cands: Sequence[Cand]) -> Cand | None:
    """A candidate that agrees with ``best`` on every part ``best`` has and adds more."""
    b: PartialDate = best.value
    for c in sorted(cands, key=lambda c: -c.score):
        d: PartialDate = c.value
        if len(d.date_parts()) <= len(b.date_parts()) or c.score < best.score - 0.3:
            continue
        if d.date_parts()[: len(b.date_parts())] == b.date_parts():
            return c
    return None


#: a year right before a report's number and its number word (``Diskussionsbeiträge 2016,
#: No. 1``, ``Working Papers 2019 / Nr. 4``): the series numbers its reports by year
_YEAR_BEFORE_NUMBER = re.compile(
    r"(?<![\w./-])((?:1[5-9]|20)\d\d)\s*[,;:/]?\s*(?:[^\W\d_]{1,3}[.º°]?\s*)?\Z"
)


def _year_before_number(page: _Page, start: int) -> list[Cand]:
    """The year that stands right before a report's number (at ``start``) on its line,
    with at most a comma and a short number word between (``… 2016, No. 1``): the
    report's year, line evidence. A year further before, behind words, is none."""
    line_start = page.text.rfind("\n", 0, start) + 1
    head = page.text[line_start:start]
    m = _YEAR_BEFORE_NUMBER.search(head)
    if m is None:
        return []
    span = (line_start + m.start(1), line_start + m.end(1))
    return [Cand(PartialDate(int(m.group(1))), W_LINE, span, "the year before the report's number")]


#: characters after a report's number where its date is looked for on its line
REPORT_DATE_CHARS = 40
#: what may stand between a report's number and its date on its line: spaces, a comma, a
#: dash, a bar or a colon (``HBR-21-114T March 2, 2021``, ``No. 12 – June 2019``)
_NUMBER_DATE_GAP = re.compile(r"[\s,:;|/\u2013\u2014-]*")


def _report_number_date(page: _Page) -> list[Cand]:
    """The date right after a report's number on the number's own line (``ID: HBR-21-114T
    March 2, 2021``, ``Working Paper No. 5, June 2019``): the report's date, line
    evidence. A date further on the line, after words, is another's."""
    report = _report_number(page)
    if report is None:
        return []
    end = report.span[1]
    stop = page.text.find("\n", end)
    tail = page.text[end : (len(page.text) if stop < 0 else stop)][:REPORT_DATE_CHARS]
    if not _YEAR.search(tail):
        return _year_before_number(page, report.span[0])
    for d in _dates_in(page, tail):
        if not isinstance(d.value, PartialDate):
            continue
        if _NUMBER_DATE_GAP.fullmatch(tail[: d.start]) is None:
            break  # ('No. 12 of the series since 2019': words before the date)
        span = (end + d.start, end + d.end)
        return [Cand(d.value, W_LINE, span, "the date on the report's number line")]
    return []
