"""The one helper that takes affiliation marks off glued names (comet.page.name_marks), used
by a person label's value and by a list of names inside a long line (invented names)."""

from __future__ import annotations

import pytest

from comet.page.name_marks import without_glued_marks


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Tove Lien1, Ida Marsh2", "Tove Lien, Ida Marsh"),
        ("Tove Lien1,2, Ida Marsh2*", "Tove Lien, Ida Marsh"),  # a list of marks, a sign
        ("Лапшина Е.В.1, Орлов К.Д.3", "Лапшина Е.В., Орлов К.Д."),  # after an initial's dot
        ("Holm P.†; Vik A.‡", "Holm P.; Vik A."),
        ("O’Brennan3, Sæther-Vik1", "O’Brennan, Sæther-Vik"),  # an apostrophe, a hyphen
        ("Ruiz1，Moe2", "Ruiz，Moe"),  # a full-width comma
    ],
)
def test_marks_glued_to_names_are_taken_off(value: str, want: str) -> None:
    assert without_glued_marks(value) == want


@pytest.mark.parametrize(
    "value",
    [
        "Lien, Tove, 2031",  # a year after a space
        "Lien Tove2031, Marsh Ida",  # four digits: no mark
        "Room 12, Block 3",  # numbers after a space
        "Lien T.12a, Marsh I.",  # a mark followed by a letter is no mark at the end
        "Tove Lien",
    ],
)
def test_what_is_no_glued_mark_stays(value: str) -> None:
    assert without_glued_marks(value) == value


def test_both_readers_call_the_one_helper() -> None:
    from comet.page import glued_name_lists, label_persons, name_marks

    assert label_persons.without_glued_marks is name_marks.without_glued_marks
    assert glued_name_lists.without_glued_marks is name_marks.without_glued_marks
