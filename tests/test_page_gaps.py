"""General page signals of issue 13's gap list: bracketed keyword labels, keyword lists
wrapped over lines, headwords in capitals, Chinese venue lines, ordinal proceedings names,
repository "full item record" tables and two-column report headers.

Every string here was written for these tests (invented names, titles and identifiers).
"""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.keywords import find_keyword_blocks


def _keywords(text: str) -> list[list[str]]:
    return [[k.text for k in m.value.keywords] for m in find_keyword_blocks(text)]


# --- keyword blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Keywords] dune grass; sand drift", [["dune grass", "sand drift"]]),
        ("[Keywords]\ndune grass; sand drift", [["dune grass", "sand drift"]]),
        ("【关键词】沙丘；固沙；植被", [["沙丘", "固沙", "植被"]]),
        ("〔关键词〕沙丘，固沙", [["沙丘", "固沙"]]),
        ("［Palabras clave］ dunas; vegetación", [["dunas", "vegetación"]]),
    ],
)
def test_bracketed_keyword_labels(text: str, expected: list[list[str]]) -> None:
    assert _keywords(text) == expected


@pytest.mark.parametrize("text", ["[Keywords are listed below]", "Keywords] dune grass"])
def test_unbalanced_or_prose_brackets_are_no_label(text: str) -> None:
    assert _keywords(text) == []


def test_wrapped_keyword_list_stops_at_a_bare_line() -> None:
    text = "Keywords\ndune grass; sand drift;\ncoastal erosion; marram\nIntroduction\nDunes move.\n"
    assert _keywords(text) == [["dune grass", "sand drift", "coastal erosion", "marram"]]


def test_one_keyword_a_line_still_read() -> None:
    text = "Keywords\ndune grass\nsand drift\ncoastal erosion\n\nIntroduction\n"
    assert _keywords(text) == [["dune grass", "sand drift", "coastal erosion"]]


# --- headwords in capitals ------------------------------------------------------------------

ENTRY = """Lexique ouvert des métiers
Accueil | Recherche | Index

TONNELIER
Artisan qui fabrique des tonneaux, des cuves et des barriques en bois de chêne cerclé.
Voir aussi : charron
© Lexique ouvert des métiers
"""


def test_headword_in_capitals_is_the_title() -> None:
    assert parse_record(ENTRY).title == "TONNELIER"


def test_capitals_without_a_definition_stay_chrome() -> None:
    page = "Lexique ouvert des métiers\nACCUEIL\nRECHERCHE\nTonneliers et charrons du Jura\n"
    assert parse_record(page).title != "ACCUEIL"
