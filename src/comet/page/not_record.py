"""Is a page the record of one work at all? Error pages, login walls and search results.

:func:`comet.parse_record` reads every page as the record of one work. A page that is not
one (``Page not found``, ``Please log in to continue``, a list of search hits) would give a
record of invented fields: the first hit's title, a menu line as a title. This module tells
such pages apart by general signals, the phrases as locale data
(``[words].not_a_record_error``, ``[words].not_a_record_empty`` and
``[words].not_a_record_results``), so that the record stays empty and a warning diagnostic
says why.

* an **error or login page**: an error or login phrase near the top of a page that has
  little text of its own (under :data:`SHORT_PAGE` characters outside the site chrome) and
  no identifier of a work;
* a **list of results**: a results phrase near the top and at least :data:`MIN_HITS`
  lines that each look like one hit (a line with a year, or a numbered line), with no
  citation block of the page's own work;
* an **empty list of results**: an empty search's phrase (``No results found``, ``Aucun
  résultat trouvé``; ``[words].not_a_record_empty``) near the top of a page with little
  text of its own (under :data:`EMPTY_PAGE` characters outside the chrome), no identifier
  and at most :data:`EMPTY_TAIL` lines of its own and no year after the phrase (a record
  page under a site's empty search box prints its title, names and date after it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import attrs

from comet import locales as _loc
from comet.locales import fold
from comet.page.evidence import _DOI_LIKE, _YEAR

__all__ = ["EMPTY_PAGE", "EMPTY_TAIL", "MIN_HITS", "SHORT_PAGE", "Verdict", "judge"]

#: characters of text outside the chrome below which a page with an error phrase is an
#: error page (a record page with an abstract is longer)
SHORT_PAGE = 1500
#: characters of text outside the chrome below which a page with an empty search's phrase
#: is that empty search (the shortest record excerpt holds a title, names and a date)
EMPTY_PAGE = 300
#: lines outside the chrome after an empty search's phrase at most (``Try other words.``)
EMPTY_TAIL = 1
#: hit-like lines a results page needs
MIN_HITS = 5
#: how many lines from the top a phrase may stand
TOP_LINES = 40

_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+\S")


@attrs.frozen
class Verdict:
    """Why a page is not the record of one work: ``kind`` is ``error``, ``empty`` or
    ``results``."""

    kind: str
    phrase: str
    line: int


@functools.cache
def _phrases(rules: tuple[_loc.LocaleRules, ...], key: str) -> tuple[str, ...]:
    return tuple(sorted({fold(p) for p in _loc.terms_of("words", rules, key)}, key=len,
                        reverse=True))  # fmt: skip


#: characters of a line a phrase may stand in (a status line or a heading, not prose:
#: 'Our results form the basis …' holds no results page's phrase)
PHRASE_LINE = 200


@functools.cache
def _any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One search for all of ``phrases`` (a line none of them occurs in is passed at once;
    their shared beginnings factored out, :func:`comet.locales.alternation`)."""
    if not all(phrases):  # (an empty phrase is found anywhere)
        return re.compile("|".join(map(re.escape, phrases)))
    return re.compile(_loc.alternation(phrases, space=" ") or "(?!)")


@functools.cache
def _spaced(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """``phrases`` as :func:`_any_phrase` looks for them, each found where its search finds
    one (its words one space apart; a phrase of spaces alone is none, an empty one is
    found anywhere): the page's text searched for each in C costs less than the one
    search of them all, which tries the phrases' first letters at every character."""
    if not all(phrases):
        return ("",)
    return tuple(s for s in (" ".join(p.split()) for p in phrases) if s)


@functools.cache
def _all_phrases(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The phrases of the three kinds at once (:func:`judge`'s one search of most pages)."""
    return tuple(sorted({p for key in _KINDS for p in _phrases(rules, key)}, key=len,
                        reverse=True))  # fmt: skip


_KINDS = ("not_a_record_error", "not_a_record_empty", "not_a_record_results")


def _top(lines: Sequence[str]) -> list[str]:
    """The folded top lines where a phrase may stand (a longer line left empty)."""
    return [fold(line) if len(line) <= PHRASE_LINE else "" for line in lines[:TOP_LINES]]


def _find(top: Sequence[str], phrases: tuple[str, ...]) -> tuple[str, int] | None:
    """The first phrase of ``phrases`` standing whole in the folded ``top`` lines, and its
    line (no phrase holds a line break: one search of the lines joined passes most pages)."""
    anywhere = _any_phrase(phrases).search
    if anywhere("\n".join(top)) is None:
        return None
    for i, folded in enumerate(top):
        if anywhere(folded) is None:
            continue
        for p in phrases:
            at = folded.find(p)
            spaced = p.isascii() or max(p) < "\u2e80"  # Chinese, Japanese: no word edges
            while at >= 0:
                end = at + len(p)
                if not spaced or (
                    (at == 0 or not folded[at - 1].isalnum())
                    and (end == len(folded) or not folded[end].isalnum())
                ):
                    return p, i  # the whole phrase, not 'results for' in 'results form'
                at = folded.find(p, at + 1)
    return None


def judge(lines: Sequence[str], rules: tuple[_loc.LocaleRules, ...],
          chrome: Callable[[str], bool]) -> Verdict | None:  # fmt: skip
    """``None`` when the page may be a record; else why it is not one.

    ``lines`` are the page's lines; ``chrome`` tells whether a line is site chrome (asked
    only when an error phrase is found).

    >>> import comet.locales as L
    >>> rules = (L.get("en"),)
    >>> judge(["Home", "Page not found", "Sorry, we could not find that page."], rules,
    ...       lambda t: t == "Home").kind
    'error'
    >>> judge(["A Study of Things", "Smith, J.", "Abstract", "We study things."], rules,
    ...       lambda t: False) is None
    True
    """
    top = _top(lines)
    if not any(map("\n".join(top).__contains__, _spaced(_all_phrases(rules)))):
        return None  # (no phrase of any kind in the top lines: one loop in C passes most pages)
    error = _find(top, _phrases(rules, "not_a_record_error"))
    empty = _find(top, _phrases(rules, "not_a_record_empty"))
    if error is not None or empty is not None:
        own = sum(len(t) for t in lines if not chrome(t))
        identified = any(_DOI_LIKE.search(t) for t in lines)
        if error is not None and own < SHORT_PAGE and not identified:
            return Verdict("error", error[0], error[1])
        if empty is not None and own < EMPTY_PAGE and not identified:
            tail = [t for t in lines[empty[1] + 1 :] if t.strip() and not chrome(t)]
            if len(tail) <= EMPTY_TAIL and not any(_YEAR.search(t) for t in tail):
                return Verdict("empty", empty[0], empty[1])  # no record's lines after it
    results = _find(top, _phrases(rules, "not_a_record_results"))
    if results is not None and empty is not None and results[1] == empty[1]:
        results = None  # 'No results found': the empty search's line heads no hits
    if results is not None:
        hits = sum(
            1
            for t in lines[results[1] + 1 :]
            if len(t) < 400 and (_YEAR.search(t) or _NUMBERED.match(t))
        )
        if hits >= MIN_HITS:
            return Verdict("results", results[0], results[1])
    return None
