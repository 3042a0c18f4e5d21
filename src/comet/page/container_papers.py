"""A report series named as a plural of papers, numbered alone: ``Marsh Papers, No. 187``,
``Fen Occasional Papers No. 12`` (an institute's series of working papers, as a repository's
cover sheet or citation prints it after the title). The series' name closes with a word of the
locales' ``[references].report_series_end`` (``Papers``) and only a number follows it: no
volume and no pages, which a journal named so prints (``Marsh Economic Papers 66(2),
345-367``). The series is the collection and the number the report's, no issue."""

from __future__ import annotations

import functools
from typing import Any

from comet import locales as _loc

__all__ = ["numbered_papers"]


@functools.cache
def _closing_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.folded_terms("references", rules, "report_series_end")


def numbered_papers(container: str, f: dict[str, Any], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``container`` closes with a report series' word (``… Papers``) and the page's locator
    is a number alone (an issue, no volume, no pages)."""
    if not f.get("issue") or f.get("volume") or f.get("pages") or f.get("issns"):
        return False
    words = container.strip(" .,;").split()
    return len(words) >= 2 and _loc.fold(words[-1]) in _closing_words(rules)
