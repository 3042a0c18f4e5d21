"""A name on a cover and its role on the line under it: a supervisor's label alone,
perhaps in brackets (``Alexandre Lima Duarte`` / ``(Orientador)``, ``Doç. Dr. Ayşe Kaya`` /
``Tez Danışmanı``, ``Ana Ruiz`` / ``Supervisor``), as a thesis's title page prints its
advisors and examiners: the names are theirs, never the author's."""

from __future__ import annotations

import functools

from comet import locales as _loc
from comet.page.evidence import _Page

__all__ = ["role_under"]

#: characters around a role's label on its line (``(Orientador)``, ``Supervisor:``)
_MARKS = "()[]:;,. "


@functools.cache
def _supervisor_labels(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' supervisor labels (``[labels].supervisor``), folded."""
    return frozenset(_loc.fold(t) for t in _loc.terms_of("labels", rules, "supervisor"))


def role_under(page: _Page, last_line: int) -> bool:
    """The first line with text under line ``last_line`` (a name's line) is a supervisor's
    label of the locales alone (see the module), with no colon after it (``Vejleder:`` heads
    the names below it; a PDF's text may part every line by a blank one)."""
    for line in page.layout.lines[last_line + 1 :]:
        raw = line.text.strip()
        if not raw.strip(_MARKS):
            continue
        if raw.endswith((":", "：")):
            return False  # ('Vejleder:': a label over the names below it)
        return _loc.fold(raw.strip(_MARKS)) in _supervisor_labels(page.rules)
    return False
