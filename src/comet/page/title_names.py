"""A title line that opens with its authors: ``Е. В. Суровцева, О. Е. Фролова. IV
Международный конгресс …`` (initials and family names, then a full stop and the title), as
a journal's contents or a citation head prints a work. The names are the byline, the rest
the title. A step of :mod:`comet.page.parse` (title) and :mod:`comet.page.persons`.

A shop's title line that closes with its authors after a dash (``Marsh Birds of the North -
Ana Lindqvist, Tomas Berg``, as book shops name a product): :func:`names_closing`.
"""

from __future__ import annotations

import re

from comet.dates.years import YEAR
from comet.names import Person
from comet.page.bylines import _line_names
from comet.page.evidence import _Page
from comet.page.name_plausible import plausible_names
from comet.page.title_shapes import _organisation_words

#: the names before the title: each with one to three initials before or after its
#: family name, separated by commas, closed by a full stop and a space
_INITIALS = r"(?:[^\W\d_]\.\s?){1,3}"
_FAMILY = r"[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?"
_NAME = rf"(?:{_INITIALS}{_FAMILY}|{_FAMILY}\s{_INITIALS})"
_HEAD = re.compile(rf"({_NAME}(?:,\s{_NAME}){{0,5}})\.?\s+(?=\S)")
#: words of the title after the names at least
REST_WORDS = 3
#: the names' head ends in an initial and its full stop (``… О. Е.``)
_LAST_INITIAL = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")
#: an initial and its full stop in a given name (``Е. В.``)
_HAS_INITIAL = re.compile(r"[^\W\d_]\.")


def names_opening(text: str, page: _Page) -> tuple[tuple[Person, ...], int] | None:
    """The names a title line opens with and where its title starts, or ``None``: every
    name has initials (``Е. В. Суровцева``, ``Суровцева Е. В.``), a full stop closes the
    list (the last initial's, or its own after a family name) and three words or more
    follow, opening with a capital or a digit. Two names at least (one alone is more often
    the work's subject: ``J. R. R. Tolkien. A Biography``, ``U. S. Army. Annual report``);
    no family name an organisation's word. The page shows a year (a work's record: an event's
    page, ``A. Lincoln, F. Douglass. Letters and Speeches: a reading evening`` over prose and
    a weekday, names its subjects)."""
    m = _HEAD.match(text)
    if m is None:
        return None
    head = m.group(1)
    closed = text[m.end(1) : m.end()].startswith(".") or head.endswith(".")
    rest = text[m.end() :]
    if (
        not closed
        or len(rest.split()) < REST_WORDS
        or not (rest[:1].isupper() or rest[:1].isdigit())
    ):
        return None
    if YEAR.search(page.text) is None:
        return None  # no year on the page: no work's record, the names are its subject
    last_initial = _LAST_INITIAL.search(head) is not None
    persons = _line_names(head if last_initial else head.rstrip("."), page)
    if not persons or any(not p.family or not p.given for p in persons):
        return None
    if len(persons) < 2:
        return None  # 'J. R. R. Tolkien. A Biography', 'U. S. Army. Annual report': a subject
    org = _organisation_words(page.rules)
    if any(w.casefold() in org for p in persons for w in (p.family or "").split()):
        return None
    if any(not _HAS_INITIAL.search(p.given or "") for p in persons):
        return None  # (every name with its initials)
    return tuple(persons), m.end()


#: the dash before a shop title's authors: a hyphen or a dash between spaces
_CLOSING_DASH = re.compile(r"\s[-–—]\s")
#: a book's number on the page: an ISBN's label, or an EAN-13 of the book trade (978, 979)
#: (each branch opening with a character: a pattern that does is scanned for it in C)
_BOOK_NUMBER = re.compile(r"ISBN|9(?<!\d9)7[89]\d{10}(?!\d)")
#: names after the dash at most (a longer tail is a subtitle or a list)
CLOSING_NAMES = 6


def names_closing(text: str, page: _Page) -> tuple[tuple[Person, ...], int] | None:
    """The names a shop's title line closes with after a dash and where they start (the
    dash's), or ``None``: ``Marsh Birds of the North - Ana Lindqvist, Tomas Berg``. The page
    prints a book's number (an ISBN, or an EAN-13 of the book trade: a product's page); the
    title before the dash has :data:`REST_WORDS` words or more; every name has a given and a
    family name, no family name an organisation's word, and the list reads as people's
    (:func:`~comet.page.name_plausible.plausible_names`: ``A Field Guide``, ``Paris Berlin``
    are none)."""
    marks = list(_CLOSING_DASH.finditer(text))
    if not marks or _BOOK_NUMBER.search(page.text) is None:
        return None
    cut = marks[-1]
    head, tail = text[: cut.start()], text[cut.end() :].strip()
    if len(head.split()) < REST_WORDS or not tail[:1].isupper():
        return None
    persons = _line_names(tail, page)
    if not persons or len(persons) > CLOSING_NAMES:
        return None
    if any(not p.family or not p.given for p in persons):
        return None
    org = _organisation_words(page.rules)
    if any(w.casefold() in org for p in persons for w in (p.family or "").split()):
        return None
    if not plausible_names(persons):
        return None
    return tuple(persons), cut.start()
