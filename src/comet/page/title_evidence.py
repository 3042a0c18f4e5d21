"""Evidence a title-like line draws from the rest of the page, for the title model
(:mod:`comet.page.title_model`): whether the prose under the line speaks of what it names.

A work's title shares its vocabulary with the abstract or the body under it (``Three Cases
of Plague Diagnosed in China`` over a text about plague in China); a menu line, a widget's
prompt, the site's name, a related article's teaser or a picture's credit mostly does not.
The prose is every line of :data:`PROSE_WORDS` words or more; a word is compared by its
first :data:`STEM_CHARS` letters (a crude stem that serves every alphabetic language:
*diagnosed*, *diagnosis*); words shorter than :data:`MIN_CHARS` letters and the locales'
function words count for nothing. The page's lines of prose are found once a page; each
line then costs one pass over its own words and the few lines of prose under it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from comet.locales import LocaleRules
from comet.page.evidence import _Page
from comet.page.layout import Line
from comet.text._words import function_words

__all__ = ["near_prose"]

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

#: a word of :data:`MIN_CHARS` letters or more, its first :data:`STEM_CHARS` letters caught
_STEM = re.compile(rf"([^\W\d_]{{{MIN_CHARS},{STEM_CHARS}}})[^\W\d_]*")
#: the same in a case-folded ASCII text, whose letters are a-z (a class tested at once)
_ASCII_STEM = re.compile(rf"([a-z]{{{MIN_CHARS},{STEM_CHARS}}})[a-z]*")


@functools.cache
def _small_stems(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The stems of the locales' function words (``[words].function_words``)."""
    return frozenset(w[:STEM_CHARS] for w in function_words(rules) if len(w) >= MIN_CHARS)


def _stems(text: str, page: _Page) -> frozenset[str]:
    """The stems of the content words of ``text``."""
    folded = text.casefold()
    stems = (_ASCII_STEM if folded.isascii() else _STEM).findall(folded)
    return frozenset(stems) - _small_stems(page.rules)


def _prose_words(text: str) -> bool:
    """``text`` has :data:`PROSE_WORDS` words or more (a line with fewer spaces has fewer)."""
    return text.count(" ") >= PROSE_WORDS - 1 and len(text.split()) >= PROSE_WORDS


def _prose_lines(page: _Page) -> list[int]:
    """The indexes of the page's lines of prose, in order (found once a page)."""
    return page.remember(
        "title-prose",
        lambda: [ln.index for ln in page.layout.lines if _prose_words(ln.text)],
    )


def _line_stems(page: _Page, index: int) -> frozenset[str]:
    """The stems of line ``index`` (memoised: a line of prose serves every line above it)."""
    return page.remember(
        ("title-prose", index), lambda: _stems(page.layout.lines[index].text, page)
    )


#: the signs that end a sentence of prose (a heading of many words ends in none of them)
_SENTENCE_ENDS = (".", "。", "!", "！", ";", ",", ":")


def _long_heading(text: str) -> bool:
    """A line of prose's length that is a heading: it opens with a capital and ends in no
    sign of a sentence's end (``The Effect of Influenza Vaccination for the Elderly on
    Hospitalization and Mortality``); a paragraph ends its sentence, a wrapped line of it
    opens in lower case."""
    t = text.strip()
    return t[:1].isupper() and not t.endswith(_SENTENCE_ENDS)


def near_prose(line: Line, page: _Page) -> float:
    """How many distinct content words of the line the first :data:`NEAR_PROSE_LINES` lines
    of prose under it use (within :data:`NEAR_LINES` lines), out of :data:`FULL_HITS`: the
    abstract or the body under a title speaks of its subject. 0.0 for a line that is prose
    itself (a paragraph shares its words with the next one: that proves no title; a long
    heading is no paragraph: :func:`_long_heading`), a line
    without content words, or one with no prose under it.

    >>> from comet.page.parse import _prepare
    >>> page, _ = _prepare("Tidal Marsh Birds\\nHome\\n" + "Birds of the tidal marsh feed "
    ...                    "on the mud flats at low water in winter and spring.", None)
    >>> [near_prose(ln, page) for ln in page.layout.lines]
    [0.5, 0.0, 0.0]
    """
    if _prose_words(line.text) and not _long_heading(line.text):
        return 0.0
    stems = _stems(line.text, page)
    if not stems:
        return 0.0
    prose = _prose_lines(page)
    at = bisect_right(prose, line.index)
    near: set[str] = set()
    for index in prose[at : at + NEAR_PROSE_LINES]:
        if index - line.index > NEAR_LINES:
            break
        near |= _line_stems(page, index)
    return min(len(stems & near), FULL_HITS) / FULL_HITS
