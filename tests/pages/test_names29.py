"""names29: the order of a byline's name printed without a comma or capitals. Given name
first is the default of the Latin script's bylines, even where the last word is a name known
only as a given one (``Yunita Sari``): such a name is a person's whichever word is the given
name. Invented pages; every name, title and journal was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.byline_paper import PAPER, author_pairs

from comet import parse_name, parse_record
from comet.names import Person
from comet.page.byline_mark_lists import marks_as_commas
from comet.page.name_plausible import given_name_last, plausible_person

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
    return author_pairs(parts, byline)


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


_PT = dict(
    venue="Revista de Estudos do Cerrado, v. 5, n. 3, 2019",
    title="Quintais produtivos e segurança alimentar em assentamentos do planalto",
    affiliation="Universidade Estadual do Planalto Central, GO",
    abstract_label="Resumo",
    abstract="O artigo descreve os quintais produtivos de famílias assentadas no planalto.",
)
_PL = dict(
    venue="Przegląd Studiów Rzecznych, t. 7, nr 2, 2021",
    title="Młyny wodne nad rzeką w dziewiętnastym wieku i ich właściciele",
    affiliation="Uniwersytet Nadrzeczny, Wydział Historii",
    abstract_label="Streszczenie",
    abstract="Artykuł opisuje dzieje młynów wodnych nad rzeką i ich właścicieli.",
)


@pytest.mark.parametrize(
    ("parts", "byline", "want"),
    [
        # a particle in capitals inside a family name in capitals
        (_PT, "Ana DA SILVA", [("DA SILVA", "Ana")]),
        (_PT, "Marta Lopes DOS REIS", [("DOS REIS", "Marta Lopes")]),
        (_FR, "Claire DE LA TOUR", [("DE LA TOUR", "Claire")]),
        (_FR, "Élodie LE GOFF", [("LE GOFF", "Élodie")]),
        # two-word and longer capitals names in one byline under the title
        (
            _PT,
            "Julia KOWALSKA, Ana Maria DA COSTA",
            [("KOWALSKA", "Julia"), ("DA COSTA", "Ana Maria")],
        ),
        # the family name in capitals first, a given name no lexicon knows, the affiliation
        # under it
        (_PL, "WIŚNIEWSKA Żaneta", [("WIŚNIEWSKA", "Żaneta")]),
        (_EN, "NGUYEN Thi Lan", [("NGUYEN", "Thi Lan")]),
        (_FR, "DUBREUIL Maëlys", [("DUBREUIL", "Maëlys")]),
    ],
)
def test_capitals_family_names(
    parts: dict[str, str], byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parts, byline) == want


@pytest.mark.parametrize(
    "byline",
    [
        "ACS Nanoletters",  # an acronym, then a word: no affiliation vouches for it
        "EU Projects",
        "IOP Conference Series",
    ],
)
def test_capitals_then_words_that_are_no_names(byline: str) -> None:
    text = (
        "Seasonal Flow of the Upper Carrow River\n"
        f"{byline}\n"
        "Abstract\n"
        "We measured the flow of the upper river across four seasons of one year.\n"
    )
    assert "author" not in parse_record(text).to_csl()


def test_family_first_capitals_without_an_affiliation_stays_no_name() -> None:
    # no mark, no affiliation under it: a heading in capitals and a word
    text = PAPER.format(byline="WIŚNIEWSKA Żaneta", **dict(_PL, affiliation="Wstęp"))
    assert "author" not in parse_record(text).to_csl()


@pytest.mark.parametrize(
    ("parts", "byline", "want"),
    [
        # letters as affiliation marks, no commas between the names
        (_PT, "Rui Almeida a,b Lena Okafor b", [("Almeida", "Rui"), ("Okafor", "Lena")]),
        (
            _EN,
            "Tamsin Reed a Orla Vance b Piet Haverkamp a,c",
            [("Reed", "Tamsin"), ("Vance", "Orla"), ("Haverkamp", "Piet")],
        ),
        (_FR, "Claire Morvan a Hugo Bellec b", [("Morvan", "Claire"), ("Bellec", "Hugo")]),
        # digits in round brackets
        (_EN, "Rui Almeida (1) Lena Okafor (2)", [("Almeida", "Rui"), ("Okafor", "Lena")]),
        (
            _PL,
            "Marta Zielińska (1,2) Piotr Nowicki (2)",
            [("Zielińska", "Marta"), ("Nowicki", "Piotr")],
        ),
    ],
)
def test_marks_part_names_without_commas(
    parts: dict[str, str], byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parts, byline) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rui Almeida a,b Lena Okafor b", "Rui Almeida, Lena Okafor"),
        ("Rui Almeida (1) Lena Okafor (2)", "Rui Almeida, Lena Okafor"),
        ("Ana Ruiz (1,2) Ida Moe (3)", "Ana Ruiz, Ida Moe"),
        # a surname conjunction, a list word: one-letter words of the locales, no marks
        ("Ana Lopes e Silva", None),
        ("Luis Ortega y Gasset", None),
        ("Anna Nowak i Jan Kowal", None),
        # the line's own commas: its marks are left to the other rules
        ("Ruiz, Ana a Moe, Ida b", None),
        ("Ana Ruiz", None),
        ("", None),
    ],
)
def test_marks_as_commas(text: str, want: str | None) -> None:
    from comet.locales import resolve

    assert marks_as_commas(text, resolve(None)) == want


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_marks_as_commas_takes_any_text(text: str) -> None:
    from comet.locales import resolve

    got = marks_as_commas(text, resolve(None))
    assert got is None or isinstance(got, str)
