"""General page signals of issue 13's gap list: bracketed keyword labels, keyword lists
wrapped over lines, headwords in capitals, Chinese venue lines, ordinal proceedings names,
repository "full item record" tables and two-column report headers.

Every string here was written for these tests (invented names, titles and identifiers).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.keywords import find_keyword_blocks


def _keywords(text: str) -> list[list[str]]:
    return [[k.text for k in m.value.keywords] for m in find_keyword_blocks(text)]


# --- keyword blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Keywords] dune grass; sand drift", [["dune grass", "sand drift"]]),
        ("[Keywords]\ndune grass; sand drift", [["dune grass", "sand drift"]]),
        ("【关键词】沙丘；固沙；植被", [["沙丘", "固沙", "植被"]]),
        ("〔关键词〕沙丘，固沙", [["沙丘", "固沙"]]),
        ("［Palabras clave］ dunas; vegetación", [["dunas", "vegetación"]]),
    ],
)
def test_bracketed_keyword_labels(text: str, expected: list[list[str]]) -> None:
    assert _keywords(text) == expected


@pytest.mark.parametrize("text", ["[Keywords are listed below]", "Keywords] dune grass"])
def test_unbalanced_or_prose_brackets_are_no_label(text: str) -> None:
    assert _keywords(text) == []


def test_wrapped_keyword_list_stops_at_a_bare_line() -> None:
    text = "Keywords\ndune grass; sand drift;\ncoastal erosion; marram\nIntroduction\nDunes move.\n"
    assert _keywords(text) == [["dune grass", "sand drift", "coastal erosion", "marram"]]


def test_one_keyword_a_line_still_read() -> None:
    text = "Keywords\ndune grass\nsand drift\ncoastal erosion\n\nIntroduction\n"
    assert _keywords(text) == [["dune grass", "sand drift", "coastal erosion"]]


def test_one_value_a_line_cell_up_to_the_next_label() -> None:
    text = "Keywords:\tdune grass\nsand drift\nmarram\nDate issued:\t3-Mar-2020\n"
    assert _keywords(text) == [["dune grass", "sand drift", "marram"]]


@pytest.mark.parametrize(
    "text",
    [
        "Keywords: dune grass\nIntroduction\nDunes move inland every winter.\n",
        "Keywords: dune grass\nsand drift\n\nDate issued: 3-Mar-2020\n",  # a blank line ends
    ],
)
def test_lines_after_a_one_value_cell_without_a_label_are_not_read(text: str) -> None:
    assert _keywords(text) == [["dune grass"]]


# --- headwords in capitals ------------------------------------------------------------------

ENTRY = """Lexique ouvert des métiers
Accueil | Recherche | Index

TONNELIER
Artisan qui fabrique des tonneaux, des cuves et des barriques en bois de chêne cerclé.
Voir aussi : charron
© Lexique ouvert des métiers
"""


def test_headword_in_capitals_is_the_title() -> None:
    assert parse_record(ENTRY).title == "TONNELIER"


def test_headword_with_a_grammar_note() -> None:
    page = ENTRY.replace("TONNELIER\n", "TONNELIER, TONNELIÈRE\nn. m. et n. f.\n")
    assert parse_record(page).title == "TONNELIER, TONNELIÈRE"


def test_capitals_without_a_definition_stay_chrome() -> None:
    page = "Lexique ouvert des métiers\nACCUEIL\nRECHERCHE\nTonneliers et charrons du Jura\n"
    assert parse_record(page).title != "ACCUEIL"


# --- Chinese venue lines, bylines and mastheads ---------------------------------------------

ZH_TOP = "沙地灌木固沙效果评价\n赵文静，孙立\n"
ZH_ABSTRACT = "摘要：本文评价沙地灌木的固沙效果。\n"


@pytest.mark.parametrize(
    "venue",
    [
        "干旱区生态学报，2021，9(2)：101-118",  # full-width commas and colon
        "《干旱区生态学报》 2021年 第9卷 第2期 101-118页",  # book-title marks, suffix words
        "来源：《干旱区生态学报》，2021，9(2)：101-118",  # a source label
    ],
)
def test_chinese_venue_lines(venue: str) -> None:
    record = parse_record(ZH_TOP + venue + "\n" + ZH_ABSTRACT)
    assert record.title == "沙地灌木固沙效果评价"
    assert record.container_title == "干旱区生态学报"
    assert (record.volume, record.issue) == ("9", "2")
    assert record.issued is not None and record.issued.year == 2021
    assert [(p.family, p.given) for p in record.authors] == [("赵", "文静"), ("孙", "立")]


def test_chinese_cite_this_with_type_code() -> None:
    page = (
        ZH_TOP
        + ZH_ABSTRACT
        + "引用本文：赵文静，孙立. 沙地灌木固沙效果评价[J]. 干旱区生态学报，2021，9(2)：101-118.\n"
    )
    record = parse_record(page)
    assert record.container_title == "干旱区生态学报"
    assert (record.volume, record.issue) == ("9", "2")
    assert record.issued is not None and record.issued.year == 2021


def test_chinese_masthead_is_not_a_title_prefix() -> None:
    page = "干旱区生态学报\n沙地灌木固沙效果评价\n赵文静，孙立\n" + ZH_ABSTRACT
    assert parse_record(page).title == "沙地灌木固沙效果评价"


def test_chinese_institution_line_is_no_byline() -> None:
    page = "沙地灌木固沙效果评价\n干旱区研究所，林业大学\n" + ZH_ABSTRACT
    assert not parse_record(page).authors


# --- proceedings names with ordinals --------------------------------------------------------

PAPER = "Wave set-up on gravel beaches\nIngrid Solberg, Tomás Arce\n"
PAPER_ABSTRACT = "Abstract\nWe measure wave set-up on gravel beaches during three storm seasons.\n"


def test_ordinal_proceedings_masthead_is_the_container() -> None:
    page = "Proceedings of the 7th International Symposium on Gravel Coasts\n" + PAPER
    record = parse_record(page + PAPER_ABSTRACT)
    assert record.container_title == (
        "Proceedings of the 7th International Symposium on Gravel Coasts"
    )


def test_ordinal_is_no_volume_in_a_container_label() -> None:
    page = PAPER + "In: Proceedings of the 21st Workshop on Beach Dynamics, pp. 45-52, 2018\n"
    record = parse_record(page + PAPER_ABSTRACT)
    assert record.container_title == "Proceedings of the 21st Workshop on Beach Dynamics"
    assert record.volume is None
    assert record.pages is not None and str(record.pages.first) == "45"


# --- repository full records flattened with bars, two-column report headers -----------------


def test_field_name_table_with_bars() -> None:
    page = (
        "Full item record\n"
        "dc.contributor.author | Brandvold, Siri | \n"
        "dc.date.issued | 2018-05-02 | \n"
        "dc.title | Frost heave under gravel roads | en\n"
        "dc.publisher | Northfjord University | en\n"
    )
    record = parse_record(page)
    assert record.title == "Frost heave under gravel roads"
    assert record.publisher == "Northfjord University"
    assert [(p.family, p.given) for p in record.authors] == [("Brandvold", "Siri")]


RFC = (
    "Network Working Group                                       T. Aarnes\n"
    "Request for Comments: 9999                          Fjellheim Institute\n"
    "Category: Informational                                      P. Mbeki\n"
    "                                                    Karoo Systems Ltd\n"
    "                                                            June 2022\n"
    "\n"
    "\n"
    "        Backoff Timers for Intermittent Satellite Uplinks\n"
    "\n"
    "Abstract\n"
    "\n"
    "   This memo describes backoff timers for satellite uplinks that are\n"
    "   available for a few minutes of every orbit.\n"
)


def test_two_column_header_is_not_the_title() -> None:
    record = parse_record(RFC)
    assert record.title == "Backoff Timers for Intermittent Satellite Uplinks"
    assert [(p.family, p.given) for p in record.authors] == [("Aarnes", "T."), ("Mbeki", "P.")]
    assert record.issued is not None and (record.issued.year, record.issued.month) == (2022, 6)


def test_split_columns_keeps_the_length() -> None:
    from comet.page.columns import split_columns

    out, span = split_columns(RFC)
    assert len(out) == len(RFC) and span is not None
    assert out[span[1] :] == RFC[span[1] :]
    assert split_columns("Title\nBy A. Author\n") == ("Title\nBy A. Author\n", None)


@given(st.text(alphabet="ab .:\n", max_size=400))
def test_split_columns_never_changes_the_length(text: str) -> None:
    from comet.page.columns import split_columns

    out, _span = split_columns(text)
    assert len(out) == len(text)


# --- bylines against citations ------------------------------------------------------------

ES_PAGE = (
    "Portal de revistas\n"
    "Las acequias del valle alto en el siglo XIX\n"
    "Por Lucía Berrocal Manzano y Tomás Ibarra\n"
    "En Revista de estudios del agua 2017/2 (Vol. 9), páginas 12 a 30\n"
    "Resumen\n"
    "Este artículo estudia las acequias del valle alto durante el siglo XIX con los padrones.\n"
    "Cómo citar este artículo\n"
    "Berrocal Manzano Lucía, Ibarra Tomás, « Las acequias del valle alto en el siglo XIX », "
    "Revista de estudios del agua, 2017/2 (Vol. 9), p. 12-30.\n"
)


def test_por_byline_beats_a_misread_citation_and_keeps_two_family_names() -> None:
    record = parse_record(ES_PAGE)
    assert [(p.given, p.family) for p in record.authors] == [
        ("Lucía", "Berrocal Manzano"),
        ("Tomás", "Ibarra"),
    ]


def test_one_family_name_without_inverted_evidence() -> None:
    page = ES_PAGE.split("Cómo citar")[0]
    record = parse_record(page)
    assert [p.family for p in record.authors] == ["Manzano", "Ibarra"]


# --- report pages ---------------------------------------------------------------------------

REPORT = (
    "Centre for Inland Water Studies\n"
    "Home  Research  Publications\n"
    "Grazing Pressure on Floodplain Meadows\n"
    "Ilse Brandtner, Kofi Asante\n"
    "Discussion Paper No. 2020-03\n"
    "Published: 2 March 2020\n"
    "36 pages\n"
    "Abstract\n"
    "We measure grazing pressure on floodplain meadows along two rivers over five summers.\n"
)


def test_report_number_line_makes_a_report_with_its_page_count() -> None:
    record = parse_record(REPORT)
    assert record.number == "2020-03"
    assert record.csl_type == "report"
    assert record.pages is not None and record.pages.count == 36


def test_page_count_line_is_no_count_deep_in_the_text() -> None:
    prose = "The meadows flood every spring and dry out by the end of June.\n" * 70
    record = parse_record(REPORT.replace("36 pages\n", "") + prose + "36 pages\n")
    assert record.pages is None or record.pages.count != 36


# --- French portal numbering and publisher lines -------------------------------------------

FR_PAGE = (
    "Portail de revues\n"
    "Les lavoirs communaux de la Brie au XIXe siècle\n"
    "Par Odile Charpentier et Marc Vasselin\n"
    "Dans Cahiers d'histoire locale 2019/3 (Vol. 27), pages 101 à 126\n"
    "Éditions du Grand Marais\n"
    "Résumé\n"
    "Cet article retrace la construction des lavoirs communaux de la Brie au XIXe siècle.\n"
)


def test_publisher_line_under_the_venue_line() -> None:
    record = parse_record(FR_PAGE)
    assert record.volume == "27"
    assert record.publisher == "Éditions du Grand Marais"


@pytest.mark.parametrize(
    ("issue", "year", "expected"),
    [
        ("2019/3", 2019, "3"),
        ("2019-3", 2019, "3"),
        ("2019/3", 2018, "2019/3"),
        ("3-4", 2019, "3-4"),
    ],
)
def test_issue_numbered_within_its_year(issue: str, year: int, expected: str) -> None:
    from comet.dates import PartialDate
    from comet.page.parse import _year_issue

    assert _year_issue(issue, PartialDate(year)) == expected


def test_a_line_without_a_publisher_word_is_no_publisher() -> None:
    record = parse_record(FR_PAGE.replace("Éditions du Grand Marais", "Lire en ligne sur le site"))
    assert record.publisher is None


def test_headword_opening_its_article_is_the_title() -> None:
    page = (
        "Kleines Lexikon der Handwerke\n"
        "Startseite\n"
        "Register\n"
        "Lexikon › B › Böttcher\n"
        "\n"
        "Böttcher\n"
        "Böttcher fertigten Fässer, Bottiche und Eimer aus Dauben, die sie mit Reifen banden.\n"
    )
    assert parse_record(page).title == "Böttcher"


def test_a_line_the_paragraph_does_not_open_with_is_no_headword() -> None:
    page = (
        "Kleines Lexikon der Handwerke\n"
        "Register\n"
        "Fassmacher\n"
        "Böttcher fertigten Fässer, Bottiche und Eimer aus Dauben, die sie mit Reifen banden.\n"
    )
    record = parse_record(page)
    assert not any("headword" in d.message for d in record.diagnostics)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "Open Atlas of Rural Trades (Spring Edition), URL = <https://x.example/e>",
            "Open Atlas of Rural Trades",
        ),
        ("Dictionnaire des verriers, mis en ligne le 3 mars 2015", "Dictionnaire des verriers"),
        ("Journal of Glass Studies (Online)", "Journal of Glass Studies (Online)"),
    ],
)
def test_cited_container_tails(value: str, expected: str) -> None:
    import comet.locales as L
    from comet.page.venue import _cited_container

    assert _cited_container(value, tuple(L.resolve(None))) == expected


def test_own_labels_after_a_reading_list_end_the_references_zone() -> None:
    page = (
        "Kleines Lexikon der Handwerke\n"
        "Lexikon › G › Gerber\n"
        "Gerber\n"
        "Gerber machten aus rohen Häuten mit Lohe aus Eichenrinde haltbares Leder für Schuhe.\n"
        "Literatur\n"
        "Brandl, Hedda: Das Gerberhandwerk. Jena 1928.\n"
        "Autor/in: Ottokar Wiese\n"
        "Erstellt: 04.05.2012\n"
        "Letzte Änderung: 01.02.2020\n"
    )
    record = parse_record(page)
    assert [p.family for p in record.authors] == ["Wiese"]
    assert record.issued is not None and (record.issued.year, record.issued.month) == (2012, 5)


def test_short_prose_language_confirmed_by_the_labels() -> None:
    page = (
        "Revista de oficios\n"
        "Los cesteros del río\n"
        "Autor: Tomás Ibarra\n"
        "Fecha: 3 de marzo de 2021\n"
        "Los cesteros del río trabajan el mimbre en invierno. Lo venden en la feria del pueblo "
        "y en las casas de la comarca, donde los cestos se usan para la fruta y para la leña.\n"
    )
    assert parse_record(page).language == "es"


def test_labels_alone_give_no_work_language() -> None:
    page = (
        "Revista de oficios\nLos cesteros del río\nAutor: Tomás Ibarra\nFecha: 3 de marzo de 2021\n"
    )
    assert parse_record(page).language is None


def test_volume_label_naming_the_proceedings_is_the_container() -> None:
    page = (
        "Anthology of Coastal Papers\n"
        "Tidal Mixing in Narrow Fjords\n"
        "Ragnhild Sætre, Ola Brekke\n"
        "Volume:\n"
        "Proceedings of the 9th Nordic Workshop on Fjord Circulation\n"
        "Pages:\n"
        "33-41\n"
    )
    record = parse_record(page)
    assert record.container_title == "Proceedings of the 9th Nordic Workshop on Fjord Circulation"
    assert record.csl_type == "paper-conference"


def test_type_word_over_a_bare_book_citation() -> None:
    page = (
        "Thèse\n"
        "Année : 2016\n"
        "Sur la coloration des graphes planaires\n"
        "Irène Vasseur\n"
        "Résumé\n"
        "Cette thèse étudie la coloration des graphes planaires par la méthode de déchargement.\n"
        "Citer\n"
        "Irène Vasseur. Sur la coloration des graphes planaires. Mathématiques discrètes. "
        "Université de Valmont, 2016.\n"
    )
    assert parse_record(page).csl_type == "thesis"
