"""What the readers of a report's number share: the locales' report series terms and number
words, a series number's word and where the number ends, the lines they look at.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.caseless_terms import caseless
from comet.page.evidence import _guard


@functools.cache
def _series_terms(
    rules: tuple[_loc.LocaleRules, ...], min_len: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The report series' names longer than ``min_len`` characters (the locales'
    ``[references].report``) and the number words (their ``[locator].issue`` terms of 8
    characters at most, without a closing full stop), in lower case (:func:`caseless`: for
    the patterns ignoring case that search them, which the trie then factors)."""
    series = tuple(t for t in _loc.terms_of("references", rules, "report") if len(t) > min_len)
    numero = tuple(t.rstrip(".") for t in _loc.terms_of("locator", rules, "issue") if len(t) <= 8)
    return caseless(series), caseless(numero)


def _series_start(series: tuple[str, ...]) -> str:
    """Where a series term of ``series`` may start: no letter, digit or hyphen before it,
    and one of its terms' first letters (a lookahead that rejects most word starts before
    the alternation is tried; put right before it, under the same flags)."""
    return r"(?<![\w-])" + _guard(" ".join(t.split()) for t in series)


#: lines from the top where a report's number line is looked for
REPORT_LINES = 60
#: words of the issuing body's name before a report series at most, the characters of such
#: a line at most, and of a line whose series and number close it in brackets
REPORT_PREFIX_WORDS = 12
REPORT_LINE_CHARS = 160
#: words of a line of prose at least (a long series line under one is another work's)
PROSE_WORDS = 25


def _number_word(words: str) -> str:
    """A series' number word before its number, perhaps (one of ``words``, an alternation of
    the locales' issue terms), a word of its own: ``No.``, ``nº``, not the ``N`` of ``NAVA``."""
    return rf"(?:(?P<word>{words})(?:\.|(?![^\W\d_]))\s*)?"


#: where a series' number ends: a space, a comma, a bracket, a sentence's stop or the end
_NUMBER_END = r"(?=[\s,;)]|\.(?:\s|$)|$)"
#: a year alone as a series' number: a date after a series name, not its number
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


@functools.cache
def _report_label_start(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A label that opens with a report's word (the locales' ``[references].report``:
    ``Report``, ``Working paper``, ``Rapport``), a word of its own."""
    terms = _loc.terms_of("references", rules, "report")
    if not terms:
        return None
    return re.compile(rf"(?:{_loc.alternation(caseless(terms))})(?![^\W\d_])", re.I)


def report_label(label: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A number's label opens with a report's word (``Report No.``, ``Report#``, ``Working
    paper no.``): the number it holds is a report's."""
    pattern = _report_label_start(rules)
    return pattern is not None and pattern.match(label.strip()) is not None
