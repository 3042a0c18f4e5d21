"""A thesis's defence statement in running text: ``Thèse de sociologie, soutenue le 8 janvier
2016 à l'Université X``, ``Thesis defended the 13th of December 2016``.

The phrase (the locales' ``[words].thesis_defence``) followed at once by a date to the month
or day, with a word naming a thesis shortly before it (the locales' ``[references].thesis``:
``Thèse``, ``Thesis``, ``Dissertation``), makes the work a thesis defended on that date; the
university named beside it is the degree's grantor (:func:`comet.page.grantor.degree_grantor`).
A statement without its date (``soutenue publiquement``) is none, and so is one without a
thesis's word: ``la motion, soutenue le 3 mars par les élus`` is a motion supported.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.evidence import _lenient_find_dates, _Page

#: characters from the top of the page where a defence statement is looked for
DEFENCE_CHARS = 6000
#: characters after the phrase where its date must start at most
DEFENCE_GAP = 3
#: characters after the phrase read for its date
DEFENCE_DATE_CHARS = 40
#: characters before the phrase where a word naming a thesis must stand
DEFENCE_CONTEXT = 300


@functools.cache
def _defence_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("words", rules, "thesis_defence")
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?=\s)", re.I)


@functools.cache
def _thesis_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("references", rules, "thesis")
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I)


def defence_statement(page: _Page) -> tuple[PartialDate, tuple[int, int]] | None:
    """The date a defence statement near the top of the page's main text gives, and the
    statement's span (phrase and date), or ``None``."""
    return page.remember(("defence-statement",), lambda: _defence(page))


def _defence(page: _Page) -> tuple[PartialDate, tuple[int, int]] | None:
    pattern, thesis = _defence_pattern(page.rules), _thesis_words(page.rules)
    if pattern is None or thesis is None:
        return None
    head = page.text[:DEFENCE_CHARS]
    for m in pattern.finditer(head):
        if page.layout.zone_at(m.start()) != "main":
            continue
        if thesis.search(head, max(0, m.start() - DEFENCE_CONTEXT), m.start()) is None:
            continue  # 'la motion, soutenue le 3 mars': no thesis before the phrase
        after = head[m.end() : m.end() + DEFENCE_DATE_CHARS]
        first = next(iter(_lenient_find_dates(after, page.rules)), None)
        if first is None or first.start > DEFENCE_GAP:
            continue
        value = first.value
        if not isinstance(value, PartialDate) or value.month is None:
            continue  # a year alone after the phrase dates no defence ('soutenue en 2007')
        return value, (m.start(), m.end() + first.end)
    return None
