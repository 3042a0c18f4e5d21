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


PAPER_HEAD = "Reed warbler counts on three drained fens\nOla Berg, Kari Strand\n"
ABSTRACT = "Abstract\nThe counts fell by a third where the dikes were cut.\n"


def test_a_presented_at_note_gives_the_event_whatever_the_type() -> None:
    page = (
        PAPER_HEAD + "Presented at the 12th International Conference on Fen Ecology, "
        "Marshtown, Norway, June 3-5, 2031.\n" + ABSTRACT
    )
    assert event_fields(page, "name", "place", "start", "end") == (
        "12th International Conference on Fen Ecology",
        "Marshtown, Norway",
        "2031-06-03",
        "2031-06-05",
    )


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "In: Proceedings of the 12th Symposium on Fen Ecology (Marshtown, Norway, "
            "3-5 June 2031)",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        (
            "In: FENECO '31: Proceedings of the 12th International Conference on Fen Ecology, "
            "June 3-5, 2031, Marshtown, Norway. Marsh Press, pp. 12-20.",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
    ],
)
def test_an_event_line_in_brackets_or_closed_by_a_citations_stop(
    line: str, want: tuple[str, str, str]
) -> None:
    assert event_fields(PAPER_HEAD + line + "\n" + ABSTRACT, "place", "start", "end") == want


def test_a_proceedings_volumes_event_in_brackets() -> None:
    page = (
        "Материалы XII Международной конференции по экологии болот "
        "(Болотоград, 3–5 июня 2031 г.)\nБолотоград: Болотное издательство, 2031. 210 с.\n"
    )
    assert event_fields(page, "place", "start", "end") == ("Болотоград", "2031-06-03", "2031-06-05")


def test_brackets_holding_an_acronym_are_no_place_and_dates() -> None:
    # near miss: '(FENECO 2031)' closes the name; the place and the dates are on the next line
    page = (
        "12th International Conference on Fen Ecology (FENECO 2031)\n"
        "Marshtown, Norway, June 3-5, 2031\n" + PROSE
    )
    assert event_fields(page, "place", "start") == ("Marshtown, Norway", "2031-06-03")


@pytest.mark.parametrize(
    ("head", "place"),
    [
        (
            "Jahrestagung der Gesellschaft für Moorkunde 2031\nvom 3. bis 5. Juni 2031 in Marschstadt\n",
            "Marschstadt",
        ),
        (
            "Journées d'étude sur les tourbières\nDu 3 au 5 juin 2031, Marais-Ville (France)\n",
            "Marais-Ville (France)",
        ),
    ],
)
def test_a_dates_lines_place_after_a_place_word_or_hyphenated(head: str, place: str) -> None:
    assert event_fields(head + PROSE, "place", "start", "end") == (
        place,
        "2031-06-03",
        "2031-06-05",
    )


def test_a_dates_line_going_on_in_lower_case_has_no_place() -> None:
    # near miss: words in lower case after the year are a sentence's, no place
    page = (
        "Jahrestagung der Gesellschaft für Moorkunde 2031\nvom 3. bis 5. Juni 2031 in der Regel\n"
    )
    ev = parse_record(page + PROSE).event
    assert ev is None or ev.place is None


@pytest.mark.parametrize(
    "page",
    [
        "Evento: XII Congresso de Turfeiras\nData: 3-5 de junho de 2031\nLocal: Cidade Pântano\n",
        "Convegno: Torbiere 2031\nData: dal 3 al 5 giugno 2031\nLuogo: Paludeto\n",
        "Sempozyum: Turbalık 2031\nTarih: 3-5 Haziran 2031\nYer: Bataklıkkent\n",
        "Konferencja: Torfowiska 2031\nData: 3-5 czerwca 2031\nMiejsce konferencji: Bagnowo\n",
    ],
)
def test_a_bare_date_label_dates_a_labelled_event(page: str) -> None:
    assert event_fields(page + PROSE, "start", "end") == ("2031-06-03", "2031-06-05")


def test_a_bare_date_label_of_one_day_dates_no_event() -> None:
    # near miss: one day under 'Data' is a record's date, no event's range
    page = "Evento: XII Congresso de Turfeiras\nData: 3 de junho de 2031\n"
    ev = parse_record(page + PROSE).event
    assert ev is not None and ev.end is None


def test_a_dates_line_further_under_the_titles_event_name() -> None:
    page = (
        MENU + "ICFE 2031: 12th International Conference on Fen Ecology\nRegister now\n"
        "Submit a paper\nKeynote speakers announced\nDownload the call\n"
        "June 3-5, 2031\nMarshtown, Norway\n" + PROSE
    )
    assert event_fields(page, "start", "end") == ("2031-06-03", "2031-06-05")


def test_a_dates_line_further_down_of_another_year_dates_no_event() -> None:
    # near miss: the title names 2031, the range further down is 2030's (last year's)
    page = (
        MENU + "FENECO 2031\nRegister now\nSubmit a paper\nKeynote speakers announced\n"
        "Download the call\nLast edition\nJune 3-5, 2030\n" + PROSE
    )
    ev = parse_record(page).event
    assert ev is None or ev.start is None or ev.start.year != 2030


@pytest.mark.parametrize(
    "sentence",
    [
        "FENECO 2031 will take place on 3-5 June 2031, online.",
        "Die Tagung findet vom 3. bis 5. Juni 2031 statt.",
    ],
)
def test_a_held_sentence_without_a_place_gives_the_dates(sentence: str) -> None:
    page = MENU + "FENECO 2031\n" + sentence + "\n" + PROSE
    assert event_fields(page, "place", "start", "end") == (None, "2031-06-03", "2031-06-05")


def test_a_held_sentence_with_one_day_gives_no_range() -> None:
    # near miss: one day after the verb is no range of days
    page = "FENECO 2031\nThe deadline will take place on 3 June 2031, online.\n" + PROSE
    ev = parse_record(page).event
    assert ev is None or ev.end is None


def test_a_range_word_written_with_a_stroke() -> None:
    page = "Veenweidecongres 2031\n3 t/m 5 juni 2031\nMoerasstad\n" + PROSE
    assert event_fields(page, "start", "end") == ("2031-06-03", "2031-06-05")
