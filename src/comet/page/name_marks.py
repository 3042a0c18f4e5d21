"""Affiliation and note marks glued to the names of a list: one or two digits (a list of them,
``1,2``) or a note sign (``*``, ``†``) right after a name's last letter or an initial's dot,
before the list's separator or the end (``Ana Ruiz1, Ida Moe2*``, ``Лапшин А.С.1,
Корнеева О.П.2``, ``Berg A.1; Lund P.2``). A document's first page and a catalogue's person
label mark each author's affiliation so; the names are read without them.

Both readers of such lists call :func:`without_glued_marks`: a person label's value
(:mod:`comet.page.persons`) and a list of names inside a long line
(:mod:`comet.page.glued_name_lists`, one word at a time).
"""

from __future__ import annotations

import re

__all__ = ["without_glued_marks"]

#: the marks glued to a letter or an initial's dot, before a separator or the end (a mark
#: is never more than two digits: ``Smith2019,`` keeps its year)
_GLUED_MARK = re.compile(
    r"(?<=[^\W\d_]|\.)(?:\d{1,2}(?:,\d{1,2})*[*†‡§¶]*|[*†‡§¶]+)(?=\s*(?:[,;，；、]|$))"
)
#: the cheap test: a digit or a note sign in the value at all
_MAY_MARK = re.compile(r"[\d*†‡§¶]")


def without_glued_marks(value: str) -> str:
    """``value`` (a person label's value, or one word of a list) without the marks glued to
    its names (``Ruiz1,`` → ``Ruiz,``; ``Moe2*`` → ``Moe``; ``А.С.1`` → ``А.С.``)."""
    if _MAY_MARK.search(value) is None:
        return value
    return _GLUED_MARK.sub("", value)
