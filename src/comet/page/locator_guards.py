"""Guards of a locator line read by :mod:`comet.page.locator`: a GOST citation's head and a
cited work before it, a body's name where a journal's should stand, an issue named by its
word, an issue dated by its month, numbers read from a run of short lines. Split from
:mod:`comet.page.locator` (verbatim)."""

from __future__ import annotations

import re

import attrs

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.locators import Locator
from comet.page.evidence import _WORD, _Page
from comet.page.false_locators import _loose_numbers
from comet.page.locator_lines import _names_journal
from comet.page.locator_tail import names_current_issue
from comet.page.title_shapes import _organisation_words

#: an issue and its year written with a slash (``3/2020``: the issue of a journal numbered
#: within its year)
_ISSUE_YEAR = re.compile(rf"(\d{{1,3}})/({CITATION_YEAR_PATTERN})")
#: a year and the issue within it written with a slash, the year first (``2021/3``, as
#: French and Nordic journals print their issues)
_YEAR_ISSUE_SLASH = re.compile(rf"({CITATION_YEAR_PATTERN})/(\d{{1,2}})")


def issue_in_year(loc: Locator) -> Locator:
    """An issue numbered within its year with a slash, read as the issue and the year: ``Heft
    3/2020, S. 45-67``, ``12. Jahrgang, Heft 3/2021`` (after a volume, or before pages) and
    ``Revue des marais 2021/3, pp. 45-67`` (the year first, before pages; read as a volume
    ``2021/3`` by the grammar). Anything else is returned as it is."""
    if loc.issued is not None:
        return loc
    year_of_issue = _ISSUE_YEAR.fullmatch(loc.issue or "")
    if year_of_issue and (loc.volume or loc.pages):
        year = PartialDate(int(year_of_issue.group(2)))
        return attrs.evolve(loc, issue=year_of_issue.group(1), issued=year)
    year_first = _YEAR_ISSUE_SLASH.fullmatch(loc.volume or "")
    if year_first and loc.issue is None and loc.pages is not None and int(year_first.group(2)):
        year = PartialDate(int(year_first.group(1)))
        return attrs.evolve(loc, volume=None, issue=year_first.group(2), issued=year)
    return loc


#: a year closed by a full stop opening a locator (GOST 7.1's ``2020. № 3. С. 45–67``)
_YEAR_STOP = re.compile(rf"{CITATION_YEAR_PATTERN}\.\s")
#: words of a journal's name before such a locator at most
GOST_HEAD_WORDS = 6


def _gost_head(before: str, raw: str) -> bool:
    """A short name closed by a full stop (and GOST's dash) before a locator that opens with
    its year and a full stop: a citation's ``Journal. Year. № N. Pages`` (``Болотный вестник.
    2020. № 3. С. 45–67``, ``Русская речь. – 2010. – № 5``); a sentence with commas
    (``Catches of three harbours, 2019, no. 3``) is none."""
    head = before.rstrip(" –—-\u00a0")
    return (
        head.endswith(".")
        and 0 < len(head.split()) <= GOST_HEAD_WORDS
        and _YEAR_STOP.match(raw) is not None
    )


#: an author's initials (``Б. К.``, ``A.B.``) or GOST's ``//`` before a journal's name: a
#: citation of a work (the author and title before the host), never the page's masthead
_CITED_WORK = re.compile(r"//|(?<![^\W\d_])[^\W\d_]\.\s?[^\W\d_]\.")


def _cited_work(before: str) -> bool:
    """The text before a locator holds a cited work's author or GOST's ``//``
    (``Смирнов Б. К. Кулики северных морей // Орнитология. 2015. № 3``)."""
    return _CITED_WORK.search(before) is not None


def _names_body(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The name before a locator holds an organisation word of the locales (``دانشكدة``,
    ``University``) and no journal word: a body's name, not a periodical's."""
    words = {w.casefold() for w in _WORD.findall(head)}
    return bool(words & _organisation_words(rules)) and not _names_journal(head, rules)


def _worded_issue(raw: str, issue: str) -> bool:
    """The issue number stands after a word or a number sign (``№ 3``, ``No. 3``, ``вып. 3``,
    ``#3``, ``n° 3``) or in brackets after the year's semicolon (Vancouver's ``2020;(3):45-67``), not
    bare or in brackets alone (``2020, 3, 45-67``; ``(3)``)."""
    at = raw.find(issue)
    while at > 0:
        before = raw[:at].rstrip(" .:\u00a0")
        # (the numero's ring or ordinal mark after an n, 'n° 3', 'N.º 3', a letter's sign)
        if before[-1:] in ("№", "#", "°", "º") or before[-1:].isalpha():
            return True
        if before.endswith("(") and before[:-1].rstrip().endswith(";"):
            return True
        at = raw.find(issue, at + 1)
    return False


#: lines from the top where an issue dated by its month alone (``No. 312, October 2019``)
#: is the page's issue, on a page that prints an ISSN (a journal's masthead)
MONTH_ISSUE_LINES = 12


def _own_month_issue(page: _Page, index: int, before: str) -> bool:
    """An issue dated by its month is the page's own only where no label stands before it on
    its line (``Sommaire : n° 205, mars 2024``; ``Revue des marais, n° 312, octobre 2019``
    keeps it) and no current-issue phrase names it, before it or on the line above
    (``Dernier numéro : n° 205, mars 2024``, ``Latest issue``, a sidebar's newest issue:
    :func:`names_current_issue`)."""
    if names_current_issue(page, index, before):
        return False
    if not before.strip(" ,.;:–-|"):
        return True
    return not before.rstrip().endswith(":")  # ('Sommaire : n° 205, mars 2024': a label)


#: lines of a run of short lines joined into one searched for a locator's own line
RUN_LINES_SEARCHED = 8


def _loose_in_line(page: _Page, index: int, raw: str, loc: Locator) -> bool:
    """:func:`_loose_numbers` with what follows the numbers on their own line, for numbers
    read from a run of short lines joined into one (``Kaiveien 1, 0462 Havnby`` /
    ``Sentralbord: …``: the town ends its line, though the next line follows it in the run)."""
    numbers = raw.strip()
    for line in page.layout.lines[index : index + RUN_LINES_SEARCHED]:
        at = line.text.find(numbers)
        if at >= 0:
            return _loose_numbers(raw, loc, line.text[at + len(numbers) :])
    return False
