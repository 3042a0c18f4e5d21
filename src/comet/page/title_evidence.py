"""Evidence a title-like line draws from the rest of the page, for the title model
(:mod:`comet.page.title_model`): whether the page's prose speaks of what the line names.

A work's title shares its vocabulary with its abstract or its body (``Three Cases of Plague
Diagnosed in China`` over a text about plague in China); a menu line, a widget's prompt, a
related article's teaser or a picture's credit mostly does not. The prose is every line of
:data:`PROSE_WORDS` words or more; a word is compared by its first :data:`STEM_CHARS`
letters (a crude stem that serves every alphabetic language: *diagnosed*, *diagnosis*);
words shorter than :data:`MIN_CHARS` and the locales' function words count for nothing.
The page's prose is read once (its stems counted in one pass); each line then costs one
pass over its own words and the few lines of prose under it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter

from comet.locales import LocaleRules
from comet.page.evidence import _Page
from comet.page.layout import Line
from comet.text._words import function_words

__all__ = ["prose_evidence"]

#: words of a line of prose at least (an abstract's or a body's paragraph)
PROSE_WORDS = 12
#: letters of a word compared (its first ones)
STEM_CHARS = 6
#: letters of a word counted at least
MIN_CHARS = 4
#: lines of prose read under a line, and lines under it searched for them, at most
NEAR_PROSE_LINES = 3
NEAR_LINES = 40
#: characters of prose read at most (the abstract and the body's opening; a long page's
#: further prose and comments add nothing a title needs)
PROSE_CHARS = 20_000
#: distinct words shared with the prose under a line that count as full evidence
FULL_HITS = 6


#: a word of :data:`MIN_CHARS` letters or more, its first :data:`STEM_CHARS` letters caught
_STEM = re.compile(rf"([^\W\d_]{{{MIN_CHARS},{STEM_CHARS}}})[^\W\d_]*")


@functools.cache
def _small_stems(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The stems of the locales' function words (``[words].function_words``)."""
    return frozenset(w[:STEM_CHARS] for w in function_words(rules) if len(w) >= MIN_CHARS)


def _stems(text: str, page: _Page) -> list[str]:
    """The stems of the content words of ``text``, in order."""
    small = _small_stems(page.rules)
    return [s for s in _STEM.findall(text.casefold()) if s not in small]


def _prose(page: _Page) -> tuple[Counter[str], list[int]]:
    """How often each stem occurs in the page's lines of prose (the first
    :data:`PROSE_CHARS` characters of them), and the indexes of those lines in order
    (computed once a page: the prose read as one text)."""

    def read() -> tuple[Counter[str], list[int]]:
        lines = page.layout.lines
        indexes = []
        read = 0
        for ln in lines:  # (a line with fewer spaces has fewer words)
            if ln.text.count(" ") >= PROSE_WORDS - 1 and len(ln.text.split()) >= PROSE_WORDS:
                indexes.append(ln.index)
                read += len(ln.text)
                if read >= PROSE_CHARS:
                    break
        counts = Counter(_STEM.findall("\n".join(lines[i].text for i in indexes).casefold()))
        for small in _small_stems(page.rules) & counts.keys():
            del counts[small]
        return counts, indexes

    return page.remember("title-prose", read)


def _line_stems(page: _Page, index: int) -> frozenset[str]:
    """The stems of line ``index`` (memoised: a line of prose serves every line above it)."""
    return page.remember(
        ("title-prose", index), lambda: frozenset(_stems(page.layout.lines[index].text, page))
    )


def prose_evidence(line: Line, page: _Page) -> tuple[float, float]:
    """The line's two prose features (``prose``, ``near_prose``), its words read once.

    ``prose``: the share of the line's distinct content words (by stem) that the page's
    prose uses elsewhere (the line's own words aside, where it is a line of prose itself).
    ``near_prose``: how many distinct content words of the line the first
    :data:`NEAR_PROSE_LINES` lines of prose under it use (within :data:`NEAR_LINES` lines),
    out of :data:`FULL_HITS`: the abstract or the body under a title speaks of its subject;
    0.0 for a line that is prose itself (a paragraph shares its words with the next one:
    that proves no title). Both 0.0 for a line without content words or a page without prose.

    >>> from comet.page.parse import _prepare
    >>> page, _ = _prepare("Tidal Marsh Birds\\nHome\\n" + "Birds of the tidal marsh feed "
    ...                    "on the mud flats at low water in winter and spring.", None)
    >>> [prose_evidence(ln, page) for ln in page.layout.lines[:2]]
    [(1.0, 0.5), (0.0, 0.0)]
    """
    stems = _stems(line.text, page)
    if not stems:
        return 0.0, 0.0
    counts, prose = _prose(page)
    if not prose:
        return 0.0, 0.0
    distinct = set(stems)
    if len(line.text.split()) >= PROSE_WORDS:
        own = Counter(stems)
        return sum(counts[s] > own[s] for s in distinct) / len(distinct), 0.0
    share = sum(s in counts for s in distinct) / len(distinct)
    at = bisect_right(prose, line.index)
    near: set[str] = set()
    for index in prose[at : at + NEAR_PROSE_LINES]:
        if index - line.index > NEAR_LINES:
            break
        near |= _line_stems(page, index)
    return share, min(len(distinct & near), FULL_HITS) / FULL_HITS
