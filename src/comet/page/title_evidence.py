"""Evidence a title-like line draws from the rest of the page, for the title model
(:mod:`comet.page.title_model`): whether the page's prose speaks of what the line names.

A work's title shares its vocabulary with its abstract or its body (``Three Cases of Plague
Diagnosed in China`` over a text about plague in China); a menu line, a widget's prompt, a
related article's teaser or a picture's credit mostly does not. The prose is every line of
:data:`PROSE_WORDS` words or more; a word is compared by its first :data:`STEM_CHARS`
letters (a crude stem that serves every alphabetic language: *diagnosed*, *diagnosis*);
words shorter than :data:`MIN_CHARS` and the locales' function words count for nothing.
The page's prose is read once (its stems counted and kept per line); each line then costs
one pass over its own words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from comet.page.evidence import _WORD, _Page
from comet.page.layout import Line
from comet.text._words import function_words

__all__ = ["near_prose", "prose_share"]

#: words of a line of prose at least (an abstract's or a body's paragraph)
PROSE_WORDS = 12
#: letters of a word compared (its first ones)
STEM_CHARS = 6
#: letters of a word counted at least
MIN_CHARS = 4
#: lines of prose read under a line, and lines under it searched for them, at most
NEAR_PROSE_LINES = 3
NEAR_LINES = 40
#: distinct words shared with the prose under a line that count as full evidence
FULL_HITS = 6


def _stems(text: str, page: _Page) -> list[str]:
    """The stems of the content words of ``text``, in order."""
    small = function_words(page.rules)
    return [
        w[:STEM_CHARS]
        for w in _WORD.findall(text.casefold())
        if len(w) >= MIN_CHARS and w not in small
    ]


def _prose(page: _Page) -> tuple[Counter[str], list[tuple[int, frozenset[str]]]]:
    """How often each stem occurs in the page's lines of prose, and the index and stems of
    each of those lines in order (computed once a page)."""

    def read() -> tuple[Counter[str], list[tuple[int, frozenset[str]]]]:
        counts: Counter[str] = Counter()
        lines = []
        for ln in page.layout.lines:
            if len(ln.text.split()) >= PROSE_WORDS:
                stems = _stems(ln.text, page)
                counts.update(stems)
                lines.append((ln.index, frozenset(stems)))
        return counts, lines

    return page.remember("title-prose", read)


def prose_share(line: Line, page: _Page) -> float:
    """The share of the line's distinct content words (by stem) that the page's prose
    uses elsewhere (the line's own words aside, where it is a line of prose itself); 0.0
    for a line without content words or a page without prose.

    >>> from comet.page.parse import _prepare
    >>> page, _ = _prepare("Tidal Marsh Birds\\nHome\\n" + "Birds of the tidal marsh feed "
    ...                    "on the mud flats at low water in winter and spring.", None)
    >>> [prose_share(ln, page) for ln in page.layout.lines[:2]]
    [1.0, 0.0]
    """
    stems = _stems(line.text, page)
    if not stems:
        return 0.0
    counts, _ = _prose(page)
    own = Counter(stems) if len(line.text.split()) >= PROSE_WORDS else Counter()
    distinct = set(stems)
    return sum(counts[s] > own[s] for s in distinct) / len(distinct)


def near_prose(line: Line, page: _Page) -> float:
    """How many distinct content words of a line the first :data:`NEAR_PROSE_LINES` lines
    of prose under it use (within :data:`NEAR_LINES` lines), out of :data:`FULL_HITS`: the
    abstract or the body under a title speaks of its subject. 0.0 for a line that is prose
    itself (a paragraph shares its words with the next one: that proves no title)."""
    if len(line.text.split()) >= PROSE_WORDS:
        return 0.0
    stems = set(_stems(line.text, page))
    if not stems:
        return 0.0
    _, prose = _prose(page)
    at = bisect_right(prose, line.index, key=lambda p: p[0])
    near: set[str] = set()
    for index, found in prose[at : at + NEAR_PROSE_LINES]:
        if index - line.index > NEAR_LINES:
            break
        near |= found
    return min(len(stems & near), FULL_HITS) / FULL_HITS
