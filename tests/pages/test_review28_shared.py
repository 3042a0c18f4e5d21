"""The helpers two readers now share (review28): one list separator of languages, one
e-mail address pattern, one test of a label's prose line. Invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet.locales import resolve
from comet.page.byline_text import _MAIL_IN_BYLINE
from comet.page.label_help import _help_sentence
from comet.page.label_value_checks import prose_sentence
from comet.page.title_shapes import MAIL_ADDRESS, mail_line
from comet.vocab.language import list_separator


def test_list_separator_parts_a_list_of_languages() -> None:
    sep = list_separator(resolve(["en", "nb"]))
    assert [p for p in sep.split("Welsh, Breton og Cornish") if p] == [
        "Welsh",
        "Breton",
        "Cornish",
    ]
    assert [p for p in sep.split("Welsh + Breton") if p] == ["Welsh", "Breton"]
    assert [p for p in sep.split("Bretonand Welsh") if p] == ["Bretonand Welsh"]


def test_one_mail_shape_for_contact_lines_and_bylines() -> None:
    assert MAIL_ADDRESS.fullmatch("tove.lind@marsh.example")
    assert _MAIL_IN_BYLINE.pattern.count(MAIL_ADDRESS.pattern) == 1
    assert mail_line("a) tove.lind@marsh.example; b) per@fen.example")
    assert not mail_line("Tove Lind, Marsh Field Station (tove@marsh.example)")


def test_prose_sentence() -> None:
    assert prose_sentence("Names the body that issued the item in print.", 5)
    assert not prose_sentence("Names the body that issued the item in 1990.", 5)
    assert not prose_sentence("Names the body that issued", 5)
    assert not prose_sentence("Fen Press.", 5)
    assert _help_sentence("States the year the item was issued.")
    assert not _help_sentence("states the year the item was issued.")


@given(st.text(max_size=120))
def test_shared_helpers_take_any_text(text: str) -> None:
    prose_sentence(text, 5)
    mail_line(text)
    list_separator(resolve(None)).split(text)
