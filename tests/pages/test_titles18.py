"""Title lines read across many hosts (issue 13, ``titles18``): a title in title case broken
after a small word goes on over the next lines; a line introducing what follows (``…:``) is
no subtitle; a news page's headline is found over a dispatch's dateline in capitals and over
the writer's box under the byline. Every page is invented, in the shapes of the fresh sets'
pages; each rule has a page where it must not fire.
"""

from __future__ import annotations

from comet import parse_record
from comet.page.headline import _about_writer, _caps_dateline, _headline_over_body
from comet.page.parse import _prepare

# --- a title in title case broken after a small word --------------------------------------

BROKEN = (
    "Grazing Pressure and Plant Diversity on the Salt Marshes of\n"
    "Northern Estuaries Studied Across Two Decades of\n"
    "Sheep Farming\n"
    "Marta Lindqvist\n"
    "Jonas Berg\n\n"
    "Department of Coastal Ecology, University of Tidewater\n\n"
    "Abstract. We compare plant diversity on grazed and ungrazed marshes over twenty years "
    "of records kept by the farmers and the survey.\n"
)


def test_a_title_broken_after_a_small_word_goes_on() -> None:
    rec = parse_record(BROKEN)
    assert rec.title == (
        "Grazing Pressure and Plant Diversity on the Salt Marshes of Northern Estuaries "
        "Studied Across Two Decades of Sheep Farming"
    )
    assert [p.family for p in rec.authors] == ["Lindqvist", "Berg"]


def test_a_whole_title_line_takes_no_capitalised_line() -> None:
    # the title ends with a capitalised word: the line under it is the journal's, no part
    text = (
        "Grazing Pressure and Plant Diversity on Northern Salt Marshes\n"
        "Journal of Coastal Ecology\n"
        "Marta Lindqvist\n\n"
        "Abstract. We compare plant diversity on grazed and ungrazed marshes over twenty "
        "years of records kept by the farmers.\n"
    )
    assert parse_record(text).title == (
        "Grazing Pressure and Plant Diversity on Northern Salt Marshes"
    )


def test_a_sentence_under_a_headline_ending_with_a_pronoun_is_no_part() -> None:
    # a standfirst (a sentence, its full stop) under a headline that ends with 'us'
    text = (
        "Harbour seals are back in the estuary and what the counts tell us\n"
        "The Count Of Seals Has Doubled In Ten Years, Say The Wardens.\n"
        "By Ana Ruiz\n"
        "March 3, 2021\n\n"
        "The wardens counted the seals from boats at low tide, as they have done every "
        "summer since the colony came back to the sandbanks of the outer estuary.\n"
    )
    assert parse_record(text).title == (
        "Harbour seals are back in the estuary and what the counts tell us"
    )


def test_names_under_a_title_ending_with_a_small_word_stay_names() -> None:
    # '…, and more' over the writer's name and a date: the name is the byline
    text = (
        "Deals on garden tools, seeds from $5, compost bins and more\n"
        "Ana Ruiz\n"
        "March 3, 2021\n\n"
        "The garden centre has cut the price of most of its tools this week, and the "
        "seed racks are half price until Sunday, so now is the time to stock up.\n"
    )
    rec = parse_record(text)
    assert rec.title == "Deals on garden tools, seeds from $5, compost bins and more"


# --- a line introducing what follows is no subtitle ----------------------------------------


def test_a_line_ending_with_a_colon_is_no_subtitle() -> None:
    text = (
        "Marsh Walks With Ana Ruiz\n"
        "Book a guided walk. Pick your date and start planning now:\n"
        "By Ana Ruiz\n\n"
        "The walks leave the visitor centre at nine and follow the sea wall for about "
        "four miles, with stops at the two hides on the way.\n"
    )
    rec = parse_record(text)
    assert rec.title == "Marsh Walks With Ana Ruiz"
    assert "start planning" not in (rec.subtitle or "")


# --- a dispatch's dateline in capitals over the first paragraph ---------------------------

DISPATCH = (
    "World\n"
    "Ministers agree to share the cost of the new sea wall\n"
    "di Anna Berti\n"
    "The two governments signed after a night of talks.\n"
    "DALLA NOSTRA CORRISPONDENTE\n"
    "ROMA - I ministri hanno firmato l'accordo sul nuovo muro di difesa del porto dopo una "
    "lunga notte di trattative, e i lavori cominceranno in primavera secondo il piano.\n"
    "Il costo sarà diviso in parti uguali tra i due governi e la regione, che pagherà anche "
    "la manutenzione del muro per i primi dieci anni dopo la fine dei lavori.\n"
    "Secondo gli ingegneri il nuovo muro proteggerà il porto dalle mareggiate più forti, "
    "quelle che negli ultimi inverni hanno allagato le banchine e i magazzini del porto.\n"
)


def test_a_caps_dateline_over_the_body_is_read_past() -> None:
    page, _ = _prepare(DISPATCH, None)
    head = _headline_over_body(page)
    assert head is not None
    assert page.layout.lines[head].text.startswith("Ministers agree")
    assert parse_record(DISPATCH).title == "Ministers agree to share the cost of the new sea wall"


def test_caps_dateline_shape() -> None:
    assert _caps_dateline("NEW YORK")
    assert _caps_dateline("DALLA NOSTRA CORRISPONDENTE")
    assert not _caps_dateline("THE SEA WALL WILL BE BUILT")  # a headline in capitals
    assert not _caps_dateline("New York")
    assert not _caps_dateline("AP")  # too short to say


def test_a_section_heading_in_capitals_on_an_unsigned_page_gives_no_headline() -> None:
    # a blog's section heading over its text, no byline nor date: still no headline
    text = (
        "Garden notes\n"
        "Home\n"
        "About\n"
        "COMPOST\n"
        "Compost heaps need air and water, and a heap turned every two weeks makes good "
        "compost in about three months in the warm part of the year.\n"
        "A heap that is too wet smells and a heap that is too dry does not rot at all, so "
        "cover it in the rain and water it in the long dry weeks of the summer months.\n"
        "Leaves, grass cuttings and kitchen scraps all go in, but cooked food and meat stay "
        "out, or the rats will find the heap long before the worms have done their work.\n"
    )
    page, _ = _prepare(text, None)
    assert _headline_over_body(page) is None


# --- the writer's box between the byline and the body -------------------------------------

BOXED = (
    "Magazine\n"
    "Latest\n"
    "The Ferry Timetable Everyone Ignores\n"
    "Why the Tide Tables Matter More Than the Weather Forecast\n"
    "Five Harbours Worth a Winter Visit\n"
    "The Quiet Return of the Sea Wall\n"
    "By Ana Ruiz\n"
    "About Ana Ruiz\n"
    "Follow Ana Ruiz on X\n"
    "November 19, 2019 6:30 AM\n"
    "The sea wall that the town pulled down in the sixties is coming back, and this time "
    "nobody on the harbour front seems to mind the cost or the years of building work.\n"
    "The old wall kept the winter storms out of the town for a century, and the new one is "
    "meant to do the same for the next, with a walkway on top for the summer visitors.\n"
    "The council will vote on the final plan in the spring, after a last round of talks "
    "with the fishermen, who want the harbour mouth kept as wide as it is now.\n"
)


def test_the_writers_box_is_no_headline() -> None:
    page, _ = _prepare(BOXED, None)
    head = _headline_over_body(page)
    assert head is not None
    assert page.layout.lines[head].text == "The Quiet Return of the Sea Wall"
    about = next(ln.index for ln in page.layout.lines if ln.text == "Follow Ana Ruiz on X")
    assert _about_writer(page, about)


def test_a_line_naming_someone_else_is_no_writers_box() -> None:
    page, _ = _prepare(BOXED, None)
    first = next(ln.index for ln in page.layout.lines if ln.text.startswith("The Ferry"))
    assert not _about_writer(page, first)  # no byline above it
    text = (
        "By Ana Ruiz\n"
        "Jonas Berg wins the harbour prize\n"
        "The prize was given at the harbour festival.\n"
    )
    page, _ = _prepare(text, None)
    assert not _about_writer(page, 1)  # another person's name under the byline
