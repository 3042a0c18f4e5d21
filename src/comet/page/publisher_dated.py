"""A publication statement with its date inside: ``Published 2018 by Fen Press``, ``First
published 1994 by Fen Press``, ``Publié en 2016 par les Éditions du Héron``.

A book's page (a catalogue's, a reading site's, a copyright page) states who published the
work and when in one sentence: the verb of a ``Published by`` label of the locales, the date,
then the label's preposition and the publisher's name. The label reader knows ``Published
by``, not its two words with a date between them. Here the verb and the preposition are the
locales' two-word publisher labels split in two (``Published`` … ``by``, ``Publicado`` …
``por``, ``Utgiven`` … ``av``), and the locales' ``first published`` labels open it too; the
date between them must read as a date, and the name after it is read as a ``Published by``
statement's: capitalised words, function words inside, up to its punctuation. A person's
name is no publisher (a reading site's ``Published 2018 by Ola Berg``: a self-published
author's); such a line opens its line, never prose.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import YEAR_PATTERN
from comet.page.evidence import W_POS, Cand, _date_of, _Page
from comet.page.publishers import PUBLISHED_BY_WORDS, _a_persons_name
from comet.text._words import closed_class

__all__ = ["dated_statements"]

#: characters of a statement's date at most (``March 12th 2018``, ``en 2016``)
DATE_CHARS = 30


@functools.cache
def _pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line opening with a publisher label's verb (or a ``first published`` label), a date
    ending in a year, the label's preposition and the rest of the line."""
    pairs = [t.split() for t in _loc.terms_of("labels", rules, "publisher")]
    pairs = [p for p in pairs if len(p) == 2 and p[0][:1].isupper() and p[1].islower()]
    if not pairs:
        return None
    firsts = _loc.terms_of("labels", rules, "first_published")
    # (the opener as printed at a line's start: the label's case, or in sentence case)
    openers = {p[0] for p in pairs} | {f"{t[:1].upper()}{t[1:].lower()}" for t in firsts}
    preps = {p[1] for p in pairs}
    return re.compile(
        rf"^(?:{_loc.alternation(openers)})\s+(?P<date>[^\n]{{0,{DATE_CHARS}}}?{YEAR_PATTERN}),?"
        rf"\s+(?:{_loc.alternation(preps)})\s+(?P<name>[^\n]+)$",
        re.MULTILINE,
    )


def _name(text: str, fw: frozenset[str]) -> str | None:
    """The capitalised name opening ``text`` (function words inside it, ``&``), up to its
    punctuation; ``None`` where it opens in small letters or runs too long."""
    name: list[str] = []
    for w in text.split():
        bare = w.rstrip(".;,:(")
        if not bare or not (bare[:1].isupper() or bare == "&" or bare.casefold() in fw):
            break
        name.append(bare)
        if bare != w:
            break
    while name and name[-1].casefold() in fw:
        name.pop()
    if not name or not name[0][:1].isupper() or len(name) > PUBLISHED_BY_WORDS:
        return None
    return " ".join(name)


def dated_statements(page: _Page) -> list[Cand]:
    """The publishers named by dated publication statements (see the module's text), as
    weak evidence (a ``Published by`` statement's)."""
    pattern = _pattern(page.rules)
    if pattern is None:
        return []
    fw = closed_class(page.rules)
    out = []
    for m in pattern.finditer(page.layout.text):
        line = page.layout.line_at(m.start())
        if (
            line is None
            or line.zone != "main"
            or not isinstance(_date_of(page, m.group("date")), PartialDate)
        ):
            continue
        value = _name(m.group("name"), fw)
        if value is None or _a_persons_name(value, page.rules):
            continue
        start = m.start("name")
        out.append(Cand(value, W_POS * page.weight(start), (start, start + len(value)),
                        "a dated 'published by' statement"))  # fmt: skip
    return out[:3]
