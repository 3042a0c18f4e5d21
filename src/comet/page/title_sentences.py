"""A sentence under the page's heading is no title.

A page's own heading is a phrase: it ends in no full stop (``2018 Marsh Symposium``,
``Случай из практики``). Under it a page prints sentences in lines of their own: a
description's first sentence (``Longlisted for the Fen Book Prize.``), a rule of a call for
papers (``Papers must be written in English or Spanish.``), a participant's quoted words
(``“The talks were the best of the week.”``). The title model reads such a line's length,
capitals and the prose around it, and may score it over the heading. Here a line that ends
a sentence (a word of letters, then a full stop; in a quoted sentence, a full stop, an
exclamation or a question mark before the closing quotation mark) loses
:data:`SENTENCE_PENALTY` where a heading line above it, no sentence itself, scores
:data:`HEADING_SHARE` of its score or more (a quoted sentence loses :data:`QUOTED_PENALTY`
under a heading of :data:`QUOTED_HEADING_SHARE`); a line with its byline under it (an
article's title may end with a full stop, as a medical index prints them) keeps it unless
the heading above is a phrase reaching the same byline (a report's cover: its heading, a
sentence about the work, the authors), and a catalogue's record (``The annual of the
fens.``: its title lines end so) keeps it.
"""

from __future__ import annotations

import re

from comet.page.evidence import Cand, _Page

__all__ = ["sentences_under_heading"]

#: what a sentence under a heading loses
SENTENCE_PENALTY = 0.3
#: the heading's score as a share of the sentence's at least
HEADING_SHARE = 0.6
#: the same under a quoted sentence (``“The talks were the best of the week.”``: a
#: participant's or a reader's words, which a page quotes and never takes as its title)
QUOTED_HEADING_SHARE = 0.3
#: what a quoted sentence under a heading loses
QUOTED_PENALTY = 0.5
#: the quotation marks that open a quoted sentence
_OPENING_QUOTES = ("“", '"', "«", "„", "‘")
#: words of a sentence at least (``Sold out.`` is a shop's note the interface reads)
SENTENCE_WORDS = 4
#: a line's end that ends a sentence: a word of three letters or more (no initial, no
#: abbreviation such as ``Vol.`` of two), then a full stop (a headline may close with ``!``
#: or ``?``); in a quoted sentence, any of them before the closing quotation mark
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}\.$")
_QUOTED_END = re.compile(r"[^\W\d_]{2,}[.!?][”\"»’']$")


def _sentence(text: str) -> bool:
    t = text.rstrip()
    if len(t.split()) < SENTENCE_WORDS:
        return False
    end = _QUOTED_END if t.startswith(_OPENING_QUOTES) else _SENTENCE_END
    return end.search(t) is not None


#: lines from a heading to the sentence under it at most (a genre's line between: ``Final
#: report``), for the heading to stand near it
NEAR_LINES = 2


def _phrase_over(page: _Page, heading: Cand, sentence: Cand) -> bool:
    """``heading`` is a phrase near over ``sentence`` (:data:`NEAR_LINES`) that reaches the
    same byline: it ends in a letter (no full stop: a journal's citation line, ``Fen Med.
    2019;12:45-52.``, is none) and a byline follows it too (a report's cover: the heading,
    a sentence about the work, the authors)."""
    text = str(heading.value).rstrip()
    if not (heading.features or {}).get("byline") or not text[-1:].isalpha():
        return False
    top, low = page.layout.line_at(heading.span[0]), page.layout.line_at(sentence.span[0])
    return top is not None and low is not None and low.index - top.index <= NEAR_LINES


def sentences_under_heading(page: _Page, cands: list[Cand]) -> None:
    """Lower the title lines that are sentences under a heading line nearly as strong (see
    the module)."""
    if page.kind is not None and page.kind.name == "opac":
        return  # (a catalogue's title lines end with a full stop)
    lines = [c for c in cands if c.features is not None]
    sentences = [c for c in lines if _sentence(str(c.value))]
    if not sentences:
        return  # (the common case: no title line ends a sentence)
    headings = [c for c in lines if not _sentence(str(c.value)) and c.score > 0]
    for s in sentences:
        quoted = str(s.value).startswith(_OPENING_QUOTES)
        share = QUOTED_HEADING_SHARE if quoted else HEADING_SHARE
        bylined = bool((s.features or {}).get("byline"))
        if any(
            h.span[0] < s.span[0]
            and h.score >= share * s.score
            and (not bylined or _phrase_over(page, h, s))
            for h in headings
        ):
            s.score -= QUOTED_PENALTY if quoted else SENTENCE_PENALTY
            s.evidence += ", a sentence under a heading"
