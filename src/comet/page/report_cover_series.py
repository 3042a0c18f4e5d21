"""A report's number from a series statement inside a longer line near the top, as a cover
prints it (a transcript's glued cover: ``1 Institutets rapporter nummer 42 Title …``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _DIGIT_RE, W_POS, Cand, _Page
from comet.page.report_terms import (
    _BARE_YEAR,
    _NUMBER_END,
    PROSE_WORDS,
    REPORT_LINE_CHARS,
    REPORT_LINES,
    _number_word,
    _series_start,
    _series_terms,
)
from comet.page.term_keys import may_hold, term_keys


@functools.cache
def _cover_series(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A report series' name and its number inside a longer line of a cover's text (a PDF
    transcript glues a cover's lines: ``1 Institutets rapporter nummer 42 Title Author``,
    ``… Documento de Trabajo nº 9630 Una estimación …``): the series term (the locales'
    ``[references].report``), a number word (their issue terms; a year and a comma may stand
    before it, ``2016, No. 1``), and the number (a code in capitals may lead it)."""
    series, numero = _series_terms(rules, 3)
    if not series or not numero:
        return None
    words = _loc.alternation(numero)
    return re.compile(
        rf"{_series_start(series)}(?P<series>{_loc.alternation(series)})(?!\w)\s*,?\s*"
        rf"(?:(?:19|20)\d\d,?\s+(?=(?:{words})))?"
        rf"{_number_word(words)}[:#]?\s*"
        rf"(?P<num>(?-i:[A-Z]{{1,8}}[-/\s])*[A-Z]{{0,6}}\d[\w./-]{{0,15}}?){_NUMBER_END}",
        re.I,
    )


#: characters of a line's start where a cover's series statement is looked for (a
#: transcript's line holds a whole page: its series stands at the cover's top)
COVER_CHARS = 300
#: words of a series' name before its series term at most, where the statement opens its
#: line (after a transcript's page mark): the rest of the series' name
COVER_SERIES_LEAD = 2
#: a transcript's page mark opening a line (``1 ``, ``(2) ``)
_PAGE_MARK = re.compile(r"^\s*\(?\d{1,3}\)?\s+")
#: words of a line at most where a lower-case word may follow a series' number (``Working
#: Paper 12 ausgewählte Befunde``); on a longer line that is running text, a headline's
COVER_LINE_WORDS = 8


def _running_on(line: str, rest: str) -> bool:
    """Running text after a series' number on a line of usual length: a lower-case word
    follows the number on a line of more than :data:`COVER_LINE_WORDS` words (``Working
    Paper 12 shows rents rising fastest in the suburbs``, a headline whose verb follows the
    number). A transcript's long glued line is a cover's text, never such a line; asked
    only where no number word stands before the number (``Working Paper No. 5 of the
    series …`` is a statement)."""
    if len(line) > REPORT_LINE_CHARS or len(line.split()) <= COVER_LINE_WORDS:
        return False
    words = rest.split(maxsplit=1)
    return bool(words) and words[0][:1].islower()


def _series_in_cover_text(page: _Page) -> Cand | None:
    """A report's number from a series statement inside a longer line near the top
    (:func:`_cover_series`), where no line is a report's number line: the series printed as
    a cover prints it, with a capital on its first word or on the word before it
    (``RAPPORTER``, ``Documento de Trabajo``, ``Institutets rapporter``; not ``… in the
    working paper 3 of …`` in prose), its number not a bare year (``Working Paper 2019
    Outlook``), and no paragraph of prose above its line unless the line is a transcript's
    long glued page (a series line under a quotation is the quoted work's). Position
    evidence: the number a report's cover shows."""
    pattern = _cover_series(page.rules)
    if pattern is None:
        return None
    if not may_hold(page, term_keys(_series_terms(page.rules, 3)[0])):
        return None  # (no series term on the page)
    prose = False  # a paragraph of prose came before: a series line under it is a quoted work's
    for line in page.layout.lines[:REPORT_LINES]:
        if prose and len(line.text) <= REPORT_LINE_CHARS:
            continue  # (a transcript's long line is a glued cover, still read)
        if (
            line.zone == "main"
            and len(line.text.split()) >= PROSE_WORDS
            and not _PAGE_MARK.match(line.text)
        ):  # (a transcript's page, '2 Title Author …', is a glued cover, no prose)
            prose = True  # (the line itself may be a transcript's glued cover)
        if line.zone != "main" or not _DIGIT_RE.search(line.text):
            continue
        head = line.text[:COVER_CHARS]
        for m in pattern.finditer(head):
            num = m.group("num")
            if not m.group("word") and _BARE_YEAR.fullmatch(num):
                continue  # ('Working Paper 2019 Outlook': a year, no number)
            before = head[: m.start()].split()
            if not (m.group("series")[:1].isupper() or (before and before[-1][:1].isupper())):
                continue  # ('… in the working paper 3 of …': prose)
            if not m.group("word") and _running_on(line.text, head[m.end() :]):
                continue  # ('Working Paper 12 shows rents rising …': a headline)
            start = line.start + m.start("num")
            page.memo["report-number"] = num
            lead = _PAGE_MARK.sub("", head[: m.start()], count=1).split()
            if len(lead) <= COVER_SERIES_LEAD and not _DIGIT_RE.search(" ".join(lead)):
                # the statement opens its line: the words before the series term are its
                # name's ('Kiel Diskussionsbeiträge', 'Institutets rapporter')
                page.memo["report-series"] = " ".join([*lead, m.group("series")])
            return Cand(num, W_POS, (start, start + len(num)), "a series statement on a cover")
    return None
