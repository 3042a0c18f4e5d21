"""Breaks found by the review of session 28, mended by general rules (mends28). Invented
pages in the shape of real ones: other names, other words, several languages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import all_rules
from comet.page.imprint import _imprint


def _csl(text: str) -> dict:
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    "text",
    [
        "Tidal Channels and Salt Marsh Accretion in the Wadden Sea\n"
        "Maria Olsen, Pieter de Vries\nYear: 2019\nPages: 45-67\n",
        "Die Wirtschaft der Hansestädte im späten Mittelalter\nAutor: Jonas Becker\n"
        "Erscheinungsjahr: 2015\nSeiten: 112-139\n",
        "Les moulins à vent de la Beauce\nAuteur : Claire Dubois\nAnnée : 2008\nPages : 201-230\n",
    ],
)
def test_a_page_range_alone_is_no_book_s_sign(text: str) -> None:
    # a range of pages is a part of a printed whole: no book's number of pages
    csl = _csl(text)
    assert csl.get("type") != "book"
    assert "number-of-pages" not in csl


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Towns of the North\nAuthor: Maria Olsen\nYear: 2019\nPages: 312\n",
        "Die Hansestädte\nAutor: Jonas Becker\nSeitenzahl: 248\n",
    ],
)
def test_a_number_of_pages_alone_still_makes_a_book(text: str) -> None:
    assert _csl(text)["type"] == "book"


_NEWS_EN = (
    "University News\n\nNew grant for wetland carbon research\n"
    "Posted 4 February 2024 by Lena Hartmann\n\n"
    "The research group of Prof. Tomas Berg received a grant to study carbon storage in "
    "northern wetlands. Their earlier study, published in the Journal of Peatland Science "
    "(ISSN 2045-1237), showed that drained bogs release large amounts of carbon "
    "(https://doi.org/10.5555/jps.2023.118).\n\nThe project will start in spring.\n"
)
_NEWS_DE = (
    "Aktuelles\n\nNeue Förderung für die Moorforschung\n12. März 2024\n\n"
    "Die Arbeitsgruppe von Prof. Anke Vogel erhält eine Förderung, um die Speicherung von "
    "Kohlenstoff in Mooren zu untersuchen. Ihre frühere Studie, erschienen in der Zeitschrift "
    "für Moorkunde (ISSN 1862-4308), hat gezeigt, dass entwässerte Moore viel Kohlenstoff "
    "freisetzen (https://doi.org/10.5555/zfm.2022.77).\n\nDas Projekt beginnt im Frühjahr.\n"
)
# a news text wrapped over short lines: the sentence goes on over its breaks
_NEWS_WRAPPED = (
    "Harbour Institute News\n\nA new survey of eelgrass meadows\n\n"
    "The survey follows a study in the Baltic Seagrass Review (ISSN 1742-9811) that\n"
    "mapped the meadows of three bays and was cited by https://doi.org/10.5555/bsr.2021.9\n"
    "many later reports on the state of the coast.\n"
)
_CFP_EN = (
    "Call for Papers: 7th Workshop on Coastal Sensing (CoastSense 2025)\n\n"
    "Important dates\nPaper submission deadline: 15 March 2025\n"
    "Workshop: 12-13 June 2025, Aalborg, Denmark\n\n"
    "We invite original research on remote sensing of coastal zones.\n"
    "The proceedings of last year's edition are available at "
    "https://doi.org/10.5555/cs2024.proc and include 24 papers on related topics.\n"
)
_CFP_ES = (
    "Convocatoria de ponencias: III Jornadas de Cartografía Costera 2025\n\n"
    "Fechas importantes\nEnvío de resúmenes: 20 de marzo de 2025\n\n"
    "Invitamos a enviar trabajos originales sobre cartografía de costas.\n"
    "Las actas de la edición anterior están disponibles en "
    "https://doi.org/10.5555/jcc.2024.actas y reúnen veinte trabajos sobre temas afines.\n"
)

# the DOI glued to its prefix (``doi:10.…``) at a sentence's end
_CFP_GLUED = (
    "FjordNet 2026: call for contributions\n\n"
    "The fourth FjordNet meeting takes place in Bergen on 3-4 September 2026.\n\n"
    "Papers of the previous meeting were printed in the Proceedings of the Third FjordNet "
    "Meeting on Ocean Acoustics, doi:10.5555/fjn.2024.3.\n"
)


@pytest.mark.parametrize("text", [_NEWS_EN, _NEWS_DE, _NEWS_WRAPPED, _CFP_EN, _CFP_ES, _CFP_GLUED])
def test_identifiers_cited_in_a_sentence_are_not_the_page_s(text: str) -> None:
    # a DOI or an ISSN inside a sentence of prose names a work the text talks about
    rec = parse_record(text)
    assert rec.doi is None
    assert rec.issns == ()
    assert rec.container_title is None
    assert rec.csl_type not in ("article-journal", "paper-conference")


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        # (negative) a DOI alone on its line under a summary cut short
        (
            "Tidal Channels of the Wadden Sea\nMaria Olsen\n"
            "Summary: We measure how sediment settles in the marsh channels of the bay over "
            "four seasons and find that the depth of a channel predicts how fast it\n"
            "https://doi.org/10.5555/tcw.2019.4\n",
            "10.5555/tcw.2019.4",
        ),
        # (negative) a DOI at the end of the page's own citation, after a colon
        (
            "Tidal channels and salt marsh accretion in the Wadden Sea\nMaria Olsen\n"
            "How to cite: Olsen M (2019) tidal channels and salt marsh accretion in the "
            "wadden sea and its bays. https://doi.org/10.5555/tcw.2019.5\n",
            "10.5555/tcw.2019.5",
        ),
        # (negative) a labelled DOI in a paragraph stays the page's
        (
            "Moorland Fires and Soil Carbon\nJonas Becker\n"
            "DOI: 10.5555/mfs.2020.8\nWe describe how fires on the moor change the carbon "
            "held in its soil over ten years of records.\n",
            "10.5555/mfs.2020.8",
        ),
    ],
)
def test_a_record_s_own_doi_stays(text: str, doi: str) -> None:
    assert str(parse_record(text).doi) == doi


@pytest.mark.parametrize(
    ("imprint", "expected"),
    [
        ("Heron Books [Fenby], 2020", ("Heron Books", "Fenby", 2020)),
        ("Reiherverlag [Hollerup], 2018", ("Reiherverlag", "Hollerup", 2018)),
        ("Éditions du Héron [Lormes], 2011", ("Éditions du Héron", "Lormes", 2011)),
        ("Marsh Press [Owlton?] 1961", ("Marsh Press", "Owlton", 1961)),
        # (negative) a place outside, the publisher the cataloguer supplied in brackets
        ("Owlton [Heron Books] 2001", ("Heron Books", "Owlton", 2001)),
        (
            "Owlton [Council of Fenland Studies] 1972",
            ("Council of Fenland Studies", "Owlton", 1972),
        ),
    ],
)
def test_a_place_in_brackets_after_its_publisher(
    imprint: str, expected: tuple[str, str, int]
) -> None:
    # ISBD brackets the place a cataloguer supplies; the publisher stands outside them
    assert _imprint(imprint, all_rules()) == expected


def test_a_bracketed_place_on_a_record_page() -> None:
    rec = parse_record(
        "The Lighthouse Keepers of the North Coast\nAuthor: Ruth Callander\n"
        "Imprint: Heron Books [Fenby], 2020\n"
    )
    assert (rec.publisher, rec.place) == ("Heron Books", "Fenby")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "GROUNDWATER RECHARGE IN THE EASTERN LOWLANDS\nFinal report\n"
            "The study measures recharge at twelve wells.\nHelen Markham and David Osei\n"
            "March 2021\n",
            "GROUNDWATER RECHARGE IN THE EASTERN LOWLANDS",
        ),
        (
            "Northern Water Agency\nReport 2021-04\n\n"
            "Groundwater recharge in the eastern lowlands\n\n"
            "The agency monitored twelve wells.\n\nBy Helen Markham and David Osei\n",
            "Groundwater recharge in the eastern lowlands",
        ),
        (
            "Erosionsrisiko an den südlichen Dünen\n"
            "Die Studie untersucht zwölf Küstenabschnitte.\nAna Ribeiro, Tomas Lind\n"
            "Juni 2020\n",
            "Erosionsrisiko an den südlichen Dünen",
        ),
        (
            "Érosion des dunes du littoral sud\nL'étude porte sur douze secteurs côtiers.\n"
            "Ana Ribeiro, Tomas Lind\nRapport technique, juin 2020\n",
            "Érosion des dunes du littoral sud",
        ),
    ],
)
def test_a_sentence_over_the_byline_is_no_title_under_a_heading(text: str, title: str) -> None:
    # a cover's heading, a sentence about the work (no subtitle either), then the authors
    assert parse_record(text).title == title


def test_a_title_ending_with_a_full_stop_over_its_byline_stays() -> None:
    # (negative) a journal's citation line over the title: no phrase, the title keeps it
    text = (
        "Fen Med Rev. 2019;12(3):45-52.\n\n"
        "Marsh fever in the children of the northern fens.\n"
        "Olsen M, Vries P.\n\nAbstract\nWe describe marsh fever in forty children.\n"
    )
    assert parse_record(text).title == "Marsh fever in the children of the northern fens."


@pytest.mark.parametrize(
    "text",
    [
        # a place's or a body's name: its last word is a place's, body's or discipline's noun
        "Delays in Winter Air Traffic\nSofia Airport\n12 January 2022\n",
        "Zugausfälle im Winter\nKiel University\n3. Februar 2021\n",
        # two cities of the lexicon, read as family and given name
        "Сибирские болота и их растительность\nТомск, Новосибирск\n2018\n",
        "Les tourbières du Nord\nLille, Bruxelles\n2016\n",
        # a phrase the page prints in lower case in its text
        "Regulation of Stress Responses in Arctic Mosses\nGene Expression\n2021\n\n"
        "Abstract\nWe study gene expression in three mosses under drought and cold stress "
        "over two seasons.\n",
    ],
)
def test_a_place_or_a_phrase_under_the_title_is_no_author(text: str) -> None:
    assert parse_record(text).authors == ()


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # (negative) a surname that is a common noun stays a person's
        (
            "Holz und Moor\nAnna Wood\n2021\n\nAbstract\nThe wood of the moor trees was "
            "studied over two seasons of cold and drought.\n",
            "Wood",
        ),
        (
            "Regulation of Stress Responses in Arctic Mosses\nGene Wilder\n2021\n\n"
            "Abstract\nWe study gene expression in three mosses under drought.\n",
            "Wilder",
        ),
    ],
)
def test_a_person_under_the_title_stays(text: str, family: str) -> None:
    assert [a.family for a in parse_record(text).authors] == [family]


@pytest.mark.parametrize(
    ("text", "title", "families"),
    [
        (
            "Title: The Lighthouse Keepers of the North Coast / by Ruth Callander\n"
            "Publisher: Heron Books, 2020\n",
            "The Lighthouse Keepers of the North Coast",
            ["Callander"],
        ),
        (
            "Titel: Die Leuchtturmwärter / Jonas Becker\nJahr: 2019\n",
            "Die Leuchtturmwärter",
            ["Becker"],
        ),
        (
            "Название: Смотрители маяков / Ольга Берёзкина\nГод: 2019\n",
            "Смотрители маяков",
            ["Берёзкина"],
        ),
        (
            "Title: Lighthouse keepers of the fens / Ruth Callander ; illustrated by Tomas Berg\n"
            "Publisher: Heron Books\n",
            "Lighthouse keepers of the fens",
            ["Callander"],
        ),
    ],
)
def test_a_title_label_s_statement_of_responsibility_names_the_authors(
    text: str, title: str, families: list[str]
) -> None:
    # ISBD 'Title / by A. B.': the statement is cut off the title, its names are the authors
    rec = parse_record(text)
    assert rec.title == title
    assert [a.family for a in rec.authors] == families


def test_an_editor_s_statement_in_a_title_label_names_no_author() -> None:
    # (negative) a statement opening with another role's words
    rec = parse_record(
        "Title: Lighthouse keepers of the fens / edited by Ruth Callander\nYear: 2020\n"
    )
    assert rec.title == "Lighthouse keepers of the fens"
    assert rec.authors == ()
