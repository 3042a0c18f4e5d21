"""Two names of a byline glued together where a document's line break was lost
(persons25): ``Emil BendRobert A. Collins`` is ``Emil Bend`` and ``Robert A. Collins``.

Name knowledge, no page's words: inside a byline a word of a capital and three lower-case
letters or more, glued to a capitalised word that the given-name lexicons of the locales
know (``Bend`` + ``Robert``), between two more words of the line, is the end of one name
and the opening of the next. A family name written with an inner capital stays whole: its
opening part is one of the locales' ``[name_grammar] inner_capital_prefixes``
(``FitzGerald``) or a known given name (``DellaRosa``), or the glued part is no known given
name (``McGregor``, ``LeBlanc``, ``DeWitt``: too short a part before the capital, or no
given name after it).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.name_plausible import known_given

__all__ = ["split_glued_names"]

#: a family word glued to a capitalised word: the cheap test on the whole byline first
_GLUED_PAIR = re.compile(r"[a-zß-öø-ÿ]{3}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
#: a word of two glued parts, each a capital and lower-case letters (a hyphen inside kept)
_TWO_PARTS = re.compile(
    r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{3,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
)


@functools.cache
def _prefixes(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.folded_terms("name_grammar", rules, "inner_capital_prefixes")


def split_glued_names(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``text`` with each word of two glued names cut by a comma (see the module)."""
    if _GLUED_PAIR.search(text) is None:
        return text
    words = text.split(" ")
    prefixes = _prefixes(rules)
    changed = False
    for i in range(1, len(words) - 1):
        m = _TWO_PARTS.fullmatch(words[i])
        if m is None or not words[i - 1][:1].isupper() or not words[i + 1][:1].isupper():
            continue  # (a name before and after the glued word)
        left, right = m.groups()
        if _loc.fold(left) in prefixes or not known_given(right) or known_given(left):
            continue  # 'FitzGerald'; 'LeBlanc'; 'AnnaMaria': one name's words
        words[i] = f"{left}, {right}"
        changed = True
    return " ".join(words) if changed else text
