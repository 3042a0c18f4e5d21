"""A list's or a viewer's pagination (``Page 1 of 6``, ``Seite 1 von 3``, ``Página 2 de
4``): a page number and the count of the pages of a paged list, no locator of the work.
The word between the numbers is locale data (``[pagination].of``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc

__all__ = ["in_pagination"]

#: a word (a page word: ``Page``, ``Seite``), a number, one short word and another number
_PAGED = re.compile(r"(?P<word>[^\W\d_]+)\.?\s?(\d{1,4})\s+([^\W\d_]{1,5})\s+(\d{1,4})(?!\d)")


@functools.cache
def _of_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("pagination", rules, "of")


@functools.cache
def _part_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' volume, issue and part words, without a final full stop: ``Vol. 3 of 5``,
    ``Part 2 of 4`` number a work's place among its parts, no list's pages."""
    keys = ("volume", "issue", "part", "supplement")
    return frozenset(
        t.casefold().rstrip(".") for k in keys for t in _loc.terms_of("locator", rules, k)
    )


def in_pagination(text: str, start: int, end: int, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Every digit of ``text[start:end]`` belongs to a pagination of the line: a word, the
    page's number, a word of ``[pagination].of`` (``of``, ``sur``, ``von``) and the pages'
    count no smaller than the page's number (``Page 1 of 6``; a carousel's ``Page 1 sur 6
    Page 1 sur 6`` read as ``6 Page 1``). ``p. 12 to 30`` or ``Vol. 3 of 2`` is none, and so is
    a volume, issue or part word's count (``Vol. 3 of 5``, ``Part 2 of 4``: a work's place
    among its parts)."""
    if not any(c.isdigit() for c in text[start:end]):
        return False
    words, parts = _of_words(rules), _part_words(rules)
    runs = [
        (m.start(), m.end())
        for m in _PAGED.finditer(text)
        if m.group(3).casefold() in words
        and int(m.group(2)) <= int(m.group(4))
        and m.group("word").casefold().rstrip(".") not in parts
    ]
    if not runs:
        return False
    return all(any(a <= i < b for a, b in runs) for i in range(start, end) if text[i].isdigit())
