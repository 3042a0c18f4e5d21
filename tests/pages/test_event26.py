"""Events read by general knowledge (session 26): an event's own page headed by its name
under a menu of any length, its dates next to the title. Invented pages only."""

from __future__ import annotations

import pytest
from tests.pages._events import PROSE, event_fields

from comet import parse_record

#: a conference site's menu, longer than the lines an event's head is looked for in
MENU = (
    "Home\nAbout\nCommittees\nCall for Papers\nSubmission\nRegistration\nProgramme\n"
    "Keynotes\nTravel\nVenue\nContact\n"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "The 12th International Conference on Fen Ecology (FENECO 2031)\n"
            "June 3-5, 2031\nMarshtown, Norway\n",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        (
            "FENECO '31\n3–5 June 2031 · Marshtown, Norway\n",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        (
            "FENECO 2031 Symposium\nFen Hall, Marshtown\nJune 3 – 5, 2031\n",
            ("Fen Hall, Marshtown", "2031-06-03", "2031-06-05"),
        ),
        (
            "12. Tagung Moorökologie\n3.–5. Juni 2031\nMarschstadt, Deutschland\n",
            ("Marschstadt, Deutschland", "2031-06-03", "2031-06-05"),
        ),
        (
            "Winter School on Fen Ecology\nDecember 29, 2031 – January 3, 2032\nOnline\n",
            ("Online", "2031-12-29", "2032-01-03"),
        ),
        (
            "XII Convegno Nazionale di Ecologia delle Torbiere\n3-5 giugno 2031\nPaludeto, Italia\n",
            ("Paludeto, Italia", "2031-06-03", "2031-06-05"),
        ),
        (
            "第12回湿地生態学会大会\n2031年6月3日（火）～5日（木）\n",
            (None, "2031-06-03", "2031-06-05"),
        ),
    ],
)
def test_an_event_page_headed_by_its_name_under_a_long_menu(
    head: str, want: tuple[str | None, str, str]
) -> None:
    assert event_fields(MENU + head + PROSE, "place", "start", "end") == want


def test_the_name_over_the_dates_is_no_place() -> None:
    # near the top, no place printed: the event's name over its dates is not its place
    page = "Winter School on Fen Ecology\nDecember 29, 2031 – January 3, 2032\n" + PROSE
    assert event_fields(page, "name", "place") == ("Winter School on Fen Ecology", None)


def test_the_titles_name_is_the_events() -> None:
    page = MENU + "Symposium on Dike Hydrology 2031\n3-5 June 2031\n" + PROSE
    assert event_fields(page, "name") == ("Symposium on Dike Hydrology 2031",)


@pytest.mark.parametrize(
    "head",
    [
        # near miss: a title with no event word and no year over a range of days (a report's)
        "Reed counts on the northern dikes\n3-5 June 2031\n",
        # near miss: the title names another year's event than the dates'
        "FENECO 2030\n3-5 June 2031\n",
        # near miss: one day under an event word's title is a post's date, no event's range
        "Notes from the Fen Symposium\nJune 3, 2031\n",
    ],
)
def test_no_event_from_a_title_over_other_dates(head: str) -> None:
    assert parse_record(MENU + head + PROSE).event is None
