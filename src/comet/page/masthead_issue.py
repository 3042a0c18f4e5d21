"""A journal's issue with no volume near the top of a page: a journal numbered by issue
alone prints the issue's number with its word and the year in its masthead, after its name
(``Mocsári Szemle 2015. 2. szám``, ``MARSH REVIEW № 3 (2019)``) or on a line of its own
(``Heft 3/2019``, ``No. 3, 2019``) on the page of one of its articles.

A locator line is read as the page's own when it holds a volume and another part
(:mod:`comet.page.locator`), or in a few shapes of an issue alone; these are two more, read
where they are safe: near the top of the page, before its prose, in its main text, the
issue named by a locator word of the locales (before the number, or after it as languages
that print the number first write it: Hungarian's ``2. szám``), dated by its year or
followed by its pages, nothing after it on the line, and either a journal's masthead before
it on the line (the caller's :func:`~comet.page.locator._journal_masthead`) or, alone on its
line, on a page that prints an ISSN or its own DOI (a journal's page) with no like line
beside it (an archive's list of issues). A cited work's, a current-issue sidebar's or a
report's number is none.
"""

from __future__ import annotations

import re

from comet.locators import Locator, find_locators
from comet.page.evidence import _Page
from comet.page.locator_guards import MONTH_ISSUE_LINES, _cited_work, _worded_issue
from comet.page.locator_tail import _prose_between, names_current_issue
from comet.page.report_number import _report_number

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
