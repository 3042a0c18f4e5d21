"""Parallel titles: a work's title printed again in another language under it (a journal
outside the English-speaking world prints its titles in the work's language and in
English, or in three languages in capitals). The title is the first; the other goes to
``translated_titles``; a subtitle in the same language and a segment too short to tell
stay as they were (invented pages and titles)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parallel_titles import parallel, segment_language
from comet.page.parse import _prepare


def _page(*heading: str) -> str:
    """An article page of a journal platform: the heading lines, a byline, a DOI, an
    abstract label and a paragraph."""
    return "\n".join(
        [
            *heading,
            "",
            "Tereza Hollanová, Rafael Quintero",
            "",
            "DOI: 10.55501/rvx.v7i1.4410",
            "",
            "Abstract",
            "",
            "The study reports observations made over ten seasons in the field stations of a "
            "regional network and compares them with the records of earlier decades.",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("title", "other"),
    [
        # Czech / English (the work's closed-class words and telling letters)
        (
            "Vliv sucha na výnos ozimé pšenice ve středních Čechách",
            "The influence of drought on the yield of winter wheat in Central Bohemia",
        ),
        # Spanish / English
        (
            "Estrategias de lectura en la escuela rural de los Andes",
            "Reading strategies in the rural school of the Andes",
        ),
        # Portuguese / English
        (
            "Práticas de avaliação nas escolas públicas do interior",
            "Assessment practices in the public schools of the interior",
        ),
        # Polish / English
        (
            "Wpływ pracy zdalnej na dobrostan młodych pracowników w sektorze usług",
            "The impact of remote work on the well-being of young workers in services",
        ),
        # Indonesian / English
        (
            "Peran guru dalam menumbuhkan minat baca siswa di sekolah dasar",
            "The role of teachers in growing the reading interest of pupils at primary schools",
        ),
        # Turkish in capitals (no closed-class word: its letters tell it is no English) / English
        (
            "ERKEN CUMHURİYET DÖNEMİNDE KÖYLÜ ŞENLİKLERİ",
            "Village Festivals in the Early Republican Period",
        ),
    ],
)
def test_a_parallel_title_under_the_title_is_a_translated_title(title: str, other: str) -> None:
    rec = parse_record(_page(title, other))
    assert rec.title == title
    assert rec.translated_titles == (other,)
    assert any(d.code == "parallel-title" for d in rec.diagnostics)


def test_a_title_in_capitals_in_three_languages_keeps_the_first() -> None:
    lines = (
        "LA LECTURA EN VOZ ALTA EN LAS AULAS DE LA ESCUELA PRIMARIA",
        "READING ALOUD IN THE CLASSROOMS OF THE PRIMARY SCHOOL",
        "A LEITURA EM VOZ ALTA NAS SALAS DE AULA DA ESCOLA PRIMÁRIA",
    )
    rec = parse_record(_page(*lines))
    assert rec.title == lines[0]
    assert set(rec.translated_titles) == set(lines[1:])


def test_a_non_latin_title_and_its_english_title_are_parallel() -> None:
    # (no closed-class word of English, its letters none of English's)
    page, _ = _prepare(_page("A title"), None)
    title = "Влияние засухи на урожайность озимой пшеницы"
    assert segment_language(title, page) is None
    assert parallel(title, "The influence of drought on the yield of winter wheat", page)


@pytest.mark.parametrize(
    ("first", "other", "expected"),
    [
        # the same language: a subtitle, never a parallel title
        (
            "Estrategias de lectura en la escuela rural",
            "un estudio de caso en las escuelas de la sierra",
            False,
        ),
        (
            "Reading strategies in the rural school",
            "A case study of the schools of the highlands",
            False,
        ),
        (
            "Práticas de avaliação nas escolas públicas",
            "um estudo de caso nas escolas do interior",
            False,
        ),
        # too short to tell
        ("Vliv sucha", "Drought and yield", False),
        # a paragraph is no parallel title
        (
            "Estrategias de lectura en la escuela rural",
            "The study reports observations made over ten seasons in the field stations of "
            "a regional network and compares them with the records of earlier decades and "
            "with the accounts of the teachers who worked in the schools at that time.",
            False,
        ),
        # different languages
        (
            "Estrategias de lectura para los alumnos de la escuela rural",
            "Reading strategies for the pupils of the rural school",
            True,
        ),
        (
            "L'insegnamento dell'arte nella scuola primaria e secondaria",
            "Art teaching in the primary and the secondary school",
            True,
        ),
    ],
)
def test_parallel(first: str, other: str, expected: bool) -> None:
    page, _ = _prepare(_page("A title"), None)
    assert parallel(first, other, page) is expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_parallel_accepts_any_text(first: str, other: str) -> None:
    page, _ = _prepare(_page("A title"), None)
    assert isinstance(parallel(first, other, page), bool)
    language = segment_language(first, page)
    assert language is None or isinstance(language, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_pages_with_any_heading_lines_parse(first: str, other: str) -> None:
    rec = parse_record(_page(first, other))
    assert isinstance(rec.translated_titles, tuple)
