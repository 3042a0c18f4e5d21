"""A page's copyright lines read for their holders (:mod:`comet.page.copyright_holders`),
the one reading the publishing houses' and the bodies' readers judge. Invented pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.copyright_holders import copyright_holders, without_preposition
from comet.page.evidence import _Page
from comet.page.layout import read_layout


def _page(text: str) -> _Page:
    rules = _loc.resolve(None)
    return _Page(text, text, lambda a, b: (a, b), read_layout(text, rules), rules, None)


_TEXT = (
    "Reed Beds of the Lower Fen\n"
    "Orla Fenwick\n"
    "The reed beds of the lower fen hold more birds than any other part of the marsh.\n"
    "© 2019 by Fen Press\n"
    "Copyright 2006, Centre for Marsh Studies\n"
)


def test_each_copyright_line_gives_its_holder_and_place() -> None:
    page = _page(_TEXT)
    holders = list(copyright_holders(page))
    assert [h.text for h in holders] == ["Fen Press", "Centre for Marsh Studies"]
    for h in holders:  # (the span is the name's, past a dropped 'by')
        assert page.text[h.start : h.start + len(h.text)] == h.text
    # the lower line weighs less (a footer's line is the site's more often)
    assert holders[0].weight > holders[1].weight > 0


def test_the_records_publisher_span_is_the_name_past_the_function_word() -> None:
    record = parse_record(_TEXT.replace("Copyright 2006, Centre for Marsh Studies\n", ""))
    assert record.publisher == "Fen Press"
    start, end = record.spans["publisher"]
    assert record.raw[start:end] == "Fen Press"


@pytest.mark.parametrize(
    ("holder", "expected"),
    [
        ("by Fen Press", "Fen Press"),
        ("par les Éditions du Héron", "les Éditions du Héron"),
        ("Von Moor Verlag", "Von Moor Verlag"),  # (a capital: the name's own word)
        ("Fen Press", "Fen Press"),
    ],
)
def test_a_small_function_word_before_the_name_is_dropped(holder: str, expected: str) -> None:
    assert without_preposition(holder, _loc.resolve(None)) == expected


_LINES = st.lists(
    st.one_of(
        st.sampled_from(["©", "Copyright", "(c)", "2019", " by", " par ", ",", " Fen Press", "."]),
        st.text(max_size=6),
    ),
    max_size=8,
).map("".join)


@given(st.lists(_LINES, max_size=6).map("\n".join))
def test_any_text_reads_its_holders_where_they_stand(text: str) -> None:
    page = _page(text)
    for h in copyright_holders(page):
        assert page.text[h.start : h.start + len(h.text)] == h.text
