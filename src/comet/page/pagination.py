"""A list's or a viewer's pagination (``Page 1 of 6``, ``Seite 1 von 3``, ``Página 2 de
4``): a page number and the count of the pages of a paged list, no locator of the work.
The word between the numbers is locale data (``[pagination].of``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc

__all__ = ["in_pagination"]

#: a word (a page word: ``Page``, ``Seite``), a number, one short word and another number
_PAGED = re.compile(r"[^\W\d_]+\.?\s?(\d{1,4})\s+([^\W\d_]{1,5})\s+(\d{1,4})(?!\d)")


@functools.cache
def _of_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("pagination", rules, "of")


def in_pagination(text: str, start: int, end: int, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Every digit of ``text[start:end]`` belongs to a pagination of the line: a word, the
    page's number, a word of ``[pagination].of`` (``of``, ``sur``, ``von``) and the pages'
    count no smaller than the page's number (``Page 1 of 6``; a carousel's ``Page 1 sur 6
    Page 1 sur 6`` read as ``6 Page 1``). ``p. 12 to 30`` or ``Vol. 3 of 2`` is none."""
    if not any(c.isdigit() for c in text[start:end]):
        return False
    words = _of_words(rules)
    runs = [
        (m.start(), m.end())
        for m in _PAGED.finditer(text)
        if m.group(2).casefold() in words and int(m.group(1)) <= int(m.group(3))
    ]
    if not runs:
        return False
    return all(any(a <= i < b for a, b in runs) for i in range(start, end) if text[i].isdigit())
