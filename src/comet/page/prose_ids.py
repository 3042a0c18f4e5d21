"""Identifiers cited in running prose: a DOI or an ISSN inside a sentence of a paragraph
(``… the proceedings of last year's edition are at https://doi.org/… and include …``,
``… published in the Marsh Review (ISSN …), showed that …``) is a work the text talks
about, not the page's own. A record prints its own identifiers under a label, on a line
of their own, or at the end of a formatted citation; a sentence wraps them in words.

The test is a layout's and a grammar's, with no word of any language: the sentence around
the identifier (cut at sentence ends and at colons, which open a label's value, a
quotation or a citation) holds many words in small letters, as prose does and a
citation's names, title and numbers do not."""

from __future__ import annotations

import re

from comet.page.evidence import _Page
from comet.page.lines import Line

#: words in small letters a sentence around a cited identifier holds at least
PROSE_SMALL_WORDS = 6
#: words of a line wrapped inside a paragraph at least: a sentence goes on over its break
#: (a menu's, a list's or a record's short lines each end their item)
WRAPPED_LINE_WORDS = 8

#: where a sentence ends (a full stop, a question or exclamation mark, an ellipsis, with a
#: closing quotation mark or bracket, before a space) and where a colon opens a value
_CUT = re.compile(r"[.!?…。！？][\"'”’»)\]]*(?=\s|$)|:(?=\s|$)")
#: the same before the identifier, where the text's end is the identifier's start (the colon
#: of ``doi:10.…`` glued to it opens no value of its own)
_HEAD_CUT = re.compile(r"[.!?…。！？][\"'”’»)\]]*(?=\s)|:(?=\s)")
#: a word of letters (hyphens and apostrophes inside), not part of a link or a number
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: a link, an address or a token with a digit: no word of the sentence
#: (from the token's start, its first such character found once: ``\S*[/@\d]\S*`` tried
#: from each character of every word, backtracking over the rest of it)
_LINK = re.compile(r"(?<!\S)[^\s/@\d]*+[/@\d]\S*+")


def _words(text: str) -> list[str]:
    """The words of ``text``, links and tokens with digits left out."""
    return _WORD.findall(_LINK.sub(" ", text))


def _has_word(text: str) -> bool:
    """``text`` holds a word (:func:`_words` finds one)."""
    return _WORD.search(_LINK.sub(" ", text)) is not None


def _wrapped(line: Line) -> bool:
    """``line`` is wrapped inside a sentence: long, and it ends with no sentence's end."""
    return (
        len(_words(line.text)) >= WRAPPED_LINE_WORDS
        and _CUT.search(line.text.rstrip()[-3:]) is None
    )


def _sentence(page: _Page, line: Line, start: int, end: int) -> str:
    """The text of the sentence around ``page.text[start:end]`` on ``line``, the identifier
    left out: back to the last sentence end (or colon) before it and on to the next, over
    the breaks of lines wrapped inside the sentence."""
    lines, text = page.layout.lines, page.text
    head = text[line.start : start]
    k = line.index
    while not _HEAD_CUT.search(head) and k > 0 and not lines[k].blank_before:
        above = lines[k - 1]
        if above.zone != line.zone or not _wrapped(above):
            break
        head = above.text + " " + head
        k -= 1
    cuts = list(_HEAD_CUT.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    tail = text[end : line.end]
    k = line.index
    while (
        not _CUT.search(tail)
        and k + 1 < len(lines)
        and not lines[k + 1].blank_before
        and lines[k + 1].zone == line.zone
        and _wrapped(lines[k])
    ):
        k += 1
        tail += " " + lines[k].text
    cut = _CUT.search(tail)
    return head + " " + (tail[: cut.start()] if cut else tail)


def in_running_prose(page: _Page, start: int, end: int) -> bool:
    """The identifier at ``page.text[start:end]`` is cited inside a sentence of running
    prose (see the module's doc), not inside a formatted citation the page reads."""
    if any(a <= start < b for _item, (a, b), _w, _e in page.cites):
        return False
    line = page.layout.line_at(start)
    if line is None:
        return False
    if not _has_word(page.text[line.start : start] + " " + page.text[end : line.end]):
        return False  # (alone on its line: a record's line, under a truncated summary too)
    small = [w for w in _words(_sentence(page, line, start, end)) if w[:1].islower()]
    return len(small) >= PROSE_SMALL_WORDS
