"""A document's transcript on a document-sharing page is dated by its cover, not by the
site's upload lines above it (``comet.page.transcript_cover``). Invented pages in the shape
of document-sharing sites (a header with an upload date and counters, then the document's
pages, marked ``Page 1:``, ``(1)`` or glued into numbered lines)."""

from __future__ import annotations

from typing import Any

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.transcript_cover import cover_date, transcript_cover


def _csl(text: str) -> dict[str, Any]:
    csl: dict[str, Any] = parse_record(text).to_csl()
    return csl


def _issued(text: str) -> list[int] | None:
    issued = _csl(text).get("issued")
    return list(issued["date-parts"][0]) if issued else None


HEADER = (
    "tidal flats of the northern estuary: a survey of wading birds\n\n"
    "41\n"
    "Tidal flats of the northern estuary: a survey of wading birds. Report submitted to the "
    "Regional Board of Coastal Affairs by the Field Station at Marrow Point\n\n"
    "Upload: someone\n\n"
    "Post on 14-Feb-2021\n\n"
    "3 views\n\n"
    "Category:\n\nDocuments\n\n0 download\n\nTRANSCRIPT\n\n"
)

PAGE_MARKED = HEADER + (
    "Page 1: Tidal flats of the northern estuary: a survey of wading birds\n\n"
    "TIDAL FLATS OF THE NORTHERN ESTUARY\n\n"
    "A survey of wading birds\n\n"
    "Report submitted to the Regional Board of Coastal Affairs\n\n"
    "MARROW POINT – NORTHLAND\n\n"
    "2011\n\n"
    "Page 2: Tidal flats of the northern estuary: a survey of wading birds\n\n"
    "Contents 1 Introduction 2 Methods 3 Counts of 2009 and 2010\n"
)


def test_the_cover_year_over_the_upload_date() -> None:
    assert _issued(PAGE_MARKED) == [2011]


def test_a_cover_dated_to_the_day() -> None:
    text = PAGE_MARKED.replace("MARROW POINT – NORTHLAND\n\n2011", "May 4, 2011 Marrow Point")
    assert _issued(text) == [2011, 5, 4]


def test_parenthesised_page_marks() -> None:
    text = (
        "Field guide to lichens of the high fells\n\n"
        "Info\nDownload\nProtected\n\n"
        "Academic year: 2023\n\n"
        'Share "Field guide to lichens of the high fells"\n\nCopied!\n84\n0\n0\n\n'
        "Full text\n\n(1)\n\n"
        "Field guide to lichens of the high fells\n\n"
        "Oskar Lund, Maja Berg\n\n"
        "Fell Research Institute Tromsdal 1997\n\n"
        "(2)\n\n"
        "Contents\n"
    )
    assert _issued(text) == [1997]


def test_numbered_transcript_pages() -> None:
    text = (
        "Hedgerow management in the lowland parishes - Report\n\n"
        "Size: px\nStart display at page:\n\n"
        'Download "Hedgerow management in the lowland parishes"\n\nTranscript\n\n'
        "1 HEDGEROW MANAGEMENT IN THE LOWLAND PARISHES Report of the Parish Survey edited by "
        "Tomas Hale and Vera Dunn Greenfold: Lowland Survey Trust 2006\n\n"
        "2 The survey was carried out by volunteers of the trust who walked every hedgerow of "
        "the parishes in the spring.\n\n"
        "3 Hedgerows are the oldest boundaries of the lowland landscape and shelter many "
        "species of birds and insects.\n"
    )
    assert _issued(text) == [2006]


#: a transcript whose page 1 is split into its cover's blocks (comet.page.cover); page 2
#: names the year the survey was made
SPLIT_COVER = (
    "Hedgerow management in the lowland parishes - Report\n\n"
    "Size: px\nStart display at page:\n\n"
    'Download "Hedgerow management in the lowland parishes"\n\nTranscript\n\n'
    "1 LOWLAND SURVEY TRUST Hedgerow Management in the Lowland Parishes Report of the Parish "
    "Survey Tomas Hale Vera Dunn March 2006 Greenfold\n\n"
    "2 The survey was carried out in 1998 by volunteers of the trust who walked every hedgerow "
    "of the parishes in the spring, counting the shrubs in each stretch of thirty metres and "
    "noting the trees, the gaps, the banks and the ditches beside them, as the old county "
    "survey had done.\n\n"
    "3 Hedgerows are the oldest boundaries of the lowland landscape and shelter many "
    "species of birds and insects.\n"
)


def test_a_split_cover_is_the_cover_read() -> None:
    """Page 1 split into blocks leaves its number on a line of its own: the cover is still
    page 1's blocks, not page 2 (whose survey year would date the report)."""
    assert any(d.code == "document-cover" for d in parse_record(SPLIT_COVER).diagnostics)
    assert _issued(SPLIT_COVER) == [2006, 3]


# -- where the rule must not fire ----------------------------------------------------------


def test_a_cover_with_several_years_gives_none() -> None:
    """A cover printing the years it studied and its own year: no one year, the rule takes
    none and leaves the page's other dates alone (here the site's upload date)."""
    text = PAGE_MARKED.replace(
        "2011\n\n", "Counts made between 1990 and 2010 by the volunteers\n\n2011\n\n"
    )
    assert _issued(text) == [2021, 2, 14]


def test_numbered_steps_are_no_transcript() -> None:
    """A how-to page's ``Step 1:`` / ``Step 2:`` lines do not repeat the page's heading:
    no transcript, and the date under the title stays the page's."""
    text = (
        "How to register a boat at the harbour office\n\n"
        "14 February 2021\n\n"
        "Step 1: Fill in the form that the office sent you in 2019 or later.\n\n"
        "Step 2: Bring the form and your papers to the office before noon.\n\n"
        "The harbour office is open every weekday and answers questions by phone.\n"
    )
    assert _issued(text) == [2021, 2, 14]


def test_one_parenthesised_number_is_no_transcript() -> None:
    """A footnote's ``(1)`` alone on its line, with no ``(2)`` after it, marks no page: the
    date under the title stays the post's, the year under the mark is none of its."""
    text = (
        "Notes on the mill ponds of the valley\n\n"
        "3 March 2020\n\n"
        "The mill ponds were dug by the first millers of the valley and kept by their heirs "
        "until the last mill closed after the war.\n\n"
        "(1)\n\n"
        "Parish records 1888\n\n"
        "Most of the ponds are now reed beds, and two of them are kept open for the fish.\n"
    )
    assert _issued(text) == [2020, 3, 3]


def test_a_blog_post_with_counters_keeps_its_date() -> None:
    """An ordinary post with a view counter under its dateline: no transcript, its date."""
    text = (
        "A winter walk along the old canal\n\n"
        "Posted on 3 January 2022\n\n"
        "152 views\n\n"
        "The canal froze early this year, and the towpath was quiet except for a heron that "
        "watched us from the far bank for a long time before it flew away.\n\n"
        "We walked as far as the third lock and turned back when the light began to fade.\n"
    )
    assert _issued(text) == [2022, 1, 3]


def test_numbered_equations_are_no_pages() -> None:
    """An article's equations numbered ``(1)``, ``(2)`` on their own lines under its prose:
    no transcript, and the year cited between them dates nothing."""
    text = (
        "A simple model of tidal sediment transport\n\n"
        "12 March 2021\n\n"
        "We write the flux of sediment across a transect as the product of the concentration "
        "and the velocity of the water, averaged over the tidal cycle as the model requires.\n\n"
        "q = c u\n\n(1)\n\n"
        "following the form given by Hale in 1998\n\n"
        "Q = sum q\n\n(2)\n\n"
        "The two equations close the model.\n"
    )
    assert _issued(text) == [2021, 3, 12]


def test_numbered_sections_under_an_abstract_are_no_pages() -> None:
    """An essay whose numbered sections are glued to their first sentences (``1 Introduction
    The …``) under its abstract: no transcript; the year in section 1 dates nothing."""
    text = (
        "Reed beds as a coastal defence\n\n"
        "3 June 2022\n\n"
        "Abstract. Reed beds slow the water of a storm surge, and this essay reviews what the "
        "coastal towns of the north learned from planting them along their sea walls.\n\n"
        "1 Introduction The first reed beds along the sea wall were planted in 2004 by the "
        "town's volunteers.\n\n"
        "2 Methods We walked every reed bed of the coast and measured its width and height at "
        "ten points.\n\n"
        "3 Results The beds grew wider every year where the wall faced the open sea and the "
        "wind.\n"
    )
    assert _issued(text) == [2022, 6, 3]


def test_numbered_comments_are_no_pages() -> None:
    """A book's listing with its readers' comments numbered ``(1)``, ``(2)``, one line each:
    no transcript; the year a reader mentions dates nothing, the date under the title stays."""
    text = (
        "Harbour Lights of the North\n\n"
        "4 May 2019\n\n"
        "Readers' comments\n\n(1)\n\nRead it in 2015 and loved it\n\n"
        "(2)\n\nA gift from my aunt\n\n(3)\n\nToo short\n"
    )
    assert _issued(text) == [2019, 5, 4]


#: a help forum's posts numbered from 1, the first in title case after ``Posted By``
NUMBERED_THREAD = (
    "Help board: Garden ponds\n\n1 Posted By Lena Marsh On 14 June 2020 Why Does My Pond "
    "Turn Green Every Summer Even With A Pump Running All Day\n\n2 Green water usually means "
    "too much sun and too many nutrients. Try floating plants over a third of the surface, "
    "feed the fish less, and give the pump a filter that can hold the algae, then wait a few "
    "weeks before you judge whether it has worked.\n\n3 Mine did the same in its first "
    "year. It settled on its own once the plants grew in and the water had time to find its "
    "balance, so I would not empty it or add chemicals before the end of the season.\n"
)


def test_a_numbered_forum_thread_has_no_cover() -> None:
    """The first post's line (``1 Posted By Lena Marsh On 14 June 2020 …``) opens with no
    heading before its name: numbered posts, no document's page 1, so no cover date (the
    gate comet.page.cover applies to a transcript's page 1)."""
    page, _ = _prepare(NUMBERED_THREAD, None)
    assert transcript_cover(page) is None
    assert cover_date(page) is None


def test_a_numbered_forum_thread_is_no_transcript() -> None:
    """(final review #15) A forum thread whose posts are numbered ``1``, ``2``, ``3``, the
    first opening with its poster's label: no document's first page, its date (the
    first post's, read by the byline rules) no cover's."""
    text = (
        "Garden Forum: Tomatoes\n\n"
        "1 Posted By Lena Frost On 9 June 2020 Why Do My Tomato Leaves Curl Up At The Edges "
        "Every Summer\n\n"
        "2 Most likely the plants get too much sun in the afternoon and too little water in the "
        "morning. Water them early, at the roots, and give the bed a thick layer of straw so "
        "the soil stays cool and damp through the hottest hours of the day.\n\n"
        "3 Mine did the same in a dry year. After I started watering every morning before work "
        "and tied the stems to stakes, the new leaves came out flat and green again, and the "
        "fruit ripened a week earlier than the year before.\n"
    )
    page, _ = _prepare(text, None)
    assert transcript_cover(page) is None
    # the same thread with a document's first page (no post label) is read as one
    page, _ = _prepare(
        text.replace(
            "1 Posted By Lena Frost On",
            "1 Tomato leaves in a dry summer: a garden club report Lena Frost",
        ),
        None,
    )
    assert transcript_cover(page) is not None


#: a document-sharing site's header, its transcript heading alone on a line, then the
#: document's first page line by line
UNDER_HEADING = (
    "Grazing and reed beds of the western marsh - Marsh Trust\n\n"
    "Uploaded 14-Feb-2021\n\n212 views\n\n"
    "Transcript\n\n"
    "Grazing and reed beds of the western marsh\n\n"
    "Ana Ruiz and Tom Lane\n\n"
    "Marsh Trust, Field Note 7\n\n"
    "March 2011\n\n"
    "Sheep have grazed the western marsh since the dykes were built, and the reed beds have "
    "shrunk by a third since the first survey.\n"
)


def test_a_transcript_under_its_heading_is_dated_by_its_cover() -> None:
    rec = _csl(UNDER_HEADING)
    assert rec["issued"]["date-parts"][0] == [2011, 3]
    # (a heading alone names no report: a video's or a lecture's transcript has it too)
    assert rec["type"] == "document"


def test_a_transcript_heading_in_another_language() -> None:
    text = UNDER_HEADING.replace("Transcript\n", "Transcripción\n")
    assert _issued(text) == [2011, 3]


def test_a_podcast_s_transcript_is_no_document_s() -> None:
    # (negative) an episode's transcript: a speaker's line under the heading, no page 1
    text = (
        "Podcast\nEpisodes\nEpisode 42: Why marshes move\n12 February 2024 · 38 min\n"
        "Listen on your favourite app\n\nTranscript\n\n"
        "Ana Ruiz: Welcome back to the show. Today we talk about marshes.\n\n"
        "Tom Lane: Thanks for having me. I have walked the western marsh for thirty years.\n"
    )
    page, _ = _prepare(text, None)
    assert transcript_cover(page) is None
    assert _issued(text) == [2024, 2, 12]


def test_a_transcript_heading_under_prose_is_none() -> None:
    # (negative) an article's 'Transcription' section after its text: no site's header
    text = (
        "Reading the marsh diaries\n\nBy Ana Ruiz\n\n3 May 2022\n\n"
        "The diaries of the marsh warden were kept from 1890 to 1932 and record every flood, "
        "every sale of reeds and every visitor to the warden's house on the dyke.\n\n"
        "Transcription\n\nGrazing and reed beds of the western marsh\n\nMarch 1911\n"
    )
    page, _ = _prepare(text, None)
    assert transcript_cover(page) is None


def test_an_interview_s_transcript_is_no_document_s() -> None:
    # (negative) a headed line, then the speakers' lines: a conversation, no page 1
    text = (
        "Radio North\nProgrammes\nInterview: the marsh warden\nBroadcast 12 February 2024\n"
        "By Ida Moe\nTranscript\nInterview with the marsh warden Tom Lane\n"
        "IDA MOE: How long have you worked on the marsh?\n"
        "TOM LANE: Thirty years this spring. My father kept the dyke before me.\n"
        "IDA MOE: What has changed most?\n"
    )
    page, _ = _prepare(text, None)
    assert transcript_cover(page) is None
    assert _csl(text)["type"] == "document"


def test_a_lecture_s_transcript_names_no_report() -> None:
    # (negative) a lecture's transcript under its heading, by its lecturer: dated, untyped
    text = (
        "Open Lectures\nLecture 4: Marshes and floods\nProfessor Tom Lane\nRecorded 3 March 2022\n"
        "Transcript\nMarshes and floods\nGood morning. Today we look at how marshes store water "
        "in winter and release it in spring.\nLast week we saw how the dykes changed the river.\n"
    )
    rec = _csl(text)
    assert rec["type"] == "document"
    assert rec["issued"]["date-parts"][0] == [2022, 3, 3]
