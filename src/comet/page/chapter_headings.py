"""A chapter's heading chosen as the title (``Chapter 6 - Title``, ``Kapitel 3: Title``,
``Chapitre II. Title``): its number and the chapter's own title, by the locales' one-word
chapter terms (``[types].chapter``). A step of :mod:`comet.page.parse`."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc


@functools.cache
def _chapter_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """``Chapter 6 - Title``, ``Kapitel 3: Title``, ``Chapitre II. Title``: the one-word
    chapter terms of the locales' ``[types].chapter``, a number, a separator."""
    words = sorted({t for t in _loc.terms_of("types", rules, "chapter") if " " not in t
                    and t.isalpha() and not t.endswith("s")}, key=len, reverse=True)  # fmt: skip
    if not words:
        return None
    alternation = _loc.alternation(words)
    return re.compile(
        rf"(?:{alternation})\s+(\d{{1,3}}|[IVXLC]{{1,7}})\s*[-–—:.]\s+(?P<rest>\S.*)", re.I
    )


def _chapter_heading(title: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str] | None:
    """The chapter number and the title of a chapter heading, or ``None``."""
    pattern = _chapter_pattern(rules)
    m = pattern.fullmatch(title.strip()) if pattern is not None else None
    if m is None or len(m.group("rest").split()) < 2:
        return None
    return m.group(1), m.group("rest").strip()
