"""persons29: affiliation marks as a document's first page prints them (the first page of a
PDF copied as text) vouch for its byline's names: digits closed by a bracket and raised
digits part names on a line without commas, and a long name no given-name lexicon knows is
a name where its line closes with a mark, one name a line. Invented pages; every name,
title and journal was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.byline_paper import PAPER, author_pairs

from comet import parse_record
from comet.page.byline_name_shapes import marked_column

_ID = dict(
    venue="Jurnal Teknologi Pesisir Vol. 4, No. 2, Tahun 2019",
    title="Analisis Kualitas Layanan Perpustakaan Digital Kampus Tepian Sungai",
    affiliation="Program Studi Sistem Informasi, Universitas Tepian Barat",
    abstract_label="Abstrak",
    abstract="Penelitian ini mengukur kualitas layanan perpustakaan digital kampus.",
)
_PT = dict(
    venue="Revista Brasileira de Estudos Litorâneos – v. 7, n. 2, 2016",
    title="Ruídos da maré: um estudo sobre a rádio comunitária da vila",
    affiliation="Universidade Estadual do Litoral Sul, PR",
    abstract_label="RESUMO",
    abstract="O artigo analisa a programação de uma rádio comunitária em uma vila litorânea.",
)
_ES = dict(
    venue="Cuadernos de Estudios Fluviales, vol. 9, núm. 1, 2018",
    title="La pesca artesanal en los esteros del río Quemado",
    affiliation="Universidad Nacional del Delta, Argentina",
    abstract_label="Resumen",
    abstract="Este trabajo describe las prácticas de pesca artesanal en los esteros del río.",
)
_EN = dict(
    venue="Journal of Coastal Moss Studies, Vol. 12, No. 3, 2021",
    title="Moss Growth on Coastal Slopes Across Three Seasons",
    affiliation="Department of Botany, University of Ellesmere, UK",
    abstract_label="Abstract",
    abstract="We measured the growth of moss on coastal slopes across three seasons.",
)


def _names(parts: dict[str, str], byline: str) -> list[tuple[str, str]]:
    return author_pairs(parts, byline, particles=True)


@pytest.mark.parametrize(
    ("parts", "byline", "want"),
    [
        # digits closed by a bracket after each name, no commas (Indonesian title pages)
        (
            _ID,
            "Rahmawati Ayu Lestiani1) Bondan Kurniawangsa2) Sekar Pratiwanti",
            [
                ("Lestiani", "Rahmawati Ayu"),
                ("Kurniawangsa", "Bondan"),
                ("Pratiwanti", "Sekar"),
            ],
        ),
        (
            _EN,
            "Tamsin Reed1) Orla Vance2) Piet Haverkamp3)",
            [("Reed", "Tamsin"), ("Vance", "Orla"), ("Haverkamp", "Piet")],
        ),
        # raised digits copied from the PDF, no commas
        (
            _EN,
            "Tamsin Reed¹ Orla Vance² Piet Haverkamp³",
            [("Reed", "Tamsin"), ("Vance", "Orla"), ("Haverkamp", "Piet")],
        ),
        (
            _ES,
            "Lucía Ferrán¹ ² Mateo Quiroga³",
            [("Ferrán", "Lucía"), ("Quiroga", "Mateo")],
        ),
    ],
)
def test_marks_part_names_on_a_line_without_commas(
    parts: dict[str, str], byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parts, byline) == want


@pytest.mark.parametrize(
    ("parts", "byline", "want"),
    [
        # one name a line, each closed by its mark; long Brazilian names, given names no
        # lexicon knows, the family name in capitals or not
        (
            _PT,
            "Rodrigo Tavares da SILVEIRA2\nJoelma Cristiane Ribeiro dos ANJOS3\n"
            "Irisvânia Lúcia Prates da Rocha Lemos4",
            [
                ("da SILVEIRA", "Rodrigo Tavares"),
                ("dos ANJOS", "Joelma Cristiane Ribeiro"),
                ("da Rocha Lemos", "Irisvânia Lúcia Prates"),
            ],
        ),
        # a Spanish column: two surnames after a particle, marks by asterisks
        (
            _ES,
            "Maricruz Elvira Sandoval de la Peña*\nOsvaldo Ternera Quiñones**",
            [("de la Peña", "Maricruz Elvira Sandoval"), ("Quiñones", "Osvaldo Ternera")],
        ),
    ],
)
def test_marked_long_names_one_a_line(
    parts: dict[str, str], byline: str, want: list[tuple[str, str]]
) -> None:
    got = _names(parts, byline)
    assert [" ".join(n[::-1]) for n in got] == [" ".join(n[::-1]) for n in want]


@pytest.mark.parametrize(
    ("parts", "byline"),
    [
        # a heading with a note's mark: its words stand in lower case in the prose
        (
            dict(_ES, abstract="La historia de la provincia cuenta con pocos estudios."),
            "Historia de la Provincia de Sevilla Oriental1",
        ),
        # an organisation's words, a mark closing the line: no person
        (_PT, "Fundação de Amparo Pesquisa Estado Sul1"),
        # no mark: a long line of title-case words stays no name
        (_PT, "Isolda Marilene Prates da Rocha Lemos"),
    ],
)
def test_marked_long_lines_that_are_no_names(parts: dict[str, str], byline: str) -> None:
    assert _names(parts, byline) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ana Lopes da SILVA2\nIda Maria Reis Costa3", True),
        ("Ana Lopes da SILVA*\nIda Maria Reis Costa†", True),
        # raised digits and digits closed by a bracket, as they part names on one line
        ("Ana Lopes da SILVA²\nIda Maria Reis Costa³", True),
        ("Ana Lopes da SILVA1)\nIda Maria Reis Costa2)", True),
        ("Chapter 2)\nSection 3)", False),  # a space before the number: a numbering, no mark
        ("Ana Lopes da SILVA2", False),  # one line is no column
        ("Ana Lopes da SILVA2\nIda Maria Reis Costa", False),  # a line without its mark
        ("Home\nAbout", False),
        ("", False),
    ],
)
def test_marked_column(text: str, want: bool) -> None:
    assert marked_column(text) is want


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_marked_column_takes_any_text(text: str) -> None:
    assert marked_column(text) in (True, False)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="AaBbÇçÉéSsTtdo ¹²³1)*†\n", min_size=1, max_size=30),
        min_size=1,
        max_size=4,
    )
)
def test_marked_bylines_of_any_text_parse(lines: list[str]) -> None:
    text = PAPER.format(byline="\n".join(lines), **_PT)
    parse_record(text)  # never fails
