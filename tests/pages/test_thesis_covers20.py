"""Thesis and report covers as a PDF's text prints them (issue 20, the wide "report20" set):
a degree statement whose sentence a blank line breaks, a genre line over the title, a
document's type after a name on a cover's glued line, the roles of a cover's names. Every
page, name, title and number here is invented."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.cover import _type_opens

# --- a degree statement over a PDF's lines, a blank line between each ---------------------

PDF_COVER_PT = """Universidade Federal do Brejo

Centro de Hidrologia

Um estudo das marés nos brejos do norte

Joana Ribeiro Matos

Dissertação submetida à Coordenação do Curso de Pós-Graduação em

Hidrologia da Universidade Federal do Brejo como parte dos requisi-

tos necessários para obtenção do grau de Mestre em Hidrologia.

Vila do Brejo, 2019
"""


def test_a_statement_broken_by_blank_lines_makes_a_thesis() -> None:
    csl = parse_record(PDF_COVER_PT).to_csl()
    assert csl["type"] == "thesis"
    assert csl["publisher"] == "Universidade Federal do Brejo"


def test_a_sentence_ended_before_the_blank_line_opens_no_statement() -> None:
    page = (
        "Boletim do Centro de Hidrologia\n\n"
        "O relatório anual foi apresentado ao conselho do centro.\n\n"
        "As inscrições para obtenção do grau de Mestre abrem em março.\n\n"
        "Notícias de 2019\n"
    )
    assert parse_record(page).to_csl().get("type") != "thesis"


# --- a genre line over the title is no title ----------------------------------------------

COVER_IT = """Università degli Studi di Borgomarino

Dipartimento di Informatica

Tesi di Laurea Triennale

ALBERI DI RICERCA NELLE PALUDI

Relatori:
Prof. Ugo Ferretti

Candidato:
Marta Gallina

ANNO ACCADEMICO 2019-2020
"""


def test_a_genre_line_is_no_title_and_names_the_type() -> None:
    rec = parse_record(COVER_IT)
    csl = rec.to_csl()
    assert csl["title"] == "ALBERI DI RICERCA NELLE PALUDI"
    assert csl["type"] == "thesis"


def test_the_candidate_is_the_author_and_the_supervisor_none() -> None:
    csl = parse_record(COVER_IT).to_csl()
    assert [a["family"] for a in csl["author"]] == ["Gallina"]


def test_a_title_holding_a_genre_word_among_others_stays_the_title() -> None:
    page = COVER_IT.replace(
        "ALBERI DI RICERCA NELLE PALUDI", "Tesi e antitesi nelle paludi del nord"
    )
    assert parse_record(page).to_csl()["title"] == "Tesi e antitesi nelle paludi del nord"


def test_an_internal_tutor_label_makes_no_person() -> None:
    page = COVER_IT.replace("Relatori:\nProf. Ugo Ferretti", "Tutor interno\nUgo Ferretti")
    families = [a["family"] for a in parse_record(page).to_csl().get("author", [])]
    assert "Interno" not in families and "Ferretti" not in families


# --- a document's type after a name on a cover's glued line --------------------------------


def test_a_type_opening_after_a_given_name_is_no_family_name() -> None:
    rules = _loc.resolve(None)
    assert _type_opens(["Working", "Paper", "Tides"], 0, rules)
    assert _type_opens(["Technical", "Report", "on"], 0, rules)
    assert not _type_opens(["Working", "Group", "on"], 0, rules)  # no type: a name may end so
    assert not _type_opens(["working", "paper", "on"], 0, rules)  # words in small letters


TRANSCRIPT = """Working Paper Tides and prices in the northern marshes: Results of a survey

Size: px

Transcription

1 marsh archive The Open Archive of the Marsh Library of Economics Feldmann, Sarah Working Paper Tides and prices in the northern marshes: Results of a survey Marsh Papers, No. 41 Provided in Cooperation with: Suggested Citation: Feldmann, Sarah (2016) : Tides and prices in the northern marshes, Marsh Papers, No. 41 This Version is available at: Terms of use: The library grants you the right to use the selected work free of charge within the terms of use.

2 Marsh Institute for Tides and Prices Sarah Feldmann Tides and Prices in the Northern Marshes Results of a Survey No. 41 May 2016 Marsh Papers

3 Publisher: Marsh Street Marshton Author: S
"""


def test_the_type_after_a_name_stays_with_the_title() -> None:
    csl = parse_record(TRANSCRIPT).to_csl()
    assert csl["title"] == "Tides and prices in the northern marshes: Results of a survey"
    assert all(a.get("family") != "Working" for a in csl.get("author", []))


# --- the locales' degree statements --------------------------------------------------------


def test_an_english_statement_to_obtain_a_degree_makes_a_thesis() -> None:
    page = (
        "Tidal Routing in Marsh Networks\n\n"
        "Ana Lopes Ferreira\n\n"
        "Thesis to obtain the Master of Science Degree in\n\n"
        "Marsh Engineering\n\n"
        "Supervisor: Rui Costa Amaral\n\n"
        "October 2021\n"
    )
    assert parse_record(page).to_csl()["type"] == "thesis"


def test_a_sentence_about_obtaining_a_degree_is_no_statement() -> None:
    page = (
        "Marsh College News\n\n"
        "Evening courses for adults\n\n"
        "Adults who want to obtain the degree of Master can now study in the evening.\n\n"
        "Published 3 March 2021\n"
    )
    assert parse_record(page).to_csl().get("type") != "thesis"


def test_a_grantors_name_line_is_a_cover_head_but_a_title_about_one_is_not() -> None:
    from comet.page.cover_heads import cover_head

    rules = _loc.resolve(None)
    assert cover_head("Universidade Federal do Brejo", rules)
    assert cover_head("Università degli Studi di Borgomarino", rules)
    assert cover_head("Tesi di Laurea Triennale", rules)
    assert not cover_head("History of the University of Borgomarino", rules)
    assert not cover_head("A universidade do brejo abre as inscrições", rules)
    assert not cover_head("Tesi", rules)  # one word: a menu's, read elsewhere


def test_a_book_about_a_university_keeps_its_title() -> None:
    page = (
        "History of the University of Borgomarino\n\n"
        "Marta Gallina\n\n"
        "Marsh Academic Press, 2018\n\n"
        "ISBN 978-3-16-148410-0\n"
    )
    assert parse_record(page).to_csl()["title"] == "History of the University of Borgomarino"


# --- a thesis cover's date on a line of its own --------------------------------------------

COVER_CS = """PŘÍRODOVĚDECKÁ FAKULTA UNIVERZITY V BAŽINÁCH
KATEDRA INFORMATIKY

DIPLOMOVÁ PRÁCE

Hledání cest v bažinách

2016

Jana Rákosová
"""


def test_a_year_alone_under_a_thesis_genre_line_is_the_date() -> None:
    csl = parse_record(COVER_CS).to_csl()
    assert csl["type"] == "thesis"
    assert csl["issued"] == {"date-parts": [[2016]]}


def test_an_academic_year_on_a_thesis_cover_is_no_cover_date() -> None:
    from comet.page.cover_heads import thesis_cover_date
    from comet.page.parse import _prepare

    page, _ = _prepare(COVER_IT, None)  # 'ANNO ACCADEMICO 2019-2020': a span of years
    assert thesis_cover_date(page) is None


def test_a_year_alone_on_a_page_naming_no_thesis_is_not_read_so() -> None:
    page = "Marsh Club Newsletter\n\nSpring meeting\n\n2016\n\nJana Rákosová\n"
    rec = parse_record(page)
    assert not any(d.code == "thesis-cover-date" for d in rec.diagnostics)


# --- a standard report number whose dash before the year a PDF's text lost -----------------


def test_a_report_number_with_its_year_glued_to_its_code_reads() -> None:
    page = (
        "NAVA/TM2013-214455\n\n"
        "Tides of the Northern Marsh and Test Data\n\n"
        "Ana Ruiz and Ola Berg\n"
        "Marsh Research Center, Fenton, Ohio\n\n"
        "February 2013\n\n"
        "NAVA STI Report Series\n"
    )
    assert parse_record(page).to_csl()["number"] == "NAVA/TM2013-214455"


def test_a_code_glued_to_a_year_without_a_sequence_is_no_report_number() -> None:
    from comet.page.report_number import _STRN

    assert _STRN.search("NAVA/TM2013-214455") is not None
    assert _STRN.search("Model TX2019 kettle") is None  # no sequence after the year
    assert _STRN.search("tx2019-4") is None  # no capitals: no agency's code


# --- a genre line of four words by the title ------------------------------------------------


def test_a_four_word_thesis_genre_by_the_title_gives_the_type_and_the_genre() -> None:
    csl = parse_record(COVER_IT).to_csl()
    assert csl["type"] == "thesis"
    assert csl["genre"] == "Tesi di Laurea Triennale"
    assert all(a["family"] != "Triennale" for a in csl["author"])  # no 'Tesi di <name>'


def test_a_genre_line_naming_its_author_still_names_him() -> None:
    page = (
        "Universidad del Pantano\n\n"
        "Mareas y precios en el pantano del norte\n\n"
        "Tesis doctoral de Ana Ruiz Vega\n\n"
        "2015\n"
    )
    csl = parse_record(page).to_csl()
    assert [f"{a['given']} {a['family']}" for a in csl["author"]] == ["Ana Ruiz Vega"]
    assert csl["genre"] == "Tesis doctoral"


# --- a name with its supervisor's role on the line under it --------------------------------


PDF_COVER_SUPERVISED = """Universidade Federal do Brejo

Centro de Hidrologia

Um modelo para as marés dos brejos

do norte do estado

Joaquim Márcio Ribeiro de Sousa Matos

Dissertação submetida à Coordenação do Curso de Pós-Graduação em

Hidrologia da Universidade Federal do Brejo como parte dos requisi-

tos necessários para obtenção do grau de Mestre em Hidrologia.

Rui Costa Amaral

(Orientador)

Vila do Brejo, 2019
"""


def test_a_name_over_its_supervisor_role_is_no_author() -> None:
    # (the student's long name is read as no byline: the supervisor's was the only one)
    families = [a["family"] for a in parse_record(PDF_COVER_SUPERVISED).to_csl().get("author", [])]
    assert "Amaral" not in families


def test_a_name_over_other_words_keeps_its_reading() -> None:
    from comet.page.parse import _prepare
    from comet.page.role_under import role_under

    page, _ = _prepare(
        "Marsh Notes\n\nRui Costa Amaral\n\n(Orientador)\n\nAna Lopes\n\nTides\n", None
    )
    assert role_under(page, 1)  # the name's line, the role under it
    assert not role_under(page, 3)  # 'Ana Lopes' / 'Tides': no role


@pytest.mark.parametrize(
    "page",
    [
        "Harbour Books\n\nUniversity Towns of the North\n\nby Ada Quill\n\n"
        "Publisher: Fernleaf Press, 2019\nPages: 212\nISBN: 978-1-916220-33-1\n",
        "Fenmarsh Open Research\n\nCollege Sports Finance in Transition\n\n"
        "Author: Tom Fenner\nDate: 2018\nType: Article\n",
    ],
)
def test_a_title_shaped_as_an_institution_off_a_cover_is_the_title(page: str) -> None:
    # the institution's shape counts as a head line only on a thesis's or a report's cover
    title = page.split("\n\n")[1]
    assert parse_record(page).to_csl()["title"] == title


def test_a_supervisor_label_with_a_colon_heads_the_names_below_it() -> None:
    # 'Vejleder:' after a blank line is the label of the name under it, not of the author's
    page = (
        "Københavns Fjordskole\n\nKystens mosser og laver\n\nSpeciale\n\nBirthe Thygesen\n\n"
        "Vejleder:\nProf. Aksel Holmsted\n\nMedvejleder:\nDr. Mette Ravnholt\n\nJuni 2019\n"
    )
    assert parse_record(page).to_csl()["author"] == [{"family": "Thygesen", "given": "Birthe"}]


def test_a_one_word_genre_line_makes_a_cover() -> None:
    # 'Dissertation' alone over the author: the institution's line over the title is no title
    page = (
        "Universität Hasselfurt\n\nNeue Befunde zu Auenlandschaften\n\nDissertation\n\n"
        "vorgelegt von Jonas Brandt\n\n1999\n"
    )
    assert parse_record(page).to_csl()["title"] == "Neue Befunde zu Auenlandschaften"
