"""Help text printed under a field's label, before its value.

An archive's or a catalogue's record may print each field's label, then a sentence telling
what the field holds, then the value (``PUBLISHER:`` / ``Identifies the name of the
publisher, as referenced in the item.`` / ``Fen Press``). One such sentence under a label
is a heading's text; the same shape under :data:`HELP_PAIRS` labels or more of one page is
the page's way of printing its fields, and the sentence is no value: the value is the line
after it (none where the next label follows the sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from comet.page.label_value_checks import prose_sentence
from comet.page.lines import Line
from comet.vocab import LabelMatch

__all__ = ["HELP_PAIRS", "help_lines"]

#: labels alone on their line with a help sentence under them at least, on one page
HELP_PAIRS = 3
#: words of a help sentence at least
HELP_WORDS = 5


def _help_sentence(text: str) -> bool:
    """A capitalised sentence of :data:`HELP_WORDS` words or more with no digit."""
    t = text.strip()
    return t[:1].isupper() and prose_sentence(t, HELP_WORDS)


def help_lines(lines: Sequence[Line], matches: Sequence[LabelMatch | None]) -> frozenset[int]:
    """The lines of labels alone on their line with a help sentence under them, where
    :data:`HELP_PAIRS` labels or more of the page have one (module docstring); none
    otherwise."""
    found = [
        i
        for i, m in enumerate(matches)
        if m is not None
        and m.value_start >= len(lines[i].text)
        and i + 1 < len(lines)
        and matches[i + 1] is None
        and _help_sentence(lines[i + 1].text)
    ]
    return frozenset(found) if len(found) >= HELP_PAIRS else frozenset()
