"""A labelled event completed from the lines and labels beside it (``comet.page.event_block``)
and the event labels of the locales: a paper page's conference box (the name under its
label, the dates and the place under it), a place after a short label, a venue that is a
place, a date label whose value is a range of days, and the labels of an event's date and
place in several languages. Invented pages."""

from __future__ import annotations

import pytest
from tests.pages._events import PROSE, event_fields

from comet import parse_record

PAPER = "Reed Counting with Sparse Grids\nOla Berg, Kari Lunde\n"


def _event(text: str) -> tuple[object, ...] | None:
    return event_fields(text, "name", "place", "start", "end")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the conference's box: its label alone, the name, the dates, the place
        (
            PAPER + "Pages 1 - 10\nConference\nFENECO '31: 12th Symposium on Fen Ecology\n"
            "June 3 - 5, 2031\nMarshtown, Norway\n",
            ("FENECO '31: 12th Symposium on Fen Ecology", "Marshtown, Norway", "2031-06-03",
             "2031-06-05"),
        ),
        # the place before the dates, a one-day workshop
        (
            PAPER + "Conference\nFENECO 2031: Workshop on Reed Birds\nMarshtown, Norway\n"
            "3 June 2031\nAbstract\nWe count reeds.\n",
            ("FENECO 2031: Workshop on Reed Birds", "Marshtown, Norway", "2031-06-03", None),
        ),
        # the place after a short label of its own
        (
            "Conference Paper\n" + PAPER + "Conference: 12th Symposium on Fen Ecology\n"
            "At: Marshtown, Norway\n",
            ("12th Symposium on Fen Ecology", "Marshtown, Norway", None, None),
        ),
        # a venue that is a place, a date label's range of days
        (
            "12th Symposium on Fen Ecology\nDate: 3-5 June 2031\nVenue: Fen Hall, Marshtown, "
            "Norway" + PROSE,
            (None, "Fen Hall, Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        # the labels of a paper page's conference fields
        (
            PAPER + "Published in: 2031 International Conference on Fen Ecology (ICFE)\n"
            "Date of Conference: 03-05 June 2031\nConference Location: Marshtown, Norway\n",
            ("2031 International Conference on Fen Ecology (ICFE)", "Marshtown, Norway",
             "2031-06-03", "2031-06-05"),
        ),
        (
            "Schilfzählung mit dünnen Gittern\nOla Berg, Kari Lunde\n"
            "Konferenz: 12. Symposium für Moorökologie\nTagungsort: Marschstadt, Norwegen\n"
            "Datum: 3.–5. Juni 2031\n",
            ("12. Symposium für Moorökologie", "Marschstadt, Norwegen", "2031-06-03",
             "2031-06-05"),
        ),
        (
            "Подсчёт тростника\nОла Берг, Кари Лунде\n"
            "Конференция: XII конференция по экологии болот\n"
            "Место проведения: Болотск, Россия\nДата проведения: 3–5 июня 2031 г.\n",
            ("XII конференция по экологии болот", "Болотск, Россия", "2031-06-03", "2031-06-05"),
        ),
    ],
)  # fmt: skip
def test_a_labelled_event_is_completed(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a heading under the name is no place, a paper's own date no event's
        (
            PAPER + "Conference\n12th Symposium on Fen Ecology\nAbstract\nMarshtown, Norway\n",
            ("12th Symposium on Fen Ecology", None, None, None),
        ),
        # a venue that names the event, no place
        (
            PAPER + "Venue: FENECO 2031\nDate: 3 June 2031" + PROSE,
            ("FENECO 2031", None, None, None),
        ),
        # a date label's single day (the paper's) dates no event
        (
            PAPER + "Conference: 12th Symposium on Fen Ecology\nDate: 3 June 2031" + PROSE,
            ("12th Symposium on Fen Ecology", None, None, None),
        ),
    ],
)
def test_near_misses_leave_the_event_as_labelled(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


def test_no_event_label_no_event_from_a_date_range() -> None:
    text = PAPER + "Date: 3-5 June 2031\nPublisher: Fen Press" + PROSE
    assert parse_record(text).event is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("SPIE Fen Optics, 2031, Marshtown, Norway", ("SPIE Fen Optics", "Marshtown, Norway",
                                                      "2031", None)),
        ("FENECO 2031, June 3-5, 2031, Marshtown, Norway", ("FENECO 2031", "Marshtown, Norway",
                                                             "2031-06-03", "2031-06-05")),
        # commas of the name itself: no place after them
        ("Symposium on Reeds, Birds, and Fens", ("Symposium on Reeds, Birds, and Fens", None,
                                                 None, None)),
    ],
)  # fmt: skip
def test_an_event_labels_value_gives_its_year_or_dates_and_place(
    value: str, want: tuple[object, ...]
) -> None:
    text = PAPER + f"Event: {value}\nAbstract\nWe count the reeds of the fen." + PROSE
    assert _event(text) == want


@pytest.mark.parametrize(
    ("last", "place"),
    [
        ("Marshtown BC Canada", "Marshtown BC Canada"),  # a place printed without commas
        ("Canada", None),  # a country alone
        ("Kari Lunde", None),  # a name
    ],
)
def test_a_place_without_commas_ends_in_its_country(last: str, place: str | None) -> None:
    text = (
        PAPER
        + "Conference\nFENECO '31: 12th Symposium on Fen Ecology\nMarch 25 - 29, 2031\n"
        + last
        + "\n"
    )
    ev = parse_record(text).event
    assert ev is not None and ev.place == place and str(ev.start) == "2031-03-25"


IEEE = (
    PAPER + "Published in: {venue}\nDate of Conference: 03-05 June 2031\n"
    "Conference Location: Marshtown, Norway\nConference paper\n"
)


@pytest.mark.parametrize(
    ("venue", "name"),
    [
        (
            "2031 International Conference on Fen Ecology (ICFE)",
            "2031 International Conference on Fen Ecology (ICFE)",
        ),
        ("Proceedings of the 12th Symposium on Fen Ecology", "12th Symposium on Fen Ecology"),
        # a journal's name, a series' name: no event's
        ("Journal of Fen Conference Studies", None),
        ("Lecture Notes in Fen Science", None),
    ],
)
def test_a_labelled_events_name_from_its_proceedings(venue: str, name: str | None) -> None:
    ev = parse_record(IEEE.format(venue=venue)).event
    assert ev is not None and ev.place == "Marshtown, Norway"
    assert ev.name == name


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "FENECO 2031\nDates: June 3-5, 2031\nLocation: Marshtown, Norway",
            (None, "Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        (
            "FENECO 2031\nDates : 3-5 juin 2031\nLieu : Marais-Ville, France",
            (None, "Marais-Ville, France", "2031-06-03", "2031-06-05"),
        ),
        # a dates label's years (a box's span) date no event
        ("Fen letters\nDates: 1914-1918\nLocation: Marshtown, Norway",
         (None, "Marshtown, Norway", None, None)),
    ],
)  # fmt: skip
def test_a_dates_labels_range_of_days_dates_a_labelled_event(
    text: str, want: tuple[object, ...]
) -> None:
    assert _event(text + PROSE) == want


def test_a_dates_label_alone_gives_no_event() -> None:
    assert parse_record("FENECO 2031\nDates: June 3-5, 2031" + PROSE).event is None


def test_a_copys_location_on_a_catalogue_record_is_no_event() -> None:
    # 'Location' alone (no event's name, no dates) on a library record: the copy's shelf
    page = (
        "Item record\nTitle: A Field Guide to Heath Spiders\nAuthor: Quarrie, Odo\n"
        "Publisher: Lapwing Press, 2013\nLocation: Shelf 7\nCall number: QL 458 .Q37\n"
        "Status: Available\n"
    )
    assert parse_record(page).event is None


def test_an_event_location_label_still_gives_the_events_place() -> None:
    # near miss: a label naming the event ('Conference venue') keeps its place
    page = (
        "Paper record\nTitle: Spiders of the Wet Heath\nAuthor: Quarrie, Odo\n"
        "Conference venue: Brackwater Town Hall\nYear: 2029\n"
    )
    event = parse_record(page).event
    assert event is not None and event.place == "Brackwater Town Hall"
