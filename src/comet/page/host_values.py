"""A host item's name out of a container label's value that goes on with more of its
description (``Journal:``, ``In:``, ``Enthalten in:``), as ISBD and catalogues print it:

- ISBD's area separator (a full stop, then a dash between spaces) closes the title area:
  ``Marsh Letters. - Fenton : Heron, 2008. - 12 (2020), 3`` names ``Marsh Letters``;
- the host's standard number is no part of its name: ``Marsh Letters (ISSN 1234-5679)``,
  ``Marsh Letters, eISSN 1234-5679``;
- a statement of responsibility after ISBD's slash, naming a body (``Marsh Letters / Fen
  Society``: a word of a body's name of the locales) or opening with a role's word in lower
  case (``Reeds of the Fens / ed. by Ana Ruiz``), is no part of it (``Input / Output
  Review`` stays);
- numbers after field separators (``Marsh Letters | Volume 12 | Issue 3``) and a volume
  with its word after a mark (``Marsh Letters. Vol. 12``, ``Revista X, v. 12``) are the
  locator's;
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.locators import find_locators
from comet.page.body_words import _body_word

__all__ = ["host_title"]

#: ISBD's area separator: a full stop, a dash between spaces
_AREA = re.compile(r"\.\s+[-–—]\s+")
#: the marks closing a name before its locator's word (``Marsh Letters. Vol. 12``)
_BEFORE_LOCATOR = ".,;:-–—"
#: ISBD's slash before a statement of responsibility
_SLASH = " / "


#: a standard number's acronym (``ISSN``, ``eISSN``, ``p-ISBN``)
_ACRONYM = re.compile(r"(?:[ep]-?)?IS[SB]N\b")
#: the marks that print before it (``(ISSN``, ``, eISSN:``)
_MARKS_BEFORE = re.compile(r"\s*[,;(\[]?\s*\Z")


@functools.cache
def _media(rules: tuple[_loc.LocaleRules, ...]) -> str:
    """An alternation of the locales' medium words (``[identifiers].print``,
    ``.electronic``), whole words, any case; ``(?!)`` where they have none."""
    media = [
        *_loc.terms_of("identifiers", rules, "print"),
        *_loc.terms_of("identifiers", rules, "electronic"),
    ]
    alt = _loc.alternation(media)
    return rf"(?<!\w)(?i:{alt})(?!\w)" if alt else "(?!)"


@functools.cache
def _medium_before(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A medium's word right before a standard number's acronym (``Online ISSN``, ``(Print)
    ISSN``); ``mark`` is what sets it off from the words before it: an opening bracket, a
    comma, a semicolon, a slash or a dash between spaces."""
    return re.compile(rf"(?P<mark>\s*(?:[,;(\[/]|\s[-–—])\s*)?{_media(rules)}\s*[)\]]?[\s:]*\Z")


@functools.cache
def _labelled_number(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A standard number's acronym with a medium's word before or after it (``Online
    ISSN``, ``ISSN (print)``)."""
    media = _media(rules)
    return re.compile(
        rf"{media}\s*[)\]]?[\s:]*{_ACRONYM.pattern}|{_ACRONYM.pattern}[\s:]*[(\[]?\s*{media}"
    )


def _number_start(value: str, rules: tuple[_loc.LocaleRules, ...]) -> int | None:
    """Where the host's first standard number and its label begin in ``value``: before a
    medium's word that qualifies the number (``Marsh Letters (Online ISSN``, ``Marsh
    Letters, print ISSN``, or ``Marsh Letters Print ISSN … Online ISSN …``: a value labelling
    more than one number by medium), never before a title's own last word (``La Stampa
    ISSN``: Italian 'stampa' is print); ``None`` without a number."""
    m = _ACRONYM.search(value)
    if m is None:
        return None
    head = value[: m.start()]
    w = _medium_before(rules).search(head)
    if w is not None and (
        w.group("mark") is not None
        or not head[: w.start()].strip()
        or _labelled_number(rules).search(value, m.end()) is not None
    ):
        return w.start()
    return _MARKS_BEFORE.search(head).start()  # type: ignore[union-attr]


def host_title(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``value`` cut before what follows a host item's name (see the module); ``value``
    itself where nothing of a name would be left before the cut."""
    if "." in value:
        m = _AREA.search(value)
        if m is not None and m.start() > 1:
            value = value[: m.start()]
    if "IS" in value:
        at = _number_start(value, rules)
        if at is not None and at > 1:
            value = value[:at]
    if _SLASH in value:
        head, _sep, tail = value.partition(_SLASH)
        words = tail.split()
        if (
            head.strip()
            and words
            and (words[0].islower() or any(_body_word(w, rules) for w in words))
        ):
            value = head  # 'Marsh Letters / Fen Society', 'Reeds / ed. by A. Ruiz'
    if " | " in value:
        head, _sep, tail = value.partition(" | ")
        if any(c.isalpha() for c in head) and all(
            any(c.isdigit() for c in t) for t in tail.split(" | ")
        ):
            value = head  # 'Marsh Letters | Volume 12 | Issue 3': the host's numbers after it
    if any(c.isdigit() for c in value):
        found = next(iter(find_locators(value, locales=rules)), None)
        if (
            found is not None
            and found.start > 1
            and value[found.start].isalpha()
            and found.value.volume
            and value[: found.start].rstrip()[-1:] in _BEFORE_LOCATOR
        ):
            value = value[: found.start]  # 'Marsh Letters. Vol. 12': the volume's word after it
    return value.rstrip(" |·•.,;:-–")
