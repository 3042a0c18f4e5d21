"""The changes of speed29 answer as before (invented texts): the links and tokens with a
digit left out of a sentence's words (:data:`comet.page.prose_ids._LINK`) are the tokens
``\\S*[/@\\d]\\S*`` removed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet.page import prose_ids

SETTINGS = settings(max_examples=500, deadline=None)

#: the pattern before speed29, tried from each character of every word
_OLD_LINK = re.compile(r"\S*[/@\d]\S*")


@SETTINGS
@given(st.text(alphabet="ab/@1٣ \t\n.-é", max_size=40))
def test_links_are_left_out_alike(text: str) -> None:
    assert prose_ids._LINK.sub(" ", text) == _OLD_LINK.sub(" ", text)
    assert [m.span() for m in prose_ids._LINK.finditer(text)] == [
        m.span() for m in _OLD_LINK.finditer(text)
    ]


def test_a_sentence_keeps_its_words_and_drops_its_links() -> None:
    text = "Read it at www.fen.example/a1 or mail ola@fen.example, page 27b today."
    assert prose_ids._words(text) == ["Read", "it", "at", "or", "mail", "page", "today"]
    assert not prose_ids._has_word("10.1234/abc https://x.example/2 @moe")
