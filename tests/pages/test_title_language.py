"""The work's language from its title's closed-class words: a page of a journal that does
not publish in English prints an English abstract, English keywords or an English interface
beside the work's own title; the title tells the language, the English abstract does not.
A title in English tells nothing (the language titles are translated into), and the title
never outweighs an abstract in another language than English (invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.title_language import title_language

ABSTRACT = (
    "This study examines how teachers in small rural schools plan their lessons and how "
    "the time they spend on planning relates to the results of their pupils. Data were "
    "collected from interviews with twenty teachers and from the records of three schools. "
    "The results show that shared planning in teams improves the consistency of lessons."
)


def _article(title: str, abstract: str = ABSTRACT, parallel: str = "") -> str:
    """An article page of an open journal platform: the title, a parallel title under it
    where given, the authors, a DOI, English labels and an abstract."""
    lines = [title, parallel] if parallel else [title]
    return "\n".join(
        [
            *lines,
            "",
            "Authors",
            "",
            "• Maren Tollefsen University of Eastport",
            "• Ilya Brandauer University of Eastport",
            "",
            "DOI:",
            "https://doi.org/10.55501/jse.v4i2.2207",
            "",
            "Keywords:",
            "lesson planning, rural schools, teamwork",
            "",
            "Abstract",
            "",
            abstract,
            "",
        ]
    )


def _title_note(text: str) -> bool:
    rec = parse_record(text)
    return any("of its title" in d.message for d in rec.diagnostics)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        # Indonesian: two closed-class words ('dalam', 'di')
        ("Peran Guru dalam Menumbuhkan Minat Baca Siswa di Sekolah Menengah Pertama", "id"),
        # Indonesian: one long closed-class word, no other language's
        ("Analisis Kinerja Keuangan Daerah Terhadap Pertumbuhan Ekonomi Kabupaten", "id"),
        # Polish: 'w', and two words with Polish's own letters
        ("Wpływ pracy zdalnej na dobrostan młodych pracowników w sektorze usług", "pl"),
        # Czech: 'v' and 'během'
        ("Hodnocení kvality vody v povodí horní řeky během suchých let", "cs"),
        # Turkish: 've', 'üzerine', 'bir' (one word with its own letters only)
        (
            "Okul yöneticilerinin liderlik stilleri ve öğretmen motivasyonu üzerine bir inceleme",
            "tr",
        ),
        # Portuguese: 'nas', 'do' beside 'de'
        ("Práticas de leitura nas escolas públicas do interior", "pt"),
        # Italian: elided articles ('l'', 'dell'') and 'e'
        ("L'insegnamento dell'arte nella scuola primaria e secondaria", "it"),
        # Spanish
        ("Estrategias de enseñanza para el aprendizaje de la lectura en la escuela rural", "es"),
    ],
)
def test_the_titles_language_outweighs_an_english_abstract(title: str, language: str) -> None:
    rec = parse_record(_article(title))
    assert rec.language == language
    assert _title_note(_article(title))


def test_the_first_of_two_parallel_titles_tells_the_language() -> None:
    text = _article(
        "Hodnocení kvality vody v povodí horní řeky během suchých let",
        parallel="Assessment of the water quality in an upper river basin during dry years",
    )
    assert parse_record(text).language == "cs"


def test_an_english_interface_does_not_outweigh_the_title() -> None:
    # no abstract: the labels are English, the title Indonesian
    text = (
        "Strategi Pemasaran Digital bagi Usaha Kecil dan Menengah di Kota Pelabuhan\n\n"
        "Authors\nMaren Tollefsen\n\nKeywords:\npemasaran, usaha kecil\n\n"
        "Published: 2023-04-11\n\nIssue\nVol. 4 No. 2 (2023)\n\nSection\nArticles\n"
    )
    assert parse_record(text).language == "id"


@pytest.mark.parametrize(
    "title",
    [
        "Teamwork in lesson planning at small rural schools",
        # place names with letters of Polish and Turkish in a sentence-case English title
        "Housing markets and migration from Łódź to Gdańsk after the reforms",
        "Earthquake damage to masonry houses near Gölcük and Muğla in the survey",
        # a French word or two in an English title
        "The reception of the nouvelle vague in British film criticism",
    ],
)
def test_english_pages_stay_english(title: str) -> None:
    rec = parse_record(_article(title))
    assert rec.language == "en"
    assert not _title_note(_article(title))


def test_an_abstract_in_another_language_than_english_stands() -> None:
    # the title beats only an English abstract: a Portuguese abstract under a title whose
    # words read French ('A', 'de') is the work's language
    abstract = (
        "Este estudo analisa a formação inicial de professores nas universidades públicas e "
        "discute como os conteúdos de neurociência são tratados nos cursos. Os dados foram "
        "recolhidos em entrevistas com docentes e coordenadores, e mostram que o tema ainda "
        "é pouco presente nos currículos, apesar do interesse dos estudantes."
    )
    rec = parse_record(
        _article("Estudos sobre a neurociência na formação de professores", abstract)
    )
    assert rec.language == "pt"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Peran Guru dalam Menumbuhkan Minat Baca Siswa", "id"),
        ("The experiences of nurses working with an illness", None),  # English: no guess
        ("Short title in three", None),  # (fewer than five words)
        ("Peg Harlow - peg.harlow@mail.example.com", None),  # an address is no word
        ("Dell Computer Support Services Annual Review", None),  # no elided 'dell''
        ("Los Alamos Regional Water Supply Study", None),  # one short word: chance
        ("", None),
    ],
)
def test_title_language(title: str, language: str | None) -> None:
    page, _ = _prepare(_article("A title"), None)
    assert title_language(title, page) == language


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_title_language_accepts_any_text(title: str) -> None:
    page, _ = _prepare(_article("A title"), None)
    result = title_language(title, page)
    assert result is None or isinstance(result, str)
