"""A report's publication record (invented pages in the shape of an institution's or a
working-paper repository's record): the body under an editor's label, the series line's
issuing body after its series, and the report's number as its label prints it."""

from __future__ import annotations

import pytest

from comet import parse_record

RECORD_DE = (
    "Startseite > Publikationen\n"
    "Gezeiten und Preise in einer kleinen offenen Volkswirtschaft\n"
    "Autoren: Anna Berg, Olaf Lind\n"
    "Reihe: Diskussionspapiere\n"
    "Nummer: 27/2020\n"
    "Erscheinungsdatum: Juni 2020\n"
    "Herausgeber: {}\n"
    "Seiten: 38\n"
)


def test_a_body_under_an_editors_label_is_the_publisher() -> None:
    csl = parse_record(RECORD_DE.format("Institut für Hafenforschung")).to_csl()
    assert csl["publisher"] == "Institut für Hafenforschung"
    assert "editor" not in csl


@pytest.mark.parametrize("value", ["Anna Berg", "Jane Doe, University of Fenland"])
def test_a_person_under_an_editors_label_is_no_publisher(value: str) -> None:
    assert "publisher" not in parse_record(RECORD_DE.format(value)).to_csl()


SERIES_LINE = (
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz and Ola Berg\n"
    "{}\n"
    "Abstract: We study how tides move prices in a small open economy with a harbour.\n"
    "Date: 2021\n"
)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "No 1234, Working Papers from Marsh Institute of Economics",
            "Marsh Institute of Economics",
        ),
        ("No 1234, HI Discussion Papers from H.I. Discussion Papers", "H.I. Discussion Papers"),
        ("No 77, Documentos de Trabajo del Banco de la Marisma", "Banco de la Marisma"),
    ],
)
def test_the_body_after_a_series_is_the_publisher(line: str, publisher: str) -> None:
    csl = parse_record(SERIES_LINE.format(line)).to_csl()
    assert csl["type"] == "report"
    assert csl["publisher"] == publisher


@pytest.mark.parametrize(
    "line", ["No 1234, Working Papers in Economics", "No 14, Annual Report from the committee"]
)
def test_a_field_or_a_phrase_after_a_series_is_no_publisher(line: str) -> None:
    assert "publisher" not in parse_record(SERIES_LINE.format(line)).to_csl()


RECORD_FR = (
    "Accueil > Publications\n"
    "Marées et prix dans une petite économie ouverte\n"
    "Auteurs : Anne Berger, Paul Roux\n"
    "Collection : Documents de travail\n"
    "Numéro : {}\n"
    "Date de publication : juin 2019\n"
    "Éditeur : Institut des marais\n"
)


@pytest.mark.parametrize(
    ("value", "number"), [("2019-12", "2019-12"), ("12", "12"), ("12/2019", "12/2019")]
)
def test_a_reports_number_as_its_label_prints_it(value: str, number: str) -> None:
    csl = parse_record(RECORD_FR.format(value)).to_csl()
    assert csl["type"] == "report"
    assert csl["number"] == number


PRESS = (
    "Press release\n"
    "{}\n"
    "12 March 2021\n"
    "The report, published today, finds that the harbour economy grew by 2 percent last "
    "year, the bank said.\n"
)


def test_an_annual_reports_press_release_is_no_report() -> None:
    csl = parse_record(
        PRESS.format("The Marsh Central Bank publishes its Annual Report 2020")
    ).to_csl()
    assert csl["type"] != "report"
    assert "number" not in csl  # the year after the report's name is no number


@pytest.mark.parametrize(
    "title", ["Strategic Research Program Completion Report", "Harbour Monitoring Report 2020"]
)
def test_a_title_closing_with_its_genre_is_still_a_report(title: str) -> None:
    csl = parse_record(PRESS.format(title)).to_csl()
    assert csl["type"] == "report"
    assert "number" not in csl


def test_a_think_tanks_job_titles_are_no_names() -> None:
    page = (
        "Harbour dredging and the price of fish\n"
        "Ana Ruiz, Senior Fellow\n"
        "Ola Berg, Economist\n"
        "March 12, 2019\n"
        "This report sets out the findings of the assessment of dredging in three small "
        "harbours and what it means for the price of fish.\n"
    )
    names = [a["family"] for a in parse_record(page).to_csl()["author"]]
    assert names == ["Ruiz", "Berg"]


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("Issuing body", "Department for Harbours and Coasts"),
        ("Herausgebende Stelle", "Landesamt für Küstenschutz"),
        ("Entidad editora", "Instituto de la Marisma"),
        ("Utgivande myndighet", "Kustverket"),
    ],
)
def test_an_issuing_body_label_names_the_publisher(label: str, body: str) -> None:
    page = (
        "Harbour dredging: environmental assessment\n"
        "Publication type: Report\n"
        f"{label}: {body}\n"
        "Date published: 12 March 2019\n"
    )
    assert parse_record(page).to_csl()["publisher"] == body


def test_an_independent_reports_type_line() -> None:
    page = (
        "Independent report\n"
        "Harbour dredging: environmental assessment\n"
        "Published 12 March 2019\n"
        "Last updated 4 June 2021\n"
        "This report sets out the findings of the assessment of dredging in three small "
        "harbours.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "report"
    assert csl["issued"]["date-parts"] == [[2019, 3, 12]]  # not the last update's date


COVER = (
    "1 KYSTDIREKTORATET Havnenes fremtid Udarbejdet af Ane Holm for Kystdirektoratet {} BS\n"
    "2 Havnenes fremtid En analyse af havnene, deres alder og drift Udarbejdet af Ane Holm\n"
)


@pytest.mark.parametrize(
    ("statement", "series", "number", "publisher"),
    [
        (
            "RAPPORTER FRA KYSTDIREKTORATET 4",
            "RAPPORTER FRA KYSTDIREKTORATET",
            "4",
            "KYSTDIREKTORATET",
        ),
        (
            "Working Papers of the Fen Institute No. 12",
            "Working Papers of the Fen Institute",
            "12",
            "the Fen Institute",
        ),
    ],
)
def test_a_series_named_after_its_body(
    statement: str, series: str, number: str, publisher: str
) -> None:
    csl = parse_record(COVER.format(statement)).to_csl()
    assert csl["number"] == number
    assert csl["collection-title"] == series
    assert csl["publisher"].casefold().endswith(publisher.casefold().removeprefix("the "))


@pytest.mark.parametrize(
    "statement",
    ["Report of the Fen Institute 2019", "Reports from Fen Institute 3 new studies were read"],
)
def test_a_year_or_a_sentence_after_a_body_is_no_number(statement: str) -> None:
    csl = parse_record(COVER.format(statement)).to_csl()
    assert csl.get("number") not in ("2019", "3")
