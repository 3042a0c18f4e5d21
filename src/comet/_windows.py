"""Windows of a long text around hints: what the scanners read instead of the whole text."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["merge_windows"]


def merge_windows(
    hints: Iterable[tuple[int, int]], back: int, forward: int, n: int
) -> list[tuple[int, int]]:
    """``(lo, hi)`` spans covering ``back`` characters before and ``forward`` after each
    hint span (sorted by start), clamped to ``0..n``; overlapping or touching ones merged.

    >>> merge_windows([(10, 12), (20, 22), (100, 104)], 5, 5, 106)
    [(5, 27), (95, 106)]
    """
    out: list[list[int]] = []
    for a, b in hints:
        lo, hi = max(0, a - back), min(n, b + forward)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]
