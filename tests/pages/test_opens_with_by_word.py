"""A line opening with a one-word author label of the locales
(:func:`comet.page.layout.opens_with_by_word`), the one test the byline readers share.
Invented lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page.layout import opens_with_by_word

_RULES = _loc.all_rules()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Mara Quill", True),
        ("  by: Mara Quill", True),
        ("Von Jonas Reedling", True),
        ("Par Ines Calloway", True),
        ("Por Ana Ruiz", True),
        ("Byways of the Fen", False),  # (a word that starts alike)
        ("Mara Quill", False),
        ("", False),
        ("   ", False),
    ],
)
def test_a_line_opening_with_an_author_label(line: str, expected: bool) -> None:
    assert opens_with_by_word(line, _RULES) is expected


@given(st.text(max_size=40))
def test_any_text_is_answered(text: str) -> None:
    # the answer depends on the first word alone: what follows it never changes it
    first = text.split(maxsplit=1)[:1]
    assert opens_with_by_word(text, _RULES) is opens_with_by_word(
        first[0] + " Ana Ruiz" if first else text, _RULES
    )
