"""Keyword labels in the shapes journals print them beyond ``Label: a, b``: a dash glued to
the label (``Index Terms—…``), no separator before a list (``Key words a; b; c``), a label
closing the abstract's paragraph after its last sentence, and another field's label after the
list on its line (invented lines)."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.keywords import find_keyword_blocks

TERMS = ["salt marsh", "sediment supply", "sea level rise"]


def _terms(text: str) -> list[str]:
    return [k.text for m in find_keyword_blocks(text) for k in m.value.keywords]


@pytest.mark.parametrize(
    "line",
    [
        "Index Terms—salt marsh, sediment supply, sea level rise",
        "Keywords–salt marsh; sediment supply; sea level rise",
        "Key words salt marsh; sediment supply; sea level rise",
        "KEY WORDS salt marsh • sediment supply • sea level rise",
        "Keywords salt marsh, sediment supply, sea level rise",
        "Keywords: salt marsh, sediment supply, sea level rise JEL: Q54, Q57",
        "Keywords: salt marsh, sediment supply, sea level rise Received date: 3 May 2021",
    ],
)
def test_label_shapes_give_the_list(line: str) -> None:
    assert _terms(line + "\n") == TERMS


def test_a_label_closing_the_abstracts_paragraph() -> None:
    text = (
        "We measured twelve marshes for ten years and found that they kept pace with the sea "
        "where the supply was high. Keywords: salt marsh, sediment supply, sea level rise\n"
    )
    assert _terms(text) == TERMS


def test_a_term_with_a_colon_of_its_own_is_kept() -> None:
    assert _terms("Keywords: marsh, Sea Level: Rise, tides\n") == [
        "marsh",
        "Sea Level: Rise",
        "tides",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Keywords are useful, cheap, and fast to add to a record.\n",
        "Keywords, tags and labels help readers find a paper.\n",
        "Keywords for the search were chosen by two librarians, a botanist and a geologist.\n",
        "We chose our terms with care. Keywords: the ones we chose describe the marsh well and "
        "guide every search that a reader may make in the catalogue of the library.\n",
        "The index lists the keywords: marsh, tide and reed are among them.\n",
    ],
)
def test_sentences_about_keywords_give_none(text: str) -> None:
    assert _terms(text) == []


def test_on_a_page() -> None:
    page = (
        "Coastal Salt Marsh Dynamics under Rising Seas\nAna Ruiz, Tomas Berg\nAbstract\n"
        "We measured the sediment supply of twelve marshes over ten years and found that the "
        "marshes kept pace with the sea where the supply was high and drowned where it was "
        "low. Keywords: salt marsh, sediment supply, sea level rise\n1. Introduction\n"
        "Salt marshes are coastal wetlands flooded by the tides.\n"
    )
    assert parse_record(page).to_csl().get("keyword") == ", ".join(TERMS)
