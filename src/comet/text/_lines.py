"""Where a span sits on its line, read from the span outwards (never the whole line)."""

from __future__ import annotations

__all__ = ["blanks_around"]


def blanks_around(t: str, s: int, e: int) -> tuple[int, int, bool]:
    """``(i, j, whole)``: the span ``t[s:e]`` widened over the blanks beside it on its line.

    ``t[i:s]`` and ``t[e:j]`` are whitespace other than line breaks; ``whole`` says the span
    is all its line holds (``i`` is the line start and ``j`` its end).  Only those blanks are
    read, so asking about thousands of spans on one long line stays linear.
    """
    n = len(t)
    i = s
    while i > 0 and t[i - 1] != "\n" and t[i - 1].isspace():
        i -= 1
    j = e
    while j < n and t[j] != "\n" and t[j].isspace():
        j += 1
    return i, j, (i == 0 or t[i - 1] == "\n") and (j == n or t[j] == "\n")
