"""Two initials-first names printed one after the other without a separator (``Л. Ладогин
А.М. Озеров``, as a bookshop prints a book's authors) are two names
(``comet.names.lists._initials_pairs``). Invented names."""

from __future__ import annotations

import pytest

from comet.names import parse_names


def _names(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.family, p.given) for p in parse_names(text).persons]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Л. Ладогин А.М. Озеров", [("Ладогин", "Л."), ("Озеров", "А.М.")]),
        ("T. Varga K. Holm", [("Varga", "T."), ("Holm", "K.")]),
        ("A. B. Lund C. Berg", [("Lund", "A. B."), ("Berg", "C.")]),
    ],
)
def test_two_initials_first_names_without_a_separator(text: str, want: list) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (negative) initials, a given name and a surname: one person
        ("J. Robert Lindqvist", [("Lindqvist", "J. Robert")]),
        # (negative) a given name first, then an initial: one person
        ("Anna K. Lindqvist", [("Lindqvist", "Anna K.")]),
        ("J. R. R. Lindqvist", [("Lindqvist", "J. R. R.")]),
    ],
)
def test_one_name_stays_one(text: str, want: list) -> None:
    assert _names(text) == want
