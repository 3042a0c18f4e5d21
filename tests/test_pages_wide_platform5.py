"""Article pages of journal platforms (issue 13, the fresh "platform5" set): the labels and
layouts a platform prints on every journal it runs. Every page, name, title and number here
was written for these tests."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_locator, parse_record
from comet.page.byline_text import _byline_text
from comet.page.headings import glued_crumbs
from comet.page.line_labels import split_inline

# --- labelled fields separated by pipes ('Year : 2021 | Volume : 12 | Issue : 3') ------------

_PIPED = (
    "Home About us Editorial board Search Current issue Archives\n"
    "ORIGINAL ARTICLE\n"
    "Year : 2021  |  Volume : 12  |  Issue : 3  |  Page : 101-108\n\n"
    "Reed cover and nesting success of marsh wrens in two river deltas\n\n"
    "Date of Web Publication14-Mar-2021\n\n"
    "DOI: 10.5555/mrw.mrw_12_21\n"
)


def test_a_piped_field_line_gives_every_field() -> None:
    csl = parse_record(_PIPED).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "101-108")


def test_a_separator_inside_a_value_stays() -> None:
    table = {"journal": "journal", "issue": "issue"}
    parts = split_inline("Marsh | Wetland Letters Issue: 4 |", 0, table)
    assert [(k, v) for k, v, _, _ in parts] == [(None, "Marsh | Wetland Letters"), ("issue", "4")]


# --- a navigation line gluing the issue number to the next article's title -------------------


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("vol.12 número3Humedales costeros del sur índice de autores", "3"),
        ("vol.7 número4EditorialInventário das aves", "4"),
        ("no. 4B2", "4B2"),  # a letter and a digit: a part of the issue's number
        ("Vol 3 No 2Suppl", "2"),  # a supplement word, read as one
    ],
)
def test_an_issue_number_ends_before_a_glued_word(text: str, issue: str) -> None:
    loc = parse_locator(text, strict=False).value
    assert loc is not None and loc.issue == issue


def test_a_number_with_its_letter_stays_whole() -> None:
    assert parse_locator("Vol. 12a", strict=False).value.volume == "12a"  # type: ignore[union-attr]


# --- a library platform's services menu: 'Revista' / 'Articulo' names no journal ------------

_SERVICES = (
    "Marsh Library - Online Journal Collection\n\n"
    "vol.9 número2Aves de ribera en invierno índice de autoresíndice de materia\n"
    "Servicios Personalizados\n\n{label}\n\n{value}\n\nIndicadores\n\nCompartir\n\n"
    "Cuadernos de Humedales del Litoral\n\n"
    "versión On-line ISSN 1234-5679\n\n"
    "Cuad. Hum. Litoral vol.9 no.2 Rosario jul./dic. 2020\n\n"
    "Artículo original\n\n"
    "Juncos y garzas: el censo de un estuario\n\n"
    "Quilma Ferrand-Osto1\n\n"
    "1Universidad del Litoral Norte\n\n"
    "Resumen\n\nEste trabajo describe el censo de aves de un estuario durante dos inviernos.\n"
)


def test_the_menu_item_under_the_journal_label_is_no_journal() -> None:
    csl = parse_record(_SERVICES.format(label="Revista", value="Articulo")).to_csl()
    assert csl.get("container-title") == "Cuadernos de Humedales del Litoral"
    assert (csl.get("volume"), csl.get("issue")) == ("9", "2")


def test_a_journal_under_the_journal_label_stays() -> None:
    page = (
        "Revista\n\nCuadernos de Humedales del Litoral\n\n"
        "Juncos y garzas: el censo de un estuario\n\n"
        "Volumen 9, número 2, 2020, páginas 14-29\n"
    )
    assert (
        parse_record(page).to_csl().get("container-title") == "Cuadernos de Humedales del Litoral"
    )


# --- roman affiliation marks glued to the names ('RuizI; Gómez-LlanoII') ---------------------

_ROMAN = (
    "Revista de Estudios del Litoral\n\n"
    "Juncos y garzas: el censo de un estuario\n\n"
    "{byline}\n\n"
    "I Universidad del Litoral Norte, Rosario.\n\n"
    "II Instituto de Humedales, Salta.\n\n"
    "RESUMEN\n\nEste trabajo describe el censo de aves de un estuario durante dos inviernos.\n"
)


def test_roman_marks_glued_to_names_go() -> None:
    page = _ROMAN.format(byline="Ana María RuizI; Pedro Gómez-LlanoII; Lía VargasIV")
    names = parse_record(page).to_csl().get("author")
    assert [n["family"] for n in names or []] == ["Ruiz", "Gómez-Llano", "Vargas"]


def test_a_name_with_an_inner_capital_keeps_it() -> None:
    page = _ROMAN.format(byline="Jon DiVito; Ana McIntyre")
    names = parse_record(page).to_csl().get("author")
    assert [n["family"] for n in names or []] == ["DiVito", "McIntyre"]


# --- a breadcrumb trail copied without its separators ---------------------------------------

_RULES = _loc.resolve(None)


@pytest.mark.parametrize(
    "line",
    [
        "AccueilNuméros12Les oiseaux des marais",
        "HomeArchivesVol. 3 No. 2 (2021)Articles",
        "InicioNúmerosVol. 5",
        "BerandaArsipVol 2 No 1",
        # a home step of several words with the next step glued in small letters
        "Home Pagealphabetic serial listing",
        "Strona głównalista czasopism",
    ],
)
def test_a_glued_trail_is_a_breadcrumb(line: str) -> None:
    assert glued_crumbs(line, _RULES)


@pytest.mark.parametrize(
    "line",
    [
        "HomeKit Security in the Smart Home",  # one capitalised step, then a space
        "Homeless Youth in Urban Areas",
        "Home Pages of Marsh Societies",  # a plural: no step glued
        "Home Pageantry in Victorian Marshes",  # a word going on, the title in title case
        "McDonald Farms and the Marsh",
        "Accueil du site > Numéros",
    ],
)
def test_a_title_or_a_spaced_trail_is_no_glued_trail(line: str) -> None:
    assert not glued_crumbs(line, _RULES)


def test_the_title_under_a_glued_trail_is_read() -> None:
    page = (
        "Navigation – Plan du site\n\n"
        "AccueilNuméros12Les oiseaux des marais du Nord\n\n"
        "Les oiseaux des marais du Nord\n\n"
        "Birds of the northern marshes\n"
        "Ana Ruiz et Jon Berg\n"
        "Résumés\n\n"
        "Cet article décrit les oiseaux des marais du Nord et leurs lieux de nidification.\n"
    )
    assert parse_record(page).to_csl()["title"] == "Les oiseaux des marais du Nord"


# --- an author list numbered one name an item ('1. Ana Ruiz1,') --------------------------------

_NUMBERED = (
    "Article Text\n\n"
    "Reed cover and nesting success of marsh wrens: a field study\n"
    "{items}\n"
    "1. 1Department of Biology, Marsh University, Riverton, USA\n"
    "2. 2Wetland Institute, Lakeside, USA\n\n"
    "Abstract\n\n"
    "Background Reed cover shapes where marsh wrens nest; we counted nests in two deltas.\n"
)


def test_a_numbered_author_list_is_read() -> None:
    items = "1. Ana Ruiz1,\n2. Jon Berg2,\n3. Lía Vargas1"
    names = parse_record(_NUMBERED.format(items=items)).to_csl().get("author")
    assert [(n["given"], n["family"]) for n in names or []] == [
        ("Ana", "Ruiz"),
        ("Jon", "Berg"),
        ("Lía", "Vargas"),
    ]


def test_a_numbered_contents_list_names_nobody() -> None:
    page = (
        "Site Reliability Notes\n\n"
        "Table of Contents\n"
        "14. Managing Incidents\n"
        "15. Tracking Outages\n"
        "16. Testing for Reliability\n\n"
        "Chapter 15. Tracking Outages\n\n"
        "Improving reliability over time is only possible if you start from a known baseline.\n"
    )
    assert parse_record(page).to_csl().get("author") is None


# --- a journal's name by its ISSN: quoted with a note, or in sentence case over the ISSN -----

_BODY = (
    "\n\nReed cover and nesting success of marsh wrens\n\n"
    "Ana Ruiz\n\n"
    "Abstract. We counted the nests of marsh wrens in two deltas over three summers.\n"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ('"La Rivista dei Canneti (open access)" ISSN 1234-5679', "La Rivista dei Canneti"),
        ("Научный журнал\nВестник болотных наук\nISSN 1234-5679", "Вестник болотных наук"),
        ("Revista brasileira de aves\nISSN 1234-5679", "Revista brasileira de aves"),
    ],
)
def test_the_masthead_by_its_issn_is_the_journal(head: str, want: str) -> None:
    assert parse_record(head + _BODY).to_csl().get("container-title") == want


@pytest.mark.parametrize(
    "head",
    [
        "Print version\nISSN 1234-5679",  # interface words
        "Peer reviewed\nISSN 1234-5679",  # a note of the journal's, no name
        "Edited by Ana Ruiz and Jon Berg\nISSN 1234-5679",  # an author word
        "Normas para los autores de\nISSN 1234-5679",  # cut: a function word ends it
        "Envíe su artículo: normas y plazos\nISSN 1234-5679",  # a label's colon
    ],
)
def test_a_line_over_an_issn_that_is_no_name_gives_no_journal(head: str) -> None:
    assert parse_record(head + _BODY).to_csl().get("container-title") is None


# --- the article's pages under its byline ('p. 84-93') -------------------------------------

_HEAD = (
    "Navigation – Plan du site\n\n"
    "Les oiseaux des marais du Nord\n\n"
    "Birds of the northern marshes\n"
    "Ana Ruiz et Jon Berg\n"
    "{pages}\n\n"
    "Résumés\n\n"
    "Cet article décrit les oiseaux des marais du Nord et leurs lieux de nidification.\n"
    "{body}\n"
)


@pytest.mark.parametrize("pages", ["p. 84-93", "pp. 84–93", "p. 84-93."])
def test_a_page_range_under_the_byline_is_the_works(pages: str) -> None:
    csl = parse_record(_HEAD.format(pages=pages, body="")).to_csl()
    assert csl.get("page") == "84-93"


@pytest.mark.parametrize(
    ("pages", "body"),
    [
        ("Voir p. 84-93 pour les relevés", ""),  # a sentence, not the range alone
        (
            "",
            "Les relevés ont été faits à l'aube.\nLes nids ont été comptés deux fois.\n"
            "Les résultats suivent.\np. 84-93\n",
        ),  # far below the title, in the text
        ("p. 84", ""),  # one page, no range
    ],
)
def test_no_page_range_from_other_lines(pages: str, body: str) -> None:
    assert parse_record(_HEAD.format(pages=pages, body=body)).to_csl().get("page") is None


# --- an issue put online after its date ('… jul./dic. 2019  Epub 15-Mayo-2020') ---------------

_MASTHEAD = (
    "Cuadernos de Humedales del Litoral\n\n"
    "versión On-line ISSN 1234-5679\n\n"
    "{line}\n\n"
    "Artículo original\n\n"
    "Juncos y garzas: el censo de un estuario\n\n"
    "Quilma Ferrand-Osto1\n\n"
    "Resumen\n\nEste trabajo describe el censo de aves de un estuario durante dos inviernos.\n"
)


def test_an_online_date_after_the_issue_on_its_line_is_no_first_date() -> None:
    line = "Cuad. Hum. Litoral vol.10 no.19 Rosario jul./dic. 2019  Epub 15-Mayo-2020"
    csl = parse_record(_MASTHEAD.format(line=line)).to_csl()
    assert csl["issued"]["date-parts"][0][0] == 2019


def test_an_online_date_before_the_issue_stays_first() -> None:
    line = "Cuad. Hum. Litoral vol.10 no.19 Rosario jul./dic. 2020  Epub 15-Mayo-2019"
    csl = parse_record(_MASTHEAD.format(line=line)).to_csl()
    assert csl["issued"]["date-parts"][0] == [2019, 5, 15]


# --- an abstract heading and a keywords label over its list -------------------------------------

_KEYWORDED = (
    "Reed cover and nesting success of marsh wrens in two deltas\n"
    "DOI:\n"
    "https://doi.org/10.5555/mw.v9i1.504Keywords:\n"
    "reed cover, nesting, marsh wrens, deltasAbstract\n"
    "We counted the nests of marsh wrens in two river deltas over three summers and compared "
    "them with the reed cover measured each spring.\n"
    "{tail}"
)


def test_an_abstract_and_a_keywords_label_over_its_list_make_an_article() -> None:
    csl = parse_record(_KEYWORDED.format(tail="Downloads\n")).to_csl()
    assert csl["type"] == "article-journal"
    assert "reed cover" in csl.get("keyword", "")


def test_a_thesis_label_outranks_them() -> None:
    page = _KEYWORDED.format(tail="Document type: Master's thesis\n")
    assert parse_record(page).to_csl()["type"] == "thesis"


def test_keywords_without_an_abstract_heading_name_no_type() -> None:
    page = (
        "Reed cover and nesting success of marsh wrens in two deltas\n"
        "Keywords:\nreed cover, nesting, marsh wrens\n"
        "We counted the nests of marsh wrens in two river deltas over three summers.\n"
    )
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- the previous and the next article's titles ------------------------------------------------

_NEIGHBOURS = (
    "{first}\n"
    "Winter feeding of herons on frozen lakes: a case report\n"
    "Previous Article in Journal\n"
    "Tern colonies after the flood of 2019\n"
    "Font Size:\nAa Aa Aa\n"
    "Article\n\n"
    "Reed Cover and Nesting Success of Marsh Wrens: A Field Study\n\n"
    "1\nDepartment of Biology, Marsh University, Riverton 1234, Norway\n"
    "Marsh Birds 2021, 9(11), 1496; https://doi.org/10.5555/mb9111496\n"
    "Submission received: 17 September 2021 / Published: 2 November 2021\n\n"
    "Abstract\n\nWe counted the nests of marsh wrens in two river deltas over three summers.\n"
)


def test_the_titles_under_previous_and_next_links_are_other_works() -> None:
    csl = parse_record(_NEIGHBOURS.format(first="Next Article in Journal")).to_csl()
    assert csl["title"] == "Reed Cover and Nesting Success of Marsh Wrens: A Field Study"


def test_a_sentence_about_earlier_articles_is_no_link() -> None:
    page = (
        "Previous articles of this series described the herons of the coast.\n"
        "Reed Cover and Nesting Success of Marsh Wrens: A Field Study\n"
        "Ana Ruiz and Jon Berg\n\n"
        "Abstract\n\nWe counted the nests of marsh wrens in two river deltas over three summers.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Reed Cover and Nesting Success of Marsh Wrens: A Field Study"


# --- the title under an article type's kicker, over its translation ------------------------------

_KICKER = (
    "Cuad. Hum. Litoral vol.9 no.2 Rosario jul./dic. 2020\n\n"
    "{kicker}\n\n"
    "Garzas en el hielo: ¿cambian sus presas en los inviernos fríos?\n\n"
    "Herons on the ice: do their prey change in cold winters?\n\n"
    "Quilma Ferrand-Osto1\n\n"
    "Jon Ibarra Sáez1\n\n"
    "1Universidad del Litoral Norte, Rosario.\n\n"
    "RESUMEN\n\nEste trabajo describe las presas de las garzas durante tres inviernos.\n"
)


def test_the_line_under_an_article_type_is_the_title_not_a_standfirst() -> None:
    csl = parse_record(_KICKER.format(kicker="ARTÍCULO DE REVISIÓN")).to_csl()
    assert csl["title"] == "Garzas en el hielo: ¿cambian sus presas en los inviernos fríos?"


def test_a_headline_keeps_its_standfirst_apart() -> None:
    page = (
        "Storm floods the northern marsh\n"
        "The river rose two metres overnight, and the reed beds of the delta are under water "
        "for the first time in forty years.\n"
        "By Ana Ruiz\n"
        "May 3, 2021\n\n"
        "The storm reached the coast on Sunday evening and the river rose through the night.\n"
    )
    assert parse_record(page).to_csl()["title"] == "Storm floods the northern marsh"


# --- an affiliation label under each name ----------------------------------------------------------

_AFFILIATED = (
    "Reed cover and nesting success of marsh wrens: insights from two deltas\n\n"
    "Published online by Marsh University Press:  11 June 2020\n\n"
    "Ana Ruiz*\n"
    "Affiliation:\n"
    "School of Biology, Marsh University, Riverton, Norway\n"
    "Jon Berg\n"
    "{label}\n"
    "Wetland Institute, Lakeside, Norway\n"
    "*\n"
    "*Corresponding author.\n\n"
    "Abstract\n\n"
    "We counted the nests of marsh wrens in two river deltas over three summers.\n"
)


def test_an_affiliation_label_under_each_name_keeps_the_byline_going() -> None:
    names = parse_record(_AFFILIATED.format(label="Affiliation:")).to_csl().get("author")
    assert [n["family"] for n in names or []] == ["Ruiz", "Berg"]


def test_another_label_under_a_name_ends_the_byline() -> None:
    page = _AFFILIATED.replace("Affiliation:\nSchool of Biology", "Keywords:\nSchool of Biology")
    names = parse_record(page.format(label="Affiliation:")).to_csl().get("author")
    assert [n["family"] for n in names or []] == ["Ruiz"]


# --- a title's translation under it names no journal ---------------------------------------------

_TRANSLATED_CAPS = (
    "{masthead}"
    "CRITERIOS PARA EL CENSO DE AVES EN HUMEDALES. UNA REVISIÓN DOCUMENTAL\n\n"
    "CRITERIA FOR BIRD COUNTS IN WETLANDS. A DOCUMENTARY REVIEW\n\n"
    "Quilma Ferrand-Osto\n\n"
    "Universidad del Litoral Norte\n\n"
    "RESUMEN\n\nEste trabajo revisa los criterios del censo de aves en humedales.\n"
)


def test_the_titles_translation_with_a_journal_word_is_no_masthead() -> None:
    csl = parse_record(_TRANSLATED_CAPS.format(masthead="")).to_csl()
    assert csl.get("container-title") is None


def test_a_masthead_above_the_title_stays() -> None:
    page = _TRANSLATED_CAPS.format(masthead="Marsh Ecology Review\n\n")
    assert parse_record(page).to_csl().get("container-title") == "Marsh Ecology Review"


# --- review: no pages from a pager or a menu's note; a brand name keeps its title ---------------


@pytest.mark.parametrize(
    "page",
    [
        "Tide Notes\nArchive: Storms\nPages 1–3\n"
        "The storms of the winter came early this year and the harbour closed twice.\n",
        "Annual dinner menu\nHarbour Rowing Club\np. 1-2\n"
        "The dinner starts at seven with a soup of the day and bread from the bakery.\n",
    ],
)
def test_a_pager_or_a_menus_page_note_gives_no_pages(page: str) -> None:
    assert parse_record(page).to_csl().get("page") is None


def test_a_brand_glued_to_a_number_keeps_its_title() -> None:
    page = (
        "HomeOffice2024 setup guide for small flats\n"
        "By Petra Solberg\n"
        "March 12, 2024\n\n"
        "A desk by the window, a lamp and a shelf are all a small flat needs for a home office.\n"
    )
    assert parse_record(page).to_csl()["title"] == "HomeOffice2024 setup guide for small flats"


def test_a_brand_glued_to_a_number_is_no_trail() -> None:
    assert not glued_crumbs("HomeOffice2024 setup guide for small flats", _RULES)


def test_a_regnal_number_and_a_product_name_stay() -> None:
    assert _byline_text("Henry VIII Tudor; Ana McIntyre", _RULES) == (
        "Henry VIII Tudor; Ana McIntyre"
    )
    assert _byline_text("Ana RuizII; Jon BergI", _RULES) == "Ana Ruiz; Jon Berg"
    csl = parse_record(
        "DirectX shaders on small devices\nAna Ruiz\n\nAbstract\n\nWe port shaders to phones.\n"
    ).to_csl()
    assert csl["title"] == "DirectX shaders on small devices"
