"""Report and working-paper pages (issue 13, the wide "reports5" set): report numbers and
series as report covers print them on many sites. Every page, name, title and number here
was written for these tests."""

from __future__ import annotations

import comet.locales as L
from comet import parse_record
from comet.page.report_number import split_report_series

EN = (L.get("en"),)


def _page(*lines: str) -> str:
    """A page of the given lines, a blank line between each two."""
    return "\n\n".join(lines)


# --- a number word is a word of its own ----------------------------------------------------


def test_a_capital_glued_to_a_code_is_no_number_word() -> None:
    # 'N' of 'NAVA' is no 'N.': the number keeps its agency's code
    page = _page(
        "NAVA TECHNICAL NOTE NAVA TN D-4471",
        "Wind Loads on Imaginary Towers",
        "Oren Pell",
        "Abstract\n"
        + "We measure the wind on towers that were never built and find it steady. " * 3,
    )
    assert parse_record(page).number == "NAVA TN D-4471"


def test_a_number_word_before_its_number_still_reads() -> None:
    page = _study("Harbour Institute Working Paper No 412")
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


def _study(first: str) -> str:
    """A working paper's page under its first line."""
    return _page(first, "Tides and Tariffs", "Ana Ruiz",
                 "Abstract\n" + "We study tides and tariffs in invented harbours. " * 3)  # fmt: skip


def _cover(first: str, report: str = "Report to the Invented Committee") -> str:
    """A report's cover under its first line (a report's word on its second line)."""
    return _page(
        first,
        report,
        "Partnership in Invented Audits",
        "Statement of Mara Quill, Director of Imaginary Reviews",
        "Auditors of invented offices meet each year to compare their methods. " * 3,
    )


def test_a_standard_report_number_opening_a_line_is_the_reports() -> None:
    rec = parse_record(_cover("XAO-14-506CG"))
    assert rec.number == "XAO-14-506CG"
    assert rec.to_csl()["type"] == "report"


def test_a_standard_report_number_after_a_labels_colon_is_the_reports() -> None:
    rec = parse_record(_cover("Invented Research Activities Office ID: XAO-21-114T March 2, 2021"))
    assert rec.number == "XAO-21-114T"
    assert rec.to_csl()["type"] == "report"


def test_a_label_naming_the_codes_agency_is_a_report_sign() -> None:
    # no report word on the page: the label's 'Xao' is the agency of 'XAO-21-114T'
    rec = parse_record(_cover("Invented Research Activities Xao ID: XAO-21-114T", "Tides"))
    assert rec.number == "XAO-21-114T"


def test_a_code_as_the_running_head_of_a_transcripts_pages_is_a_report_sign() -> None:
    speech = "Auditors of invented offices meet each year to compare their methods."
    page = _page("XAO-14-506CG Forum of Invented Auditors June 2, 2014", "Transcript",
                 "XAO-14-506CG", "Forum of Invented Auditors", speech,
                 "Page 2: XAO-14-506CG", "XAO-14-506CG", speech)  # fmt: skip
    assert parse_record(page).number == "XAO-14-506CG"


def test_a_reference_code_without_a_report_sign_is_no_report_number() -> None:
    # a press release's, a job's, a tender's, a course's and security notices' codes (no
    # report number, so no date read from a number's line either)
    prose = "The harbour council met on Tuesday and agreed on the plan for the summer. " * 3
    for page in (
        _page("Council approves new ferry timetable", "Ref: PR-2023-114 14 March 2023", prose),
        _page("Research Assistant in Marine Ecology", "Job ID: HR-2024-117", prose),
        _page("Procurement", "Reference: RFP-2024-03", "Supply of buoys for the harbour", prose),
        _page("BIO-2023-101 Introduction to Marine Biology", "Autumn term 2023", prose),
        _page("USN-5012-1: Kernel vulnerabilities", prose),
        _page("SA-CORE-2019-003: Remote code execution", prose),
    ):
        rec = parse_record(page)
        assert rec.number is None, page[:40]
        assert rec.to_csl().get("type") != "report", page[:40]


def test_a_slashed_standard_number_reads() -> None:
    assert parse_record(_cover("WP/21/77")).number == "WP/21/77"


def test_a_code_with_one_digit_group_or_inside_a_sentence_is_no_report_number() -> None:
    for first in (
        "COVID-19 and the invented harbours",  # one group of digits: a name, no number
        "MIL-STD-810 testing of imaginary towers",
        "As XAO-21-114T found, invented offices meet each year.",  # another report's number
        "Tides of 10.1234/XAO-21-114 in a DOI",  # inside an identifier
        "CVE-2021-44228",  # a vulnerability's identifier (mul [words].not_report_codes)
        "ISO-9001-2015 certified harbours",  # a standard's code
    ):
        rec = parse_record(_cover(first))
        assert rec.number is None, first
        assert rec.to_csl().get("type") != "report", first


# --- a series statement inside a cover's transcript line ----------------------------------


def _transcript(first: str) -> str:
    return "\n".join(
        [
            "Tidal Economics",
            "",
            'Download "Tidal Economics"',
            "",
            "Transcript",
            "",
            first,
            "",
            "2 Contents Foreword 1. Introduction 2. Harbours 3. Tides 4. Conclusions",
        ]
    )


def test_a_series_and_its_number_in_a_cover_transcript_line_are_a_reports() -> None:
    rec = parse_record(
        _transcript("1 Havsinstitutets rapporter nummer 42 Tidal Economics Ines Vale")
    )
    assert rec.number == "42"
    assert rec.to_csl()["type"] == "report"


def test_a_year_before_the_number_word_is_skipped() -> None:
    rec = parse_record(_transcript("1 harbour Diskussionsbeiträge 2016, No. 3 Tidal Economics"))
    assert rec.number == "3"


def test_a_capitalised_series_and_a_code_read_in_a_longer_line() -> None:
    rec = parse_record(
        _transcript("1 Banco Imaginario Documento de Trabajo nº 9630 Tidal Economics Ines Vale")
    )
    assert rec.number == "9630"


def test_a_headline_with_a_series_word_is_no_series_statement() -> None:
    # a verb and running text follow the number: a newspaper's headline
    page = _page("City Gazette", "Working Paper 12 shows rents rising fastest in the suburbs",
                 "Rents in the suburbs rose by more than a tenth last year, a paper says. " * 3)  # fmt: skip
    rec = parse_record(page)
    assert rec.number is None
    assert "collection-title" not in rec.to_csl()


def test_a_series_word_in_prose_or_before_a_year_gives_no_number() -> None:
    for first in (
        # lower case and after a lower-case word: a sentence's working paper
        "1 as we show in the working paper 3 of last year, tides are regular and calm",
        # a year alone after the series: a date, no number
        "1 Harbour Working Paper 2019 Outlook for the Invented Tides of the North",
    ):
        rec = parse_record(_transcript(first))
        assert rec.number is None, first


# --- report words of more languages (the locales' [types].report and [references].report) --


def test_report_type_words_of_more_languages() -> None:
    from comet.vocab import parse_publication_type

    for lang, word in (
        ("pl", "Raport z badań"),
        ("cs", "Výzkumná zpráva"),
        ("nl", "Tussenrapportage"),
        ("en", "Technical memorandum"),
        ("en", "Staff report"),
        ("fr", "Rapport public thématique"),
        ("fr", "Rapport annuel"),
    ):
        pt = parse_publication_type(word, locales=(L.get(lang),))
        assert pt.csl_type == "report", (lang, word)


def test_a_plural_report_series_line_gives_the_number() -> None:
    # Scandinavian series names in the plural ('rapporter'), on a line of their own
    page = "\n".join(
        ["Havsinstitutets rapporter 12", "", "Tidvatten i påhittade hamnar", "", "Ines Vale",
         "", "Sammanfattning", "Vi studerar tidvatten i hamnar som inte finns. " * 3]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.number == "12"
    assert rec.to_csl()["type"] == "report"


# --- the date on a report's number line ---------------------------------------------------


def test_the_date_right_after_a_reports_number_is_its_date() -> None:
    rec = parse_record(_cover("Invented Research Office ID: XAO-21-114T March 2, 2021"))
    assert rec.to_csl()["issued"] == {"date-parts": [[2021, 3, 2]]}
    page = _study("Harbour Institute Working Paper No. 5, June 2019")
    assert parse_record(page).to_csl()["issued"] == {"date-parts": [[2019, 6]]}


def test_a_date_after_words_on_the_number_line_is_not_the_reports() -> None:
    page = "\n".join(
        ["Harbour Institute Working Paper No. 5 of the series begun in June 2001", "",
         "Tides and Tariffs", "", "Ana Ruiz", "", "We study tides. " * 5]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.number == "5"
    assert rec.to_csl().get("issued") != {"date-parts": [[2001, 6]]}


def test_a_series_statement_opening_its_line_names_the_collection() -> None:
    rec = parse_record(
        _transcript("1 Havsinstitutets rapporter nummer 42 Tidal Economics Ines Vale")
    )
    assert rec.to_csl()["collection-title"] == "Havsinstitutets rapporter"
    rec = parse_record(_transcript("1 harbour Diskussionsbeiträge 2016, No. 3 Tidal Economics"))
    assert rec.to_csl()["collection-title"] == "harbour Diskussionsbeiträge"


def test_a_series_after_many_words_names_no_collection() -> None:
    # a body's long name before the series: where the series' name starts is unknown
    rec = parse_record(
        _transcript("1 Harbour Institute of the Invented North Working Paper No. 5 Tidal Economics")
    )
    assert rec.number == "5"
    assert "collection-title" not in rec.to_csl()


# --- a number before its series ------------------------------------------------------------


def _listing(line: str) -> str:
    return _page("Tides and Tariffs in Invented Harbours", "Ana Ruiz and Ines Vale", line,
                 "We study tides and tariffs in harbours that do not exist and find them calm. " * 3)  # fmt: skip


def test_a_number_before_its_series_is_the_reports() -> None:
    rec = parse_record(_listing("No 20417, Harbour Discussion Papers from Harbour Institute"))
    assert rec.number == "20417"
    csl = rec.to_csl()
    assert csl["type"] == "report"
    assert csl["collection-title"] == "Harbour Discussion Papers"


def test_a_sentence_or_an_address_after_a_number_is_no_series() -> None:
    for line in ("No 1, the discussion paper says, is a calm harbour", "No 3, Harbour Street"):
        rec = parse_record(_listing(line))
        assert rec.number is None, line


def test_a_periodicals_issue_line_is_no_series_statement() -> None:
    # 'No. 14, Annual Report of the committee': a phrase follows the series word
    page = _page("Harbour Society Newsletter", "No. 14, Annual Report of the committee",
                 "The committee met four times during the year and welcomed new members. " * 3)  # fmt: skip
    rec = parse_record(page)
    assert rec.number is None
    assert "collection-title" not in rec.to_csl()


def test_a_shops_item_code_is_no_report_number() -> None:
    page = "\n".join(
        ["Harbour Tide Clock", "", "Price: €12.99", "Add to cart", "In stock",
         "Item code: HTC-12-3456", "", "A clock that shows the tides of invented harbours. " * 3]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.number is None
    assert rec.to_csl().get("type") != "report"


def test_a_long_transcript_line_under_a_long_heading_is_still_read() -> None:
    # the platform's heading is a long sentence (prose), the transcript's glued cover follows
    heading = "This study estimates the cost of leaving an invented harbour policy " * 3
    cover = (
        "1 Harbour Institute Working Paper Series Tidal Costs of Leaving Easing Ines Vale "
        "Oren Pell September 2015 Working Paper J-13 Harbour Institute for Invented Research "
        "and more words of the glued cover page that make this line a long one"
    )
    page = "\n".join([heading, "", cover, "", "2 " + heading])
    assert parse_record(page).number == "J-13"


# --- a report's genre in a cover's capitals -------------------------------------------------


def test_a_genre_in_a_covers_capitals_names_a_report() -> None:
    page = "\n".join(
        ["WARUNKI ŻYCIA W WYMYŚLONYCH PORTACH", "", "Pobierz", "",
         "1 DIAGNOZA PORTÓW 2019 WARUNKI ŻYCIA RAPORT redakcja Ines Vale Oren Pell Gdańsk",
         "", "2 Spis treści Wstęp 1. Porty 2. Pływy 3. Wnioski"]
    )  # fmt: skip
    assert parse_record(page).to_csl()["type"] == "report"


def test_a_case_report_in_capitals_names_no_report() -> None:
    page = "\n".join(
        ["CASE REPORT", "", "Tidal Fever in an Invented Harbour Pilot", "", "Ines Vale",
         "", "A pilot of an invented harbour had a fever that followed the tides. " * 3]
    )  # fmt: skip
    assert parse_record(page).to_csl().get("type") != "report"


def test_a_genre_in_capitals_yields_to_other_type_evidence() -> None:
    # an ISBN names a book: the capitals' genre is the weakest evidence
    page = "\n".join(
        ["HARBOUR TIDES REPORT", "", "Tides of Invented Harbours", "", "Ines Vale", "",
         "ISBN 978-3-16-148410-0", "", "A book on the tides of harbours that do not exist. " * 3]
    )  # fmt: skip
    assert parse_record(page).to_csl().get("type") == "book"


# --- a series' numbering between a genre and its title ---------------------------------------


def test_a_series_numbering_after_a_genre_is_cut_from_the_title() -> None:
    page = _page(
        "Policy Brief Series Issue 6 | Vol. 2: Tides and Tariffs in Invented Harbours",
        "Ines Vale",
        "We study tides and tariffs in harbours that do not exist and find them calm. " * 3,
    )
    assert parse_record(page).title == "Tides and Tariffs in Invented Harbours"


def test_a_series_numbering_without_a_colon_and_title_keeps_the_line() -> None:
    page = _page(
        "Working Paper Series No. 12",
        "Tides and Tariffs in Invented Harbours",
        "Ines Vale",
        "We study tides and tariffs in harbours that do not exist and find them calm. " * 3,
    )
    assert parse_record(page).title == "Tides and Tariffs in Invented Harbours"


# --- a number word and a number on a line of their own, on a report's page (locatorwide) ---

_NUMBERED = """Harbour Institute
Working Papers
The tides of the harbour and their keepers
Ana Ruiz
{line}
Abstract
We measured the tides of the harbour over ten winters and found that they rose."""


def test_a_number_word_line_on_a_reports_page_is_its_number() -> None:
    for line, want in (
        ("No. 14/2011", "14/2011"),
        ("N.° 14 - Octubre 2011", "14"),
        ("No. 6 - May 2015", "6"),
        ("March  Number 318", "318"),
    ):
        rec = parse_record(_NUMBERED.format(line=line))
        assert (rec.csl_type, rec.number, rec.issue) == ("report", want, None), line


def test_a_number_word_line_that_is_no_reports_number() -> None:
    # a part's heading after the number, a bare year, a number no date goes with, and a
    # page no evidence makes a report
    for line in ("No. 3 - Annex tables", "No. 2019", "No. 4 in the list below", "No. 9"):
        rec = parse_record(_NUMBERED.format(line=line))
        assert rec.number is None, line
    essay = _NUMBERED.replace("Working Papers", "Essays").format(line="No. 9 - May 2003")
    assert parse_record(essay).number is None
    # a journal's issue line stays its issue
    journal = _NUMBERED.format(line="Marsh Letters, Vol. 4, No. 9 (2003)")
    rec = parse_record(journal)
    assert (rec.number, rec.volume, rec.issue) == (None, "4", "9")


def test_a_spanish_numero_sign_with_a_degree_sign_is_a_number_word() -> None:
    # 'N.°' (a degree sign where 'N.º' has the ordinal indicator) as Spanish pages print it
    page = _NUMBERED.replace("Working Papers", "Documentos de Trabajo").format(
        line="Documento de Trabajo N.° 412"
    )
    assert parse_record(page).number == "412"


# --- a physical description as a table row's last cell (locatorwide) ----------------------

_FIELD_TABLE = """| [Code | Beschreibung] | Inhalt |
|---|---|---|
| [20 | Hauptsachtitel] | Moore und Marschen |
| [39 | Verfasserangabe] | von Jutta Brandt |
| [76 | Erscheinungsjahr] | 2004 |
| {row} |
"""


def test_an_isbd_extent_in_a_table_rows_last_cell_is_the_page_count() -> None:
    row = "[54 | Umfang : Illustr. ; Format] | 412 S. : Kt."
    assert parse_record(_FIELD_TABLE.format(row=row)).to_csl()["number-of-pages"] == "412"


def test_a_table_rows_last_cell_without_isbd_punctuation_or_unit_is_no_extent() -> None:
    for row in (
        "[88 | Ergebnis] | 3 : 1",  # a score: no page unit
        "[90 | Format] | 24 cm ; 300 g",  # dimensions and a weight: no page count
        "[91 | Hinweis] | siehe S. 412 : Karte",  # words before the count
    ):
        assert "number-of-pages" not in parse_record(_FIELD_TABLE.format(row=row)).to_csl(), row
