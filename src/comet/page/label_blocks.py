"""The names of an author label's block: a heading (``Authors``, ``AUTORES``) over one item
a line, each a name with its author's details glued after it, as journal platforms print
their author lists in text (``• Ana M. Ruiz Lakeside High School, Tarma Author``,
``Tomás Quiroga Vela1 Autor de correspondencia tq@uni.example.edu``). A step of
:mod:`comet.page.persons`.
"""

from __future__ import annotations

import re

from comet.names import Person, parse_name
from comet.page.byline_affiliations import _affiliation_or_mail, _affiliation_text
from comet.page.evidence import _lenient, _Page
from comet.page.title_shapes import _organisation_words
from comet.text._words import particles

#: item lines of a block read at most
BLOCK_LINES = 12
#: a list's bullet before an item
_BULLET = re.compile(r"^[\s•·▪◦*–-]+")
#: an initial (``M.``, ``J.-P.``)
_INITIAL = re.compile(r"[A-ZÀ-ÞА-Я]\.(?:-[A-ZÀ-ÞА-Я]\.)?")
#: a name word: capitalised, with its hyphens and apostrophes (``Lima-Ribeiro``, ``O'Neill``)
_NAME_WORD = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+(?:[-'’][A-ZÀ-ÞА-ЯЁa-zß-ÿа-яё]+)*")
#: a name word with an affiliation mark glued (``Peña0``, ``Vela1,2``, ``Ruiz*``)
_MARKED_WORD = re.compile(rf"({_NAME_WORD.pattern})(?:\d{{1,2}}(?:,\d{{1,2}})*|[*†])")
#: name words of a head at most
HEAD_WORDS = 5


def _head(text: str) -> tuple[str, str] | None:
    """An item's name and how it ended (``mark``: an affiliation mark glued to its last
    word; ``initial``: the word after a middle initial; ``end``: the line's end), or
    ``None`` where the item does not open with a name."""
    words = text.split()
    head: list[str] = []
    after_initial = False
    for i, w in enumerate(words):
        if len(head) >= HEAD_WORDS:
            return None
        marked = _MARKED_WORD.fullmatch(w)
        if marked is not None and head:
            return " ".join([*head, marked.group(1)]), "mark"
        if _INITIAL.fullmatch(w) and head:
            head.append(w)
            after_initial = True
            continue
        if not _NAME_WORD.fullmatch(w):
            return None
        head.append(w)
        if after_initial:
            return " ".join(head), "initial" if i + 1 < len(words) else "end"
    return None


#: what parts an item's name from its affiliation: a comma or a dash between spaces
_PARTING = re.compile(r"\s*,\s*|\s+[-–—|]\s+")


def _affiliated_head(text: str, page: _Page) -> str | None:
    """An item's name where its affiliation follows it unmarked (``Ana Ruiz Universidad
    de Lima, Peru``, ``Ana Ruiz , Université de Lyon``): the name's words (capitalised,
    initials, the locales' particles) up to a comma or a dash before an affiliation, or up
    to an organisation's word of the locales that opens the affiliation with more words
    after it (``Universitas Negeri …``; a closing one, ``… Lakeside School``, may end the
    organisation's own name, so where the name ends is not known there)."""
    org = _organisation_words(page.rules)
    small = particles(page.rules)
    words = text.split()
    head: list[str] = []
    opened = False  # an organisation's word opens the affiliation after the name
    for i, w in enumerate(words):
        if w.strip(",.;()").casefold() in org:
            opened = i + 1 < len(words) and bool(head) and not head[-1].endswith(",")
            break
        word = w.rstrip(",")
        if not (
            _NAME_WORD.fullmatch(word)
            or _INITIAL.fullmatch(word)
            or (head and word.casefold() in small)
        ):
            break
        head.append(w)
        if len(head) > HEAD_WORDS:
            return None
        if w.endswith(","):
            break
    if len(head) < 2 or head[-1].rstrip(",").casefold() in small:
        return None
    name = " ".join(head).rstrip(",")
    if opened:
        return name
    after = text[text.index(name) + len(name) :]
    rest = _PARTING.sub("", after, count=1) if _PARTING.match(after) else ""
    return name if rest and _affiliation_text(rest.strip(), page) else None


def _item_name(text: str, page: _Page) -> Person | None:
    """The name an item opens with (:func:`_head`): ended by a glued mark, or by a name's
    last word after a middle initial where an organisation's word or an e-mail address
    follows (``… M. Torres Senior High School …``); else by its affiliation
    (:func:`_affiliated_head`)."""
    got = _head(text)
    if got is None:
        head = _affiliated_head(text, page)
        got = (head, "affiliation") if head is not None else None
    if got is None:
        return None
    head, how = got
    if how == "initial":
        rest = text[text.index(head) + len(head) :]
        org = _organisation_words(page.rules)
        if "@" not in rest and not any(w.strip(",.;()").casefold() in org for w in rest.split()):
            return None
    if len(head.split()) < 2:
        return None
    p: Person | None = _lenient(parse_name, head, locales=page.rules)
    if p is None or not p.given or not p.family or p.literal:
        return None
    return p


def block_names(page: _Page, label_line: int) -> tuple[tuple[Person, ...], int, int] | None:
    """The names of the items under an author label's line, with the span of the block:
    every item line opens with a name (:func:`_item_name`); lines of an affiliation or an
    e-mail address between items are read past; the block ends at any other line. ``None``
    where the first line is no such item."""
    persons: list[Person] = []
    lines = page.layout.lines
    start = end = None
    for ln in lines[label_line + 1 : label_line + 1 + BLOCK_LINES]:
        text = _BULLET.sub("", ln.text).strip()
        p = _item_name(text, page) if text else None
        if p is not None:
            persons.append(p)
            start = ln.start if start is None else start
            end = ln.end
            continue
        if persons and _affiliation_or_mail(ln, page):
            continue
        break
    if not persons or start is None or end is None:
        return None
    return tuple(persons), start, end
