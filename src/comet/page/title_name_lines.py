"""A line between a title and its byline that is a list of names: no subtitle of the title.

A journal's page may print its byline twice (in the article's script, then transliterated:
``박서연1, 이도윤2`` / ``Seo Yeon Park1, Do Yun Lee2``), or print names the byline reader
cannot vouch for (unknown given names, initials run together: ``II Okafor``) over a line
it can read, or over the authors' affiliations. The title reader then takes the line right
under the title, a heading-like line followed by a byline, for a subtitle, and the title
gains ``: names``. Here such a line is told by its shape alone (a layout signal, no name
lexicon): a list of items each a person's name's shape, every word capitalised (or
initials, or a name of an unspaced script: Hangul, Han, kana; a word in small letters, a
function word's, is none), affiliation marks after them allowed, no other digit:

* two items or more, each of two to four words, or one word of an unspaced script
  (``Ana Lindqvist, Tomas Berg``; ``박서연1, 이도윤2``): a subtitle's list of places or
  topics has one-word items (``Theory, Practice, Policy``) or function words;
* one item of initials and a family name (``AB Okafor``) whose words repeat the shape of the
  byline line right under it (``CD Eze``): a single name, printed as the next is.

Pure; the page and the line in, a verdict out.
"""

from __future__ import annotations

import re

from comet.page.evidence import _Page
from comet.text._words import and_words

__all__ = ["names_list_line"]

#: words of one name at most, and items of a list at most
NAME_WORDS = 4
LIST_ITEMS = 12
#: letters of a run of initials at most (``II``, ``ABC``)
INITIALS_LETTERS = 3
#: characters of a line read at most (a byline's list is short; a paragraph is no list)
MAX_CHARS = 300

#: the marks after a name pointing to an affiliation or a note (``Ana Ruiz1,2*``)
_MARKS = "0123456789*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰"
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2,5}")
_ITEM_SPLIT = re.compile(r"[,;&]")
_INNER = str.maketrans("", "", "-'’.")


def _word_class(word: str) -> str | None:
    """``u`` a name in an unspaced script, ``i`` initials, ``t`` a capitalised word, else
    ``None`` (a word in small letters, a number, a sign)."""
    w = word.rstrip(_MARKS)
    if not w:
        return None
    if _UNSPACED.fullmatch(w):
        return "u"
    letters = w.translate(_INNER)
    if not letters.isalpha() or not w[:1].isupper():
        return None
    if letters.isupper():
        return "i" if len(letters) <= INITIALS_LETTERS else None
    return "t"


def _shape(text: str, page: _Page) -> list[tuple[str, ...]] | None:
    """The word classes of each item of a line read as a list of names, or ``None``."""
    if len(text) > MAX_CHARS:
        return None
    joiners = and_words(page.rules)
    words = [w for w in text.split() if w.casefold() not in joiners]
    items: list[tuple[str, ...]] = []
    for part in _ITEM_SPLIT.split(" ".join(words)):
        item = part.split()
        if not item:
            continue
        if len(item) > NAME_WORDS:
            return None
        classes = tuple(_word_class(w) for w in item)
        if any(c is None for c in classes):
            return None
        items.append(tuple(c for c in classes if c is not None))
    if not items or len(items) > LIST_ITEMS:
        return None
    return items


def _a_name(item: tuple[str, ...]) -> bool:
    return item == ("u",) or (len(item) >= 2 and "u" not in item)


def names_list_line(page: _Page, k: int) -> bool:
    """Line ``k`` is a list of names by its shape (see the module): no subtitle."""
    lines = page.layout.lines
    items = _shape(lines[k].text.strip(), page)
    if items is None or not all(_a_name(item) for item in items):
        return False
    if len(items) >= 2:
        return True
    if "i" not in items[0] or k + 1 >= len(lines):
        return False
    return _shape(lines[k + 1].text.strip(), page) == items
