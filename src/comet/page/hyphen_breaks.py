"""Words a PDF's text layer split at a line end with a hyphen, left as ``ökono- mische`` in
a title or a keyword once the lines were joined."""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.text._words import closed_class

__all__ = ["joined_hyphen_breaks"]

#: letters, a hyphen, one space, then small letters (the word's second half)
_BREAK = re.compile(r"(?<=[^\W\d_][^\W\d_A-Z])- (?P<rest>[^\W\d_A-Z][^\W\d_]*)")


def joined_hyphen_breaks(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``text`` with every word split by a hyphen and a space joined again
    (``verschie- dener`` → ``verschiedener``, ``Indikato- ren`` → ``Indikatoren``). A
    suspended hyphen stays: the word after it is a function word of the locales (``Klima-
    und Umweltpolitik``, ``pre- and post-test``, ``Ein- oder Ausgang``), and so does a
    hyphen before a capital of any script (``Nord- Österreich``, ``Москва- Санкт``)."""
    if "- " not in text:
        return text
    closed = closed_class(rules)

    def join(m: re.Match[str]) -> str:
        rest = m.group("rest")
        if not rest[:1].islower() or rest.casefold() in closed:
            return m.group(0)  # a capital of any script opens a word of its own
        return rest

    return _BREAK.sub(join, text)
