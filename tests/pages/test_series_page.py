"""A proceedings series' page at the front of a volume (``comet.page.series_page``): the
series' name and the volume's number at the top, the series' board under its label. Every page
is invented; the layout is the one the volumes of proceedings series print (the fresh
``proc6`` set, issue 13).
"""

from __future__ import annotations

from comet import parse_record

BOARD = (
    "Editorial Board Members\n"
    "TC 1 – Tides and Currents\n"
    "Maren Oskarsdottir, Fjordvik University, Norway\n"
    "TC 2 – Harbour Structures\n"
    "Pablo Ferreira Lima, University of Porto Alegre, Brazil\n"
)


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


def test_a_wrapped_series_name_and_number_over_the_board() -> None:
    page = (
        "Advances in Coastal\nand Harbour Engineering 512\n"
        "Editor-in-Chief\nJonas Lindqvist, Kiel University, Germany\n" + BOARD
    )
    item = _csl(page)
    assert item["collection-title"] == "Advances in Coastal and Harbour Engineering"
    assert item["collection-number"] == "512"
    assert item["type"] == "book"


def test_a_series_name_on_one_line_over_its_series_editors() -> None:
    page = (
        "Lecture Notes in Harbour Science 1234\n"
        "Founding and Former Series Editors:\nAnna Berg, Olav Strand\n" + BOARD
    )
    item = _csl(page)
    assert item["collection-title"] == "Lecture Notes in Harbour Science"
    assert item["collection-number"] == "1234"


def test_a_journals_masthead_with_its_year_is_no_series() -> None:
    page = "Journal of Coastal Studies 36 (2020)\nEditorial Board\n" + BOARD
    assert _csl(page).get("collection-title") is None


def test_a_volume_word_and_number_alone_is_no_series() -> None:
    page = "Volume 12\nEditorial Board\n" + BOARD
    assert _csl(page).get("collection-number") is None


def test_a_series_line_without_a_board_is_none() -> None:
    page = (
        "Lecture Notes in Harbour Science 1234\n\n"
        "The tides of the northern fjords are studied in this volume by twelve authors.\n"
    )
    assert _csl(page).get("collection-title") is None


def test_running_text_with_a_number_over_a_board_is_none() -> None:
    page = "the harbour board met again in room 12\nEditorial Board\n" + BOARD
    assert _csl(page).get("collection-title") is None
