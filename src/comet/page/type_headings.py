"""A label line that is a type's heading over the title, and a type label's value word (the
page's own ``Type``/``Item type`` labels read from the layout).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet.locales import LocaleRules, casefolded_terms, terms_of
from comet.page.line_labels import _DIGIT
from comet.page.lines import Line
from comet.text._words import closed_class
from comet.vocab import LabelMatch

#: label keys whose value names the kind of work (``Document Type``, ``Item type``)
TYPE_KEYS = frozenset({"publication_type", "material_type", "item_type"})


def _type_word_value(
    key: str, lines: Sequence[Line], matches: Sequence[LabelMatch | None], i: int
) -> bool:
    """The line under a type label (``Document Type``) is a bare label of its own with no
    value under it (``Working Paper`` / ``Publication Date``): the type's name, the value,
    not a label (a record's table of labels over values, as repository pages print them)."""
    if key not in TYPE_KEYS or i + 1 >= len(lines):
        return False
    below = matches[i + 1]
    if below is None or below.value_start < len(lines[i + 1].text):
        return False
    return i + 2 >= len(lines) or matches[i + 2] is not None


def _genre_over_title(key: str, label: str, below: str) -> bool:
    """A one-word thesis label alone on its line (``Thesis``) over a line with no digit: the
    item's genre printed over its title (a repository's item page: ``Thesis`` / ``Coastal
    dune vegetation after storms``), no thesis note (``Thesis`` / ``Ph.D. Harbour University,
    1998`` keeps its value)."""
    return key == "thesis_note" and " " not in label.strip(" :") and not _DIGIT.search(below)


def _type_heading(label: str, below: str, locales: tuple[LocaleRules, ...]) -> bool:
    """A publisher label alone on its line that is an article type's heading too
    (``Editorial``, ``EDITORIAL``: Spanish *publisher*, English *an editorial*) over a line
    with no word of a publisher's or a body's name that reads as a title (``On the
    drainage of fens``, the editorial's title; not ``Universidad de Montealto``, nor a short
    name such as ``Marisma``): a heading, with no value."""
    if not _type_labels(locales) or label.strip(" :").casefold() not in _type_labels(locales):
        return False
    words = _WORDS_RE.findall(below)
    body = _body_words(locales)
    if any(w.casefold() in body for w in words):
        return False
    # a title: a word in small letters that is no function word, or many words (a
    # publisher's name without such a word is short: 'Marisma', 'Juncal XX')
    closed = closed_class(locales)
    prose = any(w.islower() and w.casefold() not in closed for w in words)
    return prose or len(words) > TYPE_HEADING_NAME_WORDS


_WORDS_RE = re.compile(r"[^\W\d_]+")
#: words of a publisher's name under a label that is a type heading too at most
TYPE_HEADING_NAME_WORDS = 4


@functools.cache
def _type_labels(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The publisher labels of the locales that are publication-type terms too, folded."""
    types = {t.casefold() for t in terms_of("types", locales)}
    return casefolded_terms("labels", locales, "publisher") & types


@functools.cache
def _body_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of a publisher's or a body's name (``Ediciones``, ``Universidad``)."""
    words = (*terms_of("references", locales, "publisher_words"),
             *terms_of("person_names", locales, "organisation_words"))  # fmt: skip
    return frozenset(w.casefold() for t in words for w in _WORDS_RE.findall(t))
