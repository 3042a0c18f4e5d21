"""Events read by general knowledge (session 24): the event a proceedings' name names, an
event's own page under a menu, a date label on a page headed by an event's name, event words
and place labels in more languages. Invented pages only."""

from __future__ import annotations

import pytest
from tests.pages._events import PROSE, event_fields

from comet import parse_record

PAPER = (
    "Reed warbler counts on three drained fens\n"
    "Ola Berg, Kari Strand\n"
    "{container}, pp. 12-20, 2031.\n"
    "Abstract\nThe counts fell by a third where the dikes were cut.\n"
)


@pytest.mark.parametrize(
    ("container", "name"),
    [
        (
            "Proceedings of the 12th International Conference on Fen Ecology",
            "12th International Conference on Fen Ecology",
        ),
        (
            "Proceedings of the 2031 Annual Meeting of the Fen Society",
            "2031 Annual Meeting of the Fen Society",
        ),
    ],
)
def test_a_papers_event_named_by_its_proceedings(container: str, name: str) -> None:
    rec = parse_record(PAPER.format(container=container))
    assert rec.to_csl().get("type") == "paper-conference"
    assert rec.event is not None and rec.event.name == name


def test_a_proceedings_volumes_title_names_its_event() -> None:
    page = (
        "Proceedings of the 9th Workshop on Dike Hydrology\n"
        "Edited by Ola Berg\nMarsh Press, 2031\nISBN 978-0-00-000000-2\n"
    )
    assert event_fields(page, "name") == ("9th Workshop on Dike Hydrology",)


def test_a_book_with_an_event_word_in_its_title_names_no_event() -> None:
    # near miss: 'Conference' opens the title, no proceedings phrase does
    page = (
        "Conference Interpreting for Fen Keepers\n"
        "Ola Berg\nMarsh Press, 2031\nISBN 978-0-00-000000-2\n"
    )
    assert parse_record(page).event is None


MENU = "Home\nAbout\nCommittees\nCall for Papers\nSubmission\nRegistration\nVenue\nContact\n"


def test_an_event_page_under_its_menu() -> None:
    page = (
        MENU + "12th International Conference on Fen Ecology\n"
        "June 3-5, 2031, Marshtown, Norway\n" + PROSE
    )
    assert event_fields(page, "name", "place", "start", "end") == (
        "12th International Conference on Fen Ecology",
        "Marshtown, Norway",
        "2031-06-03",
        "2031-06-05",
    )


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "12. Tagung Moorökologie\nTermin: 3.–5. Juni 2031\nOrt: Universität Marschstadt\n",
            ("12. Tagung Moorökologie", "Universität Marschstadt", "2031-06-03", "2031-06-05"),
        ),
        (
            "Seminar Nasional Ekologi Rawa 2031\nWaktu: 3-5 Juni 2031\n"
            "Tempat: Universitas Rawakota\n",
            ("Seminar Nasional Ekologi Rawa 2031", "Universitas Rawakota", "2031-06-03",
             "2031-06-05"),
        ),
    ],
)  # fmt: skip
def test_a_date_label_on_a_page_headed_by_an_event(page: str, want: tuple[str, ...]) -> None:
    assert event_fields(page + PROSE, "name", "place", "start", "end") == want


def test_a_date_label_under_another_heading_dates_no_event() -> None:
    # near miss: a range of days under a label, the page headed by no event's name
    page = "Reed Beds of the North\nTermin: 3.–5. Juni 2031\nOrt: Marschstadt\n" + PROSE
    ev = parse_record(page).event
    assert ev is None or ev.start is None


def test_a_japanese_event_page() -> None:
    page = (
        "湿地生態学シンポジウム2031のご案内\n会期：2031年6月3日（水）～5日（金）\n会場：沼町大学\n"
    )
    assert event_fields(page, "place", "start", "end") == ("沼町大学", "2031-06-03", "2031-06-05")


def test_a_japanese_event_word_inside_a_run_of_letters() -> None:
    page = "第12回湿地生態学会大会のご案内\n2031年6月3日（水）～5日（金）\n"
    assert event_fields(page, "start", "end") == ("2031-06-03", "2031-06-05")


def test_a_header_of_four_cells_with_a_short_and_a_full_name() -> None:
    page = (
        "FENECO 2031 | 12th Symposium on Fen Ecology | 3–5 June 2031 | Marshtown, Norway\n" + PROSE
    )
    assert event_fields(page, "name", "place", "start") == (
        "12th Symposium on Fen Ecology",
        "Marshtown, Norway",
        "2031-06-03",
    )


def test_a_menu_of_four_cells_with_dates_is_no_header() -> None:
    # near miss: menu entries beside the dates are neither a name nor a place
    page = "Home | News | 3–5 June 2031 | Contact\n" + PROSE
    assert parse_record(page).event is None


def test_an_event_page_dated_with_times_of_day() -> None:
    page = (
        "Fen Ecology Symposium\nJune 3, 2031 9:00 AM – June 5, 2031 5:00 PM\n"
        "Fen Hall, Marshtown, Norway\n" + PROSE
    )
    assert event_fields(page, "place", "start", "end") == (
        "Fen Hall, Marshtown, Norway",
        "2031-06-03",
        "2031-06-05",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Satellite Meeting: Peat Coring Day",
        "Workshop on Peat Coring for Students",
    ],
)
def test_a_date_label_under_another_events_name_is_not_the_heads(heading: str) -> None:
    """(negative, review24) A site headed by its event's name announcing another event (a
    satellite meeting, a summer school): the date label under that event's name dates no
    event of the site's name."""
    page = (
        "Fen Ecology Symposium 2031\nHome | Programme | Venue | Contact\n\n"
        f"{heading}\n\nDate: 1-2 June 2031\n" + PROSE
    )
    ev = parse_record(page).event
    assert ev is None or ev.name != "Fen Ecology Symposium 2031"
