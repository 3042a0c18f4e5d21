"""The changes of speed29 answer as before (invented texts): the links and tokens with a
digit left out of a sentence's words (:data:`comet.page.prose_ids._LINK`) are the tokens
``\\S*[/@\\d]\\S*`` removed; a line closing no bracket read for its brackets without
looking for note marks (:func:`comet.page.title_shapes.bracket_fragment`); a byline's
marks looked for only in a line with a digit or a mark sign; a container label opening a
line found with a look at its terms' first letters first; an imprint line looked for only
in a line with a colon; the phrases of a page that is no record looked for each in turn."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page import (
    glued_name_lists,
    journal_head,
    not_record,
    prose_ids,
    publishers,
    title_shapes,
)

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=300, deadline=None)

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


# --- a wrapped bracket's piece ---------------------------------------------------------------


def _old_bracket_fragment(t: str) -> bool:
    s = title_shapes._MARK_BRACKET.sub("", t).strip()
    for opening, closing in title_shapes._BRACKET_PAIRS.items():
        if s.startswith(opening) and closing not in s:
            return True
        if s.endswith(closing) and opening not in s:
            return True
    return False


@SETTINGS
@given(st.text(alphabet="(a)[]1* Bé", max_size=24))
def test_a_bracket_fragment_is_read_alike(text: str) -> None:
    """A line closing no bracket has no note mark to remove before its brackets are read."""
    assert title_shapes.bracket_fragment(text) == _old_bracket_fragment(text)


def test_note_marks_are_no_brackets() -> None:
    assert not title_shapes.bracket_fragment("Ana Ruiz1), Ida Moe2)")
    assert title_shapes.bracket_fragment("(A Case Study of the Northern")
    assert title_shapes.bracket_fragment("Coastal Towns )")
    assert not title_shapes.bracket_fragment("Fen Towns (1850–1950)")


# --- the marks after a byline's names --------------------------------------------------------


@SETTINGS
@given(st.text(alphabet="Ra z1 2*†,;é٣", max_size=30))
def test_a_line_without_a_digit_or_sign_has_no_mark(text: str) -> None:
    """:data:`comet.page.glued_name_lists._MARK_SIGN` finds something wherever
    :data:`~comet.page.glued_name_lists._MAY_MARK` does."""
    marked = glued_name_lists._MAY_MARK.search(text) is not None
    assert (glued_name_lists._MARK_SIGN.search(text) is not None and marked) == marked


# --- a container label opening a line --------------------------------------------------------


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The container label's pattern before speed29: no look at the terms' first letters."""
    guard = re.match(r"\^(\(\?=\[[^]]*\]\))", pattern.pattern)
    assert guard is not None
    return re.compile("^" + pattern.pattern[guard.end() :], pattern.flags)


_OPENINGS = ["Published in ", "published 2019 in ", "Erschienen im ", "Zuerst erschienen in: ",
             "Publié dans ", "In ", "Ξ ", "", "Veröffentlicht in der Zeitschrift "]  # fmt: skip


@SETTINGS
@given(st.sampled_from(_OPENINGS), st.text(alphabet="Fen Marsh:2019 é", max_size=20))
def test_a_container_label_is_found_alike(opening: str, rest: str) -> None:
    pattern = journal_head._container_label(RULES)
    old = _unguarded(pattern)
    text = opening + rest
    new_m, old_m = pattern.match(text), old.match(text)
    assert (new_m and new_m.span()) == (old_m and old_m.span())
    assert pattern.sub("", text, count=1) == old.sub("", text, count=1)


# --- an imprint line -------------------------------------------------------------------------


@SETTINGS
@given(st.text(alphabet="Fen Pres,2019:：é.-", max_size=30))
def test_an_imprint_line_holds_a_colon(text: str) -> None:
    """A line without a colon is no imprint line: it is not matched against one."""
    if ":" not in text and "：" not in text:
        assert publishers._IMPRINT_LINE.match(text) is None


def test_an_imprint_line_is_read() -> None:
    m = publishers._IMPRINT_LINE.match("Marshtown: Fen Press, 2015")
    assert m is not None
    assert (m.group("place"), m.group("publisher"), m.group("year")) == (
        "Marshtown",
        "Fen Press",
        "2015",
    )


# --- a page that is no record ----------------------------------------------------------------

_PHRASES = ("page not found", "no results", "ingen träffar", "fen  moor", "   ", "ошибка 404")


@SETTINGS
@given(
    st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=4, unique=True),
    st.text(alphabet="page notfu rslи träfmo\nошибка404", max_size=40),
)
def test_the_phrases_are_found_alike(phrases: list[str], text: str) -> None:
    """Each phrase looked for in the top lines finds one where the one search of them all did."""
    ordered = tuple(sorted(phrases, key=len, reverse=True))
    expected = not_record._any_phrase(ordered).search(text) is not None
    assert any(p in text for p in not_record._spaced(ordered)) == expected


def test_the_locales_phrases_are_found_alike() -> None:
    phrases = not_record._all_phrases(RULES)
    for text in ("Home\nPage not found\nSorry", "A Study of Fens\nAna Ruiz", "", "Ошибка 404"):
        folded = "\n".join(not_record._top(text.split("\n")))
        expected = not_record._any_phrase(phrases).search(folded) is not None
        assert any(p in folded for p in not_record._spaced(phrases)) == expected
