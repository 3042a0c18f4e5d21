"""Repository records and documents on repository-like platforms (issue 13, the wide
"repos4" set): a document viewer's notices, a page that is one exported citation, Spanish
dates with ``del``. Every page, name, title and number here was written for these tests."""

from __future__ import annotations

import pytest

from comet import locales, parse_record
from comet.page.chrome import _is_chrome

# --- a document-sharing platform's notices over a document ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sei sulla pagina 1di 14",
        "Você está na página 1 de 9",
        "Sie sind auf Seite 1von 30",
        "Vous êtes sur la page 1 sur 12",
        "Content uploaded by Marta Quillen",
        "Uploaded by reedfan",
        "Subido por Tomás Ferrán",
        "La presentazione è in caricamento. Aspetta per favore",
        "Author content",
    ],
)
def test_a_viewer_notice_is_chrome(line: str) -> None:
    assert _is_chrome(line, locales.resolve(None))


@pytest.mark.parametrize(
    "line",
    [
        # a title that opens with the words: the rest is longer than a user's name
        "Uploaded by the Crowd: Participatory Archives of Fen Villages",
        "Content uploaded by students as a measure of course engagement",
        # the words inside a sentence or a title
        "How readers decide whether the content uploaded by others is trustworthy",
        "Caricato da Dio: la fede nei romanzi di Carlo Brenta",
    ],
)
def test_a_title_with_viewer_words_is_no_chrome(line: str) -> None:
    assert not _is_chrome(line, locales.resolve(None))


VIEWER_PAGE = """Sei sulla pagina 1di 7

Il canneto come archivio del paesaggio

Giulia Ferrandi

Appunti del corso di Geografia delle zone umide
"""


def test_a_viewer_page_counter_is_never_the_title() -> None:
    rec = parse_record(VIEWER_PAGE)
    assert rec.title == "Il canneto come archivio del paesaggio"


# --- a page that is one exported citation --------------------------------------------------

EXPORT_ACS = """(1)
Marlowe, T.; Quist, R. Reed Beds and Their Birds. Fen Ecol. Lett. 2016, 14 (2), 45-58.
"""

EXPORT_BROKEN = """(1)
Okoro, A. Tidal Creeks of the Eastern Marsh.
Marsh Review
2019
,
7
, 101-118.
"""


def test_a_page_that_is_one_citation_describes_its_work() -> None:
    item = parse_record(EXPORT_ACS).to_csl()
    assert item["title"] == "Reed Beds and Their Birds"
    assert [a["family"] for a in item["author"]] == ["Marlowe", "Quist"]
    assert item["container-title"].rstrip(".") == "Fen Ecol. Lett"
    assert item["issued"] == {"date-parts": [[2016]]}
    assert (item["volume"], item["issue"], item["page"]) == ("14", "2", "45-58")


def test_a_citation_broken_over_lines_is_joined() -> None:
    item = parse_record(EXPORT_BROKEN).to_csl()
    assert item["title"] == "Tidal Creeks of the Eastern Marsh"
    assert item["container-title"] == "Marsh Review"
    assert (item["volume"], item["page"]) == ("7", "101-118")


@pytest.mark.parametrize(
    "page",
    [
        # a short notice, no citation
        "Page not found\n\nThe page you requested has moved. Return to the home page.\n",
        # a short labelled record: its labels speak, not a citation reader
        "Title: Reed Beds and Their Birds\nAuthor: Marlowe, T.\nYear: 2016\n",
        # a sentence with a year and a name: no source, no author list
        "Opening hours 2016. Closed on Sundays, holidays and during the reed harvest.\n",
    ],
)
def test_a_short_page_that_is_no_citation_gives_no_citation(page: str) -> None:
    rec = parse_record(page)
    evidence = {d.message for d in rec.diagnostics}
    assert not any("one exported citation" in m for m in evidence)
    assert rec.to_csl().get("container-title") is None


# --- Spanish dates with 'del' before the year ----------------------------------------------


def test_a_spanish_dateline_with_del_keeps_its_month() -> None:
    from comet import parse_date

    assert parse_date("Marshtown, de junio del 2016").iso() == "2016-06"
    assert parse_date("15 de junio del 2016").iso() == "2016-06-15"


# --- a share button quoting the document's title ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        'Share "Reed beds of the northern fens"',
        'Aktie "Schilfgürtel im Norden"',
        "Compartir «Humedales del norte»",
    ],
)
def test_a_share_button_quoting_the_title_is_chrome(line: str) -> None:
    assert _is_chrome(line, locales.resolve(None))


def test_a_quoted_title_without_a_button_word_is_content() -> None:
    rules = locales.resolve(None)
    assert not _is_chrome('"Reed beds of the northern fens"', rules)
    assert not _is_chrome('Reeds "of the northern fens"', rules)


# --- ordinals are no page numbers ----------------------------------------------------------


def test_an_ordinal_after_an_issue_is_no_page() -> None:
    from comet import find_locators

    found = [m.value for m in find_locators("REV. Vol. 21, Nº 1, 1er Cuatrimestre, 2010")]
    assert found and all(loc.pages is None for loc in found)
    # a page with one letter after it stays a page ('12e', '45a')
    (loc,) = [m.value for m in find_locators("vol. 12, no. 3, 45a-47a")]
    assert str(loc.pages) == "45a-47a"


# --- the language an RIS export names ------------------------------------------------------

RIS_ONE_LINE = (
    "TY - THES AU - Ferrán Ruiz, Tomás PY - 2017 LA - spa PB - Universidad del Humedal "
    "KW - Juncales TI - Los juncales del humedal sur M3 - doctoral thesis ER -\n"
)


def test_the_language_of_an_ris_export_is_the_work_language() -> None:
    rec = parse_record(RIS_ONE_LINE)
    assert rec.to_csl().get("language") == "es"


# --- a cover's genre line with its credits is no title -------------------------------------

COVER = """Kandidatarbete 15 hp Landskapsplanering Kärrby Högskola

Vassens återkomst i södra kärren

Lina Ekholm

Maj 2014
"""


def test_a_genre_line_with_credits_is_no_title() -> None:
    rec = parse_record(COVER)
    item = rec.to_csl()
    assert item["title"] == "Vassens återkomst i södra kärren"
    assert item["type"] == "thesis"


def test_a_title_after_a_genre_word_stays_a_title() -> None:
    # the genre then a title on one line: the title is cut after the genre, not dropped
    rec = parse_record(
        "Working Paper Rent Sharing and the Reed Harvest in Fen Villages\n\nAna Ruiz\n"
    )
    assert rec.title == "Rent Sharing and the Reed Harvest in Fen Villages"


# --- a page heading that cuts the document's title short ------------------------------------

CUT_HEADING = """Los juncales del humedal sur, como archivo del paisaje

Anuncio
Los juncales del humedal sur,
como archivo del paisaje: métodos y
experiencias de la Reserva de Laguna Quieta
Marta Quillen1, Tomás Ferrán2
RESUMEN
Se presentan los juncales como archivo del paisaje.
"""

CAPS_HEADING = """REEDS AND RIVERS OF THE NORTHERN FENS

advertisement
Fen Studies. Vol. 4, 2019, pp. 12-30
REEDS AND RIVERS OF THE NORTHERN FENS
IN THE LONG NINETEENTH CENTURY
Ana Lindqvist
Marsh University
ABSTRACT
The reed beds of the northern fens changed with the rivers.
"""

WHOLE_HEADING = """The Reed Harvest in Fen Villages

The Reed Harvest in Fen Villages
Maria C Almeida, Tomas J Moreau, Ana B Lindqvist
Marsh University
Abstract
The reed harvest shaped the villages of the fens.
"""


def test_a_heading_cut_short_is_completed_from_the_document() -> None:
    rec = parse_record(CUT_HEADING)
    assert rec.to_csl()["title"] == (
        "Los juncales del humedal sur, como archivo del paisaje: métodos y experiencias de "
        "la Reserva de Laguna Quieta"
    )


def test_a_heading_in_capitals_is_completed_by_the_title_over_the_byline() -> None:
    rec = parse_record(CAPS_HEADING)
    assert rec.title is not None
    assert rec.title.casefold() == (
        "reeds and rivers of the northern fens in the long nineteenth century"
    )


def test_a_heading_printed_whole_is_not_extended_by_the_byline() -> None:
    rec = parse_record(WHOLE_HEADING)
    assert rec.title == "The Reed Harvest in Fen Villages"


# --- a keyword list's last term wrapped to the next line -----------------------------------


def test_a_wrapped_last_keyword_is_one_term() -> None:
    from comet import find_keyword_blocks

    text = "Palabras clave: juncos, humedal, Reserva Laguna\nQuieta Sur.\nABSTRACT\n"
    (m,) = list(find_keyword_blocks(text))
    assert [k.text for k in m.value.keywords] == ["juncos", "humedal", "Reserva Laguna Quieta Sur"]


@pytest.mark.parametrize(
    "after",
    [
        "The study shows that.",
        "Introduction.",
        "Materials and Methods.",
        "Fen birds, reeds.",
        "Full Text PDF.",
    ],
)
def test_a_sentence_or_heading_after_keywords_is_no_term(after: str) -> None:
    from comet import find_keyword_blocks

    text = f"Keywords: reeds, fens, Marsh Birds\n{after}\n"
    (m,) = list(find_keyword_blocks(text))
    assert [k.text for k in m.value.keywords][:3] == ["reeds", "fens", "Marsh Birds"]


# --- a name with its role in brackets --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Viktoria Reedholm (Autor)", "Reedholm"),
        ("Ana Ruiz (Author)", "Ruiz"),
        ("Ana Ruiz (Autora)", "Ruiz"),
    ],
)
def test_an_author_role_in_brackets_is_no_nickname(text: str, family: str) -> None:
    from comet import parse_names

    (p,) = parse_names(text).persons
    assert p.family == family and p.nickname is None


def test_a_nickname_in_brackets_stays_a_nickname() -> None:
    from comet import parse_names

    (p,) = parse_names("Robert (Bob) Marsh").persons
    assert p.nickname == "Bob"


ROLE_HEADER = """Werbung
Viktoria Reedholm (Autor)
Schilfwirtschaft im Norden
Eine Studie über Röhricht und Dorf
Copyright:
Marschverlag, Kleinstadt
1 Einleitung
Das Röhricht hat die Dörfer geprägt.
"""


def test_a_name_with_its_author_role_over_the_title_is_the_author() -> None:
    item = parse_record(ROLE_HEADER).to_csl()
    assert [a["family"] for a in item["author"]] == ["Reedholm"]


def test_a_bracketed_word_that_is_no_author_role_names_no_author() -> None:
    from comet.page.author_lines import _role_named_author
    from comet.page.parse import _prepare

    for page_text in (
        "Marsh Notes\nAna Ruiz (Photographer)\nReed beds of the north\n",
        "Marsh Notes\nThe Reed Harvest (2019)\nReed beds of the north\n",
        "Marsh Notes\nReeds (Author Unknown) in the old fens\n",
    ):
        page, _ = _prepare(page_text, None)
        assert _role_named_author(page) is None, page_text
    page, _ = _prepare(ROLE_HEADER, None)
    cand = _role_named_author(page)
    assert cand is not None and [p.family for p in cand.value] == ["Reedholm"]


# --- a year between the issue and the pages after its colon --------------------------------


@pytest.mark.parametrize(
    "text",
    ["Fen Studies vol 3(1) 2005: 35-40", "Marsh Rev. Vol. 12 (2), 2019: 101-118"],
)
def test_a_year_before_the_colon_and_pages_is_the_year(text: str) -> None:
    from comet import find_locators

    (loc,) = [m.value for m in find_locators(text)]
    assert loc.issued is not None and loc.issued.year in (2005, 2019)
    assert loc.pages is not None and loc.pages.last is not None


def test_a_year_before_a_single_page_is_not_taken_for_a_range() -> None:
    from comet import find_locators

    (loc,) = [m.value for m in find_locators("Fen Studies 2005; 3(1): 35-40")]
    assert (loc.volume, loc.issue, str(loc.pages)) == ("3", "1", "35-40")


# --- names of unpointed initials, one a line ------------------------------------------------

INITIALS_BYLINE = """Main Article Content

Reed cutting and the birds of the northern fens

TA Marlowe
RB Quist
SO Okoro

Two seasons of reed cutting were followed in the fens.
"""


def test_a_column_of_initials_names_is_the_byline() -> None:
    item = parse_record(INITIALS_BYLINE).to_csl()
    assert [(a["family"], a["given"]) for a in item["author"]] == [
        ("Marlowe", "TA"),
        ("Quist", "RB"),
        ("Okoro", "SO"),
    ]


def test_an_acronym_and_a_word_alone_is_no_name() -> None:
    page = "Reed cutting and the birds of the northern fens\n\nUN Women\n\nThe reeds grow.\n"
    item = parse_record(page).to_csl()
    assert "author" not in item


# --- a cover's dateline: the place and the date of a report or a guide ----------------------

GUIDE_COVER = """UNIVERSIDAD DEL HUMEDAL
Guía para la descripción de juncales
Villarreed, septiembre de 1997
Edición revisada
Introducción
Los juncales del humedal sur se describen así.
"""


def test_a_cover_dateline_gives_the_place_and_the_date() -> None:
    item = parse_record(GUIDE_COVER).to_csl()
    assert item.get("publisher-place") == "Villarreed"
    assert item["issued"] == {"date-parts": [[1997, 9]]}


@pytest.mark.parametrize(
    "line",
    [
        "MARSHTOWN, 3 May 2019 — The reed harvest began early this year",  # a news dateline
        "Monday, 3 May 2019",  # a weekday, no place
        "Marshtown, 3 May 2019 was the day the reed harvest began in the fen villages of the north",
    ],
)
def test_a_line_that_is_no_cover_dateline_gives_no_place(line: str) -> None:
    # under an issuing body and a genre, so that only the line's own shape can refuse it
    page = f"UNIVERSIDAD DEL HUMEDAL\nInforme técnico\n{line}\nThe reeds grow tall in the northern fens.\n"
    item = parse_record(page).to_csl()
    assert "publisher-place" not in item


# --- words a PDF split at a line end with a hyphen -------------------------------------------


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Die ökono- mische Bewertung im March- feld", "Die ökonomische Bewertung im Marchfeld"),
        ("Indikato- ren", "Indikatoren"),
        # suspended hyphens before a function word stay
        ("Klima- und Umweltpolitik", "Klima- und Umweltpolitik"),
        ("pre- and post-test reeds", "pre- and post-test reeds"),
        # a spaced dash, a capital after the hyphen: no broken word
        ("Reeds - a study", "Reeds - a study"),
        ("Nord- Süd Gefälle", "Nord- Süd Gefälle"),
        ("Nord- Österreich", "Nord- Österreich"),
        ("Москва- Санкт", "Москва- Санкт"),
    ],
)
def test_a_hyphenated_line_break_is_joined(text: str, joined: str) -> None:
    from comet.page.hyphen_breaks import joined_hyphen_breaks

    assert joined_hyphen_breaks(text, locales.resolve(None)) == joined


def test_a_title_and_keywords_lose_their_line_break_hyphens() -> None:
    page = (
        "Schilfwirtschaft und die ökono- mische Bewertung im March- feld\n\n"
        "Anna Reedholm und Tom Quist\n\n"
        "Schlagworte: Schilf, ökologische Indikato- ren, Marschland\n"
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "Schilfwirtschaft und die ökonomische Bewertung im Marchfeld"
    assert "ökologische Indikatoren" in item["keyword"]


def test_a_short_record_page_is_no_exported_citation() -> None:
    # a title, a byline and a locator line: a record page, not one citation
    page = "Reed Beds and Their Birds\nTom Marlowe\nFen Ecol. Lett. 14(2): 45-58 (2016).\n"
    rec = parse_record(page)
    assert not any("one exported citation" in d.message for d in rec.diagnostics)
    assert rec.title == "Reed Beds and Their Birds"


# --- a VuFind staff view's MARC rows with their empty cells ----------------------------------

STAFF_VIEW = """Reeds of the northern fens:
Format: | Buch |
Internformat
MARC
LEADER | 00000nam a2200000 cb4500 | ||
001 | BV001234567 | ||
020 | |a 3123456789 | ||
100 | 1 | |a Reedholm, Viktoria |e Verfasser |4 aut | |
245 | 1 | 0 | |a Reeds of the northern fens |c von Viktoria Reedholm |
264 | 1 | |a Marschstadt |b Fenverlag |c 1998 | |
300 | |a 212 S. | ||
"""


def test_a_staff_views_empty_cells_are_no_part_of_its_values() -> None:
    item = parse_record(STAFF_VIEW).to_csl()
    assert [a["family"] for a in item["author"]] == ["Reedholm"]
    assert item.get("number-of-pages") == "212"
    assert item.get("publisher") == "Fenverlag"


def test_a_publisher_and_a_bare_year_is_no_cover_dateline() -> None:
    page = (
        "UNIVERSIDAD DEL HUMEDAL\nInforme técnico\nAnna Berglund\nFenforlaget, 2019\n"
        "The reeds grow tall.\n"
    )
    item = parse_record(page).to_csl()
    assert "publisher-place" not in item


# --- a 'published in' statement with its year before the journal ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Erschienen 2009 im Jahrbuch der Marschgesellschaft, Band 18(3): 117-126.",
        "Erschienen im Jahrbuch der Marschgesellschaft, Band 18(3): 117-126.",
    ],
)
def test_a_published_in_statement_is_no_part_of_the_journal(line: str) -> None:
    page = f"Schilf im Marschland\n\nAnna Reedholm\n\n{line}\n"
    item = parse_record(page).to_csl()
    assert item["container-title"] == "Jahrbuch der Marschgesellschaft"
    assert (item["volume"], item["page"]) == ("18", "117-126")


def test_a_journal_named_with_a_year_stays_whole() -> None:
    page = "Reeds of the fens\n\nAna Ruiz\n\nMarsh Letters 2009, 18(3): 117-126.\n"
    item = parse_record(page).to_csl()
    assert item["container-title"] == "Marsh Letters"


# --- student and doctoral thesis words of more languages -----------------------------------


@pytest.mark.parametrize(
    "term",
    [
        "Kandidatarbete",
        "Praca magisterska",
        "Praca doktorska",
        "Diplomová práce",
        "Bakalářská práce",
        "Disertační práce",
        "Bacheloroppgave",
        "Bachelorprojekt",
        "Bachelorscriptie",
    ],
)
def test_thesis_words_of_more_languages_make_a_thesis(term: str) -> None:
    from comet import parse_publication_type

    assert parse_publication_type(term).csl_type == "thesis"


def test_a_polish_article_word_is_no_thesis() -> None:
    from comet import parse_publication_type

    assert parse_publication_type("Artykuł naukowy").csl_type == "article-journal"


def test_a_short_list_of_two_references_is_no_export() -> None:
    page = (
        "(1)\nMarlowe, T. Reed Beds. Fen Ecol. Lett. 2016, 14, 45-58.\n"
        "(2)\nQuist, R. Marsh Birds. Fen Ecol. Lett. 2017, 15, 1-9.\n"
    )
    rec = parse_record(page)
    assert not any("one exported citation" in d.message for d in rec.diagnostics)


# --- a name list in capitals with its connector in capitals ---------------------------------


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("T. MARLOWE AND R. QUIST", ["MARLOWE", "QUIST"]),
        ("ANNA REEDHOLM UND PETER QUIST", ["REEDHOLM", "QUIST"]),
        ("MARLOWE, TOM AND QUIST, ROSA", ["MARLOWE", "QUIST"]),
    ],
)
def test_a_capital_connector_splits_a_list_in_capitals(text: str, families: list[str]) -> None:
    from comet import parse_names

    assert [p.family for p in parse_names(text).persons] == families


def test_a_capital_word_like_a_connector_inside_a_name_stays() -> None:
    from comet import parse_names

    # 'ANDERSON' opens with 'AND'; mixed case keeps 'And' a word of a name
    assert [p.family for p in parse_names("ANDERSON, JOHN").persons] == ["ANDERSON"]
    assert len(parse_names("Tom And Rosa Quist").persons) >= 1


# --- review points (21:46) -----------------------------------------------------------------

MENU_COLUMN = """IT Support
HR Portal
PR Office
Annual report on staff services
The staff services were reorganised this year across all units of the institute.
Each unit reported its figures to the board in the spring.
"""


def test_a_menu_of_acronym_items_is_no_byline_and_keeps_the_title() -> None:
    item = parse_record(MENU_COLUMN).to_csl()
    assert item["title"] == "Annual report on staff services"
    assert "author" not in item


@pytest.mark.parametrize(
    "page",
    [
        # a news story's dateline
        "Nyheter\nBystyret vedtok ny havneplan\nOslo, 12. mars 2024\n"
        "Bystyret vedtok i går en ny plan for havnen etter lang debatt i mange måneder.\n",
        # a letter: a salutation under the dateline
        "Universidad del Sur\nMadrid, 5 de mayo de 2020\nEstimada comunidad universitaria:\n"
        "Les escribimos para informar de las medidas adoptadas por la universidad.\n",
        # a programme: a room after the date
        "Universidad del Sur\nSeminario de Historia Urbana\n"
        "Lisboa, 12 de março de 2024 – Auditório 2\nPrograma\n",
        # a preface signed at its end, after its prose
        "Vorwort\nDieses Buch ist aus vielen Gesprächen mit Kolleginnen und Kollegen über die "
        "Stadt entstanden.\nBerlin, im März 2021\nJonas Feld\n",
    ],
)
def test_datelines_of_news_letters_programmes_and_prefaces_give_no_place(page: str) -> None:
    assert "publisher-place" not in parse_record(page).to_csl()


def test_an_exported_citation_followed_by_a_bio_is_no_export() -> None:
    page = (
        "Carson, J. Editorial. Mar. Policy Rev. 2012, 20, 3-5.\nAbout the author\n"
        "Jane Carson teaches marine policy at the coastal college. She writes on harbours.\n"
    )
    rec = parse_record(page)
    assert not any("one exported citation" in d.message for d in rec.diagnostics)
    assert "About the author" not in str(rec.to_csl().get("publisher") or "")


@pytest.mark.parametrize(
    "line",
    [
        "Uploaded by the Crowd",
        "Author content and reader trust",
        "Aktie der Woche",
        "Enviado por correo postal",
    ],
)
def test_a_title_opening_with_a_viewer_phrase_is_no_chrome(line: str) -> None:
    from comet.page.chrome import _is_chrome

    assert not _is_chrome(line, locales.resolve(None))
