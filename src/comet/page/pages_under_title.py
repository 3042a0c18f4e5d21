"""A page range a few lines under the title and its byline (``p. 84-93``), where a journal
site prints an article's pages with no volume by them: the work's pages
(:func:`_pages_under_title`), and the sign that the work is a printed one's part, no web
story (:func:`page_range_alone`).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.locators import find_locators, parse_pages
from comet.page.evidence import W_LINE, Cand, _lenient, _Page
from comet.page.line_dates import _dateline

__all__ = ["HEAD_PAGES_LINES", "PAGES_LINE_CHARS", "page_range_alone"]

#: lines under the title searched for its page range (the title's translation, the byline)
HEAD_PAGES_LINES = 4


def _pages_under_title(page: _Page) -> Cand | None:
    """A line that is only a page range after an abbreviated page label (``p. 84-93``,
    ``pp. 12–29``, ``S. 5–18``) a few lines under the title and below its byline, where a
    journal site prints an article's pages (``Title`` / ``Ana Ruiz et Jon Berg`` /
    ``p. 84-93``), or after a page-range word of the locales' ``[locator].pages``
    (``Pages 45–67``, ``Seiten 5–18``, ``pp 12–29``, as a proceedings site prints a paper's
    pages under its authors): the work's pages, though no volume stands by them. Without a
    byline between them (``Pages 1–3`` under an archive's name, a pager), no pages."""
    title = page.title_line
    if title is None:
        return None
    lines = page.layout.lines
    for line in lines[title + 1 : title + 1 + HEAD_PAGES_LINES]:
        text = line.text.strip()
        label = _PAGE_ABBREVIATION.match(text) or _range_word(page.rules).match(text)
        if label is None or len(text) > PAGES_LINE_CHARS or line.zone != "main":
            continue
        if not _authors_between(page, title, line.index):
            continue  # no byline between: a blog's archive pager, a menu's page note
        m = next(iter(find_locators(text, locales=page.rules)), None)
        if m is None or m.start != 0 or text[m.end :].strip(" .,;"):
            continue
        loc = m.value
        if loc.pages is None or loc.pages.last is None or loc.volume or loc.issue:
            continue
        return Cand(loc.pages, W_LINE * page.weight(line.start), (line.start, line.end),
                    "a page range under the title and its byline")  # fmt: skip
    return None


def _authors_between(page: _Page, title: int, index: int) -> bool:
    """The work's chosen authors were read from a byline between the title line and line
    ``index`` (names near the top that were not chosen, ``Harbour Rowing Club``, are none)."""
    chosen = page.spans.get("authors")
    if chosen is None:
        return False
    for by in page.bylines:
        if title < by.first_line and by.last_line < index:
            start, end = page.to_raw(*by.span)
            if start < chosen[1] and chosen[0] < end:
                return True
    return False


#: an abbreviated page label opening such a line (``p.``, ``pp.``, ``S.``, ``s.``, ``с.``)
_PAGE_ABBREVIATION = re.compile(r"[^\W\d_]{1,3}\.\s*\d")
#: characters of such a page line at most (``pp. 1234-1256.``, ``Páginas 1234–1256``)
PAGES_LINE_CHARS = 24


@functools.cache
def _range_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A page-range word of the locales opening a line, a space, then a digit (``Pages 45``,
    ``pp 12``, ``Seiten 5``); the singular ``Page`` (a pager's ``Page 2 of 5``) is no
    range word."""
    terms = [t for t in _loc.terms_of("locator", rules, "pages") if t[:1].isalpha()]
    if not terms:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{_loc.alternation(terms)})\s+\d", re.I)


def page_range_alone(page: _Page, title: int, body: int) -> bool:
    """A line between the title's (``title``) and the first run of prose (``body``), within
    :data:`HEAD_PAGES_LINES` of the title and no longer than :data:`PAGES_LINE_CHARS`, is a
    labelled page range and nothing else (``p. 51-60``, ``S. 45–67``, ``págs. 765-772``):
    the work is a printed one's part (a journal's or a book's), as its online edition
    prints its pages under the byline; a web story has no pages. A bare range without its
    label (``2019-2020``) may be years: not read; a dateline above the range (``By Ana
    Ruiz`` / ``12 March 2019`` / ``p. 51-60``) is a web story's, whose pages are a
    leaflet's or a magazine's print."""
    for ln in page.layout.lines[title + 1 : min(body, title + 1 + HEAD_PAGES_LINES)]:
        text = ln.text.strip()
        if _dateline(text, page):
            return False  # 'By Ana Ruiz' / '12 March 2019' / 'p. 51-60': a dated story's
        if not text[:1].isalpha() or len(text) > PAGES_LINE_CHARS:
            continue
        pages = _lenient(parse_pages, text, locales=page.rules)
        if pages is not None and pages.is_range:
            return True
    return False
