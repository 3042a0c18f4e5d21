"""A sentence telling that an event is held, wrapped over two lines of the page (``The
Conference will take place at Fen Hall,`` / ``Marshtown, Norway, on 3-5 June 2031.``):
a hard-wrapped paragraph breaks a sentence where its line is full, not where the sentence
ends. The line holding the verb (``[words].event_held``: *will take place*, *se tiendra*)
runs on where it ends without a sentence's stop (a comma, a word); the next line is the
rest of the same sentence, not a line of its own (its dates are the sentence's, and the
line over them is no event's name).

One concern: whether a line opens a held sentence that runs onto the next line, and the
two lines' text joined."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _Page

__all__ = ["held_pattern", "held_terms", "joined_lines", "runs_on"]

#: the characters a line ending a sentence (or a label, a list's head) ends with
_STOPS = (".", "!", "?", ":", ";", "。", "！", "？")


@functools.cache
def held_terms(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The verbs telling that an event is held (``[words].event_held`` and
    ``[words].event_held_more``: *will be held*, *to be held*, *will run*, *se tiendra*)."""
    return (
        *_loc.terms_of("words", rules, "event_held"),
        *_loc.terms_of("words", rules, "event_held_more"),
    )


@functools.cache
def held_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A verb telling that an event is held (:func:`held_terms`), as whole words."""
    held = held_terms(rules)
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(held)})(?!\w)", re.I) if held else None


def runs_on(text: str, page: _Page) -> bool:
    """``text`` (a line) tells that an event is held and ends without a sentence's stop:
    its sentence runs onto the next line."""
    text = text.rstrip()
    if not text or text.endswith(_STOPS):
        return False
    pattern = held_pattern(page.rules)
    return pattern is not None and pattern.search(text) is not None


def joined_lines(text: str, after: str, page: _Page) -> str:
    """``text`` and the next line ``after`` as one sentence where ``text`` runs on
    (:func:`runs_on`); ``text`` alone else."""
    after = after.strip()
    if not after or not runs_on(text, page):
        return text
    return f"{text.rstrip()} {after}"
