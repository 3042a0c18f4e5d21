"""A site's statement of who owns or publishes it, in its footer: ``Name is part of Example
Media Inc``, ``Name is published by The Example Group``, ``Name ist ein Angebot der Example
GmbH``. The name opening the line is the site's own (a self-reference phrase after the name,
read by :func:`comet.page.site_self_names.self_named` with the other signs); the statement's
object must be a company or an institution (a legal form, ``Inc``, ``GmbH``, or a word of a
company's or an organisation's name, ``Media``, ``Group``), so that a sentence of the text
(``Greenland is part of the Kingdom of Denmark``) names no site; and the line must stand
among the page's chrome, no paragraph of prose next to it (:func:`footer_statement`): an
article about a company states its owner in its text (``Example Radio is owned by Example
Media Inc.``), a site in its footer.

>>> from comet.locales import all_rules
>>> self_statement("Harbour Watch is part of Tidewater Media Inc, a media group.", all_rules())
('Harbour Watch', 'is part of')
>>> self_statement("Greenland is part of the Kingdom of Denmark.", all_rules()) is None
True
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.body import _prose
from comet.page.evidence import _Page
from comet.page.lines import Line
from comet.page.site_words import _company_words
from comet.text._words import closed_class

__all__ = ["STATEMENT_NAME_CHARS", "footer_statement", "self_statement"]

#: characters of the name before a statement at most
STATEMENT_NAME_CHARS = 60
#: words of the statement's object read for a company's word at most
OBJECT_WORDS = 8


@functools.cache
def _statement(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' ``[periodicals].self_statement`` phrases, between spaces."""
    terms = _loc.terms_of("periodicals", rules, "self_statement")
    return re.compile(rf"\s(?:{_loc.alternation(terms)})\s", re.I) if terms else None


@functools.cache
def _legal_form(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A company's legal form (the locales' ``[words].company_suffixes``) as a word."""
    terms = _loc.terms_of("words", rules, "company_suffixes")
    alt = _loc.alternation(terms) if terms else "(?!)"
    return re.compile(rf"(?<!\w)(?:{alt})(?![\w])")


def self_statement(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str] | None:
    """``(name, phrase)`` when ``text`` opens with a name followed by a statement phrase of
    the locales whose object is a company or an institution (its first words hold a legal
    form or a company's or an organisation's word) and the name is not only function words
    (``This is part of …``); ``None`` otherwise. The name is handed over as printed: whether
    it is shaped as a site's name is the caller's test."""
    pattern = _statement(rules)
    if pattern is None:
        return None
    m = pattern.search(text, 0, STATEMENT_NAME_CHARS + 40)
    if m is None or m.start() > STATEMENT_NAME_CHARS or m.start() == 0:
        return None
    obj = " ".join(text[m.end() :].split()[:OBJECT_WORDS])
    company = _company_words(rules)
    if _legal_form(rules).search(obj) is None and (company is None or company.search(obj) is None):
        return None
    name = text[: m.start()].strip()
    if all(w.casefold() in closed_class(rules) for w in name.split()):
        return None  # 'This is part of …', 'It is owned by …': no name
    return name, m.group(0).strip()


def footer_statement(page: _Page, line: Line) -> tuple[str, str] | None:
    """:func:`self_statement` of ``line`` where neither line next to it is a paragraph of
    prose (the footer's chrome around it, not an article's text)."""
    found = self_statement(line.text, page.rules)
    if found is None:
        return None
    lines = page.layout.lines
    for k in (line.index - 1, line.index + 1):
        if 0 <= k < len(lines) and _prose(lines[k]):
            return None
    return found
