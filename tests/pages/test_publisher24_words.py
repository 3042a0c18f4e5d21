"""Publisher words and statements of the locales added in session 24: ``Publicaciones``,
``Publicações``, ``Editori``, and the German statement ``Erschienen bei`` (published by).
``Books`` is none (a shop's menu and its breadcrumbs print it alone). Invented pages."""

from __future__ import annotations

import pytest
from tests.pages._reed_page import REED_PAGE as _PAGE

from comet import parse_record


def _publisher(line: str) -> object:
    return parse_record(_PAGE.format(line=line)).to_csl().get("publisher")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Erschienen bei Reiher Verlag", "Reiher Verlag"),
        ("Erschienen bei Moorland Druck und Satz", "Moorland Druck und Satz"),
        ("Copyright © 2019 Servicio de Publicaciones", "Servicio de Publicaciones"),
        ("© 2019 Airone Editori", "Airone Editori"),
    ],
)
def test_publisher_words_and_statements(line: str, publisher: str) -> None:
    assert _publisher(line) == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Books",  # a menu's word alone
        "© 2019 Ana Ruiz",  # a person holds the copyright
        "Das Buch ist erschienen bei uns im Frühjahr",  # prose, the statement in small letters
    ],
)
def test_no_publisher(line: str) -> None:
    assert _publisher(line) is None
