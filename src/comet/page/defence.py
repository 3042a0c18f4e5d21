"""A thesis's defence statement in running text: ``Thèse d'océanographie, soutenue le 3 février
2015 à l'Université X``, ``Thesis defended the 2nd of March 2015``.

The phrase (the locales' ``[words].thesis_defence``) followed at once by a date to the month
or day, with a word naming a thesis shortly before it (the locales' ``[references].thesis``:
``Thèse``, ``Thesis``, ``Dissertation``), makes the work a thesis defended on that date; the
university named beside it is the degree's grantor (:func:`comet.page.grantor.degree_grantor`).
A statement without its date (``soutenue publiquement``) is none, and so is one without a
thesis's word opening its sentence: ``la motion, soutenue le 3 mars par les élus`` is a motion
supported, ``Après le débat sur la thèse du déficit, la proposition, soutenue le 3 mars`` a
proposal (``thèse`` a claim there). A page with a news date label (the locales'
``[words].news_date_labels``: ``Publié le``, ``Publicado em``, ``Posted on``) or with two
dated defence phrases (``Omar Haddad defended on 4 May 2023, and Lea Brun defended the 12th
of June``) is news about theses, none of its own.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.evidence import _guard, _lenient_find_dates, _Page

#: the characters a case-insensitive search matches to a letter they do not fold to (``İ``
#: and ``ı`` match ``i`` and ``I``): a page holding one is searched without the pre-test
_FOLD_UNSAFE = ("İ", "ı")
#: characters from the top of the page where a defence statement is looked for
DEFENCE_CHARS = 6000
#: characters after the phrase where its date must start at most
DEFENCE_GAP = 3
#: characters after the phrase read for its date
DEFENCE_DATE_CHARS = 40
#: characters before the phrase where a word naming a thesis must stand
DEFENCE_CONTEXT = 300
#: words of the statement's sentence before its thesis's word at most (``La thèse``)
DEFENCE_SUBJECT_WORDS = 2
#: where a sentence or a clause after a colon starts, a paragraph or a line opening in capitals
_SENTENCE_START = re.compile(r"[.!?:;](?:\s+|$)|\n\s*\n|\n(?=[^\S\n]*[A-ZÀ-ÖØ-Þ])")


@functools.cache
def _defence_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("words", rules, "thesis_defence")
    if not terms:
        return None
    # (the lookahead for the terms' first characters rejects most positions of the page at
    # once: the same matches, at half the cost of trying every term at every word)
    return re.compile(rf"(?<!\w){_guard(terms)}(?:{_loc.alternation(terms)})(?=\s)", re.I)


@functools.cache
def _defence_anchors(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...] | None:
    """The longest word of each defence phrase, case-folded: a text whose case-folded form
    holds none of them holds no phrase (``None``: no such pre-test, a phrase holding a
    letter a case-insensitive search matches to a letter it does not fold to)."""
    terms = [t for t in _loc.terms_of("words", rules, "thesis_defence") if t.split()]
    if any(c in t for t in terms for c in _FOLD_UNSAFE):
        return None
    return tuple(sorted({max(t.split(), key=len).casefold() for t in terms}))


def _may_hold_phrase(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A necessary condition for a defence phrase in ``head``, checked in C (most pages hold
    none): the longest word of one phrase is in the case-folded text."""
    anchors = _defence_anchors(rules)
    if anchors is None or any(c in head for c in _FOLD_UNSAFE):
        return True  # ('İ' and 'ı' match 'i' and 'I' ignoring case, but fold otherwise)
    low = head.casefold()
    return any(a in low for a in anchors)


@functools.cache
def _news_labels(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("words", rules, "news_date_labels")
    if not terms:
        return None
    return re.compile(rf"(?im)^[ \t]*(?:{_loc.alternation(terms)})(?!\w)")


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
    if not _may_hold_phrase(head, page.rules) or pattern.search(head) is None:
        return None  # no defence phrase (the common case: asked first, before the news labels)
    news = _news_labels(page.rules)
    if news is not None and news.search(head) is not None:
        return None  # 'Publié le 4 mai 2023': a news story about a thesis
    found: list[tuple[PartialDate, tuple[int, int]]] = []
    for m in pattern.finditer(head):
        if page.layout.zone_at(m.start()) != "main":
            continue
        after = head[m.end() : m.end() + DEFENCE_DATE_CHARS]
        first = next(iter(_lenient_find_dates(after, page.rules)), None)
        if first is None or first.start > DEFENCE_GAP:
            continue
        value = first.value
        if not isinstance(value, PartialDate) or value.month is None:
            continue  # a year alone after the phrase dates no defence ('soutenue en 2007')
        if any(
            isinstance(d.value, PartialDate) and d.value.month is not None
            for d in _lenient_find_dates(head[: m.start()], page.rules)
        ):
            return None  # a dated statement before it: a story, the defence one of its events
        if found:
            return None  # two defences dated: news about theses ('X defended on …, and Y …')
        if _thesis_subject(head, m.start(), thesis):
            found.append((value, (m.start(), m.end() + first.end)))
        else:
            found.append((value, (-1, -1)))  # a dated phrase of no thesis: counts for two
    return found[0] if found and found[0][1][0] >= 0 else None


def _thesis_subject(head: str, at: int, thesis: re.Pattern[str]) -> bool:
    """Whether the sentence the phrase at ``at`` ends opens with a thesis's word (``Thèse
    d'océanographie, réalisée sous …, soutenue le``, ``A tese, defendida em``), its start at most
    :data:`DEFENCE_CONTEXT` characters before."""
    lo = max(0, at - DEFENCE_CONTEXT)
    starts = [m.end() for m in _SENTENCE_START.finditer(head, lo, at)]
    if starts:
        lo = starts[-1]
    elif lo > 0:
        return False  # the sentence started further back: no subject of the phrase
    words = head[lo:at].split()[: DEFENCE_SUBJECT_WORDS + 1]
    return thesis.search(" ".join(words)) is not None
