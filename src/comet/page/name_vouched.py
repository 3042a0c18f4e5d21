"""A name the page vouches for itself: printed after an author word at the head of a line
(``By Brigit Quell``, ``von Duy An Dinh``) and on another line of the page too (a byline
over the body and the writer's bio, ``About Brigit Quell``; a bare name over the dateline
and the same writer's teaser ``von Duy An Dinh``). Such a name is a person's though its
given name is in no locale's list (:func:`~comet.page.name_plausible.plausible_person`):
a heading or a button is not printed after an author word, and the words of a phrase
(``By Public Transport`` under the heading ``Public Transport``) stand in lower case in the
page's prose, where a name's never do.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _Page
from comet.page.layout import _by_words

#: words of a name after an author word: two at least (a one-word name after ``By`` is a
#: menu's ``By Topic``), four at most
NAME_WORDS = (2, 4)


@functools.cache
def _opening_author_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A line of a page's text that opens with a one-word author label of the locales
    (``By``, ``von``, ``par``) and goes on: the rest of the line is group 1."""
    words = _loc.alternation(_by_words(rules))
    return re.compile(rf"^[ \t]*(?:{words}):?[ \t]+(\S[^\n]*)", re.M | re.I)


def author_word_lines(page: _Page) -> tuple[tuple[int, str], ...]:
    """The lines of the page that open with an author word and a name, each with the name
    (folded): the run of capitalised words after the author word (``By Lance Quill
    published 19 May`` → ``lance quill``). Read once per page, by one search of its text."""

    def compute() -> tuple[tuple[int, str], ...]:
        out = []
        for m in _opening_author_word(page.rules).finditer(page.text):
            words = []
            for w in m.group(1).split()[: NAME_WORDS[1] + 1]:
                if not (w[:1].isupper() and w.replace("-", "").isalpha()):
                    break
                words.append(w)
            if NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]:
                line = page.layout.line_at(m.start(1))
                if line is not None:
                    out.append((line.index, _loc.fold(" ".join(words))))
        return tuple(out)

    return page.remember(("author-word-lines",), compute)


def vouched_name(page: _Page, name: str) -> bool:
    """``name`` (as printed: ``Brigit Quell``) follows an author word at the head of a line
    of the page (:func:`author_word_lines`), the page prints it on two lines at least, none
    of its words stands in lower case in the page's text, and none is a place word of the
    locales (a station, a street, a means of transport: a page of directions)."""
    name = " ".join(name.split())
    folded = _loc.fold(name)
    if not any(n == folded for _, n in author_word_lines(page)):
        return False  # (the cheap test first: most names asked follow no author word)
    if any(_loc.fold(w) in _place_words(page.rules) for w in name.split()):
        return False  # 'Von Kiel Hauptbahnhof', 'By Night Bus': directions, no writer
    return page.remember(
        ("vouched-name", name),
        lambda: (
            page.text.count(name) >= 2
            and not any(_in_lower_case(w, page.text) for w in name.split())
        ),
    )


@functools.cache
def _place_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words of places' and ways' names of the locales (``[words].place_words``:
    *station, Hauptbahnhof, bus, gare*), folded."""
    return _loc.folded_terms("words", rules, "place_words")


def _in_lower_case(word: str, text: str) -> bool:
    """``word`` stands in lower case as a word of ``text`` (``public transport``), not as a
    piece of an address (``/author/brigit-quell``, ``@brigitquell``)."""
    lower = word.lower()
    if lower == word or lower not in text:
        return False
    return re.search(rf"(?<![\w/@.-]){re.escape(lower)}(?![\w/@-])", text) is not None
