"""Title lines read across many hosts (issue 13, ``titles18``): a title in title case broken
after a small word goes on over the next lines; a line introducing what follows (``…:``) is
no subtitle; a news page's headline is found over a dispatch's dateline in capitals. Every page is invented, in the shapes of the fresh sets'
pages; each rule has a page where it must not fire.
"""

from __future__ import annotations

from comet import parse_record
from comet.page.headline import _caps_dateline, _headline_over_body
from comet.page.parse import _prepare
from comet.page.title_runs import _wrapped_run
from comet.page.titles import _title_candidates

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


def test_a_dated_headline_takes_no_deck_in_title_case() -> None:
    # a news headline ending with a pronoun, its deck in title case under it, then the date
    text = (
        "Why the new sea wall matters so much to us\n"
        "The Council Votes on the Final Plan Today\n"
        "March 3, 2021\n\n"
        "The council meets this evening to vote on the plan for the new sea wall, which the "
        "harbour front has argued about for three years and which will cost the town dearly.\n"
    )
    assert parse_record(text).title == "Why the new sea wall matters so much to us"


def test_teasers_ending_with_a_small_word_stay_apart() -> None:
    # a list of teasers, no byline under them: 'look out for' ends a headline
    text = (
        "Coastal Notes\n\n"
        "More stories\n"
        "What the wardens on the sea wall look out for\n"
        "Ten Harbour Walks for the Winter Months\n"
        "The Ferry Timetable Everyone Ignores\n"
    )
    page, _ = _prepare(text, None)
    first = next(ln.index for ln in page.layout.lines if ln.text.startswith("What the"))
    assert _wrapped_run(page, first) == []


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


def test_a_short_headline_in_capitals_over_its_byline_stays_the_headline() -> None:
    text = (
        "Coastal News\nHome\n"
        "SEA WALL FALLS\n"
        "By Ana Ruiz\n"
        "March 3, 2021\n"
        "The old sea wall at the harbour mouth gave way in the night, and the water came into "
        "the lower town for the first time since the great flood of the fifties.\n"
        "Nobody was hurt, the council said, but a dozen houses and the fish market stood in "
        "water up to the knee until the tide turned at four in the morning.\n"
        "Engineers will look at the rest of the wall this week, and the council meets on "
        "Friday to decide how the breach is to be closed before the spring tides.\n"
    )
    assert parse_record(text).title == "SEA WALL FALLS"  # (not right over the body)


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


# --- a record's labelled subtitle --------------------------------------------------------


def test_a_labelled_subtitle_joins_the_labelled_title() -> None:
    text = (
        "Catalogue record\n\n"
        "Title: Tidal marshes of the north\n"
        "Subtitle: a field guide for walkers\n"
        "Author: Lindqvist, Marta\n"
        "Publisher: Fen Valley Press\n"
        "Year: 2019\n"
    )
    rec = parse_record(text)
    assert rec.title == "Tidal marshes of the north"
    assert rec.subtitle == "a field guide for walkers"


def test_a_subtitle_label_already_in_the_title_or_twice_different_adds_nothing() -> None:
    text = (
        "Catalogue record\n\n"
        "Title: Tidal marshes of the north : a field guide for walkers\n"
        "Subtitle: a field guide for walkers\n"
        "Author: Lindqvist, Marta\n"
    )
    rec = parse_record(text)
    assert f"{rec.title}: {rec.subtitle}".count("field guide") == 1
    text = (
        "Search results\n\n"
        "Title: Tidal marshes of the north\n"
        "Subtitle: a field guide for walkers\n"
        "Title: Salt meadows\n"
        "Subtitle: their birds and plants\n"
    )
    rec = parse_record(text)
    assert "birds" not in (rec.subtitle or "") or "field guide" not in (rec.subtitle or "")
    assert rec.title is None or ": " not in rec.title


def test_a_films_subtitle_languages_are_no_subtitle() -> None:
    text = (
        "Catalogue record\n\n"
        "Title: The Salt Marsh Year\n"
        "Format: DVD\n"
        "Subtitle: English, French\n"
        "Year: 2019\n"
    )
    rec = parse_record(text)
    assert rec.title == "The Salt Marsh Year"
    assert rec.subtitle is None


# --- a title's second line over the body -------------------------------------------------

SECOND_LINE = (
    "Coastal Notes\n"
    "News\n"
    "Harbour seals and the grey seal colonies\n"
    "of the outer sandbanks in winter\n"
    "Ana Ruiz\n"
    "The wardens counted the seals from boats at low tide, as they have done every summer "
    "since the colony came back to the sandbanks of the outer estuary.\n"
    "Their count this year is the highest since the survey began, with more pups on the "
    "northern banks than anyone on the boats had seen before in one season.\n"
    "The grey seals, once rare here, now make up a third of the colony, and the wardens "
    "expect that share to grow as the herring come back to the estuary.\n"
)


def test_a_title_whose_second_line_stands_over_the_body_is_read_whole() -> None:
    # 'of the outer …' opens with a small word: the two lines are one title over its byline
    rec = parse_record(SECOND_LINE)
    assert rec.title is not None
    assert rec.title.startswith("Harbour seals")


_BODY = (
    "The wardens counted the seals from boats at low tide, as they have done every summer "
    "since the colony came back to the sandbanks of the outer estuary.\n"
    "Their count this year is the highest since the survey began, with more pups on the "
    "northern banks than anyone on the boats had seen before in one season.\n"
    "The grey seals, once rare here, now make up a third of the colony, and the wardens "
    "expect that share to grow as the herring come back to the estuary.\n"
)


def _evidence(text: str) -> dict[str, str]:
    page, value_lines = _prepare(text, None)
    found: dict[str, str] = {}
    for c in _title_candidates(page, value_lines):
        found.setdefault(str(c.value), c.evidence)  # (a line's first printing)
    return found


def test_the_body_bonus_goes_to_the_title_whose_subtitle_stands_over_the_body() -> None:
    text = (
        "Coastal Notes\nHome\nGrey and Harbour Seals of the Outer Estuary\n"
        "A Winter Count on the Outer Sandbanks Shows Record Pups\nAna Ruiz\n" + _BODY
    )
    found = _evidence(text)
    joined = (
        "Grey and Harbour Seals of the Outer Estuary: "
        "A Winter Count on the Outer Sandbanks Shows Record Pups"
    )
    assert "over the article's body" in found[joined]
    alone = found["A Winter Count on the Outer Sandbanks Shows Record Pups"]
    assert "over the article's body" not in alone


def test_a_headline_printed_again_keeps_its_body_bonus() -> None:
    # a blog's name over the post's headline, the headline listed again under the post
    text = (
        "Coastal Notes\nHome\nDigital Coastlines Weekly\n"
        "Harbour Seals Return to the Outer Sandbanks\nAna Ruiz\n" + _BODY + "More posts\n"
        "Harbour Seals Return to the Outer Sandbanks\nThe Ferry Timetable Everyone Ignores\n"
    )
    found = _evidence(text)
    assert "over the article's body" in found["Harbour Seals Return to the Outer Sandbanks"]
    assert not any("its subtitle over" in e for e in found.values())


def test_a_sections_kicker_takes_no_headline_as_its_subtitle() -> None:
    # 'Features' / 'Long walks' over the headline and a standfirst: the kicker is no title
    text = "Harbour Weekly\nFeatures\nWhy the old sea walls are coming back\nSlow Towns\n" + _BODY
    assert parse_record(text).title == "Why the old sea walls are coming back"
    found = _evidence(text)
    assert not any("its subtitle over" in e for e in found.values())
