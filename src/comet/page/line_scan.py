"""Whole-line patterns found fast: a cheap pattern for a line's closing part (``, Band 42``,
``(Verlag)``) is sought first, then the whole line's pattern from the start of each line
that has it. One concern: the scan shared by the readers of such lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["whole_lines"]


def whole_lines(
    text: str, tail: re.Pattern[str], pattern: re.Pattern[str], end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (a whole line's, anchored with ``^`` in multi-line mode)
    at the starts of the lines of ``text[:end]`` where ``tail`` matches, in the text's
    order: the same lines a search of ``pattern`` alone finds, when each line ``pattern``
    matches holds a match of ``tail``."""
    for t in tail.finditer(text, 0, end):
        m = pattern.match(text, text.rfind("\n", 0, t.start()) + 1, end)
        if m is not None:
            yield m
