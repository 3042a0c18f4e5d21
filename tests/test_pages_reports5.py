"""Report and working-paper pages (issue 13, the wide "reports5" set): report numbers and
series as report covers print them on many sites. Every page, name, title and number here
was written for these tests."""

from __future__ import annotations

import comet.locales as L
from comet import parse_record
from comet.page.report_number import split_report_series

EN = (L.get("en"),)


# --- a number word is a word of its own ----------------------------------------------------


def test_a_capital_glued_to_a_code_is_no_number_word() -> None:
    # 'N' of 'NAVA' is no 'N.': the number keeps its agency's code
    page = "\n".join(
        [
            "NAVA TECHNICAL NOTE NAVA TN D-4471",
            "",
            "Wind Loads on Imaginary Towers",
            "",
            "Oren Pell",
            "",
            "Abstract",
            "We measure the wind on towers that were never built and find it steady. " * 3,
        ]
    )
    assert parse_record(page).number == "NAVA TN D-4471"


def test_a_number_word_before_its_number_still_reads() -> None:
    page = "\n".join(
        ["Harbour Institute Working Paper No 412", "", "Tides and Tariffs", "", "Ana Ruiz",
         "", "Abstract", "We study tides and tariffs in invented harbours. " * 3]
    )  # fmt: skip
    assert parse_record(page).number == "412"


def test_a_cited_series_number_word_glued_to_letters_is_no_number_word() -> None:
    # 'Working Papers NBX12': the letters glued to the number are the number's
    assert split_report_series("Working Papers NBX12, Harbour Institute", EN) == (
        "Working Papers",
        "NBX12",
        "Harbour Institute",
    )
    assert split_report_series("Working Papers No. 12, Harbour Institute", EN) == (
        "Working Papers",
        "12",
        "Harbour Institute",
    )


# --- a standard technical report number --------------------------------------------------


def _cover(first: str) -> str:
    return "\n".join(
        [
            first,
            "",
            "Partnership in Invented Audits",
            "",
            "Statement of Mara Quill, Director of Imaginary Reviews",
            "",
            "Auditors of invented offices meet each year to compare their methods. " * 3,
        ]
    )


def test_a_standard_report_number_opening_a_line_is_the_reports() -> None:
    rec = parse_record(_cover("XAO-12-882CG"))
    assert rec.number == "XAO-12-882CG"
    assert rec.to_csl()["type"] == "report"


def test_a_standard_report_number_after_a_labels_colon_is_the_reports() -> None:
    rec = parse_record(_cover("Invented Research Activities Office ID: XAO-09-361T March 2, 2009"))
    assert rec.number == "XAO-09-361T"
    assert rec.to_csl()["type"] == "report"


def test_a_slashed_standard_number_reads() -> None:
    assert parse_record(_cover("WP/19/45")).number == "WP/19/45"


def test_a_code_with_one_digit_group_or_inside_a_sentence_is_no_report_number() -> None:
    for first in (
        "COVID-19 and the invented harbours",  # one group of digits: a name, no number
        "MIL-STD-810 testing of imaginary towers",
        "As XAO-09-361T found, invented offices meet each year.",  # another report's number
        "Tides of 10.1234/XAO-09-361 in a DOI",  # inside an identifier
    ):
        rec = parse_record(_cover(first))
        assert rec.number is None, first
        assert rec.to_csl().get("type") != "report", first
