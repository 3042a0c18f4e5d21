"""A meeting's presentation number over an abstract (``comet.page.presentation_line``): the
number, the presentation's form between bars (``[words].presentation_forms``), the session.
Every page is invented (the fresh ``proc6`` set, issue 13).
"""

from __future__ import annotations

from comet import parse_record

ABSTRACT = (
    "Tides in the northern fjords carry fine mud far inland, and we measure how much of it "
    "settles behind the new harbour walls during the spring floods of three years.\n"
)


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


def test_a_number_and_form_over_an_abstract() -> None:
    page = (
        "HS – Hydrological Sciences\n\n"
        "GSA24-1614 | Orals | HS1.2 | Land and Water Lecture\n\n"
        "Mud Transport in Northern Fjords\n\nIngrid Halvorsen\n\n" + ABSTRACT
    )
    item = _csl(page)
    assert item["number"] == "GSA24-1614"
    assert item["type"] == "speech"


def test_a_four_digit_year_and_posters() -> None:
    page = "OSM2022-37 | Posters | OS3.1\n\nMud Transport in Northern Fjords\n\n" + ABSTRACT
    assert _csl(page)["number"] == "OSM2022-37"


def test_a_product_code_in_a_shop_menu_is_none() -> None:
    # a code and a bar, but no presentation's form after it
    page = "SKU24-1614 | Blue | Large\n\nMud Boots for Fjord Walks\n\n" + ABSTRACT
    item = _csl(page)
    assert item.get("number") != "SKU24-1614"
    assert item.get("type") != "speech"


def test_a_form_word_in_running_text_is_none() -> None:
    page = (
        "Mud Transport in Northern Fjords\n\nThe orals | posters were held in May.\n\n" + ABSTRACT
    )
    assert _csl(page).get("type") != "speech"
