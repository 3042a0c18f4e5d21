"""An edited book's editors after its name in a contribution's container: ``Reed Birds of
Europe, edited by C. Lind`` (Chicago's chapter citation, ``In Book, edited by Editor,
pages``), ``Handbuch der Moore, hrsg. von K. Moe``, ``Atlante delle paludi, a cura di
L. Neri``. The words that open such a phrase are the locales' editor markers that are words
of two or more, not a bracket (``[references].editors_marker``: ``edited by``, ``hrsg. von``,
``sous la direction de``, ``a cura di``); the name before them is the book, the names after
them its editors.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.names import parse_names
from comet.page.evidence import _lenient

__all__ = ["edited_by_tail"]


@functools.cache
def _edited_by(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """``, <marker> <names>`` closing a value: a marker of two words or more."""
    terms = {
        t for t in _loc.terms_of("references", rules, "editors_marker") if " " in t and "(" not in t
    }
    if not terms:
        return None
    alt = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(rf",\s*(?:{alt})\s+(?P<names>[^,;()]{{3,120}})[,.]?\s*$", re.I)


def edited_by_tail(value: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, Any] | None:
    """The book and its editors of a container value that names its editors after it
    (``Reed Birds of Europe, edited by C. Lind`` → ``Reed Birds of Europe``, ``[C. Lind]``),
    or ``None``."""
    pattern = _edited_by(rules)
    m = pattern.search(value) if pattern is not None else None
    if m is None or not value[: m.start()].strip():
        return None
    editors = _lenient(parse_names, m.group("names").strip(), locales=rules)
    if not editors:
        return None
    return value[: m.start()].strip(), tuple(editors)
