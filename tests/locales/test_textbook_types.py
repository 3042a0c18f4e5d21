"""A textbook is a book: the genre words of textbooks (ru, pl, cs, tr) are book type terms
(``[types] book``). Invented values."""

from __future__ import annotations

import pytest

from comet import parse_publication_type


@pytest.mark.parametrize(
    "term", ["Учебное пособие", "Учебник", "Podręcznik", "Učebnice", "Ders Kitabı"]
)
def test_a_textbook_is_a_book(term: str) -> None:
    assert parse_publication_type(term).csl_type == "book"


def test_a_curriculum_is_no_book() -> None:
    # (negative) a study plan ('Учебный план') names no kind of work
    assert parse_publication_type("Учебный план", strict=False).value is None
