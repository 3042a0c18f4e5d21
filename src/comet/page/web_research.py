"""A web article of no named periodical that is a journal's article: its own volume by the
title (:func:`comet.page.kind_locators.head_locator`), or a research paper's text.

A page of a headline, a byline and prose has a web article's shape; where nothing names its
periodical a magazine, a newspaper or a blog it is read as a magazine's story
(:func:`comet.page.periodicals.periodical_type`). But a research paper's text opens with an
introduction's heading alone on its line, numbered or not, over its prose (``Introduction``,
``1. Einleitung``, ``Bevezetés``, ``1. ĐẶT VẤN ĐỀ``; the locales' ``[headings].introduction``):
a story has no such section, and a journal's site that prints the paper's full text as a web
page prints no identifier either. Such a page is a journal's article (weak evidence, over
the web article's shape only).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.article_parts import _heading
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.kind_locators import head_locator

__all__ = ["HEADING_CHARS", "PROSE_CHARS", "W_RESEARCH_TEXT", "unnamed_periodical_article"]

#: characters of an introduction's heading line at most (its number, the word, a colon)
HEADING_CHARS = 40
#: characters of the prose line right under the heading at least (a paragraph, not a menu)
PROSE_CHARS = 120
#: the weight of a research paper's text: over a web article's shape (``W_POS - 0.15``),
#: under every type a label or a line names
W_RESEARCH_TEXT = W_POS - 0.1


@functools.cache
def _intro_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """One case-blind alternation of the locales' introduction headings (the page's cheap
    test before any line is read)."""
    words = sorted(_loc.terms_of("headings", rules, "introduction"), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def introduction_heading(page: _Page) -> tuple[int, int] | None:
    """The span of an introduction's heading alone on a line of the main text, below the
    title, with a line of prose right under it (:data:`PROSE_CHARS`), or ``None``."""
    pattern = _intro_pattern(page.rules)
    if pattern is None or page.title_line is None or pattern.search(page.text) is None:
        return None
    intros = _loc.casefolded_terms("headings", page.rules, "introduction")
    lines = page.layout.lines
    for i in range(page.title_line + 1, len(lines) - 1):
        ln = lines[i]
        if ln.zone != "main" or len(ln.text) > HEADING_CHARS or _heading(ln.text) not in intros:
            continue
        below = lines[i + 1]
        if below.zone == "main" and len(below.text) >= PROSE_CHARS:
            return ln.start, ln.end
    return None


def unnamed_periodical_article(page: _Page, record: dict[str, Any]) -> Cand | None:
    """A journal article's candidate on a web article's page of no named periodical: the
    work's own volume by its title (:func:`head_locator`), or an introduction's heading
    over its prose (:func:`introduction_heading`); else ``None``."""
    own = head_locator(page, record)
    if own is not None:
        return own
    span = introduction_heading(page)
    if span is None:
        return None
    why = "a research paper's text: an introduction's heading over its prose"
    return Cand("article-journal", W_RESEARCH_TEXT, span, why)
