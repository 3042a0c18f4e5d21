"""A title line with its author's name glued after it, no sign between them: a flattened
title block (a shop's product heading ``Tides of the North Ines Calloway``, a document's
first page ``Reed counts in the fens J. Harrow Fen Institute, Leeds``, ``… Ruth Penn1 ,
Ola Berg2``) prints the work's title and its byline in one line.

The name is read where it starts: a known given name of the lexicon (one or two, then
initials at most) or initials, then a capitalised family word. It counts only where the
page proves it a byline, not a title's words naming a person (``Letters to Ines Calloway``):

* the word before it is no function word of the locales and ends no phrase with a sign
  (``… Revisited: Ines Calloway`` is a subtitle);
* two words of title or more stand before it (four where nothing else proves the name);
* what follows the name is the line's end, a comma, an affiliation's mark (``Penn1``,
  ``Penn*``), or a capitalised word (its affiliation, a further name), never a word in
  lower case (``… Ines Calloway wrote …`` is a sentence);
* the page names the person again elsewhere (``Author: Ines Calloway``), or the name
  carries an affiliation's mark, or an organisation's name or another name follows it.

A one-word author label of the locales written with a capital before the name (``…
Revisited Par Ines Calloway``, ``By``, ``Von``, ``Por``: :func:`comet.page.layout._by_words`;
in small letters it is a title's preposition, ``Eine Studie von Ines Calloway``) opens the
byline itself: the name after it needs no other proof, and the title ends before the label
(a flattened head glues the issue's locator to the name: ``… Par Ines Callowayn° 3, 2031/1``).
The capital tells a label only in a title written in sentence case (a word of content in
small letters before it); in title case every word of content has a capital and so may a
preposition (``Portraits Inspired By Ines Calloway``: the title's words).

Pure: the line's text in, where the name starts out (``None`` when no name is glued).
"""

from __future__ import annotations

import re

from comet.page.evidence import _Page
from comet.page.layout import _by_words
from comet.page.name_plausible import known_given
from comet.page.org_lines import names_organisation
from comet.text._words import closed_class

__all__ = ["glued_name_start"]

#: words of title before the name at least, and where nothing but its place proves the name
TITLE_WORDS = 2
UNPROVEN_TITLE_WORDS = 4
#: given names before the family word at most, and initials after them
GIVEN_WORDS = 2
MIDDLE_INITIALS = 2

#: the marks an affiliation or a note puts after a family name (with digits and a comma)
_MARKS = "*∗†‡¹²³⁴⁵⁶⁷⁸⁹"
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.){1,3}$")
#: a family word: a capital then small letters (a hyphen, an apostrophe), then the marks an
#: affiliation puts after it (digits, stars, daggers, superscripts) or a comma
_FAMILY = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)"
    rf"(?P<mark>[\d,{_MARKS}]*)$"
)
#: a family word's start (what a flattened head glues after it aside: ``Callowayn°``)
_FAMILY_START = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+")
_TOKEN = re.compile(r"\S+")
#: a line's words cheap to rule out: no capital after the first two words
_CAPITAL_LATER = re.compile(r"\S+\s+\S+\s+.*?[A-ZÀ-ÖØ-Þ]")


def _name_end(words: list[str], k: int) -> tuple[int, str] | None:
    """Where a name starting at ``words[k]`` ends (the index after its family word) and the
    affiliation mark glued to that word; ``None`` when no name starts there."""
    i = k
    if _INITIALS.match(words[i]):
        while i < len(words) and _INITIALS.match(words[i]) and i - k < MIDDLE_INITIALS + 1:
            i += 1
    else:
        while (
            i < len(words)
            and i - k < GIVEN_WORDS
            and words[i][:1].isupper()
            and not words[i].isupper()
            and known_given(words[i])
        ):
            i += 1
        if i == k:
            return None
        j = i
        while j < len(words) and _INITIALS.match(words[j]) and j - i < MIDDLE_INITIALS:
            j += 1
        i = j
    if i >= len(words):
        return None
    m = _FAMILY.match(words[i])
    if m is None:
        return None
    return i + 1, m.group("mark")


def glued_name_start(text: str, page: _Page) -> int | None:
    """Where an author's name glued after the title starts in ``text`` (see the module),
    else ``None``."""
    if _CAPITAL_LATER.match(text) is None:
        return None
    spans = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    words = [w for _, w in spans]
    small = closed_class(page.rules)
    for k in range(TITLE_WORDS, len(words) - 1):
        first = words[k][:1]
        if not first.isupper():
            continue
        before = words[k - 1]
        if _by_word_name(words, k, page):
            return spans[k - 1][0]  # ('… Par Ines Calloway': the label opens the byline)
        if before.casefold() in small or not (before[-1:].isalnum() or before[-1:] in ")?!'’"):
            continue
        found = _name_end(words, k)
        if found is None:
            continue
        end, mark = found
        rest = words[end:]
        if rest and rest[0][:1].islower():
            continue  # a sentence or the title goes on ('… Ines Calloway wrote …', '… and …')
        name = " ".join(words[k:end]).rstrip(",0123456789" + _MARKS)
        elsewhere = page.text.count(name) >= 2
        marked = bool(mark.strip(","))
        after = " ".join(rest)
        followed = bool(rest) and (  # (the affiliation's name before its address's comma)
            names_organisation(after.partition(",")[0], page.rules)
            or names_organisation(after, page.rules)
            or _name_end(rest, 0) is not None
        )
        if not (elsewhere or marked or followed) and (k < UNPROVEN_TITLE_WORDS or rest):
            continue  # (unproven: only at the line's end, after a long title)
        return spans[k][0]
    return None


def _by_word_name(words: list[str], k: int, page: _Page) -> bool:
    """``words[k - 1]`` is a one-word author label of the locales written with a capital,
    as a field's label is (a title's preposition is not: ``… Studie von Ines Calloway``),
    after :data:`TITLE_WORDS` words of title, and a name starts at ``words[k]``: a known
    given name (one or two) then a capitalised family word, what follows it no word in
    lower case."""
    label = words[k - 1]
    if (
        k - 1 < TITLE_WORDS
        or not label[:1].isupper()
        or label.casefold() not in _by_words(page.rules)
    ):
        return False  # ('Eine neue Studie von Ines Calloway': a title's preposition)
    if not _sentence_case(words[: k - 1], closed_class(page.rules)):
        return False  # ('Portraits Inspired By Ines Calloway': title case's capital)
    i = k
    while (
        i < len(words) and i - k < GIVEN_WORDS and words[i][:1].isupper() and known_given(words[i])
    ):
        i += 1
    if i == k or i >= len(words) or _FAMILY_START.match(words[i]) is None:
        return False
    return i + 1 >= len(words) or not words[i + 1][:1].islower()


def _sentence_case(words: list[str], small: frozenset[str]) -> bool:
    """A word of ``words`` after the first, no function word of ``small``, opens with a
    small letter (past a bracket or a quote): the title is written in sentence case."""
    for w in words[1:]:
        core = w.lstrip("([{\"'«“‘¿¡")
        if core[:1].islower() and core.casefold().rstrip(".,;:)") not in small:
            return True
    return False
