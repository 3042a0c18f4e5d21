"""A label's value that is no value: a line of prose or a menu's items after a short field's
label, a placeholder (``-``, ``n/a``) for a named field.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet.locales import LocaleRules, fold, terms_of
from comet.page.lines import Line
from comet.page.name_table import _interface_words

#: keys whose value is a short name, number or date: a sentence on the line under such a
#: label alone is the text under a heading, no value (``Series`` / ``The books in this
#: series tell …``)
_SHORT_VALUE_KEYS = frozenset({
    "publisher", "place", "series", "journal", "container", "edition", "language",
    "publication_type", "material_type", "city", "country", "volume", "issue", "year",
    "published", "event_location", "conference",
})  # fmt: skip
#: words of a sentence under a heading at least (a publisher's or a series' name is shorter)
PROSE_VALUE_WORDS = 12
#: a sentence's end: a full stop, a question or an exclamation mark, an ellipsis
_PROSE_VALUE_END = re.compile(r"[.!?…]\W*$")
#: words of a menu's line at most (``Contact``, ``About us``)
MENU_VALUE_WORDS = 3


def _no_value_line(key: str, text: str, locales: tuple[LocaleRules, ...]) -> bool:
    """The line under a label alone that is no value of it: a sentence of
    :data:`PROSE_VALUE_WORDS` words or more with no digit, under a label of
    :data:`_SHORT_VALUE_KEYS` (a heading's text), or a menu's item of interface words
    alone (``Publisher`` / ``Contact`` in a site's menu)."""
    words = text.split()
    if not words:
        return False
    if len(words) <= MENU_VALUE_WORDS:
        if key == "language":
            return False  # a language's name is an interface word too (a site's language menu)
        ui = _interface_words(locales)
        return all(w.strip(".,:;|").casefold() in ui for w in words)
    return key in _SHORT_VALUE_KEYS and prose_sentence(text, PROSE_VALUE_WORDS)


def prose_sentence(text: str, least_words: int) -> bool:
    """``text`` is a sentence of ``least_words`` words or more with no digit, ending in a
    sentence's end (a heading's text, a field's help: no value of a label)."""
    return (
        len(text.split()) >= least_words
        and _PROSE_VALUE_END.search(text) is not None
        and not any(ch.isdigit() for ch in text)
    )


#: keys whose value names a body or a work (a publisher, a place, a series, a journal): a
#: placeholder there names none
_NAMED_KEYS = frozenset({"publisher", "place", "series", "journal", "container", "edition"})
#: a value of dashes alone (``Publisher: —``)
_DASHES = re.compile(r"[-–—‒―_.\s]+")


def _placeholder(value: str, locales: tuple[LocaleRules, ...]) -> bool:
    """A label's value that stands for no value: dashes alone, or a placeholder of the
    locales' ``[words].name_placeholders`` (``Unknown``, ``N/A``, ``なし``)."""
    v = value.strip()
    if not v or len(v) > 20:
        return False
    return _DASHES.fullmatch(v) is not None or fold(v.rstrip(".")) in _placeholders(locales)


@functools.cache
def _placeholders(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    return frozenset(fold(t.rstrip(".")) for t in terms_of("words", locales, "name_placeholders"))


#: characters of a caseless script's value under a label alone at most (a few names)
CASELESS_VALUE_CHARS = 40


def caseless_label_value(text: str) -> bool:
    """The line under a person's label alone written in a script without case (Han, Hangul,
    kana, Arabic): read as the label's value, as ``Label: value`` on one line is (``저자`` /
    ``김철수``, ``作者`` / ``王晓明``); the byline readers ask more of such a line alone (a
    word of a caseless script alone is as often a menu's), a label vouches for it."""
    t = text.strip()
    return (
        0 < len(t) <= CASELESS_VALUE_CHARS
        and not t[0].isdigit()
        and any(ch.isalpha() for ch in t)
        and not any(ch.isupper() or ch.islower() for ch in t)
    )


#: short lines one under the other above a label at least for the label to close a menu
MENU_COLUMN_LINES = 3
#: words of each of those lines at most
MENU_COLUMN_WORDS = 2


def closes_menu(lines: Sequence[Line], i: int) -> bool:
    """The label on line ``i`` is a menu's last item, not a field's name: it closes a column
    of :data:`MENU_COLUMN_LINES` short lines or more (``Sections`` / ``References`` /
    ``Search`` / ``Source``, a sidebar's links one a line) and a blank line parts it from the
    line under it (the page's heading), which is no value of it."""
    if i + 1 >= len(lines) or not lines[i + 1].blank_before or lines[i].blank_before:
        return False
    if i < MENU_COLUMN_LINES or len(lines[i].text.split()) > MENU_COLUMN_WORDS:
        return False
    column = lines[i - MENU_COLUMN_LINES : i]
    return all(
        len(ln.text.split()) <= MENU_COLUMN_WORDS and (ln is column[0] or not ln.blank_before)
        for ln in column
    )
