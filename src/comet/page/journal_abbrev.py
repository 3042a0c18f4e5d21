"""Abbreviated journal names (ISO 4 words of the locales) before a year on a line."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.page.evidence import (
    W_LINE,
    Cand,
    _Page,
)


@functools.cache
def _abbreviation_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' title-word abbreviations of journal names (ISO 4 style: ``Chem.``,
    ``Biol.``, ``Natl.``; ``[references].journal_abbrev`` and the dotted ``journal_words``),
    folded, without their full stop."""
    terms = [*_loc.terms_of("references", rules, "journal_abbrev"),
             *_loc.terms_of("references", rules, "journal_words")]  # fmt: skip
    return frozenset(t.casefold().rstrip(".") for t in terms if t.endswith("."))


#: an abbreviated name before a year on a line: up to three whole capitalised words, then
#: two to eight capitalised words with a full stop each (``Org. Biomol. Chem., 2016``,
#: ``Marsh Chem. Biol., 2021``)
_DOTTED_NAME = re.compile(
    r"(?<![\w.])((?:[A-Z][^\W\d_]{1,14}\s){0,3}(?:[A-Z][^\W\d_]{0,9}\.\s?){2,8}),"
    rf"\s*(?:{YEAR_PATTERN})(?!\d)"
)


def _abbreviated_journal(page: _Page) -> None:
    """An ISO 4 abbreviated journal name before a year on the line of the work's own DOI
    (``DOI: 10.1000/x (Paper) Org. Biomol. Chem., 2016, Advance Article``: an article
    ahead of its volume): each word abbreviated with a full stop, two of them at least
    words of the locales' abbreviation lexicon. A journal name near the locator."""
    own = str(page.memo.get("own-doi") or "")
    if not own:
        return
    words = _abbreviation_words(page.rules)
    for line in page.layout.lines:
        if line.zone != "main" or own not in line.text.casefold():
            continue
        for m in _DOTTED_NAME.finditer(line.text):
            name = m.group(1).strip()
            parts = [w.rstrip(".").casefold() for w in name.split()]
            if sum(p in words for p in parts) >= 2:
                span = (line.start + m.start(1), line.start + m.start(1) + len(name))
                page.heads.append(Cand(name, W_LINE, span,
                                       "an abbreviated journal name on the work's DOI line"))  # fmt: skip
                return
        return
