"""Two-column page headers (an RFC's or a technical report's first lines: series, number,
category and date on the left, authors, affiliations and date on the right), read as the
left column's lines, then the right column's.

The rewritten header keeps its length (padded with spaces), so every span outside it
stays exact; a span inside it points into the header's lines.
"""

from __future__ import annotations

import re

#: lines from the top of a page looked at for a two-column header
HEADER_LINES = 20
#: spaces between the two columns at least
GAP_SPACES = 6
#: spaces before a line that holds only the right column at least
RIGHT_INDENT = 24
#: consecutive two-column lines a header has at least
MIN_ROWS = 3

_GAP = re.compile(rf"(?<=\S) {{{GAP_SPACES},}}(?=\S)")
_RIGHT_ONLY = re.compile(rf" {{{RIGHT_INDENT},}}(?=\S)")


def split_columns(text: str) -> tuple[str, tuple[int, int] | None]:
    """``text`` with a two-column header at its top rewritten as its left column's lines,
    then its right column's (same length), and the header's span; ``text`` itself and
    ``None`` when it has no such header."""
    if " " * GAP_SPACES not in text[:4000]:
        return text, None  # no wide gap at all (the common case)
    lines = text.split("\n", HEADER_LINES)[:HEADER_LINES]
    offset = 0
    start = end = -1
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        gaps = list(_GAP.finditer(line))
        if len(gaps) == 1 and line[:1] != " ":
            if start < 0:
                start = offset
            left.append(line[: gaps[0].start()].strip())
            right.append(line[gaps[0].end() :].strip())
            end = offset + len(line)
        elif start >= 0 and _RIGHT_ONLY.match(line):
            right.append(line.strip())
            end = offset + len(line)
        elif start >= 0:
            break
        offset += len(line) + 1
    rows = len(left)
    if rows < MIN_ROWS:
        return text, None
    block = "\n".join(left) + "\n" + "\n".join(right)
    width = end - start
    if len(block) > width:
        return text, None
    return text[:start] + block + " " * (width - len(block)) + text[end:], (start, end)
