"""Where a work appeared, on pages of sites never seen (issue 13): the journal's name by
the work's own citation line, and the lines that only look like a journal or a locator
(a site's list of its journals, a search form's field list, an address, a time span).

Every journal, publisher, place and person here is invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.locators import Locator
from comet.page.citations import _source_and_publisher
from comet.page.false_locators import _loose_numbers
from comet.page.journal_abbrev import _abbreviation_parts
from comet.page.journal_head import _date_words_only, _journal_head
from comet.page.venue import _clean_container, _name_cell

RULES = _loc.resolve(None)

ARTICLE = """Skip to main content
On the bending of hollow reed stems in wind
Tomas J. Moreau, Ana B. Lindqvist

Abstract
Hollow stems bend in the wind. We measured sixty stems in three marshes over two summers
and found that the thinnest stems bent the most and broke the least often.
"""


# --- the journal before the work's own locator --------------------------------------------


def test_a_date_before_the_doi_is_no_part_of_the_journal() -> None:
    page = ARTICLE + (
        "Published June 14, 2018, doi: 10.5555/2325900000001 Northern Journal of Fen Studies "
        "June 2018 vol. 6 no. 3 2325900000001\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("container-title") == "Northern Journal of Fen Studies"
    assert item.get("volume") == "6"


def test_a_citation_label_inside_the_line_opens_the_journal() -> None:
    page = ARTICLE + (
        "DOI: http://dx.doi.org/10.5555/mReeds.18821Published October 3, 2017 "
        "Cite as mReeds 2017;6:e18821\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("container-title") == "mReeds"  # a name opening with a small letter
    assert item.get("volume") == "6"


def test_a_name_glued_to_the_next_line_is_no_spelled_out_journal() -> None:
    # the page glues the journal's name to its society's: no full name of the journal
    page = (
        ARTICLE
        + "Introduction\nReeds grow in wet ground. Their stems are hollow and light.\n" * 3
        + "The Journal of Reed BiologySociety for Reed Biology\n"
        + "The Journal of Reed Biology, 9 April 2016, 41 (7) 2210-2224\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("container-title") == "The Journal of Reed Biology"


def test_a_full_name_abbreviates_nothing() -> None:
    assert _abbreviation_parts("The Journal of Marshland Ecology", RULES) is None
    assert _abbreviation_parts("J Reed Biol", RULES) == ["j", "reed", "biol"]
    assert _abbreviation_parts("Fen Sci. Lett.", RULES) == ["fen", "sci", "lett"]


def test_journal_head_shapes() -> None:
    blanked = "Published June 14, 2018, doi:" + " " * 20 + "Fen Letters "
    assert _journal_head(blanked, RULES) == "Fen Letters"
    assert _journal_head("Cite this article as: Marsh Review ", RULES) == "Marsh Review"
    assert _journal_head("eReeds ", RULES) == "eReeds"
    assert _journal_head("all samples were dissolved in ", RULES) == ""


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_journal_head_never_crashes(text: str) -> None:
    assert isinstance(_journal_head(text, RULES), str)


# --- what only looks like a journal ---------------------------------------------------------


def test_a_sites_list_of_its_journals_names_no_container() -> None:
    page = (
        "Skip to main content\n\nOther Publications\nFen Transactions B\nFen Proceedings B\n"
        "Fen Biology Letters\nOpen Fen Biology\nFen Transactions A\nFen Proceedings A\n"
        "Open Marsh Science\nNotes and Records\nInterface\n\nSearch this site\n" + ARTICLE
    )
    item = parse_record(page).to_csl()
    assert item.get("container-title") is None


def test_the_masthead_over_the_sites_menu_is_kept() -> None:
    page = "Annals of Fen Medicine\nLatest\nArchive\nTopics\nPodcasts\nSubscribe\n" + ARTICLE
    item = parse_record(page).to_csl()
    assert item.get("container-title") == "Annals of Fen Medicine"


def test_a_search_forms_field_list_names_no_journal() -> None:
    page = ARTICLE + (
        "\nSearch fields\nJournal : Publisher\nJournal : Short title\nJournal : Title\n"
        "Journal : ISSN\nJournal : Publisher\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("container-title") is None


def test_a_single_journal_label_is_still_read() -> None:
    page = ARTICLE + "\nJournal: Fen and Marsh Letters\nVolume: 12\n"
    assert parse_record(page).to_csl().get("container-title") == "Fen and Marsh Letters"


# --- what only looks like a locator ---------------------------------------------------------


def test_an_address_is_no_locator() -> None:
    page = ARTICLE + "\nContact\nReedweg 15\n24817 Marshtown\nMarshland\n"
    item = parse_record(page).to_csl()
    assert item.get("volume") is None
    assert item.get("container-title") is None


def test_a_registration_and_a_phone_number_are_no_locator() -> None:
    page = ARTICLE + "\nRegistered charity 417 208 963\nTelephone: 0734 - 512 300 27\n"
    item = parse_record(page).to_csl()
    assert item.get("volume") is None


def test_a_time_span_is_no_page_range() -> None:
    page = ARTICLE + "\nTime and place: 14.30 – 16.15 in the reed hall\n"
    item = parse_record(page).to_csl()
    assert item.get("page") is None


def test_loose_numbers() -> None:
    assert _loose_numbers("15 24817", Locator(volume="15", raw="15 24817"))
    assert _loose_numbers("417 208 963", Locator(volume="417", issue="208", raw="417 208 963"))
    assert _loose_numbers("0734 - 512", Locator(volume="0734", raw="0734 - 512"))
    assert not _loose_numbers("12 143", Locator(volume="12", raw="12 143"))
    assert not _loose_numbers("12(3): 45-67", Locator(volume="12", issue="3", raw="12(3): 45-67"))


def test_an_authors_year_keeps_an_article_number() -> None:
    page = ARTICLE + "\nTomas J Moreau et al 2019 Fen Mater. 9 045112\n"
    item = parse_record(page).to_csl()
    assert item.get("volume") == "9"


# --- the publisher a citation prints after its source ---------------------------------------

PAPER = """Reeds and regional growth
Maria Fenwick, Tomas Reed

Abstract
Regions with more reed beds grew faster in the decade we studied, and the effect was
largest where the beds were harvested for thatch.

Suggested Citation
"""


def test_a_citations_source_and_its_publisher_are_split() -> None:
    page = PAPER + (
        'Maria Fenwick & Tomas Reed, 2019. "Reeds and regional growth," Marsh Science '
        "Inquiry, Fenland Association of Regional Scientists, vol. 5(1), pages 11-25, June.\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("container-title") == "Marsh Science Inquiry"
    assert item.get("publisher") == "Fenland Association of Regional Scientists"


def test_a_series_number_and_the_publishers_legal_form() -> None:
    page = PAPER + (
        'Maria Fenwick & Tomas Reed, 2019. "Reeds and regional growth," Fen Working Papers '
        "2917, Fenland Bureau of Research, Inc.\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("collection-title") == "Fen Working Papers"
    assert item.get("number") == "2917"
    assert item.get("publisher", "").startswith("Fenland Bureau of Research, Inc")


def test_source_and_publisher_rule() -> None:
    item: dict[str, object] = {"container-title": "Marsh Review, Fen Press"}
    _source_and_publisher(item, RULES)
    assert item == {"container-title": "Marsh Review", "publisher": "Fen Press"}
    # no body after the comma: the source stays whole
    item = {"container-title": "Marsh Review, Series B"}
    _source_and_publisher(item, RULES)
    assert item == {"container-title": "Marsh Review, Series B"}
    # the part before the comma is the body itself
    item = {"container-title": "Fen University, Marsh Campus University"}
    _source_and_publisher(item, RULES)
    assert "publisher" not in item


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_source_and_publisher_never_crashes(text: str) -> None:
    item: dict[str, object] = {"container-title": text}
    _source_and_publisher(item, RULES)
    assert isinstance(item["container-title"], str)


# --- an imprint line: 'Place: Publisher, Year' ---------------------------------------------


def test_an_imprint_line_names_place_publisher_and_year() -> None:
    page = (
        "Discussion papers\nMaria Fenwick, Tomas Reed\n"
        "Marshtown: Fen Institute, 1998, (Fen Working Paper No. 12)\n"
        "External link: https://example.org/fen-wp-12.pdf\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("publisher") == "Fen Institute"
    assert item.get("publisher-place") == "Marshtown"
    assert item.get("issued") == {"date-parts": [[1998]]}


def test_interface_words_before_a_colon_are_no_place() -> None:
    page = ARTICLE + "\nSearch: Reed Archive, 2019\n"
    item = parse_record(page).to_csl()
    assert item.get("publisher-place") is None


# --- a 'Source:' label on a news page ------------------------------------------------------

NEWS = """Town council votes to keep the reed beds
12 March 2021
The council of Marshtown voted on Tuesday to keep the reed beds by the river. The beds
filter the water and shelter birds, and harvesting them for thatch pays for their care.
"""


def test_a_news_agency_under_a_source_label_is_no_container() -> None:
    item = parse_record(NEWS + "Source: Fenland Press Agency\n").to_csl()
    assert item.get("container-title") is None


def test_a_photo_credit_under_a_source_label_is_no_container() -> None:
    item = parse_record(NEWS + "Quelle: A. Moe / Fenpix.com\n").to_csl()
    assert item.get("container-title") is None


def test_a_source_label_with_a_journal_word_is_a_container() -> None:
    item = parse_record(NEWS + "Source: Annals of Fenland Botany\n").to_csl()
    assert item.get("container-title") == "Annals of Fenland Botany"


def test_a_source_label_beside_a_volume_is_a_container() -> None:
    page = ARTICLE + "\nSource: Fenland Botany\nVolume: 12\nPages: 45-67\n"
    assert parse_record(page).to_csl().get("container-title") == "Fenland Botany"


# --- a blog's name at the top of its page ----------------------------------------------------

BLOG = """Your basket is empty.
Recent Posts

Reed Notes

Field recordings from the marsh, every week.

The ten best songs about reeds
Posted on 3 May 2021 by Ida Moe
We asked our readers for their favourite songs about reeds, rivers and the wind in the
grass, and these ten came up again and again in the answers.

Leave a comment
"""


def test_interface_lines_over_a_blogs_name_are_no_container() -> None:
    item = parse_record(BLOG).to_csl()
    assert item.get("container-title") == "Reed Notes"


def test_a_street_number_and_postcode_before_a_town_are_no_locator() -> None:
    page = NEWS + "\nFenland Reed Growers' Association\nReedweg 37, 31642 Marshtown\n"
    item = parse_record(page).to_csl()
    assert item.get("volume") is None
    assert item.get("container-title") is None


def test_a_hotline_number_is_no_locator() -> None:
    item = parse_record(NEWS + "\nHotline 118 000 for missing birds\n").to_csl()
    assert item.get("volume") is None


def test_a_tip_line_is_no_journal() -> None:
    page = NEWS + "\nGot a tip? Call 12, 345-678\n"
    assert parse_record(page).to_csl().get("container-title") is None


def test_loose_numbers_before_a_town() -> None:
    loc = Locator(volume="37", pages=None, raw="37, 31642")
    assert _loose_numbers("37, 31642", loc, " Marshtown")
    assert not _loose_numbers("37, 31642", loc, " Published 12 May 2019")


def test_a_sections_heading_is_no_blogs_name() -> None:
    page = "Magazine\n" + BLOG.replace("Reed Notes\n", "")
    item = parse_record(page).to_csl()
    assert item.get("container-title") is None
    assert item["title"] == "The ten best songs about reeds"


def test_a_blog_posts_headline_over_its_posted_by_line() -> None:
    """``Posted on <date> by <name>`` under a headline is its byline (the author value a
    date label's value ends with); the site's tagline above, a sentence, is no title."""
    item = parse_record(BLOG).to_csl()
    assert item["title"] == "The ten best songs about reeds"
    assert item["container-title"] == "Reed Notes"
    assert item["author"] == [{"family": "Moe", "given": "Ida"}]


def test_a_first_published_in_line_names_the_journal() -> None:
    page = ARTICLE + "\nFirst published in Marsh Letters 38 (2011) 2-3, pp. 77-91.\n"
    item = parse_record(page).to_csl()
    assert item.get("container-title") == "Marsh Letters"
    assert item.get("volume") == "38"


def test_a_journal_opening_with_in_keeps_it() -> None:
    assert _journal_head("In Vivo Marsh Letters ", RULES) == "In Vivo Marsh Letters"
    assert _journal_head("Erstveröffentlichung in Marschbriefe ", RULES) == "Marschbriefe"


def test_an_open_bracket_of_the_title_is_cut_from_the_container() -> None:
    assert _clean_container("reed stems [v2; status: indexed, Fen Research") == "Fen Research"
    assert (
        _clean_container("reed stems [v2; status: indexed, Fen Research, 12 (3)") == "Fen Research"
    )
    assert (
        _clean_container("reed stems [v2; status: indexed, Fen Research, , 16 (6)")
        == "Fen Research"
    )
    assert _clean_container("Fen Research [Online], 12 (3)") == "Fen Research [Online]"
    assert _clean_container("Marsh Letters, 16 (6)") == "Marsh Letters"


def test_a_series_table_row_gives_the_series_name() -> None:
    assert _name_cell("| Name | Fen Working Papers |", RULES) == "Fen Working Papers"
    assert _name_cell("| Title | Fen Working Papers |", RULES) == "| Title | Fen Working Papers |"
    assert _name_cell("Fen Working Papers ; 12", RULES) == "Fen Working Papers ; 12"
    page = ARTICLE + "\nPublication series\n| Name | Fen Working Papers |\n"
    assert parse_record(page).to_csl().get("collection-title") == "Fen Working Papers"


def test_a_dates_start_is_no_journal_before_a_locator() -> None:
    assert _date_words_only("Published Thu, Mar", RULES)
    assert _date_words_only("Sept", RULES)
    assert not _date_words_only("Marsh Letters", RULES)
    page = NEWS + "\nPublished Thu, Mar 8 2018 9:20 AM EST\n"
    assert parse_record(page).to_csl().get("container-title") is None


def test_a_shops_domain_under_a_source_label_is_no_container() -> None:
    item = parse_record(NEWS + "Source: Reedshop.co.uk\n").to_csl()
    assert item.get("container-title") is None


@pytest.mark.parametrize(
    ("line", "journal", "volume", "page", "number"),
    [
        ("Fen Materials Letters 9 045112", "Fen Materials Letters", "9", None, "045112"),
        (
            "Fen Materials Letters, vol. 007, pp. 11-25",
            "Fen Materials Letters",
            "007",
            "11-25",
            None,
        ),
        ("Marsh Letters 12 14302", "Marsh Letters", "12", "14302", None),
    ],
)
def test_numbers_after_a_journals_name_are_its_locator(
    line: str, journal: str, volume: str, page: str | None, number: str | None
) -> None:
    """Long page or article numbers and zero-padded volumes look like a postcode or a phone
    number, but after a journal's name they are the work's locator (review finding)."""
    text = (
        "Reed beds of the northern fens\n\nAna Ruiz, Tomas Ebbing\n\n" + line + "\n\nAbstract\n\n"
        "The reed beds of the fens are studied here in detail over two seasons of work.\n"
    )
    rec = parse_record(text)
    assert (rec.container_title, rec.volume, rec.number) == (journal, volume, number)
    if page is not None:
        assert rec.pages is not None and str(rec.pages) == page


@pytest.mark.parametrize(
    ("line", "publisher", "place"),
    [
        ("Marshtown: Fen Press, 2015", "Fen Press", "Marshtown"),
        ("Photo: Ana Ruiz, 2019", None, None),  # a photo credit
        ("Reedby: Anna Quillfeather, 2019", None, None),  # a person's name, no publisher
    ],
)
def test_an_imprint_line_names_a_publisher_not_a_person(
    line: str, publisher: str | None, place: str | None
) -> None:
    text = (
        "Reed beds of the northern fens\n\n" + line + "\n\n"
        "The reed beds of the fens are studied here in detail over two seasons of field work.\n"
    )
    rec = parse_record(text)
    assert (rec.publisher, rec.place) == (publisher, place)
