"""Heads of document pages from unseen sites (session 28): a byline of names whose family
name is in capitals after a particle (``Ana Lopes da SILVA``); a title in capitals wrapped
over lines under a page heading that cuts it, its rest in capitals no name; a bracketed
subtitle wrapped over lines, whose pieces are neither the title nor a byline; a breadcrumb
trail closing with the title cut short over the section's heading. Invented pages; every
name, place and title was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.crumb_cut import opened_by_cut_crumb
from comet.page.parse import _prepare
from comet.page.title_shapes import bracket_fragment

_BYLINE_PAGE = """{title}
{first}
{second}
{affiliation}
{abstract}
{body}
"""


@pytest.mark.parametrize(
    ("title", "first", "second", "affiliation", "abstract", "body", "families"),
    [
        (
            "Paisagens sonoras na cidade média: um estudo de campo",
            "Mariana Lopes da SILVA",
            "Ricardo Alves PEREIRA",
            "Universidade Federal do Litoral, RS",
            "RESUMO",
            "O presente trabalho analisa as paisagens sonoras de uma cidade média do sul.",
            ["SILVA", "PEREIRA"],
        ),
        (
            "De stille kanalen van een oude havenstad",
            "Pieter van der BERG",
            "Sanne de VRIES",
            "Universiteit van het Noorden, Groningen",
            "Samenvatting",
            "Dit artikel beschrijft hoe de kanalen van de stad in een eeuw veranderden.",
            ["BERG", "VRIES"],
        ),
        (
            "Los molinos de viento de la meseta y su memoria oral",
            "Carmen Ortega de la FUENTE",
            "Diego Navarro del RÍO",
            "Universidad del Altiplano, Soria",
            "Resumen",
            "Este artículo recoge los recuerdos de los molineros de la meseta castellana.",
            ["FUENTE", "RÍO"],
        ),
    ],
)
def test_a_capitals_family_after_a_particle_is_a_byline(
    title: str,
    first: str,
    second: str,
    affiliation: str,
    abstract: str,
    body: str,
    families: list[str],
) -> None:
    page = _BYLINE_PAGE.format(
        title=title, first=first, second=second, affiliation=affiliation,
        abstract=abstract, body=body,
    )  # fmt: skip
    csl = parse_record(page).to_csl()
    assert csl["title"] == title
    assert [a["family"].split()[-1] for a in csl.get("author", [])] == families


def test_a_heading_in_capitals_after_a_particle_is_no_name() -> None:
    """``Festival da CANÇÃO`` opens with no given name: a heading, not a person."""
    page = _BYLINE_PAGE.format(
        title="Paisagens sonoras na cidade média: um estudo de campo",
        first="Festival da CANÇÃO",
        second="",
        affiliation="",
        abstract="RESUMO",
        body="O presente trabalho analisa as paisagens sonoras de uma cidade média do sul.",
    )
    assert not parse_record(page).to_csl().get("author")


_CUT_HEAD_PAGE = """{head}

Anuncio
{head}
{rest}
{name}
Facultad de Ciencias Sociales
{abstract}
{body}
"""


@pytest.mark.parametrize(
    ("head", "rest", "name", "abstract", "body"),
    [
        (
            "EL SILENCIO COMO FORMA DE RESISTENCIA EN LA",
            "NARRATIVA RURAL CONTEMPORÁNEA",
            "Dra. Lucía Ferrer Campos",
            "Resumen",
            "El silencio aparece en la narrativa rural como una respuesta a la pérdida.",
        ),
        (
            "IL PAESAGGIO DELLE SALINE NELLA PITTURA DI",
            "FINE OTTOCENTO",
            "Giulia Marchetti",
            "Riassunto",
            "Le saline della costa compaiono spesso nei quadri dei pittori di fine secolo.",
        ),
        (
            "ANALISIS KEPUASAN PENGGUNA LAYANAN OJEK DARING",
            "MENGGUNAKAN METODE SERVQUAL DAN IPA",
            "Rina Wulandari",
            "Abstrak",
            "Penelitian ini mengukur kepuasan pengguna layanan ojek daring di tiga kecamatan.",
        ),
    ],
)
def test_a_cut_heading_in_capitals_is_completed_by_its_wrapped_lines(
    head: str, rest: str, name: str, abstract: str, body: str
) -> None:
    page = _CUT_HEAD_PAGE.format(head=head, rest=rest, name=name, abstract=abstract, body=body)
    assert parse_record(page).to_csl()["title"] == f"{head} {rest}"


def test_a_name_in_capitals_under_the_cut_heading_does_not_complete_it() -> None:
    """``LUCÍA FERRER CAMPOS`` opens with a known given name: the byline, not the title's rest."""
    page = _CUT_HEAD_PAGE.format(
        head="EL SILENCIO COMO FORMA DE RESISTENCIA EN LA NARRATIVA",
        rest="LUCÍA FERRER CAMPOS",
        name="",
        abstract="Resumen",
        body="El silencio aparece en la narrativa rural como una respuesta a la pérdida.",
    )
    title = parse_record(page).to_csl()["title"]
    assert "LUCÍA" not in title


_BRACKET_PAGE = """Vol. 7, No. 1
Maret 2021
PERAN MEDIA SOSIAL DALAM PEMASARAN PRODUK
USAHA MIKRO DI KAWASAN PESISIR
{opening}
{closing}
Dewi Anggraini
Program Studi Manajemen, Politeknik Pesisir
Abstract
This study examines how small coastal businesses use social media to market products.
"""


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("(Studi Kasus Pedagang Ikan Asin", "di Pantai Selatan )"),
        ("[Studi Kasus Pedagang Ikan Asin", "di Pantai Selatan]"),
    ],
)
def test_a_wrapped_bracketed_subtitle_is_neither_title_nor_byline(
    opening: str, closing: str
) -> None:
    csl = parse_record(_BRACKET_PAGE.format(opening=opening, closing=closing)).to_csl()
    assert csl["title"].startswith("PERAN MEDIA SOSIAL DALAM PEMASARAN PRODUK USAHA MIKRO")
    assert "Selatan" not in str(csl.get("author"))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("(A Case Study of the Northern", True),
        ("Coastal Towns )", True),
        ("[Draft Notes on", True),
        ("Coastal Towns (A Case Study)", False),
        ("(Re)reading the Northern Towns", False),
        ("Ana Ruiz (Lund University)", False),
        ("A Plain Title", False),
        ("Ana Ruiz1), Ida Moe2)", False),  # note marks closed by a bracket
        ("山田 太郎1), 鈴木 花子2)", False),
        ("a) Ana Ruiz b) Ida Moe", False),
    ],
)
def test_bracket_fragment(text: str, fragment: bool) -> None:
    assert bracket_fragment(text) is fragment


@given(st.text(max_size=80))
def test_bracket_fragment_takes_any_text(text: str) -> None:
    assert isinstance(bracket_fragment(text), bool)


_CRUMB_PAGE = """Navigation – {site_map}

{home}{issues}7{section}{cut}

{section}

{title}

{subtitle}
{author}

{abstract}

{body}
"""


@pytest.mark.parametrize(
    ("site_map", "home", "issues", "section", "title", "subtitle", "author", "abstract", "body"),
    [
        (
            "Site map",
            "Home",
            "Issues",
            "Field notes",
            "Between two towns: the commuters of the upper valley",
            "Why newcomers settle where they do",
            "Tobias Lindqvist",
            "Abstract",
            "These field notes follow the households that settled in the valley's villages "
            "between two market towns, and ask what the distance to each of them meant.",
        ),
        (
            "Plan du site",
            "Accueil",
            "Numéros",
            "Carnets de terrain",
            "Entre deux bourgs : les navetteurs de la haute vallée",
            "Pourquoi les nouveaux venus s’installent où ils s’installent",
            "Camille Bérard",
            "Résumé",
            "Ce carnet suit les ménages installés dans les villages de la vallée, entre deux "
            "bourgs, et se demande ce que la distance à chacun d’eux signifiait pour eux.",
        ),
    ],
)
def test_the_title_a_cut_breadcrumb_opens_is_chosen(
    site_map: str,
    home: str,
    issues: str,
    section: str,
    title: str,
    subtitle: str,
    author: str,
    abstract: str,
    body: str,
) -> None:
    page = _CRUMB_PAGE.format(
        site_map=site_map, home=home, issues=issues, section=section, cut=title[:30] + "...",
        title=title, subtitle=subtitle, author=author, abstract=abstract, body=body,
    )  # fmt: skip
    assert parse_record(page).to_csl()["title"].startswith(title.split(":")[0].strip())


@pytest.mark.parametrize(
    ("trail", "lines", "opened"),
    [
        (
            "HomeIssues7Field notesBetween two towns: the co...",
            [
                "Field notes",
                "Between two towns: the commuters of the upper valley",
                "Why newcomers settle where they do",
            ],
            [False, True, False],
        ),
        (
            "Accueil › Numéros › 9 › Carnets › Entre deux bourgs : les navet…",
            ["Carnets", "Entre deux bourgs : les navetteurs de la haute vallée"],
            [False, True],
        ),
        (  # a trail cut elsewhere: no line opens with its tail
            "Home › Issues › 7 › Field notes › Coastal ferries and th...",
            ["Field notes", "Between two towns: the commuters of the upper valley"],
            [False, False],
        ),
        (  # a trail that is not cut proves nothing here (headings._crumb_tail reads it)
            "Home › Issues › Between two towns: the commuters of the upper valley",
            ["Between two towns: the commuters of the upper valley"],
            [False],
        ),
    ],
)
def test_opened_by_cut_crumb(trail: str, lines: list[str], opened: list[bool]) -> None:
    page, _ = _prepare("\n\n".join([trail, *lines, "Some body text follows here."]), None)
    by_text = {ln.text: ln for ln in page.layout.lines}
    assert [opened_by_cut_crumb(by_text[t], page) for t in lines] == opened
