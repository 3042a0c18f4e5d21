"""The records of a page's layout: its lines, its label/value pairs and the layout that
holds both (built by :func:`comet.page.layout.read_layout`, which re-exports them).
"""

from __future__ import annotations

import bisect
import operator

import attrs

__all__ = ["LabelValue", "Layout", "Line"]


@attrs.frozen
class Line:
    """One non-blank line of the cleaned page text."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool
    zone: str = "main"


@attrs.frozen
class LabelValue:
    """A label and its value, with spans in the cleaned text."""

    key: str
    label: str
    value: str
    line: int
    value_start: int
    value_end: int
    layout: str  #: same-line | glued | next-line | next-lines | empty


@attrs.frozen
class Layout:
    text: str
    lines: tuple[Line, ...]
    labels: tuple[LabelValue, ...]
    bibtex: tuple[tuple[int, int], ...]  #: spans of BibTeX blocks
    ris: tuple[tuple[int, int], ...]  #: spans of RIS blocks
    label_lines: frozenset[int]  #: indexes of lines that start with a label

    def values(self, *keys: str) -> list[LabelValue]:
        """Label/value pairs of the given keys, in page order, empty values skipped."""
        want = set(keys)
        return [lv for lv in self.labels if lv.key in want and lv.value]

    def zone_at(self, offset: int) -> str:
        """The zone of the line holding ``offset``."""
        lo, hi = 0, len(self.lines) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            line = self.lines[mid]
            if offset < line.start:
                hi = mid - 1
            elif offset > line.end:
                lo = mid + 1
            else:
                return line.zone
        return self.lines[max(0, hi)].zone if self.lines else "main"

    def line_at(self, offset: int) -> Line | None:
        """The line holding ``offset`` (from its start to its end), or ``None``: a binary
        search (the lines are in page order, apart)."""
        i = bisect.bisect_right(self.lines, offset, key=_START) - 1
        if i >= 0 and offset <= self.lines[i].end:
            return self.lines[i]
        return None


_START = operator.attrgetter("start")
