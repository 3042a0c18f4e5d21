"""An event's own page as calls and venue pages print it (session 27): two days joined by
*and* (``comet.page.event_day_pairs``), a held sentence wrapped over two lines
(``comet.page.event_wrapped``), a call's calendar of deadlines with the event's step or a
held sentence (``comet.page.event_calendar``), the days bracketed after the event's word in
the page's head (``comet.page.event_bracketed``). Invented pages."""

from __future__ import annotations

import pytest
from tests.pages._events import PROSE, event_fields

from comet import parse_record


def _event(text: str) -> tuple[object, ...] | None:
    return event_fields(text + PROSE, "place", "start", "end")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two days joined by 'and', the sentence wrapped after the venue's comma
        (
            "Venue\n\nThe Conference will take place at Fen Hall,\nMarshtown, Norway, on 3 and 4 "
            "June 2031.\n",
            ("Fen Hall, Marshtown, Norway", "2031-06-03", "2031-06-04"),
        ),
        # French, 'et'
        (
            "Le lieu\n\nLe colloque se tiendra à Marais-Ville, France, les 3 et 4 juin 2031.\n",
            ("Marais-Ville, France", "2031-06-03", "2031-06-04"),
        ),
        # German, 'und' between two ordinals
        (
            "Tagung\n\nDie Tagung findet am 3. und 4. Juni 2031 in Marschstadt, Norwegen statt.\n",
            ("Marschstadt, Norwegen", "2031-06-03", "2031-06-04"),
        ),
        # Spanish, wrapped after the city's comma
        (
            "Sede\n\nEl congreso se celebrará en Marismas,\nNoruega, del 3 al 5 de junio de "
            "2031.\n",
            ("Marismas, Noruega", "2031-06-03", "2031-06-05"),
        ),
    ],
)
def test_paired_days_and_wrapped_sentences(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


def test_days_two_apart_are_no_range() -> None:
    # '3 and 5 June': two days of their own, no event's range
    got = _event(
        "Venue\n\nThe Conference will take place in Marshtown, Norway, on 3 and 5 June 2031.\n"
    )
    assert got is None or got[1:] != ("2031-06-03", "2031-06-05")


def test_a_name_line_over_its_dates_is_kept() -> None:
    # no held verb on the line over the dates: the event's name, not a sentence's head
    got = event_fields(
        "12th Symposium on Fen Ecology\nMarshtown, Norway, June 3-5, 2031\n" + PROSE, "name"
    )
    assert got == ("12th Symposium on Fen Ecology",)


CALENDAR_FR = (
    "Appel à communications\n\nCalendrier\n"
    "· 1er février 2031 : date limite d’envoi des propositions\n"
    "· mi-mars 2031 : notification aux auteurs\n"
    "· 1er mai 2031 : date limite des inscriptions\n"
    "· 3-5 juin 2031 : tenue du colloque\n"
)
CALENDAR_EN = (
    "Timeline\n\nConference deadlines\n\n"
    "Sun 2 February 2031: Submission deadline for abstracts\n"
    "Mon 17 March 2031: Notification of accepted papers\n"
    "Sun 6 April 2031: Camera-ready for accepted papers\n\n"
    "The conference will run from 3 to 5 June, 2031 as follows:\n"
    "The workshops open on the first morning.\n"
)
CALENDAR_DE = (
    "Call for Papers\n\nTermine\n"
    "15. Januar 2031: Einreichungsfrist für Beiträge\n"
    "1. März 2031: Benachrichtigung der Autorinnen und Autoren\n"
    "3.–5. Juni 2031: Tagung in Marschstadt\n"
)
CALENDAR_ES = (
    "Convocatoria\n\nFechas\n"
    "1 de febrero de 2031: fecha límite de envío de resúmenes\n"
    "15 de marzo de 2031: notificación de aceptación\n"
    "3-5 de junio de 2031: celebración del congreso\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (CALENDAR_FR, (None, "2031-06-03", "2031-06-05")),
        (CALENDAR_EN, (None, "2031-06-03", "2031-06-05")),
        (CALENDAR_DE, (None, "2031-06-03", "2031-06-05")),
        (CALENDAR_ES, (None, "2031-06-03", "2031-06-05")),
    ],
)
def test_a_calls_calendar_dates_its_event(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # deadlines alone: no step names the event (a deadline is no event's date)
        "Submission rules\n\nAbstracts must be sent by July 15, 2031.\n"
        "Paper submission deadline: July 31, 2031\nNotification: September 15, 2031\n",
        # the event's step, but one deadline only: no call's calendar
        "Programme\n\n3-5 June 2031: Symposium on Fen Ecology\n"
        "1 March 2031: registration deadline\n",
        # a step naming the event under a deadline's word is a deadline's
        "Dates\n\n1 February 2031: paper submission deadline\n2 March 2031: notification\n"
        "3-5 June 2031: registration deadline for the symposium\n",
    ],
)
def test_no_calendar_event(text: str) -> None:
    assert _event(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Appel à communications – Informations générales\n"
            "Thème directeur du congrès 2031 (3-5 juin 2031) : Autour des tourbières\n",
            (None, "2031-06-03", "2031-06-05"),
        ),
        (
            "Call for papers: Fen Ecology Symposium 2031 (3–5 June 2031, Marshtown, Norway)\n",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        (
            "Convocatoria del congreso de turberas (3 al 5 de junio de 2031)\n",
            (None, "2031-06-03", "2031-06-05"),
        ),
    ],
)
def test_days_bracketed_after_the_event(text: str, want: tuple[object, ...]) -> None:
    assert _event(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a page range in brackets after the event's word
        "Fen Symposium Proceedings (pp. 12-20)\n",
        # the bracket far from the event's word: another's days
        "Fen symposium report and the long list of the reed counts of the wardens (3-5 June 2031)\n",
    ],
)
def test_no_bracketed_event(text: str) -> None:
    assert _event(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a résumé's note inside its line: the place and the days in brackets
        (
            "DOCUMENT RESUME\nAUTHOR Berg, Ola\nTITLE Peat Coring in Northern Fens.\n"
            "NOTE 12p.; Paper presented at the Annual Meeting of the Fen Research Association "
            "(Marshtown, Norway, April 19-23, 2031).\n",
            ("Annual Meeting of the Fen Research Association", "Marshtown, Norway", "2031-04-19"),
        ),
        # the same note wrapped over a blank line, its comma glued to the month
        (
            "DOCUMENT RESUME\nAUTHOR Berg, Ola\nTITLE Peat Coring in Northern Fens.\n"
            "PUB DATE 2031-04-00NOTE 12p.; Paper presented at the Annual Meeting of the Fen\n\n"
            "Research Association (Marshtown, Norway,April 19-23, 2031).\n",
            ("Annual Meeting of the Fen Research Association", "Marshtown, Norway", "2031-04-19"),
        ),
        # a poster's note in comma parts
        (
            "Peat coring in northern fens\nOla Berg\nPoster presented at the 12th Symposium on "
            "Fen Ecology, Marshtown, Norway, 3–5 June 2031\n",
            ("12th Symposium on Fen Ecology", "Marshtown, Norway", "2031-06-03"),
        ),
        # a preface: the event's word, its name quoted, the days, the town after its noun
        (
            "Preface\n\nThis volume gathers the papers presented at the conference “Fen Ecology "
            "Today”, held on 3–5 of June, 2031, in the town of Marshtown. We thank the "
            "reviewers.\n",
            ("Fen Ecology Today", "Marshtown", "2031-06-03"),
        ),
        # French, quoted with guillemets
        (
            "Avant-propos\n\nCommunication présentée au colloque « Tourbières d’aujourd’hui », "
            "tenu du 3 au 5 juin 2031 à Marais-Ville, France.\n",
            ("Tourbières d’aujourd’hui", "Marais-Ville, France", "2031-06-03"),
        ),
        # Spanish, in brackets
        (
            "Resumen\n\nPonencia presentada en el Congreso Nacional de Turberas (Marismas, "
            "Noruega, 3-5 de junio de 2031).\n",
            ("Congreso Nacional de Turberas", "Marismas, Noruega", "2031-06-03"),
        ),
    ],
)
def test_a_presented_note_names_the_event(text: str, want: tuple[object, ...]) -> None:
    assert event_fields(text + PROSE, "name", "place", "start") == want


@pytest.mark.parametrize(
    "text",
    [
        # no days: a note naming the event alone
        "Peat coring in northern fens\nOla Berg\nPresented at the Fen Ecology Symposium.\n",
        # a paper's sentence: what it showed, a citation in brackets (no range of days)
        "Results\n\nThe counts presented at the symposium (Berg, 2031) agree with ours.\n",
    ],
)
def test_no_presented_note(text: str) -> None:
    got = event_fields(text + PROSE, "start")
    assert got is None or got == (None,)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("June 3rd - 5th, 2031", (None, "2031-06-03", "2031-06-05")),
        ("3.-5.6.2031", (None, "2031-06-03", "2031-06-05")),
        ("3, 4 y 5 de junio de 2031", (None, "2031-06-03", "2031-06-05")),
        ("3 a 5 de junho de 2031", (None, "2031-06-03", "2031-06-05")),
        ("3-5 June 2031 — Marshtown, Norway", ("Marshtown, Norway", "2031-06-03", "2031-06-05")),
        ("June 3-5, 2031 / Marshtown, Norway", ("Marshtown, Norway", "2031-06-03", "2031-06-05")),
    ],
)
def test_day_forms_under_the_events_name(line: str, want: tuple[object, ...]) -> None:
    # the forms of an event's days the date reader misreads, under the event's name
    assert _event(f"Home\nAbout\n12th Symposium on Fen Ecology\n{line}\n") == want


@pytest.mark.parametrize(
    "line",
    [
        # days listed that are no run (3, 5 and 7): no range
        "3, 5 y 7 de junio de 2031",
        # 'a' between a day and a number that is no later day
        "5 a 3 de junho de 2031",
    ],
)
def test_no_day_range(line: str) -> None:
    got = _event(f"Home\nAbout\n12th Symposium on Fen Ecology\n{line}\n")
    assert got is None or got[1:] not in (
        ("2031-06-03", "2031-06-07"),
        ("2031-06-05", "2031-06-03"),
    )


def test_a_news_sentence_is_no_bracketed_heading() -> None:
    # a story reporting on a congress: its sentence, not the page's heading
    text = (
        "News\nFen researchers meet in Marshtown\nPosted on 12 June 2031 by Ola Berg\n"
        "The congress of the fen keepers (3-5 June 2031) gathered two hundred wardens.\n"
    )
    assert _event(text) is None


def test_a_list_of_talks_presented_at_several_events_names_no_event() -> None:
    # review27: a CV's or a bibliography's list holds a presented-at note per item; the
    # page's work was presented at none of them
    text = (
        "Ida Moe - Curriculum Vitae\n"
        "Talks\n"
        "Reed beds today. Presented at the Fen Symposium, Marshtown, Norway, 3-5 June 2030.\n"
        "Peat futures. Presented at the Heron Meeting, Fenby, Norway, 2-4 May 2031.\n"
    )
    csl = parse_record(text).to_csl()
    assert "event-title" not in csl and "event-date" not in csl
    one = text.replace(
        "Peat futures. Presented at the Heron Meeting, Fenby, Norway, 2-4 May 2031.\n", ""
    )
    assert parse_record(one).to_csl().get("event-title") == "Fen Symposium"
