"""Label rows printed as two table cells, a label and its value parted by a tab or a run of
spaces (``comet.page.cell_rows``), as HTML-to-text converters print a record's table of
fields. Invented pages; every name, title and number was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.cell_rows import cell_rows

_CATALOGUE = """Katalog der Landesbibliothek Nord

Springe direkt zu:
Kontakt

Stille Wasser

stabiler Link
Titel{gap}Stille Wasser / Anna Berg
Verlag{gap}München : Fjordverlag
Umfang/Format{gap}412 Seiten ; 19 cm
Sprache(n){gap}Deutsch (ger)
"""


@pytest.mark.parametrize("gap", ["\t", "   ", " \t ", "\t\t"])
def test_a_table_of_fields_in_two_cells_is_read_as_labels(gap: str) -> None:
    csl = parse_record(_CATALOGUE.replace("{gap}", gap)).to_csl()
    assert csl["title"] == "Stille Wasser"
    assert csl["publisher"] == "Fjordverlag"
    assert csl["publisher-place"] == "München"
    assert csl["language"] == "de"


def test_the_whole_first_cell_is_the_label() -> None:
    # 'Sprache(n)' is one label: not 'Sprache' glued to a value '(n) Deutsch'
    rows = cell_rows("Sprache(n)\tDeutsch (ger)\n", resolve(None))
    assert rows == {"Sprache(n) Deutsch (ger)": len("Sprache(n)")}


@pytest.mark.parametrize(
    "row",
    [
        "Volume/Å3   1893.2(7)",  # a data table's quantity and its unit, not a label
        "Title    Author    Year",  # a table's header row: three cells
        "Date    Title",  # two labels: a header too
        "Home    About",  # a menu: no label
        "Publisher: Fjordverlag",  # a colon label reads already
        "Publisher Fjordverlag",  # one space: no cell gap
    ],
)
def test_rows_that_are_not_a_label_and_its_value(row: str) -> None:
    assert cell_rows(row + "\n", resolve(None)) == {}


def test_a_title_that_opens_with_a_label_word_stays_a_title() -> None:
    page = "Volume   and Surface of Tidal Flats\n\nAnna Berg\n\nFjordverlag, 2021\n"
    csl = parse_record(page).to_csl()
    assert csl.get("volume") is None
    assert csl["title"] == "Volume and Surface of Tidal Flats"


@pytest.mark.parametrize(
    "row", ["Volume    twelve tidal flats", "Issue    without numbers", "Title    and more words"]
)
def test_a_value_cell_has_the_shape_of_a_value(row: str) -> None:
    assert cell_rows(row + "\n", resolve(None)) == {}
