"""Affiliation marks that part a byline's names on a line without commas of its own: letters
after a space (``Rui Almeida a,b Lena Okafor b``, Elsevier's and many journals' style) and
digits in round brackets (``Rui Almeida (1) Lena Okafor (2)``). A comma inside a mark's list
(``a,b``, ``(1,2)``) is no list comma of the names.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc

#: a mark of letters after a name's last word: one letter in lower case, or several joined by
#: commas (``a``, ``a,b``, ``b,c,d``), then the next word
_LETTER_MARK = re.compile(r"(?<=[^\W\d_]{2})\s([a-z](?:,[a-z])*)(?=\s+([^\W\d_]))")
#: a mark of digits in round brackets after a name (``(1)``, ``(1,2)``), then the next word
_BRACKET_MARK = re.compile(r"(?<=[^\W\d_]{2})\s?\((\d{1,2}(?:,\s?\d{1,2})*)\)(?=\s+([^\W\d_]))")
#: the same marks closing the line
_LETTER_TAIL = re.compile(r"(?<=[^\W\d_]{2})\s[a-z](?:,[a-z])*$")
_BRACKET_TAIL = re.compile(r"(?<=[^\W\d_]{2})\s?\(\d{1,2}(?:,\s?\d{1,2})*\)$")


@functools.cache
def _letter_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """One-letter words of the locales that stand between a name's words or between names:
    surname conjunctions (``Ortega y Gasset``, ``Silva e Santos``), list words (Czech ``a``,
    Polish ``i``) and name particles; such a letter is no mark."""
    words = {
        *_loc.terms_of("name_grammar", rules, "surname_conjunctions"),
        *_loc.terms_of("person_names", rules, "and"),
        *_loc.terms_of("person_names", rules, "particles"),
    }
    return frozenset(w.casefold() for w in words if len(w) == 1)


def marks_as_commas(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """``text`` with each letter mark or bracketed digit mark before a capitalised word made a
    comma and the mark closing the line dropped, for a line whose only commas are those inside
    its marks and that has no semicolon; ``None`` where the line has no such marks. A letter
    that is a one-letter word of the locales (:func:`_letter_words`) is left as it is."""
    if ";" in text or ("(" not in text and " " not in text):
        return None
    small = _letter_words(rules)

    def letters(m: re.Match[str]) -> str:
        if not m.group(2).isupper() or any(x in small for x in m.group(1).split(",")):
            return m.group(0)
        return ","

    def digits(m: re.Match[str]) -> str:
        return "," if m.group(2).isupper() else m.group(0)

    out = _BRACKET_MARK.sub(digits, text)
    if out == text:
        out = _LETTER_MARK.sub(letters, text)
    if out == text or _own_commas(text):
        return None
    tail = _BRACKET_TAIL if "(" in text else _LETTER_TAIL
    m = tail.search(out)
    if m is not None and not (tail is _LETTER_TAIL and m.group().strip() in small):
        out = out[: m.start()]
    return out.strip()


#: a mark's list with its commas (``a,b``, ``(1,2)``)
_MARK_LIST = re.compile(r"(?<=\s)[a-z](?:,[a-z])+(?=\s|$)|\(\d{1,2}(?:,\s?\d{1,2})*\)")


def _own_commas(text: str) -> bool:
    """``text`` holds a comma outside its marks' lists (``Ruiz, Ana``)."""
    return "," in _MARK_LIST.sub(" ", text)
