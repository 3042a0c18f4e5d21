"""The journal's name read before a locator without the chrome printed before it (session
29; ``comet.page.locator_head_lead``). Invented pages.

- A locator printed over a run of short lines (``Articles`` / ``spacer`` / ``Heron Magazine``
  / ``October 2011`` / ``Volume 7 Number 4``) is read with the lines above it: the
  interface's lines opening the run (``Articles``, ``Startseite``) and one word in small
  letters alone (an image's alternative text) are no part of the journal's name.
- A table row's cells (``Home⇥Fen Lett., 13, 1689-1712, 2013``): a chrome cell before the
  citation is no part of the name either.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import all_rules
from comet.page.locator_head_lead import without_chrome_lead

RUN_PAGE = """Search   |   Back Issues   |   Author Index

{chrome}

spacer

{journal}
{month}

{numbers}

ISSN 2211-4459

{title}

Lena Vik
University of Marshtown

Abstract

{abstract}
"""


@pytest.mark.parametrize(
    ("chrome", "journal", "month", "numbers", "title", "abstract"),
    [
        (
            "Articles",
            "Heron Magazine",
            "October 2011",
            "Volume 7 Number 4",
            "Counting reed warblers along a northern estuary",
            "This study counts reed warblers along a northern estuary over three seasons.",
        ),
        (
            "Startseite",
            "Reiher Magazin",
            "Oktober 2011",
            "Jahrgang 7 Heft 4",
            "Die Zählung der Rohrsänger an einer nördlichen Flussmündung",
            "Diese Studie zählt die Rohrsänger an einer nördlichen Flussmündung in drei Jahren.",
        ),
        (
            "Accueil",
            "Revue du Héron",
            "octobre 2011",
            "Volume 7 Numéro 4",
            "Le comptage des rousserolles dans un estuaire du nord",
            "Cette étude compte les rousserolles dans un estuaire du nord pendant trois saisons.",
        ),
    ],
)
def test_chrome_lines_over_a_run_locator_are_no_part_of_the_name(
    chrome: str, journal: str, month: str, numbers: str, title: str, abstract: str
) -> None:
    page = RUN_PAGE.format(chrome=chrome, journal=journal, month=month, numbers=numbers,
                           title=title, abstract=abstract)  # fmt: skip
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") == journal
    assert csl.get("volume") == "7"


CELL_PAGE = """Fen Letters
An open access journal of wetland science

{crumb}\tFen Lett., 13, 1689-1712, 2013

{title}

Lena Vik and Ola Berg

Abstract

{abstract}
"""


@pytest.mark.parametrize(
    ("crumb", "title", "abstract"),
    [
        (
            "Home",
            "Seasonal emissions of reed beds in northern Europe",
            "We estimate the seasonal emissions of reed beds in northern Europe from new maps.",
        ),
        (
            "Inicio",
            "Las emisiones estacionales de los carrizales del norte de Europa",
            "Estimamos las emisiones estacionales de los carrizales del norte de Europa.",
        ),
    ],
)
def test_a_chrome_cell_before_a_cited_locator_is_no_part_of_the_name(
    crumb: str, title: str, abstract: str
) -> None:
    csl = parse_record(CELL_PAGE.format(crumb=crumb, title=title, abstract=abstract)).to_csl()
    assert csl.get("container-title") in ("Fen Lett", "Fen Lett.", "Fen Letters")
    assert csl.get("page") == "1689-1712"


def test_the_pieces_that_name_something_stay() -> None:
    rules = all_rules()
    assert without_chrome_lead("Journal of Reed Studies", ["Journal of", "Reed Studies"],
                               rules) == "Journal of Reed Studies"  # fmt: skip
    assert without_chrome_lead("Articles spacer Heron Magazine",
                               ["Articles", "spacer", "Heron Magazine"], rules) == "Heron Magazine"  # fmt: skip
    assert without_chrome_lead("Home", ["Home"], rules) == "Home"  # nothing after it


@given(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=5))
def test_any_text_gives_a_tail_of_the_head(head: str, pieces: list[str]) -> None:
    out = without_chrome_lead(head, pieces, all_rules())
    assert head.endswith(out) or out == head.strip()
