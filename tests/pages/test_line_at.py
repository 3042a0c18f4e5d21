"""``Layout.line_at`` (a binary search of the page's lines) finds the same line as a scan
from the first line would, for every offset of any text: the lines are in page order and
apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page.layout import read_layout
from comet.page.lines import Layout, Line

RULES = _loc.resolve(None)

_TEXT = st.lists(
    st.one_of(
        st.text(alphabet="ab Cd.:\t", max_size=30),
        st.sampled_from(["", "Title of a work", "Keywords: owls, fens", "  ", "Ana Ruiz"]),
    ),
    max_size=12,
).map("\n".join)


def _scan(layout: Layout, offset: int) -> Line | None:
    for line in layout.lines:
        if line.start <= offset <= line.end:
            return line
    return None


@given(_TEXT)
def test_line_at_is_the_scan(text: str) -> None:
    layout = read_layout(text, RULES)
    starts = [line.start for line in layout.lines]
    assert starts == sorted(starts)
    for offset in range(-1, len(text) + 2):
        assert layout.line_at(offset) is _scan(layout, offset)


@given(st.text(max_size=200))
def test_line_at_any_text(text: str) -> None:
    layout = read_layout(text, RULES)
    for offset in (-1, 0, len(text) // 2, len(text), len(text) + 1):
        assert layout.line_at(offset) is _scan(layout, offset)
