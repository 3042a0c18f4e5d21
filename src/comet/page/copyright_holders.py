"""A page's copyright lines read for their holders: each line a copyright statement opens
(:func:`comet.page.copyright_marks.copyright_statement`: ``© 2019 Fen Press``, ``Copyright
2006, Centre for Marsh Studies``), the holder it names, where the holder starts and the
weight of its place on the page.

One reading for the readers that judge a holder (a publishing house's,
:func:`comet.page.publishers._copyright_publishers`; a body's,
:func:`comet.page.copyright_bodies.body_holders`): the holder without the function word in
small letters before its name (``© 2018 by Fen Press``), weighed by its zone and lower the
further down the page it stands (a footer's line is the site's more often than the work's).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from comet import locales as _loc
from comet.page.copyright_marks import copyright_firsts, copyright_statement
from comet.page.evidence import _Page
from comet.page.lines import Line
from comet.text._words import closed_class

__all__ = ["HOLDER_WORDS", "Holder", "copyright_holders", "without_preposition"]

#: words of a holder's name at most (a longer one is a sentence: a licence's text)
HOLDER_WORDS = 8
#: how much a line's place lowers its weight, from the top (none) to the bottom
PLACE_DROP = 0.5


@attrs.frozen
class Holder:
    """A copyright line's holder: the line, the holder's text, its start in the page's
    text and the weight of its place."""

    line: Line
    text: str
    #: where the holder's name starts in the page's text (after a dropped ``by``)
    start: int
    weight: float


def without_preposition(holder: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """A copyright holder without the function word in small letters before its name
    (``© 2018 by Fen Press``, ``© 2018 par les Éditions du Héron``: the holder is the name)."""
    first, _, rest = holder.partition(" ")
    if rest and first.islower() and first in closed_class(rules):
        return rest.strip()
    return holder


def copyright_holders(page: _Page) -> Iterator[Holder]:
    """The holder of each line of ``page`` that a copyright statement opens, in page order
    (see the module)."""
    statement = copyright_statement(page.rules)
    firsts = copyright_firsts(page.rules)  # (a statement opens the line: its first character)
    n = max(1, len(page.layout.lines))
    for line in page.layout.lines:
        m = statement.match(line.text) if line.text[:1] in firsts else None
        if m is None:
            continue
        named = m.group("holder").strip(" ,")
        holder = without_preposition(named, page.rules)
        # (where the name starts: past the marks before it and a dropped 'by')
        start = line.start + m.start("holder") + m.group("holder").find(named)
        start += len(named) - len(holder)
        weight = page.weight(start) * (1 - PLACE_DROP * line.index / n)
        yield Holder(line, holder, start, weight)
