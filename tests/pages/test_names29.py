"""names29: the order of a byline's name printed without a comma or capitals. Given name
first is the default of the Latin script's bylines, even where the last word is a name known
only as a given one (``Yunita Sari``): such a name is a person's whichever word is the given
name. Invented pages; every name, title and journal was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_name, parse_record
from comet.names import Person
from comet.page.name_plausible import given_name_last, plausible_person

_PAPER = """{venue}
{title}
{byline}
{affiliation}
{abstract_label}
{abstract}
"""

_ID = dict(
    venue="Jurnal Sistem Informasi Pesisir Vol. 6, No. 1, 2018",
    title="Pengaruh Kualitas Layanan Terhadap Kepuasan Pengguna Aplikasi Kampus",
    affiliation="Program Studi Teknik Informatika, Politeknik Tanjung Barat",
    abstract_label="Abstract",
    abstract="This study measures how service quality shapes the satisfaction of campus app users.",
)
_EN = dict(
    venue="Journal of Inland Water Studies, Vol. 8, No. 4, 2020",
    title="Sediment Transport in Seasonal Streams of the Northern Plateau",
    affiliation="Department of Geography, University of Carrow, UK",
    abstract_label="Abstract",
    abstract="We measured the sediment carried by seasonal streams over two wet seasons.",
)
_FR = dict(
    venue="Revue des Études Riveraines, vol. 3, n° 2, 2017",
    title="Les moulins de la vallée et leurs meuniers au dix-neuvième siècle",
    affiliation="Université de Haute-Vienne, France",
    abstract_label="Résumé",
    abstract="Cet article retrace l'histoire des moulins de la vallée et de leurs meuniers.",
)


def _names(parts: dict[str, str], byline: str) -> list[tuple[str, str]]:
    text = _PAPER.format(byline=byline, **parts)
    authors = parse_record(text).to_csl().get("author") or []
    return [(a.get("family", ""), a.get("given", "")) for a in authors]


@pytest.mark.parametrize(
    ("parts", "byline", "want"),
    [
        # an Indonesian name: its last word a given name elsewhere (Finnish 'Sari')
        (_ID, "Yunita Sari", [("Sari", "Yunita")]),
        (_ID, "Dewi Sari", [("Sari", "Dewi")]),
        # a first word no lexicon knows, then a name known only as a given one
        (_EN, "Kelsa Julie", [("Julie", "Kelsa")]),
        (_FR, "Maëlle Andrée", [("Andrée", "Maëlle")]),
        # the family name in capitals says family first
        (_FR, "KOWALSKA Julie", [("KOWALSKA", "Julie")]),
    ],
)
def test_byline_names_read_given_name_first(
    parts: dict[str, str], byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parts, byline) == want


def test_a_place_after_a_title_stays_no_name() -> None:
    # a title's tail ending in a name known only as a given one: a place's name
    text = (
        "Informe sobre la pesca en la costa\n"
        "Informe sobre la pesca en la costa Santa Julia\n"
        "Este documento resume las campañas de pesca de la costa durante la última década.\n"
    )
    assert "author" not in parse_record(text).to_csl()


@pytest.mark.parametrize(
    ("text", "given_name", "family"),
    [
        ("Yunita Sari", "Yunita", "Sari"),
        ("Kelsa Julie", "Kelsa", "Julie"),
        ("Brzoska Amanda", "Brzoska", "Amanda"),
    ],
)
def test_parse_name_flags_the_unsure_order(text: str, given_name: str, family: str) -> None:
    got = parse_name(text, strict=False)
    assert got.value is not None
    assert (got.value.given, got.value.family) == (given_name, family)
    assert "ambiguous-name-order" in {d.code for d in got.diagnostics}


@pytest.mark.parametrize(
    ("text", "given_name", "family"),
    [
        ("Kelsa Nowik, Julie", "Julie", "Kelsa Nowik"),  # a comma says family first
        ("KELSA Julie", "Julie", "KELSA"),  # so do capitals
        ("Julie Kelsa", "Julie", "Kelsa"),
    ],
)
def test_order_said_by_the_text(text: str, given_name: str, family: str) -> None:
    got = parse_name(text, strict=False)
    assert got.value is not None
    assert (got.value.given, got.value.family) == (given_name, family)
    assert "ambiguous-name-order" not in {d.code for d in got.diagnostics}


@pytest.mark.parametrize(
    ("person", "want"),
    [
        (Person(given="Yunita", family="Sari", raw="Yunita Sari"), True),
        (Person(given="Kelsa", family="Julie", raw="Kelsa Julie"), True),
        (Person(given="Closing", family="Bell", raw="Closing Bell"), False),
        (Person(given="Yunita", family="Sari", raw="Sari, Yunita"), False),  # (a comma)
        (Person(given="Yunita Dwi", family="Sari", raw="Yunita Dwi Sari"), False),
    ],
)
def test_given_name_last(person: Person, want: bool) -> None:
    assert given_name_last(person) is want
    if want:
        assert plausible_person(person)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40), st.text(max_size=20), st.text(max_size=20))
def test_given_name_last_takes_any_person(raw: str, given_name: str, family: str) -> None:
    assert given_name_last(Person(given=given_name, family=family, raw=raw)) in (True, False)
