"""Imprint lines (``Place : Publisher, Year``) whose place holds a function word or a particle
(``Rio de Janeiro``, ``Santiago de Compostela``), is a city's abbreviation of the lexicon (``М.``,
``СПб.``), or is written in a script without capitals with its full-width punctuation
(``北京：…出版社，2019``, ``서울: …출판부, 2019``) (``comet.page.publishers._imprint_lines``).
Invented publishers."""

from __future__ import annotations

import pytest
from tests.pages._reed_page import REED_PAGE as _PAGE

from comet import parse_record


def _imprint(line: str) -> tuple[object, object]:
    c = parse_record(_PAGE.format(line=line)).to_csl()
    return c.get("publisher"), c.get("publisher-place")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rio de Janeiro: Garça Editores, 2019", ("Garça Editores", "Rio de Janeiro")),
        (
            "Santiago de Compostela: Ediciones Garza, 2019",
            ("Ediciones Garza", "Santiago de Compostela"),
        ),
        ("М.: Наука, 2019", ("Наука", "М.")),
        ("北京：鹭鸟出版社，2019", ("鹭鸟出版社", "北京")),
        ("東京: 鷺書店, 2019", ("鷺書店", "東京")),
        ("서울: 왜가리출판부, 2019", ("왜가리출판부", "서울")),
    ],
)
def test_imprint_lines_in_more_scripts(line: str, expected: tuple[object, object]) -> None:
    assert _imprint(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Vol.: Fen Press, 2019",  # an abbreviation that is no city's
        "Notes on the fen: reeds and birds, 2019",  # a sentence's words in small letters
        "see also: Garça Editores, 2019",  # a place in small letters
    ],
)
def test_no_imprint_line(line: str) -> None:
    assert _imprint(line) == (None, None)
