"""Repository metadata tables that list a label's names one a line (``Authors:`` /
``Whitcombe, Harriet`` / ``Delacroix, Paul`` / ``Keywords:``): the names joined into the
label's value. A step of :func:`comet.page.layout.read_layout`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from comet.locales import LocaleRules, casefolded_terms
from comet.names import Person, parse_names
from comet.page.lines import LabelValue, Line
from comet.vocab import LabelMatch, parse_language

#: Label keys whose value may go on over further lines, one name a line (a repository's
#: metadata table: ``Authors:`` / ``Whitcombe, Harriet`` / ``Delacroix, Paul`` / ``Keywords:``)
NAME_KEYS = frozenset({"author", "editor", "contributor", "translator"})
#: continuation lines of one name label at most
MAX_NAME_LINES = 12
#: words of a continuation line at most (one name, or two joined by a comma)
NAME_LINE_WORDS = 6
_NOT_A_NAME_LINE = re.compile(r"[\d:;@/|()\[\]]|https?|\.\s|[.!?]$")


@functools.cache
def _interface_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Words of a site's interface, folded (``[words].interface_words`` of the locales;
    defined here, the lowest page module that needs them, and used by ``chrome`` too)."""
    return casefolded_terms("words", locales, "interface_words")


def _name_shaped(text: str, locales: tuple[LocaleRules, ...]) -> bool:
    """The checks of :func:`_one_person` before the name parser (a necessary condition of
    it, cheap): few words, no digits or sentence marks, no interface word."""
    if len(text.split()) > NAME_LINE_WORDS or _NOT_A_NAME_LINE.search(text):
        return False
    ui = _interface_words(locales)
    # 'Download PDF', 'Google Scholar' under a list of names
    return not any(w.casefold() in ui for w in text.replace(",", " ").split())


def _one_person(text: str, locales: tuple[LocaleRules, ...]) -> Person | None:
    """The person ``text`` names alone (``Delacroix, Paul``, ``吳俊傑``): short, no digits
    or sentence marks, no interface words, and the name parser reads it as one person,
    not an organisation; ``None`` otherwise."""
    if not _name_shaped(text, locales):
        return None
    persons = parse_names(text, locales=locales, strict=False).value
    if persons is None or len(persons) != 1 or persons[0].literal is not None:
        return None
    return persons[0]


@functools.lru_cache(maxsize=1024)
def _language_word(text: str) -> bool:
    """``text`` is one word naming a language (``Nederlands``, ``Engels``, ``Türkçe``): a
    shop's language row under its author's, no further name."""
    word = text.strip()
    return " " not in word and parse_language(word, strict=False).value is not None


def _name_line(text: str, locales: tuple[LocaleRules, ...]) -> bool:
    """``text`` is one person's name alone (see :func:`_one_person`)."""
    return _one_person(text, locales) is not None


def _continued_names(
    lines: Sequence[Line],
    matches: Sequence[LabelMatch | None],
    labels: list[LabelValue],
    locales: tuple[LocaleRules, ...],
) -> list[LabelValue]:
    """A name label's value that goes on over the following lines, one name a line, up
    to the next label of the table: the names joined with ``;`` (layout ``next-lines``
    when the value started on the line after the label). Lines that are not names, or a
    run that no label closes, leave the value as it was."""
    out: list[LabelValue] = []
    for lv in labels:
        if lv.key not in NAME_KEYS or not lv.value or lv.layout not in ("same-line", "next-line"):
            out.append(lv)
            continue
        if not _name_line(lv.value, locales):
            out.append(lv)  # one name a line: the label's own value is one name too
            continue
        first = lv.line + (1 if lv.layout == "next-line" else 0)
        j = first + 1
        names: list[Line] = []
        while j < len(lines) and matches[j] is None and len(names) < MAX_NAME_LINES:
            if not _name_line(lines[j].text, locales) or _language_word(lines[j].text):
                break  # ('Auteur: Esther Verhoef' / 'Nederlands': the book's language)
            names.append(lines[j])
            j += 1
        if not names or j >= len(lines) or matches[j] is None:
            out.append(lv)
            continue
        value = "; ".join([lv.value, *(ln.text for ln in names)])
        layout = "next-lines" if lv.layout == "next-line" else lv.layout
        out.append(attrs.evolve(lv, value=value, value_end=names[-1].end, layout=layout))
    return out
