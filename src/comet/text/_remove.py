"""Delete spans from a text and tidy what is left (no double spaces, no orphan commas)."""

from __future__ import annotations

from collections.abc import Iterable

from comet.diagnostics import Severity
from comet.text._edits import Stage

__all__ = ["removal_stage"]

_CLOSERS = frozenset(",.;:!?)]}»”’")
_JOINERS = frozenset(",;:")


def _expand(t: str, s: int, e: int) -> tuple[int, int]:
    """Grow the deletion ``t[s:e]`` so that the text around it reads cleanly."""
    n = len(t)
    ls = t.rfind("\n", 0, s) + 1
    le = t.find("\n", e)
    if le < 0:
        le = n
    if not t[ls:s].strip() and not t[e:le].strip():
        # the phrase is the whole line: remove the line, keep one blank line at most
        a = ls
        if le == n:
            b = n
            while a > 0 and t[a - 1] == "\n":
                a -= 1
            return a, b
        b = le + 1
        if a == 0:
            while b < n and t[b] == "\n":
                b += 1
        elif b < n and t[b] == "\n" and a >= 2 and t[a - 2] == "\n":
            b += 1
        return a, b
    a, b = s, e
    lc = t[a - 1] if a > ls else ""
    rc = t[b] if b < le else ""
    if lc and rc and lc in "([{" and rc in ")]}":
        a, b = a - 1, b + 1
        lc = t[a - 1] if a > ls else ""
        rc = t[b] if b < le else ""
    if lc == " " and rc == " ":
        b += 1
    elif lc == " " and (not rc or rc in _CLOSERS):
        a -= 1
    elif not lc and rc == " ":
        b += 1
    elif not lc and rc in _JOINERS:
        b += 1
        if b < le and t[b] == " ":
            b += 1
    # an orphan comma, semicolon or colon: "seem, <spam>, at" → "seem, at"
    if a > ls and b < le and t[a - 1] in _JOINERS and t[b] in _JOINERS | {"."}:
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
