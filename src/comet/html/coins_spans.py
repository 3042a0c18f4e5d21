"""Where a page's COinS spans are (``<span class="Z3988" title="ctx_ver=…">``), found
without trying the pattern at every ``<`` of the page.

A search of the whole page with :data:`COINS` tries its attribute scan at every ``<span``
(a publisher's page has thousands): a millisecond on a long page.  Every match holds a
``Z3988`` (in either case), and that word fixes where the match can start: the quote that
opens the class value is the last quote before the word (none stands between them), and
the match starts at the last ``<`` before that quote (the pattern allows none between
``<span`` and the quote).  :func:`coins_matches` tries the pattern at those places only,
in page order, as the search finds them (a match that starts inside the one before is not
one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["COINS", "coins_matches"]

COINS = re.compile(r"""<span\b[^<>]{0,2000}?class\s*=\s*["'][^"']*\bZ3988\b[^<>]*>""", re.I)


def coins_matches(raw: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`COINS` in ``raw``, as ``COINS.finditer(raw)`` gives them.

    >>> [m.start() for m in coins_matches('<p><span class="Z3988" title="a=1"></span>')]
    [3]
    """
    found = sorted(at for word in ("Z3988", "z3988") for at in _places(raw, word))
    # the last quote before each word and the last '<' before that quote, found in one
    # pass from left to right (the places only move right)
    quote = opening = -1
    seen = quoted = 0
    last = tried = -1
    for at in found:
        quote = max(quote, raw.rfind('"', seen, at), raw.rfind("'", seen, at))
        seen = at
        if quote < 0:
            continue
        opening = max(opening, raw.rfind("<", quoted, quote))
        quoted = quote
        if opening < max(last, 0) or opening == tried:
            continue  # (inside the match before, no '<' at all, or tried already)
        tried = opening
        m = COINS.match(raw, opening)
        if m is not None:
            yield m
            last = m.end()


def _places(raw: str, word: str) -> Iterator[int]:
    at = raw.find(word)
    while at >= 0:
        yield at
        at = raw.find(word, at + 1)
