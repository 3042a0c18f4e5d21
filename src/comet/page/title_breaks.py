"""A chosen title whose phrase its last line leaves unfinished goes on over the lines under it.

A document's first page (an article's PDF as text) breaks a long title over lines where
its column ends, not where its phrases do. The reader scores each line, or a run it knows
(a title in capitals, a wrapped title in sentence case), and may keep the first lines
only. Two marks show that the phrase goes on under the chosen lines:

* their last line ends with a dangling word of the locales (an article, a conjunction, a
  preposition: ``[references].dangling_words``), which no title ends with; a title in
  title case capitalises it (``… Kantor Wilayah II Dengan`` / ``Memakai Metode …``);
* their last line ends with a preposition, an article or a conjunction in small letters
  (``[headings].wrap_words``: ``… Drying and Storing of`` / ``Reed Bundles``), no
  punctuation after it: a heading's phrase broken where its column ended;
* the line under them opens with a word in small letters after a last line ending with no
  punctuation: a conjunction of the locales (``Tidal Flood Control`` / ``and
  Harbour Defence Planning``), or a function word, the line's other words in small letters
  too, under a line the title fills (``… en el taller de cerámica para vecinos`` / ``en
  tiempos de sequía``: a sentence-case title's rest; a tag line, ``in Gardening``, is
  capitalised), the line no genre's (``journal article``, ``статья из сборника``: opening
  with a type word) and no date's;
* the line under them opens a bracket it never closes and a line under that closes it
  (``(Studi Kasus Kota`` / ``Bogor )``): a bracketed subtitle wrapped over lines
  (:func:`~comet.page.title_shapes.bracket_fragment` lines, no title and no byline alone).

The lines joined are further pieces of a heading: in the main text, no blank line before
them, no label, interface, byline, affiliation or contact line, no line opening with an
author word. Pure; the chosen candidate in, the continued one (or the same) out.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.bylines import _byline_at
from comet.page.chrome import _is_chrome
from comet.page.evidence import Cand, _dates_in, _Page
from comet.page.layout import _by_words
from comet.page.name_checks import _type_term
from comet.page.title_shapes import (
    _affiliation_line,
    _dangling_words,
    bracket_fragment,
    mail_line,
)
from comet.text._words import and_words, closed_class

__all__ = ["dangles", "goes_on_under", "title_goes_on"]

#: further lines joined to a chosen title at most
FURTHER_LINES = 3
#: words of the line that leaves its phrase unfinished at least (a line the title fills)
DANGLING_LINE_WORDS = 5
#: words of a further line at most (a paragraph's line is longer)
PIECE_WORDS = 14
#: letters of a capitalised dangling word at least (``Plan A``, ``Vitamin A``: a letter)
CAPITALISED_DANGLING_LETTERS = 3
#: lines under a bracket's opening line searched for its closing
BRACKET_LINES = 2

#: words of a line ending with a wrap word at least (``Storing of`` alone is a fragment)
OPEN_END_WORDS = 3

EVIDENCE = " (its phrase goes on over the lines under it)"

#: marks closing a line whose phrase may be whole (a sentence's, a subtitle's colon, a list)
_CLOSING = (".", ":", ";", "?", "!", ",", "…")

_BRACKETS = {"(": ")", "[": "]"}
_SPACE_IN_BRACKET = re.compile(r"(?<=[(\[])\s+|\s+(?=[)\]])")


def dangles(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The line ends with a dangling word: in small letters, or capitalised in a line whose
    words all open with a capital or a digit (a title in title case)."""
    words = text.split()
    if len(words) < DANGLING_LINE_WORDS:
        return False
    last = words[-1]
    if not last.isalpha() or last.casefold() not in _dangling_words(rules):
        return False
    if last.islower():
        return True
    return (
        len(last) >= CAPITALISED_DANGLING_LETTERS
        and last[1:].islower()
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def open_end(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The line ends with a wrap word of the locales in small letters (``[headings].wrap_words``:
    a preposition, an article, a conjunction), :data:`OPEN_END_WORDS` words or more."""
    words = text.split()
    if len(words) < OPEN_END_WORDS:
        return False
    last = words[-1]
    return (
        last.isalpha()
        and last.islower()
        and last in _loc.casefolded_terms("headings", rules, "wrap_words") | _dangling_words(rules)
    )


def opens_small(page: _Page, above: str, k: int) -> bool:
    """Line ``k`` goes on the phrase of ``above`` (a line ending with no punctuation): it
    opens with a word in small letters, a conjunction of the locales, or a function word
    where its other words are in small letters too and ``above`` is a line the title fills; no genre's
    line, no date's (see the module)."""
    text = page.layout.lines[k].text.strip()
    words = text.split()
    if len(words) < 2 or above.rstrip().endswith(_CLOSING):
        return False
    head = words[0]
    if not (head.isalpha() and head.islower()):
        return False
    conjunction = head.casefold() in and_words(page.rules)
    if not conjunction and (
        head.casefold() not in closed_class(page.rules)
        or len(above.split()) < DANGLING_LINE_WORDS
        or any(w[:1].isupper() for w in words[1:])
    ):
        return False  # ('in Gardening' under a whole title: a blog's category; 'verslag van
        # veldwerk', opening with no function word: a genre's line)
    if _type_term(text, page.rules) is not None or _type_term(head, page.rules) is not None:
        return False  # ('journal article', 'статья из сборника': a genre's line)
    return not _dates_in(page, text)


def _piece(page: _Page, k: int) -> bool:
    """Line ``k`` may be a further piece of a heading (see the module)."""
    line = page.layout.lines[k]
    words = line.text.split()
    if not words or len(words) > PIECE_WORDS or line.blank_before or line.zone != "main":
        return False
    if k in page.layout.label_lines or _is_chrome(line.text, page.rules):
        return False
    if words[0].casefold() in _by_words(page.rules):
        return False  # 'by Ana Ruiz': the byline
    if _affiliation_line(line.text, page.rules) or mail_line(line.text):
        return False
    return _byline_at(page, k) is None


def _bracket_closed(page: _Page, k: int) -> int | None:
    """The line that closes the bracket line ``k`` opens and never closes, every line
    between them a piece of a heading; ``None`` where there is none."""
    lines = page.layout.lines
    text = lines[k].text.strip()
    closing = _BRACKETS.get(text[:1])
    if closing is None or not bracket_fragment(text) or not _piece(page, k):
        return None
    for j in range(k + 1, min(len(lines), k + 1 + BRACKET_LINES)):
        other = lines[j].text.strip()
        if not _piece(page, j) or text[:1] in other:
            return None
        if other.endswith(closing) and bracket_fragment(other):
            return j
    return None


def goes_on_under(page: _Page, index: int) -> bool:
    """Line ``index``, ending with a dangling word, goes on on the line under it, a piece of
    a heading (a title broken there, not a line cut off)."""
    return index + 1 < len(page.layout.lines) and _piece(page, index + 1)


def _further_lines(page: _Page, last: int) -> list[int]:
    """The lines under line ``last`` that the title goes on over (see the module)."""
    lines = page.layout.lines
    out: list[int] = []
    k = last + 1
    while k < len(lines) and len(out) < FURTHER_LINES:
        above = lines[out[-1] if out else last].text.rstrip()
        if (
            dangles(above, page.rules) or open_end(above, page.rules) or opens_small(page, above, k)
        ) and _piece(page, k):
            out.append(k)
            k += 1
            continue
        closed = _bracket_closed(page, k)
        if closed is None or len(out) + closed - k + 1 > FURTHER_LINES:
            break
        out.extend(range(k, closed + 1))
        k = closed + 1
    return out


def title_goes_on(page: _Page, best: Cand | None) -> Cand | None:
    """``best`` with the lines under it that finish its phrase joined (see the module);
    ``best`` itself where none does, or where it is no line of the page (a citation's or a
    label's title)."""
    if best is None or best.features is None:
        return best
    last = page.layout.line_at(max(best.span[0], best.span[1] - 1))
    if last is None or last.end != best.span[1]:
        return best
    further = _further_lines(page, last.index)
    if not further:
        return best
    lines = page.layout.lines
    tail = _SPACE_IN_BRACKET.sub("", " ".join(lines[k].text.strip() for k in further))
    value = f"{str(best.value).rstrip()} {tail}"
    first = page.layout.line_at(best.span[0])
    if first is not None:  # (the byline is read under the lines joined)
        page.memo[("translated-run", first.index)] = further[-1]
    span = (best.span[0], lines[further[-1]].end)
    return Cand(value, best.score, span, best.evidence + EVIDENCE, best.features)
