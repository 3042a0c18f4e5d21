"""The title model's context features (``comet.page.title_context``), the long heading that
is no prose (``comet.page.title_evidence``) and the head line printed again under it.
Invented pages."""

from __future__ import annotations

from comet import parse_record
from comet.page.model_rows import title_lines
from comet.page.title_context import printed_again
from comet.page.title_evidence import _long_heading


def _features(text: str) -> dict[str, dict[str, float]]:
    return {value: f for value, f in title_lines(text)}


def test_a_name_on_its_own_line_under_the_title_is_in_its_byline() -> None:
    rows = _features(
        "A Study of Invented Owls\n\nAda Quill\nBruno Vale\nOriginal Paper\nReceived: 3 May 2020\n"
    )
    assert rows["A Study of Invented Owls"]["in_byline"] == 0.0
    assert rows["Ada Quill"]["in_byline"] == 1.0


def test_a_menu_of_short_lines_and_a_dateline() -> None:
    rows = _features(
        "ICT Helpdesk\nHR Services\nQA Office\nLibrary network review for the year\n"
        "3 February 2022\nThe library network was reviewed this year by a working group "
        "of staff from every faculty.\n"
    )
    assert rows["HR Services"]["short_neighbours"] == 1.0
    # (negative) a dateline under the heading is short but no menu's item
    assert rows["Library network review for the year"]["short_neighbours"] == 0.5


def test_a_header_cut_short_and_a_heading_that_goes_on() -> None:
    page = (
        "REEDS OF THE MARSH\n\nadvertisement\nFen Studies. Vol. 4, 2019, pp. 12-30\n"
        "REEDS OF THE MARSH\nIN THE LONG NINETEENTH CENTURY\nAna Lindqvist\nABSTRACT\n"
        "The reed beds of the northern fens changed with the rivers.\n"
    )
    rows = title_lines(page)
    assert rows[0][0] == "REEDS OF THE MARSH" and rows[0][1]["cut_short"] == 1.0
    full = [f for v, f in rows if v.endswith("CENTURY")]
    assert full and full[0].get("cut_short", 0.0) == 0.0  # (negative) the whole heading


def test_the_head_line_printed_again_is_no_subtitle() -> None:
    assert printed_again(
        "Thermal currents in fens | Journal of Fen Hydrology", "Thermal currents in fens"
    )
    assert printed_again("Thermal currents in fens", "thermal currents in fens")
    # (negative) a subtitle that only opens like the title
    assert not printed_again("Thermal currents", "Thermal currents in small fens")
    assert not printed_again("Thermal currents in fens", "Thermal currents in fenland")


def test_a_long_heading_is_no_paragraph() -> None:
    assert _long_heading(
        "The Effect of Winter Flooding on the Nesting of Waders in Coastal Marshes and Meadows"
    )
    # (negative) a paragraph ends its sentence; a wrapped line of it opens in lower case
    assert not _long_heading(
        "The reed beds of the northern fens changed with the rivers of the plain."
    )
    assert not _long_heading(
        "and the rivers of the plain changed the reed beds of the fens in winter"
    )


def test_an_included_in_label_is_no_title() -> None:
    page = (
        "Rural Studies Series\n\nAuthors\n\nMaren Quist\n\nDocument Type\n\nWorking Paper\n\n"
        "Publication Date\n\n1983\n\nIncluded in\n\nAgricultural Economics Commons\n"
    )
    assert parse_record(page).to_csl().get("title") != "Included in"


def test_a_record_heading_over_its_labelled_rows() -> None:
    rows = _features(
        "Fenland Theses Archive\nSearch\nTidal creeks of the southern saltmarsh\n"
        "Record details\nAuthor:\tQuell, Maren\nYear:\t2017\nType:\tThesis\n"
    )
    assert rows["Tidal creeks of the southern saltmarsh"]["label_under"] == 1.0
    assert rows["Tidal creeks of the southern saltmarsh"]["interface_above"] == 1.0
    # (negative) the site's name over the search box is over no table of rows
    assert rows["Fenland Theses Archive"]["label_under"] == 0.0


def test_a_row_among_labelled_rows_and_a_bare_heading_are_no_record_heading() -> None:
    rows = _features(
        "Storm floods the northern marsh again this spring\nDate: 08/05/2024\n"
        "Place of the meeting: Town hall of Fenwick\nAuthor: Ruth Penn\n"
        "The town hall opened its doors to the people of the marsh after the storm.\n"
    )
    # (negative) a line under a labelled row is one of the rows, no heading over them
    assert rows.get("Place of the meeting: Town hall of Fenwick", {}).get("label_under", 0) == 0
    rows = _features(
        "Reed beds of the eastern fens in a dry summer\nAbstract\n"
        "The reed beds of the eastern fens dried out in the summer of 2018 for the first time.\n"
    )
    # (negative) a heading with no value ('Abstract') is no labelled row
    assert rows["Reed beds of the eastern fens in a dry summer"]["label_under"] == 0.0


def test_a_link_phrase_with_a_byline_under_it() -> None:
    rows = _features(
        "Next Article in Journal\nHerons on frozen lakes\nMara Tulve\n\n"
        "Reed Cover and Nesting of Marsh Wrens\nOla Brenn and Ivo Sallas\n\n"
        "Abstract\n\nWe counted the nests of marsh wrens in two deltas.\n"
    )
    assert rows["Next Article in Journal"]["interface_byline"] > 0.5
    # (negative) a heading of content words over its byline
    assert rows["Reed Cover and Nesting of Marsh Wrens"]["interface_byline"] == 0.0
