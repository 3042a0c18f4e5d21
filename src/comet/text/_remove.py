"""Delete spans from a text and tidy what is left (no double spaces, no orphan commas)."""

from __future__ import annotations

from collections.abc import Iterable

from comet.diagnostics import Severity
from comet.text._edits import Stage
from comet.text._lines import blanks_around

__all__ = ["removal_stage"]

_CLOSERS = frozenset(",.;:!?)]}»”’")
_JOINERS = frozenset(",;:")


def _expand(t: str, s: int, e: int) -> tuple[int, int]:
    """Grow the deletion ``t[s:e]`` so that the text around it reads cleanly.

    Reads only the blanks next to the span and a few characters around it, never the
    whole line: deleting thousands of spans from one long line stays linear.
    """
    n = len(t)
    i, j, whole = blanks_around(t, s, e)
    if whole:
        # the phrase is the whole line: remove the line, keep one blank line at most
        a = i
        if j == n:
            b = n
            while a > 0 and t[a - 1] == "\n":
                a -= 1
            return a, b
        b = j + 1
        if a == 0:
            while b < n and t[b] == "\n":
                b += 1
        elif b < n and t[b] == "\n" and a >= 2 and t[a - 2] == "\n":
            b += 1
        return a, b

    def left(k: int) -> str:  # the character before k on the same line, or ""
        return t[k - 1] if k > 0 and t[k - 1] != "\n" else ""

    def right(k: int) -> str:  # the character at k on the same line, or ""
        return t[k] if k < n and t[k] != "\n" else ""

    a, b = s, e
    lc, rc = left(a), right(b)
    if lc and rc and lc in "([{" and rc in ")]}":
        a, b = a - 1, b + 1
        lc, rc = left(a), right(b)
    if lc == " " and rc == " ":
        b += 1
    elif lc == " " and (not rc or rc in _CLOSERS):
        a -= 1
    elif not lc and rc == " ":
        b += 1
    elif not lc and rc in _JOINERS:
        b += 1
        if right(b) == " ":
            b += 1
    # an orphan comma, semicolon or colon: "seem, <spam>, at" → "seem, at"
    if left(a) in _JOINERS and right(b) in _JOINERS | {"."} and left(a) and right(b):
        if t[b] == ".":
            a -= 1
        else:
            b += 1
    return a, b


def removal_stage(
    text: str, items: Iterable[tuple[int, int, str, str]], severity: Severity = Severity.WARNING
) -> Stage:
    """Delete each ``(start, end, code, message)`` span of ``text``, tidying around it.

    Diagnostics point at the phrase itself; the edits also cover the spaces,
    line breaks or punctuation removed with it.
    """
    st = Stage(text)
    spans: list[tuple[int, int]] = []
    notes: list[tuple[int, int, str, str]] = []
    for s, e, code, message in sorted(items):
        if e <= s:
            continue
        notes.append((s, e, code, message))
        spans.append(_expand(text, s, e))
    if not spans:
        return st
    spans.sort()
    merged: list[list[int]] = [list(spans[0])]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        st.replace(a, b, "")
    for s, e, code, message in notes:
        st.note(code, message, s, e, severity)
    return st
