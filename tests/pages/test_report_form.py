"""A report documentation page printed on a page (``comet.page.report_form``): the box labels
of the standard form make the work a report. Invented pages in the shape of a technical
report's transcript."""

from __future__ import annotations

import pytest

from comet import parse_record

FORM = (
    "You are on page 1of 18\n"
    "FENLAND TECHNICAL NOTE FTN D-2231\n"
    "TIDAL LOADS ON\n"
    "HARBOUR PILES\n"
    "O. B. Lane\n"
    "Marsh Coastal Laboratory\n"
    "Fenwick, Ma. 40312 ( -3) 3\n"
    "1. Report No. 2. Government Accession No. 3. Recipient's Catalog No.\n"
    "FTN D-2231\n"
    "4. Title and Subtitle 5. Report Date\n"
    "Tidal Loads on Harbour Piles MARCH 1981\n"
    "6. Performing Organization Code\n"
    "7. Author(s) 8. Performing Organization Report No.\n"
    "O. B. Lane\n"
    "16. Abstract\n"
    "The study measures the loads of the tides on the piles of a small harbour over two "
    "winters and compares them with the loads the design assumed.\n"
)


def test_a_report_documentation_page_makes_a_report() -> None:
    record = parse_record(FORM)
    assert record.to_csl()["type"] == "report"
    assert any("report documentation page" in d.message for d in record.diagnostics)


#: one box label alone, or the words in a sentence once, make no form
@pytest.mark.parametrize(
    "line",
    [
        "Report date: 3 May 2021",
        "The council set the report date for the inquiry, and the report, published on "
        "Monday, finds that the harbour piles were sound.",
    ],
)
def test_one_box_label_is_no_form(line: str) -> None:
    page = (
        "Harbour piles found sound\n"
        "By Ana Ruiz\n"
        "May 4, 2021\n"
        f"{line}\n"
        "The inspectors walked the length of the quay on Tuesday and found the piles in "
        "better shape than the council had feared, the harbour master said.\n"
    )
    record = parse_record(page)
    assert not any("report documentation page" in d.message for d in record.diagnostics)
