"""A report series named at the top of a page (``Harbour Discussion Papers``, ``Working Paper
12``; :func:`report_series_line`): weak type evidence, a site's menu item and a headline's
words told apart."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.body import prose_runs
from comet.page.caseless_terms import caseless
from comet.page.evidence import W_POS, Cand, _guard, _Page
from comet.page.genre_lines import _periodical_page
from comet.page.name_checks import _type_term
from comet.page.report_terms import _series_terms

#: what separates a menu's or a breadcrumb's items on one line (``Home | Working Papers``,
#: ``Research > Working Papers > …``)
_MENU_SEPARATOR = re.compile(r"\s+[|•·»›>/]\s+|\t+")
#: a number right after a series' name (``Working Paper 12``, ``Report No. 7``, ``Nr. 5/2020``)
_LEADING_NUMBER = re.compile(r"\s*(?:[^\W\d_]{1,4}\.?\s*)?[A-Z]{0,4}-?\d")
#: lines from the top where a report series' name is looked for (above the story's prose)
SERIES_LINES = 40
#: characters of a line naming a report series at most (a cover's or a record's line)
SERIES_LINE_CHARS = 160
#: lines from the top where a report's executive summary heading is looked for
SUMMARY_LINES = 60


@functools.cache
def _report_series_names(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' report series words (``[references].report``: ``Discussion Papers``,
    ``Documentos de Trabajo``, ``Working Paper``) but those whose ``[types]`` reading names
    another type (``Preprint`` an article, ``Research paper`` a conference's), as whole
    words."""
    terms = [
        t
        for t in _loc.terms_of("references", rules, "report")
        if (pt := _type_term(t, rules)) is None or pt.csl_type == "report"
    ]
    if not terms:
        return None
    return re.compile(rf"(?<!\w){_guard(terms)}(?:{_loc.alternation(caseless(terms))})(?!\w)", re.I)


@functools.cache
def _series_number(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A number word and its number (``No 20417``, ``Nr. 12``; the locales' issue terms of
    eight characters at most); ``None`` where the locales hold none."""
    words = _series_terms(rules, 3)[1]
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(words)})\.?\s*\d", re.IGNORECASE)


def report_series_line(page: _Page) -> Cand | None:
    """A line at the top of a page (above its first paragraph of prose, not the title's)
    that names a report series as a name, its words capitalised, its issuing body's words
    before it or its number after it (``No 20417, Harbour Discussion Papers from …``, ``Tarn
    Working Paper Series``, ``Working Paper 12``); a one-word
    series word (``Report``, ``Informe``) only with a number word and its number on the line.
    A site's menu item (``Working Papers`` alone or between a menu's separators), a headline
    in running case (``… working paper finds …``) and a periodical's or a blog's page give
    none: weak type evidence,
    under a page kind's and over a web article's shape."""
    if _periodical_page(page):
        return None
    names = _report_series_names(page.rules)
    if names is None:
        return None
    runs = prose_runs(page)
    stop = min(SERIES_LINES, runs[0] if runs else SERIES_LINES)
    for line in page.layout.lines[:stop]:
        if line.index == page.title_line or line.zone != "main":
            continue
        text = line.text.strip()
        if len(text) > SERIES_LINE_CHARS:
            continue
        m = names.search(text)
        if m is None:
            continue
        words = m.group().split()
        if not (words[0][:1].isupper() and words[-1][:1].isupper()):
            continue  # 'a new working paper finds …': a sentence's words
        before = _MENU_SEPARATOR.split(text[: m.start()])[-1]
        after = _MENU_SEPARATOR.split(text[m.end() :])[0]
        if not before.strip(" .:;,") and not _LEADING_NUMBER.match(after):
            # 'Working Papers' alone, 'Home | Working Papers | Events', 'Policy Brief
            # Archive': a menu item; a series' name has its body's words before it
            # ('Harbour Discussion Papers') or its number after it ('Working Paper 12')
            continue
        number = _series_number(page.rules)
        if len(words) == 1 and (number is None or number.search(text) is None):
            continue  # 'The Harbour Report': a newsletter's name
        at = line.start + line.text.index(text) + m.start()
        return Cand(
            "report", W_POS - 0.1, (at, at + len(m.group())), f"the report series {m.group()!r}"
        )
    return None


def executive_summary(page: _Page, title: str = "") -> Cand | None:
    """A line near the top of the main text that opens with a report's executive summary
    heading as a heading is printed, its first letter a capital (the locales'
    ``[headings].executive_summary``: ``Executive Summary``, ``Resumen ejecutivo``), alone
    or with the summary's first sentence on its line: weak report evidence (a periodical's or a
    blog's page, and the words in running text, ``… the executive summary says …``, give
    none). A line that is the work's ``title`` is a headline about summaries, not a report's
    section (``Executive Summary: how to write one``, a news column's ``Executive summary``
    over its story)."""
    title_key = " ".join(title.split()).casefold()
    if _periodical_page(page):
        return None
    heads = _loc.casefolded_terms("headings", page.rules, "executive_summary")
    if not heads:
        return None
    for line in page.layout.lines[:SUMMARY_LINES]:
        if line.zone != "main" or not line.text[:1].isupper():
            continue
        low = line.text.casefold()
        if title_key and _is_title(" ".join(low.split()), title_key):
            continue
        for head in heads:
            if low.startswith(head) and not low[len(head) : len(head) + 1].isalpha():
                span = (line.start, line.start + len(head))
                return Cand("report", W_POS - 0.1, span, "an executive summary's heading")
    return None


def _is_title(line_key: str, title_key: str) -> bool:
    """A line's words (case-folded) are the work's title's, or open it, or the title opens
    the line (a title read from part of its line)."""
    return line_key.startswith(title_key) or title_key.startswith(line_key)
