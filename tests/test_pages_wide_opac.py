"""Shapes found on a wide local set of rendered library catalogue (OPAC) pages: imprints
without ISBD punctuation (a catalogue joins the subfields with spaces), and what a record
page's interface prints around the record. All cases are invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet.locales import all_rules
from comet.page import parse_record
from comet.page.imprint import _imprint

RULES = all_rules()


@pytest.mark.parametrize(
    ("imprint", "expected"),
    [
        # bracketed date with no comma before it
        ("[Owlton] Quillfeather Press [1961]", ("Quillfeather Press", "Owlton", 1961)),
        ("Nestburg, Ravenwood Books [1973]", ("Ravenwood Books", "Nestburg", 1973)),
        ("Nestburg, Ravenwood Books [1973, c1931]", ("Ravenwood Books", "Nestburg", 1973)),
        (
            "Eastmoor, Vale House Press [1958-61. v. 1, 1960]",
            ("Vale House Press", "Eastmoor", 1958),
        ),
        # a bracketed publisher and a bare year
        (
            "Owlton [Council of Fenland Studies] 1972",
            ("Council of Fenland Studies", "Owlton", 1972),
        ),
        # a supplied place in brackets, no date
        ("[Fernhill, Colo.] Pebble Editions", ("Pebble Editions", "Fernhill, Colo.", None)),
        # comma form: a state abbreviation after the place, a company suffix after the publisher
        ("Brookvale, Conn., Heron Press [1977]", ("Heron Press", "Brookvale, Conn.", 1977)),
        ("Stillwater, N.J., Marsh and Reed", ("Marsh and Reed", "Stillwater, N.J.", None)),
        ("Owlton, Lantern Age Press, Inc. [1948]", ("Lantern Age Press, Inc.", "Owlton", 1948)),
        (
            "Owlton and Nestburg, Birch Mifflin Co.",
            ("Birch Mifflin Co", "Owlton and Nestburg", None),
        ),
        ("Owlton, R.Q. Quillby", ("R.Q. Quillby", "Owlton", None)),
        ("Owlton and Nestburg, Heron & Co. [1929]", ("Heron & Co.", "Owlton and Nestburg", 1929)),
        # a missing date's word is no part of the publisher
        ("Owlton : Quill Press, [s.d.]", ("Quill Press", "Owlton", None)),
        ("Owlton : Quill Press, [n.d.]", ("Quill Press", "Owlton", None)),
        # a date statement in another calendar with its conversion in brackets
        ("Kyōto : Hōzōkan, Shōwa 50-51 [1975-1976]", ("Hōzōkan", "Kyōto", 1975)),
    ],
)
def test_imprints_without_isbd_punctuation(
    imprint: str, expected: tuple[str, str | None, int | None]
) -> None:
    assert _imprint(imprint, RULES) == expected


@pytest.mark.parametrize(
    "imprint",
    [
        "Springbok, Marshtown",
        "Quillfeather Press",
        "Heron Press, 2014",
        "Eastmoor University Press",
    ],
)
def test_imprints_that_stay_one_publisher(imprint: str) -> None:
    """Without a date, a one-word tail after the comma is no publisher of its own (a
    publisher's name then a place, or one name with a comma); one name stays one. (A known
    city after the comma is the place: ``Springbok, Berlin``, tests/pages/test_city_lexicon.)"""
    publisher, place, _year = _imprint(imprint, RULES)
    assert place is None
    assert publisher == imprint.split(", 2014")[0]


@given(st.text(max_size=80))
def test_imprint_never_crashes(text: str) -> None:
    publisher, place, year = _imprint(text, RULES)
    assert isinstance(publisher, str)
    assert place is None or isinstance(place, str)
    assert year is None or isinstance(year, int)


@given(
    st.sampled_from(["Owlton", "Nestburg", "Fernhill"]),
    st.sampled_from(["Quill Press", "Heron Books", "Vale House"]),
    st.integers(min_value=1700, max_value=2030),
)
def test_bracketed_imprints_round_trip(place: str, publisher: str, year: int) -> None:
    assert _imprint(f"[{place}] {publisher} [{year}]", RULES) == (publisher, place, year)
    assert _imprint(f"{place} [{publisher}] {year}", RULES) == (publisher, place, year)
    assert _imprint(f"{place}, {publisher} [{year}]", RULES) == (publisher, place, year)


# --- a catalogue record page: the header repeats the record's heading -------------------

_CHROME_TOP = "Log in to your account\nSearch history\nAdvanced search\n\nHome\n"
_CHROME_BOTTOM = (
    "\nHoldings ( 0 )\nComments ( 0 )\n\nPrint\nAdd to your cart\nSave record\n\n"
    "Exporting to Dublin Core...\n\nSimple DC-RDF\nOAI-DC\nSRW-DC\n\nPowered by Koha\n"
)


def _record_page(header: str, heading: str, rest: str) -> str:
    return (
        f"{_CHROME_TOP}Details for: {header}\nNormal view MARC view ISBD view\n\n"
        f"{heading}\n\n{rest}\nMaterial type: Book\n"
        "Content type: text Media type: unmediated Carrier type: volume\n"
        f"{_CHROME_BOTTOM}"
    )


def test_a_heading_with_a_statement_of_responsibility_after_a_comma() -> None:
    page = _record_page(
        "Lanterns over the fenland,",
        "Lanterns over the fenland, by Orla Quenby Marsh.",
        "By: Marsh, Orla Quenby, 1861-1930.\nPublisher: Owlton, Heron Press, 1911\n",
    )
    rec = parse_record(page)
    assert rec.title == "Lanterns over the fenland"
    assert [p.family for p in rec.authors] == ["Marsh"]
    assert rec.publisher == "Heron Press" and rec.place == "Owlton"


def test_a_heading_that_reads_like_a_name_is_the_title_when_the_header_repeats_it() -> None:
    page = _record_page(
        "Tobias Wrenfield, 1870-1941.",
        "Tobias Wrenfield, 1870-1941.",
        "By: Museum of Fenland Crafts.\nPublisher: Owlton [1962?]\n",
    )
    rec = parse_record(page)
    assert rec.title is not None and rec.title.startswith("Tobias Wrenfield")
    assert all(p.family != "DC-RDF" for p in rec.persons())


def test_a_part_after_the_header_is_not_cut_as_a_statement_of_responsibility() -> None:
    page = _record_page(
        "Tidal studies of the northern marshes.",
        "Tidal studies of the northern marshes. Part two, Salt meadows",
        "Publisher: Owlton : Heron Press, 1977\n",
    )
    rec = parse_record(page)
    assert rec.title is not None and rec.title.startswith("Tidal studies of the northern marshes")
    assert "Part two" not in (rec.publisher or "")


def test_interface_lines_of_a_record_page_are_no_title_nor_person() -> None:
    page = _record_page(
        "Songs of the estuary",
        "Songs of the estuary",
        "Publisher: Owlton : Heron Press, 1990\n",
    )
    rec = parse_record(page)
    assert rec.title == "Songs of the estuary"
    assert not rec.authors


def test_the_imprint_year_dates_a_record_over_years_in_its_title() -> None:
    page = _record_page(
        "The fenland mind, 1820-1860.",
        "The fenland mind, 1820-1860.",
        "By: Quenby, Marsh.\nPublisher: Owlton, Heron Press, 1975 [c1973]\n",
    )
    rec = parse_record(page)
    assert rec.issued is not None and rec.issued.year == 1975
    assert rec.publisher == "Heron Press" and rec.place == "Owlton"


def test_a_state_abbreviation_in_capitals_is_no_inline_label() -> None:
    page = _record_page(
        "Marsh songs",
        "Marsh songs",
        "Publisher: Fernhill, IN : Heron Records, 1994\n",
    )
    rec = parse_record(page)
    assert rec.container_title is None
    assert rec.publisher == "Heron Records" and rec.place == "Fernhill, IN"
    assert rec.issued is not None and rec.issued.year == 1994


def test_an_inline_label_in_its_own_casing_still_splits() -> None:
    from comet.page.layout import read_layout

    layout = read_layout("Notes: bound with others In: Marsh Letters 4, 1999\n", RULES)
    assert [lv.key for lv in layout.labels] == ["notes", "container"]


@pytest.mark.parametrize(
    ("value", "edition"),
    [
        ("Second edition; Ail argraffiad.", "Second edition"),
        ("[Third revised edition]; [Trydydd argraffiad].", "Third revised edition"),
        ("[2nd ed.].", "2nd ed"),
        ("2nd ed. / revised by Orla Marsh ; with a preface by Tam Reed.", None),
    ],
)
def test_edition_statements_joined_by_a_catalogue(value: str, edition: str | None) -> None:
    from comet.page.venue import _edition

    assert _edition(value) == (edition or value.strip(" ./"))


@given(st.text(max_size=60))
def test_edition_never_crashes(value: str) -> None:
    from comet.page.venue import _edition

    out = _edition(value)
    assert out is None or (out and out in value)


def test_contributor_headings_of_bodies_and_a_further_author() -> None:
    page = _record_page(
        "Maps of the salt marshes",
        "Maps of the salt marshes",
        "By: Marsh, Orla.\n"
        "Contributor(s): Reed, Tam [author.] | Fenland Survey (Owlton) | "
        "QuillLink (Online service) | Heron Scrapbooks Collection (Owlton Public Library).\n"
        "Publisher: Owlton : Heron Press, 1988\n",
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Marsh", "Reed"]
    literals = [p.literal for p in rec.roles.get("contributor", ())]
    assert "Fenland Survey (Owlton)" in literals
    assert "QuillLink (Online service)" in literals
    assert "Heron Scrapbooks Collection (Owlton Public Library)" in literals


def test_a_year_in_the_contents_note_does_not_outweigh_the_imprint() -> None:
    page = _record_page(
        "The collected essays",
        "The collected essays",
        "Publisher: Owlton, Heron Press [1961-64. v. 1, 1963]\nContents:\n"
        "v. 1. 1852-1860. Early essays.--v. 2. 1861. Marsh studies.\n",
    )
    rec = parse_record(page)
    assert rec.issued is not None and rec.issued.year == 1961


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Quillby, Tamsin, Marshwarden | Vale, Orin, Jr.", "Quillby, Tamsin ; Vale, Orin, Jr"),
        ("Marsh, Orla, 1861-1930.", "Marsh, Orla"),
        ("Śarmā, Yadunātha, Darśanācārya", "Śarmā, Yadunātha"),
        ("Heron, Tam", "Heron, Tam"),
        # inverted names in pairs are a list, never one person with epithets
        ("Moreau, T., Lindqvist, A., Okafor, B.", "Moreau, T., Lindqvist, A., Okafor, B"),
        ("Quillby, Tamsin, Vale, Orin", "Quillby, Tamsin, Vale, Orin"),
    ],
)
def test_a_heading_with_a_title_after_the_forenames_is_one_person(
    heading: str, expected: str
) -> None:
    from comet.page.persons import _heading_names

    assert _heading_names(heading) == expected


@pytest.mark.parametrize(
    "text",
    ["ISBN: 0306406152.; 9780306406157.", "ISBN: 9780306406157 :; 0306406152 :."],
)
def test_isbn_lists_with_isbd_marks_before_the_separator(text: str) -> None:
    from comet.identifiers import find_identifiers

    found = [m for m in find_identifiers(text)]
    assert len(found) == 2


def test_subject_headings_are_whole_keywords() -> None:
    page = _record_page(
        "Letters from the marsh front",
        "Letters from the marsh front",
        "Subject(s): Great Flood, 1953 -- Personal narratives | Salt works (Owlton : Fenland) | "
        "Quenby, Orla, 1861-1930 | Marshes -- History | f9410\n"
        "Publisher: Owlton : Heron Press, 1960\n",
    )
    rec = parse_record(page)
    assert [k.text for k in rec.keywords] == [
        "Great Flood, 1953",
        "Salt works (Owlton : Fenland)",
        "Marshes",
    ]


def test_an_extent_with_the_unit_glued_to_the_count() -> None:
    page = _record_page(
        "Salt meadows of the north",
        "Salt meadows of the north",
        "Description: 212p. : ill., maps ; 22 cm.\nPublisher: Owlton : Heron Press, 1971\n",
    )
    rec = parse_record(page)
    assert rec.to_csl().get("number-of-pages") == "212"


def test_a_body_whose_name_holds_an_interface_word_is_kept() -> None:
    page = _record_page(
        "Marsh statistics",
        "Marsh statistics",
        "Contributor(s): Fenland. Central Office of Information | Fenland. Office for Marsh "
        "Statistics.\nPublisher: Owlton : Heron Press, 1951\n",
    )
    rec = parse_record(page)
    literals = [p.literal for p in rec.roles.get("contributor", ())]
    assert literals == [
        "Fenland. Central Office of Information",
        "Fenland. Office for Marsh Statistics",
    ]


@pytest.mark.parametrize(
    ("field", "code"),
    [("750701s1923 eng u", "eng"), ("050909n fre u", "fre"), ("short eng", None)],
)
def test_language_of_a_short_collapsed_008(field: str, code: str | None) -> None:
    from comet.page.marc_values import _collapsed_language

    assert _collapsed_language(field) == code


def test_the_page_header_repeating_a_long_title_is_no_citation() -> None:
    page = _record_page(
        "The Marsh painters and the Salon (1874-1886) honoring the centennial of the first "
        "marsh exhibition., Fenland collections.",
        "The Marsh painters and the Salon (1874-1886) honoring the centennial of the first "
        "marsh exhibition. Fenland collections. An exhibition organized by the students in "
        "the Department of the History of Art, University of Fenland, Owlton.",
        "Contributor(s): Owlton County Museum.\nPublisher: Owlton, 1974\n",
    )
    rec = parse_record(page)
    assert all("Details" not in (p.literal or "") for p in rec.persons())
    item = rec.to_csl()
    # read as the catalogue record it is, not as a citation of a work in a container
    assert item["type"] == "book"
    assert item.get("container-title") is None
    assert item["title"].startswith("The Marsh painters and the Salon (1874-1886)")
    assert item["issued"] == {"date-parts": [[1974]]}


@pytest.mark.parametrize(
    ("imprint", "place", "year"),
    [
        # an imprint with a place and a date and no publisher
        ("Owlton, 1886", "Owlton", 1886),
        ("Owlton [1964?]", "Owlton", 1964),
        ("[Nestburg?, 1883]", "Nestburg", 1883),
        ("[Fernhill, Colo.], [1974]", "Fernhill, Colo.", 1974),
        ("[Lower Brookvale] 1901", "Lower Brookvale", 1901),
        ("Owlton [n.d.]", "Owlton", None),
        ("Brookvale, Conn., 1990", "Brookvale, Conn.", 1990),
    ],
)
def test_imprints_that_name_only_a_place(imprint: str, place: str, year: int | None) -> None:
    assert _imprint(imprint, RULES) == ("", place, year)


@pytest.mark.parametrize(
    "imprint", ["Heron Press, 2014", "Quill Publishing [1990]", "Fenland Society, 1960"]
)
def test_a_publisher_word_keeps_a_dated_name_a_publisher(imprint: str) -> None:
    publisher, place, _year = _imprint(imprint, RULES)
    assert place is None
    assert publisher == imprint.split(",")[0].split(" [")[0]
