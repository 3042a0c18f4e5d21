"""Shapes found on a wide local set of library catalogue record pages of many catalogue
systems (ISBD and RIS exports, MARC views, labelled records). All cases are invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet.formats import ris
from comet.page import parse_record

# --- an RIS export whose line breaks the page collapsed -------------------------------------


def test_unflatten_splits_a_collapsed_record() -> None:
    flat = "TY - BOOK AU - Marsh, Edda TI - Herons of the fen PY - 1987/// CY - Owlton PB - Reed Press ER -"
    lines = ris.unflatten(flat).splitlines()
    assert lines[0] == "TY  - BOOK"
    assert "AU  - Marsh, Edda" in lines
    assert "TI  - Herons of the fen" in lines
    assert lines[-1] == "ER  -"
    item = ris.loads(ris.unflatten(flat))[0]
    assert item["title"] == "Herons of the fen"
    assert item["publisher"] == "Reed Press"
    assert item["publisher-place"] == "Owlton"


def test_unflatten_keeps_proper_ris_and_words_that_look_like_tags() -> None:
    proper = "TY  - JOUR\nTI  - Cattails - a study\nER  -"
    assert ris.unflatten(proper) == proper
    # a dash inside a value is no tag: only the specification's two-character tags split
    flat = "TY - BOOK TI - Fen birds - Part B PY - 2001 ER -"
    assert "TI  - Fen birds - Part B" in ris.unflatten(flat).splitlines()


@given(st.text(max_size=300))
def test_unflatten_never_fails(text: str) -> None:
    out = ris.unflatten(text)
    assert isinstance(out, str)
    assert ris.unflatten(out) == out or not out.strip()


def test_page_of_a_collapsed_ris_export() -> None:
    page = (
        "TY - BOOK AU - Quill, Hester TI - Lantern making for beginners SN - 0-306-40615-2 "
        "PY - 1994/// CY - Brookvale PB - Heron House KW - Lanterns KW - Handicraft, rural ER -"
    )
    rec = parse_record(page)
    assert rec.title == "Lantern making for beginners"
    assert [p.family for p in rec.authors] == ["Quill"]
    assert rec.publisher == "Heron House"
    assert rec.issued is not None and rec.issued.year == 1994
    assert [k.text for k in rec.keywords] == ["Lanterns", "Handicraft, rural"]


def test_a_line_with_dashes_is_no_ris_record() -> None:
    page = "Tidewater notes\nTY - the shipyard story - as told ER - by the crew"
    rec = parse_record(page)
    assert rec.keywords == ()


# --- a catalogue's ISBD description line -----------------------------------------------------


def test_isbd_view_with_heading_imprint_and_extent() -> None:
    page = "Marsh, Edda Q\n\nHerons of the lower fen - Owlton: Reedbank House, 1978 - 212p.\n\nQ 598.3 / M3"
    rec = parse_record(page)
    assert rec.title == "Herons of the lower fen"
    assert [(p.family, p.given) for p in rec.authors] == [("Marsh", "Edda Q")]
    assert rec.publisher == "Reedbank House"
    assert rec.place == "Owlton"
    assert rec.issued is not None and rec.issued.year == 1978
    assert rec.to_csl().get("number-of-pages") == "212"


def test_isbd_export_with_edition_and_statement_after_a_colon() -> None:
    page = "Lantern craft : by H. Quill - 2nd ed. - Brookvale : Heron Press, 2004 - xii, 180 p. ; 22 cm"
    rec = parse_record(page)
    assert rec.title == "Lantern craft"
    assert rec.edition == "2nd ed"
    assert rec.publisher == "Heron Press"
    assert rec.to_csl().get("number-of-pages") == "180"


def test_isbd_serial_with_its_issn_on_the_next_line() -> None:
    page = "Fenland quarterly review - Owlton : Marsh Society Press,\n\n0317-8471"
    rec = parse_record(page)
    assert rec.title == "Fenland quarterly review"
    assert rec.publisher == "Marsh Society Press"
    assert [str(i) for i in rec.issns] == ["0317-8471"]


def test_spaced_imprint_gives_the_year_but_no_guessed_place() -> None:
    # without ISBD's colon nothing tells the place from the publisher's name
    page = "Reed baskets of the delta - Nestburg Heron Books 1991 - 96 p."
    rec = parse_record(page)
    assert rec.title == "Reed baskets of the delta"
    assert rec.issued is not None and rec.issued.year == 1991
    assert rec.place is None


@pytest.mark.parametrize(
    "line",
    [
        "Storm floods the harbour - Owlton Gazette 2019",  # a headline and its site, dated
        "Heron numbers fall - London: Police say two held",  # a sentence after the colon
        "Fen walks - a guide - for families",  # dashes, no imprint
        # a label's colon is no ISBD colon: captions, opening hours, dates, imprints of sites
        "Reed cutters at work near the dyke - Photo: Tilda Brennock",
        "Monday – Friday: 09.00 - 17.00",
        "Received: 2020-03-02 – Accepted: 2020-05-11 – Published: 2020-06-01",
        "© 2021 Owlton Courier - VAT no.: GB 00812345678",
        "Lantern evenings - Chapter: The Winter Fair May 2, 2019",
        # a long clause before a year, and a span of years after it
        "CC licence - Share Alike by Tom Reed, the fen walkers and their friends 2011 - 2021",
        "Privacy - DPO : 40127",
    ],
)
def test_lines_with_dashes_that_are_no_description(line: str) -> None:
    from comet.locales import all_rules
    from comet.page.isbd import isbd_description

    assert isbd_description([line], all_rules()) is None


@given(st.lists(st.text(max_size=80), max_size=6))
def test_isbd_description_never_fails(lines: list[str]) -> None:
    from comet.locales import all_rules
    from comet.page.isbd import isbd_description

    found = isbd_description(lines, all_rules())
    assert found is None or (0 <= found[0] < len(lines) and found[1]["title"])


@pytest.mark.parametrize("value", ["19991", "20012.", "[19991]"])
def test_imprint_of_a_number_too_long_for_a_year_does_not_fail(value: str) -> None:
    from comet.locales import all_rules
    from comet.page.imprint import _imprint

    assert _imprint(value, all_rules())[2] is None
    assert parse_record(f"Fen notes - {value} - 12 p.").issued is None


# --- a MARC view whose table cells were copied one per line ----------------------------------


def test_marc_view_with_each_cell_on_its_own_line() -> None:
    page = "\n".join(
        ["000", "00312nam a2200133Ia 4500", "008", "190301s9999 xx 000 0 und d",
         "100", "_a", "Brennock, Tilda", "245", "_a", "Willow weaving for all /",
         "260", "_a", "Owlton :", "_b", "Reedbank,", "_c", "1996", "650", "_a", "Basketry",
         "942", "_c", "BK"]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.title == "Willow weaving for all"
    assert [(p.family, p.given) for p in rec.authors] == [("Brennock", "Tilda")]
    assert rec.publisher == "Reedbank"
    assert rec.issued is not None and rec.issued.year == 1996
    assert [k.text for k in rec.keywords] == ["Basketry"]


def test_joined_cells_keep_every_offset_and_leave_other_text_alone() -> None:
    from comet.page.marc_view import _joined_cells

    text = "245\n_a\nA title\n_c\nB. Name\n100\n_a\nName, B."
    joined = _joined_cells(text)
    assert len(joined) == len(text)
    assert joined.splitlines() == ["245 _a A title", "_c B. Name", "100 _a Name, B."]
    prose = "Notes\n_a\nis how the list began\nand more"
    assert _joined_cells(prose) == prose


@given(st.text(alphabet="_a0123456789\n\t |$‡bcLDR", max_size=300))
def test_joined_cells_same_length(text: str) -> None:
    from comet.page.marc_view import _joined_cells

    assert len(_joined_cells(text)) == len(text)


def test_marc_view_with_a_two_letter_language_code_in_041() -> None:
    page = (
        "000 00290nam a2200121Ia 4500\n008 200101s9999 xx 000 0 und d\n041 _ade\n"
        "100 _aReed, Ola\n245 0 _aSchilf und Wasser\n260 _aOwlton\n_bFenverlag\n_c2001\n942 _cBK"
    )
    assert parse_record(page).language == "de"
    # an 'und' 008 and no 041: no language is guessed
    assert parse_record(page.replace("041 _ade\n", "")).language is None


# --- a record of labels glued into one line, opened by a contributor label --------------------


def test_glued_labels_opened_by_a_contributor_label() -> None:
    page = (
        "Colaborador:Brennock Ruiz, Tilda (Editora) Editorial:Ediciones del Junco "
        "Materia:Cestería Publicado:2014-03-09 Número de edición:2 Idioma:Español"
    )
    csl = parse_record(page).to_csl()
    # the role in round brackets names the contributor's role (personswide)
    assert csl["editor"] == [{"family": "Brennock Ruiz", "given": "Tilda"}]
    assert "contributor" not in csl
    assert csl["publisher"] == "Ediciones del Junco"
    assert csl["issued"] == {"date-parts": [[2014, 3, 9]]}
    assert csl["edition"] == "2"
    assert csl["language"] == "es"
    assert csl["keyword"] == "Cestería"


# --- review mends: no ISBD line off a catalogue's page; no quadratic RIS line test ------------

EVENTS_PAGE = """Events at the Fen Institute
Autumn programme
Summer School on Wetland Ecology - Owlton : FRI - 140 pages of reading
Apply by 1 May. Places are limited to thirty participants.
Contact the events office for details on travel and lodging.
Back to all events
"""

JOBS_PAGE = """Vacancies
Research Assistant - Nestburg : University of Nestburg - 2 p.
We seek a research assistant for a project on reed beds.
Closing date: 30 June. Salary according to the pay scale.
Share this vacancy
Print
"""


def test_isbd_like_lines_of_an_events_and_a_jobs_page_are_no_record() -> None:
    for page in (EVENTS_PAGE, JOBS_PAGE):
        csl = parse_record(page).to_csl()
        assert csl.get("type") != "book"
        assert "publisher" not in csl
        assert "number-of-pages" not in csl


def test_an_isbd_line_with_a_standard_number_on_a_longer_page() -> None:
    page = (
        "Catalogue\nSearch\nBrowse shelves\n"
        "Herons of the lower fen - Owlton : Reedbank House, 1978 - 212 p. : ill. ; 24 cm\n"
        "ISBN 0-306-40615-2\nShelf mark Q 598.3\nAdd to cart\n"
    )
    rec = parse_record(page)
    assert rec.title == "Herons of the lower fen"
    assert rec.publisher == "Reedbank House"


def test_whole_extent_only() -> None:
    from comet.locales import all_rules
    from comet.page.isbd import _whole_extent

    rules = all_rules()
    assert _whole_extent("xii, 308p. 24cm", rules)
    assert _whole_extent("iv, 657-992 p.", rules)
    assert not _whole_extent("140 pages of reading", rules)
    assert not _whole_extent("Owlton Reed Books", rules)


def test_a_long_line_that_opens_like_ris_and_never_closes() -> None:
    from comet.page.layout import _flat_ris

    line = "TY - BOOK " + "AB - reed " * 20_000  # 200 k characters, no 'ER -'
    assert not _flat_ris(line)
    assert parse_record(line).title != "reed"
    assert _flat_ris("TY - BOOK TI - Fen birds ER -")
