"""A periodical's masthead dated near the top of a page: one module for the two readings of
such a line (``Mocsári Szemle 2015. 2. szám``, ``MARSH REVIEW № 3 (2019)``, ``Mondo delle
Paludi (2004)``), the issue it numbers (the locator reader's) and the name it heads the
work with (the container reader's), with one test of a journal's masthead
(:func:`_journal_masthead`).

**The issue.** A journal numbered by issue alone prints the issue's number with its word and
the year in its masthead, after its name or on a line of its own (``Heft 3/2019``, ``No. 3,
2019``) on the page of one of its articles. A locator line is read as the page's own when it
holds a volume and another part (:mod:`comet.page.locator`), or in a few shapes of an issue
alone; these are two more, read where they are safe: near the top of the page, before its
prose, in its main text, the issue named by a locator word of the locales (before the
number, or after it as languages that print the number first write it: Hungarian's ``2.
szám``), dated by its year or followed by its pages, nothing after it on the line, and
either a journal's masthead before it on the line or, alone on its line, on a page that
prints an ISSN or its own DOI (a journal's page) with no like line beside it (an archive's
list of issues). A cited work's, a current-issue sidebar's or a report's number is none
(:func:`masthead_issue`).

**The name.** A journal's page (an archive's scan of an article, a reference work's entry)
may head the work with the name of the periodical or the work it appeared in and that
issue's date, with no volume or pages: the year in brackets, or the year and the issue's
number as the locales number issues (``Fen Review 2/2019``). The name before that date names
the container (weak evidence, a masthead's: any label, locator line or citation outweighs
it). A book's page (an ISBN read) is no periodical's, and the work's own title with its year
is no container; before an issue's number the name must be a journal's masthead, as a
numbered thing (``Training groups 7-8/2023``, ``Приказ. 2021. № 47``) is none; a link or a
path is no name (:func:`dated_masthead`, :func:`dated_issue`).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import YEAR_PATTERN
from comet.locators import Locator, find_locators
from comet.page.chrome import _is_chrome, _journal_words
from comet.page.evidence import _WORD, Cand, _key, _Page
from comet.page.locator_guards import MONTH_ISSUE_LINES, _cited_work, _worded_issue
from comet.page.locator_lines import _names_journal
from comet.page.locator_tail import _prose_between, names_current_issue
from comet.page.name_checks import _is_type_term
from comet.page.report_number import _report_number
from comet.page.venue import MASTHEAD_WEIGHT
from comet.text._words import closed_class

__all__ = [
    "DATED_EVIDENCE",
    "MASTHEAD_ISSUE_LINES",
    "dated_issue",
    "dated_masthead",
    "masthead_issue",
]


@functools.cache
def _generic_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Journal words and function words, folded: a name of these alone is generic."""
    return _journal_words(rules) | closed_class(rules)


def _journal_masthead(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``head`` names a journal: a journal word of the locales (``Močvarni glasnik``,
    ``Zeitschrift für …``), or two words or more set in capitals (``MOČVARNI LIST``: a
    journal's masthead, whatever its language's word for a journal)."""
    words = _WORD.findall(head)
    if words and all(w.casefold() in _generic_words(rules) for w in words):
        return False  # 'Newsletter', 'The Bulletin': a periodical's word alone, no name
    if _names_journal(head, rules):
        return True
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w.isupper() and len(w) >= 2 for w in words)


#: lines from the top within which an issue with no volume is the page's own
MASTHEAD_ISSUE_LINES = MONTH_ISSUE_LINES

#: a number's ordinal stop and spaces, then a letter: the issue word after its number
#: (``2. szám``, ``3. sz.``), as languages that print the number first write it
_WORD_AFTER = re.compile(r"\.?\s*[^\W\d_]")

#: what may stand around the locator on its line: spaces and punctuation
_PUNCTUATION = " .,;:|()[]–—-\u00a0"


def _issue_word_after(raw: str, issue: str) -> bool:
    """The issue number is followed by its word (``1997. 2. szám``: Hungarian's order)."""
    at = raw.find(issue)
    while at >= 0:
        if _WORD_AFTER.match(raw, at + len(issue)):
            return True
        at = raw.find(issue, at + 1)
    return False


def _in_report_line(page: _Page, span: tuple[int, int]) -> bool:
    """The span is a report's or a working paper's number (``Working Paper No. 47``), read
    by :mod:`comet.page.report_number`: a series' number, no journal's issue."""
    report = _report_number(page)
    return report is not None and report.span[0] < span[1] and span[0] < report.span[1]


def _issue_beside(page: _Page, index: int) -> bool:
    """The line above or below ``index`` holds an issue with no volume too (``No. 45
    (2021)`` / ``No. 44 (2020)``): an archive's list of issues, none the page's own."""
    lines = page.layout.lines
    for k in (index - 1, index + 1):
        if 0 <= k < len(lines):
            for m in find_locators(lines[k].text, locales=page.rules):
                if m.value.issue and not m.value.volume:
                    return True
    return False


def _own_alone(page: _Page, index: int) -> bool:
    """An issue alone on its line is the page's own on a journal's page (an ISSN or its own
    DOI printed), before its prose (``Also in the shop`` / ``No. 12 (2023)`` under a post:
    a back issue) and with no like line beside it."""
    if not (page.memo.get("issn-offsets") or page.memo.get("own-doi")):
        return False
    return not _prose_between(page, -1, index) and not _issue_beside(page, index)


def masthead_issue(
    page: _Page,
    index: int,
    span: tuple[int, int],
    line: tuple[str, int, int],
    loc: Locator,
    masthead: bool,
) -> bool:
    """The locator ``loc`` (``text[lo:hi]`` of ``line``, the line ``index``, at ``span`` on
    the page) is the issue of a journal numbered by issue alone, near the top of the page:
    no volume, the issue named by its word and dated by its year or followed by its pages,
    nothing after it on the line, and a journal's name before it (``masthead``: told by the
    caller) or nothing (:func:`_own_alone`)."""
    text, lo, hi = line
    if (
        loc.volume
        or not loc.issue
        or (loc.issued is None and loc.pages is None)
        or index > MASTHEAD_ISSUE_LINES
        or page.weight(span[0]) < 1
        or text[hi:].strip(_PUNCTUATION)
    ):
        return False
    raw, before = text[lo:hi], text[:lo]
    if not (_worded_issue(raw, loc.issue) or _issue_word_after(raw, loc.issue)):
        return False
    if _cited_work(before) or names_current_issue(page, index, before):
        return False
    if not (masthead or (not before.strip(_PUNCTUATION) and _own_alone(page, index))):
        return False
    return not _in_report_line(page, span)


DATED_EVIDENCE = "a periodical's name dated on its line near the top"
#: lines from the top of the page where such a line is looked for
DATED_LINES = 6
#: characters of such a line at most
DATED_LINE_CHARS = 90
#: words of the name at most
DATED_NAME_WORDS = 8
#: a year alone in brackets closing the line: ``(2004)``
_BRACKETED_YEAR = re.compile(rf"\s*\(\s*(?:{YEAR_PATTERN})\s*\)\s*$")
#: what separates the name from its date
_SEPARATORS = " ,.:;–—-|"


def _dated_name(
    text: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, int, str | None] | None:
    """The text before the date closing ``text``, the date's year and the issue's number: a
    bracketed year, or an issue's locator with its year and no pages; ``None`` where the
    line closes with no such date."""
    bracketed = _BRACKETED_YEAR.search(text)
    if bracketed is not None:
        year = int("".join(c for c in bracketed.group() if c.isdigit()))
        return text[: bracketed.start()].strip(_SEPARATORS), year, None
    end = len(text.rstrip(" .,;"))
    for m in find_locators(text, locales=rules):
        loc = m.value
        if m.end >= end and m.start > 0 and loc.issued is not None and loc.pages is None:
            return text[: m.start].strip(_SEPARATORS), loc.issued.year, loc.issue
    return None


def _name_like(name: str, title_key: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A short name: capitalised, no digits, no sentence's stop, not the work's title,
    no interface line or type term."""
    words = name.split()
    return (
        0 < len(words) <= DATED_NAME_WORDS
        and name[:1].isalpha()
        and not name[:1].islower()
        and not any(c.isdigit() or c in "/|@" for c in name)
        and not any(w.endswith((".", "!", "?", ":")) for w in words[:-1])
        and _key(name) not in ("", title_key)
        and not _is_chrome(name, rules)
        and not _is_type_term(name, rules)
    )


def dated_masthead(page: _Page, *, book: bool) -> list[Cand]:
    """The name of the first dated masthead line (see the module's text) of the page's top
    :data:`DATED_LINES` main lines, none on a ``book``'s page."""
    if book:
        return []
    title_key = page.memo.get("title-key", "")
    for line in page.layout.lines[:DATED_LINES]:
        text = line.text
        if (
            line.zone != "main"
            or line.index in page.layout.label_lines
            or len(text) > DATED_LINE_CHARS
            or not any(c.isdigit() for c in text)
        ):
            continue
        dated = _dated_name(text, page.rules)
        if dated is None or not _name_like(dated[0], title_key, page.rules):
            continue
        if dated[2] is not None and not _journal_masthead(dated[0], page.rules):
            continue  # 'Training groups 7-8/2023', 'Приказ. 2021. № 47': a numbered thing
        name = dated[0]
        start = line.start + text.find(name)
        span = (start, start + len(name))
        page.memo[(DATED_EVIDENCE, span)] = dated[1:]
        return [Cand(name, MASTHEAD_WEIGHT, span, DATED_EVIDENCE, source="masthead")]
    return []


def dated_issue(page: _Page, chosen: Cand | None) -> tuple[PartialDate, str | None] | None:
    """The year and the issue's number of the dated masthead line chosen as the container
    (``Mocsári Szemle 1997. 2. szám``: 1997 and ``2``), or ``None`` where the container
    was read from another line."""
    if chosen is None or chosen.evidence != DATED_EVIDENCE:
        return None
    dated = page.memo.get((DATED_EVIDENCE, chosen.span))
    if dated is None:
        return None
    return PartialDate(dated[0]), dated[1]
