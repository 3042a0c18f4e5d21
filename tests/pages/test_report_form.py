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


def test_a_web_forms_field_names_make_no_report() -> None:
    # an online form prints 'Report No.' and 'Report Date' with no box number and none of
    # the documentation page's own labels
    page = (
        "Online damage form\n"
        "Report No.\n"
        "Report Date\n"
        "Place of the damage\n"
        "Tell us what happened\n"
        "Contract or Grant No. (if any)\n"
        "Send\n"
    )
    record = parse_record(page)
    assert not any("report documentation page" in d.message for d in record.diagnostics)
    assert record.to_csl()["type"] != "report"


def test_a_genre_kicker_before_a_colon_is_no_report() -> None:
    page = (
        "Sport\n"
        "Final report: Harbourside 3-1 Fenwick\n"
        "By Tom Lane\n"
        "4 May 2024\n"
        "Harbourside scored three times after the break to win the derby.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] != "report"
    assert csl["title"] == "Final report: Harbourside 3-1 Fenwick"
    assert "genre" not in csl


def test_an_annual_reports_cover_over_its_body_is_a_report() -> None:
    page = (
        "Annual Report 2023\n"
        "Fenwick Sailing Club\n"
        "Report of the Committee\n"
        "Ola Berg, Chair\n"
        "This year the club grew to 90 members and mended the old jetty.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "report"
    assert "number" not in csl  # the year is no report number


def test_a_persons_name_under_an_annual_reports_name_is_no_body() -> None:
    page = (
        "Annual Report 2023\n"
        "Ana Ruiz\n"
        "My year in the garden: tomatoes, beans and far too many courgettes.\n"
    )
    record = parse_record(page)
    assert not any("over its body" in d.message for d in record.diagnostics)
