"""``comet.page.line_scan.whole_lines``: a whole line's pattern found through its tail
finds the lines a plain search finds. Invented text."""

from __future__ import annotations

import re

from comet.page.line_scan import whole_lines

TEXT = "Fen Notes\nMarsh Studies, Band 7\nno tail here\nReed Papers, Band 12\nBerlin, 2019\n"
PATTERN = re.compile(r"^(?P<name>[^\W\d_][^\d,\n]+), Band (?P<n>\d+)$", re.M)
TAIL = re.compile(r", Band \d+$", re.M)


def test_whole_lines_are_the_lines_a_plain_search_finds() -> None:
    found = [m.group("name") for m in whole_lines(TEXT, TAIL, PATTERN, len(TEXT))]
    assert found == ["Marsh Studies", "Reed Papers"]
    assert found == [m.group("name") for m in PATTERN.finditer(TEXT)]


def test_the_scan_stops_at_end() -> None:
    end = TEXT.index("Reed")
    assert [m.group("n") for m in whole_lines(TEXT, TAIL, PATTERN, end)] == ["7"]


def test_a_tail_on_a_line_the_whole_pattern_refuses_gives_nothing() -> None:
    # negative: the tail stands on a line whose head the pattern refuses (a digit)
    assert list(whole_lines("Vol 3 Notes, Band 4\n", TAIL, PATTERN, 20)) == []
