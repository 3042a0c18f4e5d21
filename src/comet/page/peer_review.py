"""A journal article's peer-review dates (``Received …``, ``Accepted …``) as type evidence, and
the words that name a preprint or a working paper, which such dates do not make a journal
article."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _Page


def _peer_review_dates(page: _Page) -> bool:
    """The page labels the work's received and accepted dates (the locales' ``received``
    and ``accepted`` labels, both, each with a value) in its main text, and names no
    preprint or working paper anywhere (``This is a preprint …``: a ``[types]`` term of
    :data:`_NOT_JOURNAL_TYPES`)."""
    dated = all(
        any(lv.value and page.weight(lv.value_start) >= 1 for lv in page.layout.values(key))
        for key in ("received", "accepted")
    )
    if not dated:
        return False
    return not _names_other_type(page)


def _names_other_type(page: _Page) -> bool:
    """The page names a preprint or a working paper anywhere (a ``[types]`` term of
    :data:`_NOT_JOURNAL_TYPES`: ``This is a preprint …``, ``Discussion Paper No. 7``)."""
    other = _other_type_words(page.rules)
    return other is not None and other.search(page.text) is not None


#: ``[types]`` keys of works that print received and accepted dates and are no journal
#: article: a preprint, a working paper (not a report's, a thesis's or a conference
#: paper's words, which an article's prose uses: 'we report', 'the paper follows')
_NOT_JOURNAL_TYPES = frozenset({"preprint", "working-paper"})


@functools.cache
def _other_type_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' ``[types]`` terms of :data:`_NOT_JOURNAL_TYPES` (``Preprint``,
    ``Working paper``, ``Discussion paper``), as words."""
    terms = {
        term.casefold()
        for r in rules
        for key in r.keys("types")
        if key in _NOT_JOURNAL_TYPES
        for term in r.terms("types", key)
    }
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.IGNORECASE)
