"""A conference paper's event line near the top of its page (``comet.page.event_lines``):
the event's name, then its dates and place in either order, gives the event's place and
dates; without a fee code's stamp over it (``comet.page.fee_code``). Invented pages in the
shape of the fresh ``proc6`` set's conference papers."""

from __future__ import annotations

import pytest

from comet import parse_record

PAPER = (
    "Fen reeds and their birds\nOla Berg, Ana Ruiz\n{line}\nAbstract\n"
    "We count the birds of the reed beds over three summers and compare them with the "
    "counts of the past decade in the fen.\nConference paper\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "12th International Symposium on Fen Ecology, June 3-5, 2019, Marshtown, Norway",
        "12th International Symposium on Fen Ecology, Marshtown, Norway, June 3-5, 2019",
        # the name alone on its line, the place and the dates under it
        "12th International Symposium on Fen Ecology\nMarshtown, Norway, 3–5 June 2019",
    ],
)
def test_an_event_line_gives_place_and_dates(line: str) -> None:
    rec = parse_record(PAPER.format(line=line))
    assert rec.to_csl()["type"] == "paper-conference"
    assert rec.event is not None
    assert rec.event.place == "Marshtown, Norway"
    assert (str(rec.event.start), str(rec.event.end)) == ("2019-06-03", "2019-06-05")


@pytest.mark.parametrize(
    "line",
    [
        "Symposium room, Building 3, June 3-5, 2019",  # a room's address: digits
        "Symposium on Fen Ecology, June 3-5, 2019, registration open",  # no place
        "Symposium on Fen Ecology, Marshtown, Norway, 2019",  # a year, no range
        # a sentence over a place and dates: no event's name
        "The symposium was a success and everyone came back.\nMarshtown, Norway, 3–5 June 2019",
        # the name alone, dates and no place under it
        "12th International Symposium on Fen Ecology\nJune 3-5, 2019",
    ],
)
def test_no_event_from_a_line_without_a_place_or_a_range(line: str) -> None:
    assert parse_record(PAPER.format(line=line)).event is None


def test_no_event_on_a_news_story() -> None:
    page = (
        "Birdwatchers gather in the fen\n\nBy Petra Solberg\n\nMarch 12, 2024\n\n"
        "12th International Symposium on Fen Ecology, June 3-5, 2019, Marshtown, Norway\n\n"
        "The ferry to Holm Island stopped running in the winter, and the islanders have "
        "argued ever since about whether the council should buy a smaller boat.\n\n"
        "The old quay is now a meeting place for anglers, who fish for cod from its end on "
        "calm mornings and leave their buckets by the lamp post until the tide turns.\n"
    )
    assert parse_record(page).event is None


def test_the_event_line_names_the_event_and_its_proceedings_volume() -> None:
    line = "Proceedings of the 12th International Symposium on Fen Ecology, June 3-5, 2019, Marshtown, Norway"
    rec = parse_record(PAPER.format(line=line))
    assert rec.event is not None
    assert rec.event.name == "12th International Symposium on Fen Ecology"
    csl = rec.to_csl()
    assert (
        csl["container-title"] == "Proceedings of the 12th International Symposium on Fen Ecology"
    )


def test_a_proceedings_name_without_dates_and_place_keeps_its_tail() -> None:
    line = "Proceedings of the 12th International Symposium on Fen Ecology, Volume 2"
    csl = parse_record(PAPER.format(line=line)).to_csl()
    assert csl["container-title"].endswith("Volume 2")


def test_a_range_without_its_year_takes_the_names_year() -> None:
    line = "Symposium on Fen Ecology (FENECO 2019), Marshtown, Norway, June 3-5"
    rec = parse_record(PAPER.format(line=line))
    assert rec.event is not None
    assert (str(rec.event.start), str(rec.event.end)) == ("2019-06-03", "2019-06-05")


@pytest.mark.parametrize(
    "line",
    [
        "Symposium on Fen Ecology, Marshtown, June 3-5",  # no year anywhere
        "Symposium on Fen Ecology 2018-2019, Marshtown, June 3-5",  # two years: which?
    ],
)
def test_no_year_guessed_for_a_range_without_one(line: str) -> None:
    assert parse_record(PAPER.format(line=line)).event is None


def test_a_citations_container_label_is_no_part_of_the_events_name() -> None:
    line = (
        "In: Proceedings of the 12th Symposium on Fen Ecology (FENECO 2019), Marshtown, "
        "Norway, June 3-5, 2019, pp. 12-24"
    )
    rec = parse_record(PAPER.format(line=line.replace(", pp. 12-24", "")))
    assert rec.event is not None
    assert rec.event.name == "12th Symposium on Fen Ecology (FENECO 2019)"
    # a name with no label keeps its opening words
    rec = parse_record(PAPER.format(line="Inland 12th Symposium on Fen Ecology, Marshtown, "
                                          "Norway, June 3-5, 2019"))  # fmt: skip
    assert rec.event is not None and rec.event.name == "Inland 12th Symposium on Fen Ecology"


BOOK = "{line}\nEditors: Ola Berg, Kari Lunde\nFen Press\nISBN 978-3-030-86972-4\nBook\n"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Fen Ecology: 12th International Symposium, FENECO 2031, Marshtown, Norway, "
            "June 3–5, 2031, Proceedings, Part II",
            "12th International Symposium, FENECO 2031",
        ),
        (
            "12th Workshop on Reed Birds, REBI 2031, Marshtown, Norway, June 3–5, 2031, "
            "Revised Selected Papers",
            "12th Workshop on Reed Birds, REBI 2031",
        ),
    ],
)
def test_a_proceedings_volumes_title_gives_its_event(line: str, name: str) -> None:
    rec = parse_record(BOOK.format(line=line))
    assert rec.event is not None
    assert (rec.event.name, rec.event.place) == (name, "Marshtown, Norway")
    assert (str(rec.event.start), str(rec.event.end)) == ("2031-06-03", "2031-06-05")


def test_a_proceedings_volumes_title_still_dates_the_volume() -> None:
    line = (
        "Fen Ecology: 12th International Symposium, FENECO 2031, Marshtown, Norway, June 3–5, "
        "2031, Proceedings, Part II"
    )
    assert parse_record(BOOK.format(line=line)).to_csl()["issued"]["date-parts"][0][0] == 2031


@pytest.mark.parametrize(
    "line",
    [
        # a part between the name and the place that is no short name
        "12th Workshop on Reed Birds, Fen Press 2031, Marshtown, Norway, June 3–5, 2031",
        # a short name in lower case is no event's acronym
        "12th Workshop on Reed Birds, online edition, Marshtown, Norway, June 3–5, 2031",
    ],
)
def test_no_event_from_a_title_with_another_tail(line: str) -> None:
    assert parse_record(BOOK.format(line=line)).event is None
