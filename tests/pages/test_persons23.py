"""Persons in shapes of session 23 (every case invented): a document's list of authors
glued into one long line with its title and its date or institution, in Latin and other
scripts, and a citation's inverted names glued the same way."""

from __future__ import annotations

from typing import Any

import pytest

from comet import parse_record


def _names(csl: dict[str, Any], role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", ""), p.get("given", "")) for p in csl.get(role, [])]


VIEWER = "{title}\n\nSize: px\nStart display at page:\n\nTranscript\n\n1 {line}\n\n2 {rest}\n"
REST = (
    "Imprint Published by the Fen Institute of Marsh Studies, Reedham Street 4, Fenwick "
    "All rights reserved ISSN 1234-5678"
)


def _viewer(line: str, title: str = "Tidal Gates and the Salt Marsh of the North") -> str:
    return VIEWER.format(title=title, line=line, rest=REST)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "No 17 Tidal Gates and the Salt Marsh of the North Jonas Velde, Maria Kross März 2014",
            [("Velde", "Jonas"), ("Kross", "Maria")],
        ),
        (
            "Marsh Notes 88 Tidal Gates and the Salt Marsh Evidence from the North Sea Coast "
            "Orla Fenn, Peter Quist, Hanna Lode, and Tomas Reedy Coastal Research Unit "
            "January 2021 Abstract What do gates do to the marsh",
            [("Fenn", "Orla"), ("Quist", "Peter"), ("Lode", "Hanna"), ("Reedy", "Tomas")],
        ),
        (
            "Reed Library of Marsh Studies Velde, Jonas; Kross, Maria; Quist, Peter Working "
            "Paper Tidal gates and the salt marsh Marsh Papers, No. 12",
            [("Velde", "Jonas"), ("Kross", "Maria"), ("Quist", "Peter")],
        ),
        (
            "Fen Press Tidal Gates of the North, J. Velde, M. Kross, и P. Quist. Том 3 из Marsh "
            "Papers, стр. 41. (октября 2011)",
            [("Velde", "J."), ("Kross", "M."), ("Quist", "P.")],
        ),
    ],
)
def test_a_list_of_names_glued_into_a_long_line_is_the_authors(
    line: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(_viewer(line)).to_csl()) == want


def test_a_list_in_another_script_glued_into_a_long_line() -> None:
    line = (
        "Вып. 5 Приливные ворота и солёные болота севера Иван Велде, Мария Кросс "
        "Институт болот 2014"
    )
    assert _names(parse_record(_viewer(line, "Приливные ворота")).to_csl()) == [
        ("Велде", "Иван"),
        ("Кросс", "Мария"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence goes on in lower case after the names
        "No 17 Tidal Gates of the North Peter Pan, Robin Hood and friends went to the marsh "
        "in March",
        # a title in title case: one word between the commas, no names
        "No 17 Rivers, Lakes, Ponds and Marshes of the North Coast 2014 Report of the Unit",
        # organisations and places, no person
        "No 17 Fen Press, Marsh University Press and Reed College Library 2014 Annual "
        "Report of the Unit",
        # a committee after its own label
        "Marsh Days 2014 Committee: Jonas Velde, Maria Kross, Peter Quist Venue Reedham "
        "Hall 12 May",
        # editors after their role words: no authors
        "Tidal Gates of the North herausgegeben von Jonas Velde, Maria Kross. Fen Press 2014",
        # a menu of the site: no given names, no initials
        "Home, About Us, Contact Us, Privacy Policy, Terms Of Use, Site Map Fen Portal 2024",
    ],
)
def test_no_author_list_in_a_glued_line(line: str) -> None:
    assert _names(parse_record(_viewer(line)).to_csl()) == []


def test_inverted_names_need_two_pairs() -> None:
    # near miss: 'Velde, Jonas Kross' (one comma, no semicolon) is no inverted list, and
    # 'Jonas Velde, Maria Kross' stays given name first
    line = "No 17 Tidal Gates of the North Jonas Velde, Maria Kross März 2014 Fen Institute"
    assert _names(parse_record(_viewer(line)).to_csl()) == [("Velde", "Jonas"), ("Kross", "Maria")]
