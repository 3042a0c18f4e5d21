"""A byline's names with their affiliation glued on where the page's line break (or the
break between two HTML elements) was lost: ``Ana RuizUniversity of Lund``, ``Ana Ruiz1, Ida
Moe21Lund University, 2Oslo Institute``. The glued word (a capital right after a small
letter or an affiliation mark) is an organisation's word of the locales (``[person_names]
.organisation_words``: *University*, *Institut*, *Universidad*): the names end before it.
A step of :mod:`comet.page.bylines`.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.title_shapes import _organisation_words

__all__ = ["before_glued_organisation"]

#: a small letter (or an affiliation mark after one), then a capitalised word glued to it:
#: where an organisation's name may begin (one search of the line, no look-behind)
_GLUED_CAPITAL = re.compile(r"[a-zß-ÿ]\d{0,3}([A-ZÀ-Þ][a-zß-ÿ]{3,})")


def before_glued_organisation(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``text`` cut before the first organisation word glued to a name (see the module);
    ``text`` itself where none is glued."""
    m = _GLUED_CAPITAL.search(text)
    if m is None:
        return text
    orgs = _organisation_words(rules)
    while m is not None:
        if m.group(1).casefold() in orgs:
            return text[: m.start(1)].rstrip(" ,;")
        m = _GLUED_CAPITAL.search(text, m.end())
    return text
