"""An event's own page (``comet.page.event_top``): a conference's site, call or programme
prints the event's dates near its top as a range of days (alone, beside a place, under a
short name), or after a label that names the event. Invented pages in the shape of the
fresh ``conf22`` set's event pages."""

from __future__ import annotations

import pytest
from tests.pages._events import PROSE, event_fields

from comet import parse_record

BODY = PROSE


def _event(text: str) -> tuple[object, ...] | None:
    return event_fields(text, "name", "place", "start", "end")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # dates alone on the first line, a timezone under them (no place)
        (
            "Sep 3 – 7, 2031\nEurope/Oslo timezone\n\nProceedings of FENECO 2031" + BODY,
            (None, None, "2031-09-03", "2031-09-07"),
        ),
        # dates alone over their place alone
        (
            "14 - 18 October 2030\nMarshtown, Norway\n\nPoster guidelines" + BODY,
            (None, "Marshtown, Norway", "2030-10-14", "2030-10-18"),
        ),
        # a place of words in lower case, then the dates, under the title
        (
            "Roseaux et gardiens des marais\n\nInstitut royal des marais, Marshtown, "
            "2-4 juin 2030\n\nComité scientifique : Ola Berg (Marshtown)" + BODY,
            (None, "Institut royal des marais, Marshtown", "2030-06-02", "2030-06-04"),
        ),
        # the event's name with its place, the dates under it
        (
            "12th Symposium on Fen Ecology in Marshtown, Norway\n\n9 - 11 May 2029" + BODY,
            ("12th Symposium on Fen Ecology", "Marshtown, Norway", "2029-05-09", "2029-05-11"),
        ),
        # a short name with the year, weekdays, the place after the year
        (
            "FENECO 2031\nTue 3 - Fri 6 June 2031 Marshtown, Norway\n" + BODY,
            ("FENECO 2031", "Marshtown, Norway", "2031-06-03", "2031-06-06"),
        ),
        # a label naming the event, deadlines around it
        (
            "Key dates\nAbstracts due: 1 May 2029\nThe symposium: 9 - 11 September 2029\n"
            "Registration closes: 1 August 2029" + BODY,
            (None, None, "2029-09-09", "2029-09-11"),
        ),
        # the label alone on its line, the dates and the place under it
        (
            "Submission rules\n\nPapers are due by March 1st, 2032.\n\nWorkshop date/place:\n"
            "3rd - 4th June 2032, Marshtown, Norway\n" + BODY,
            (None, "Marshtown, Norway", "2032-06-03", "2032-06-04"),
        ),
    ],
)
def test_an_event_page_gives_its_events_dates(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # one day at the top dates a post, not an event
        "March 3, 2031\nBirds of the fen\n" + BODY,
        # a month's range is a report's period
        "1 - 31 March 2031\nWater levels of the fen\n" + BODY,
        # a range in a sentence
        "The fen was closed from 3 to 7 May 2031 for the survey of its dikes.\n" + BODY,
        # a label naming no event
        "Deadline: 3 - 5 May 2031\nSend your counts to the keepers.\n" + BODY,
        # a range far below the top, with no label
        "Birds of the fen\n"
        + "A line of the story about the fen.\n" * 8
        + "3 - 7 May 2031\n"
        + BODY,
    ],
)
def test_no_event_without_a_range_at_the_top_or_an_event_label(text: str) -> None:
    assert parse_record(text).event is None


# -- a proceedings series' running head: its volume, then its conference's line -----------

SERIES_PAGE = (
    "Fen Annals of the Marsh Sciences, Volume III-4, 2031\n{event}"
    "TIDAL CHANNELS IN RAISED BOGS\nOla Berg 1, Ana Ruiz 2\n"
    "1 Marsh Institute, Marshtown, Norway\nKEY WORDS: bogs, channels, tides\nABSTRACT:\n"
    "We map the tidal channels of three raised bogs from aerial images and compare their "
    "courses with the maps of the last century.\n1. INTRODUCTION\nRaised bogs hold water "
    "above the land around them, and their channels change slowly over the decades.\n"
)


def test_a_series_volume_under_its_event_line_is_a_conference_paper() -> None:
    event = "12th Fen Geodata Conference, 3–5 June 2031, Marshtown, Norway\n\n"
    rec = parse_record(SERIES_PAGE.format(event=event))
    csl = rec.to_csl()
    assert csl["type"] == "paper-conference"
    assert csl["title"] == "TIDAL CHANNELS IN RAISED BOGS"  # the event line is no title
    assert rec.event is not None
    assert rec.event.name == "12th Fen Geodata Conference"
    assert rec.event.place == "Marshtown, Norway"


def test_a_series_volume_without_an_event_line_stays_a_journal_article() -> None:
    csl = parse_record(SERIES_PAGE.format(event="\n")).to_csl()
    assert csl["type"] != "paper-conference"
    assert csl["title"] == "TIDAL CHANNELS IN RAISED BOGS"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # dates without their year under the event's short name with it
        (
            "FENECO 2031\nTue 3 - Fri 6 June\nMarshtown, Norway\n" + BODY,
            ("FENECO 2031", "Marshtown, Norway", "2031-06-03", "2031-06-06"),
        ),
        # a label naming the event, the year in the page's heading
        (
            "Fen Days 2030 - information for authors\nConference dates: from July 9th to "
            "July 11th.\nAt the Marsh Institute." + BODY,
            (None, None, "2030-07-09", "2030-07-11"),
        ),
    ],
)
def test_dates_without_a_year_take_the_heads_one_year(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


def test_dates_without_a_year_under_two_years_give_no_event() -> None:
    # the head names two years: no way to tell the event's
    text = "Fen Days 2030 (the 2029 edition was cancelled)\nTue 3 - Fri 6 June\n" + BODY
    assert parse_record(text).event is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "FENECO 2031 | 3-5 June 2031 | Marshtown, Norway",
            ("FENECO 2031", "Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        (
            "3 – 5 June 2031 • Marshtown, Norway",
            (None, "Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
    ],
)
def test_a_header_line_in_cells_gives_the_event(line: str, want: tuple[object, ...]) -> None:
    assert _event("Fen Days\n" + line + "\n" + BODY) == want


def test_a_menu_with_dates_in_a_cell_gives_no_event() -> None:
    line = "Home | 3-5 June 2031 | Register now"
    assert parse_record("Fen Days\n" + line + "\n" + BODY).event is None


def test_a_section_name_in_a_cell_is_no_place() -> None:
    # a news story's header: its section and its dates; a lone word is a place only as a city
    text = "Flood waters rise in the fen\nNews | 3-5 June 2031\nBy Ana Ruiz\n" + BODY
    assert parse_record(text).event is None


def test_a_known_city_alone_in_a_cell_is_the_place() -> None:
    ev = parse_record("Fen Days\nFENECO 2031 | 3-5 June 2031 | Oslo\n" + BODY).event
    assert ev is not None and ev.place == "Oslo"


def test_when_and_where_labels_give_an_events_date_and_place() -> None:
    text = (
        "Fen keepers meet\nWhen: Thursday, 3 June 2031\nWhere: Marsh Institute, Marshtown\n" + BODY
    )
    ev = parse_record(text).event
    assert ev is not None
    assert (str(ev.start), ev.place) == ("2031-06-03", "Marsh Institute, Marshtown")


def test_a_sentence_opening_with_when_is_no_label() -> None:
    text = (
        "Reed birds of the fen\nOla Berg\nWhen the water rises in the fen, the birds move.\n" + BODY
    )
    assert parse_record(text).event is None


PAPER = (
    "Fen reeds and their birds\nOla Berg, Ana Ruiz\n{line}\nAbstract\n"
    "We count the birds of the reed beds over three summers and compare them with the "
    "counts of the past decade in the fen.\nConference paper\n"
)


def test_a_label_naming_the_event_dates_a_conference_papers_event() -> None:
    rec = parse_record(PAPER.format(line="Conference: June 3-5, 2031"))
    assert rec.to_csl()["type"] == "paper-conference"
    assert rec.event is not None
    assert (str(rec.event.start), str(rec.event.end)) == ("2031-06-03", "2031-06-05")


def test_unlabelled_dates_without_a_place_date_no_conference_papers_event() -> None:
    assert parse_record(PAPER.format(line="June 3-5, 2031")).event is None


def test_an_event_line_under_a_journal_articles_title_keeps_it_an_article() -> None:
    # (negative) a note under the title names an event: no running head of a series
    text = (
        "Tidal channels in raised bogs\nOla Berg, Ana Ruiz\n"
        "Fen Annals of the Marsh Sciences, Volume 12, 2031\n"
        "An earlier version was presented at the 12th Fen Geodata Conference, 3–5 June 2030, "
        "Marshtown, Norway\nABSTRACT:\nWe map the tidal channels of three raised bogs from "
        "aerial images and compare their courses with the maps of the last century.\n"
    )
    assert parse_record(text).to_csl()["type"] != "paper-conference"
