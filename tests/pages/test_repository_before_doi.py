"""The repository or preprint server named right before the work's own DOI is its publisher
where the page names no container (session 29; ``comet.page.publisher_doi_line``), and a
file's size glued to its unit (``(3.974Kb)``) is no volume and page
(``comet.page.false_locators.sized_number``). Invented pages.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import all_rules
from comet.page.publisher_doi_line import _name_before

DATASET_PAGE = """HeronData
About
Submit data
Log in

{title}

Files in this package

Download\tgauges_2017.csv ({size}) View File Details
Download\tREADME.txt (1.2Kb) View File Details

{cite}

{citation}

DOI\tdoi:10.5072/mda.{number}
Keywords\ttide gauges, fens
"""


@pytest.mark.parametrize(
    ("title", "cite", "citation", "publisher"),
    [
        (
            "Data from: Tide gauges of the northern fens",
            "Please cite the data package:",
            "Berg O, Lind A (2019) Data from: Tide gauges of the northern fens. Marsh Data "
            "Archive. doi:10.5072/mda.{number}",
            "Marsh Data Archive",
        ),
        (
            "Datos de: Mareógrafos de las marismas del norte",
            "Cite el paquete de datos:",
            "Ruiz A, Moe I (2020) Datos de: Mareógrafos de las marismas del norte. Archivo "
            "Marisma. https://doi.org/10.5072/mda.{number}",
            "Archivo Marisma",
        ),
        (
            "Daten aus: Pegel der nördlichen Marschen",
            "Bitte zitieren Sie das Datenpaket:",
            "Vik L (2018) Daten aus: Pegel der nördlichen Marschen. Marschdaten Archiv. "
            "DOI: 10.5072/mda.{number}",
            "Marschdaten Archiv",
        ),
    ],
)
def test_a_data_citations_name_before_the_doi_is_the_publisher(
    title: str, cite: str, citation: str, publisher: str
) -> None:
    number = "4821"
    page = DATASET_PAGE.format(title=title, cite=cite, size="3.974Kb", number=number,
                               citation=citation.format(number=number))  # fmt: skip
    csl = parse_record(page).to_csl()
    assert csl.get("publisher") == publisher
    assert csl.get("container-title") is None  # 'Download gauges_2017.csv (3.974Kb)': no journal
    assert csl.get("volume") is None


PREPRINT_PAGE = """fenRxiv
New Results

{title}

Ola Berg, Ana Ruiz

doi: https://doi.org/10.5072/{number}

Abstract

{abstract}

{line}
"""


@pytest.mark.parametrize(
    ("title", "abstract", "line", "publisher"),
    [
        (
            "Reed bed roots hold more carbon than thought",
            "We measure the carbon held by reed bed roots in three northern fens.",
            "fenRxiv {number}; doi: https://doi.org/10.5072/{number}",
            "fenRxiv",
        ),
        (
            "Les racines des roselières retiennent plus de carbone",
            "Nous mesurons le carbone retenu par les racines des roselières de trois marais.",
            "MarshArXiv {number}; doi: https://doi.org/10.5072/{number}",
            "MarshArXiv",
        ),
    ],
)
def test_a_preprint_servers_name_and_number_before_the_doi(
    title: str, abstract: str, line: str, publisher: str
) -> None:
    number = "2019.03.02.1234"
    page = PREPRINT_PAGE.format(title=title, abstract=abstract, number=number,
                                line=line.format(number=number))  # fmt: skip
    assert parse_record(page).to_csl().get("publisher") == publisher


def test_a_journals_name_alone_before_the_doi_names_no_publisher() -> None:
    page = PREPRINT_PAGE.format(
        title="Reed bed roots hold more carbon than thought",
        abstract="We measure the carbon held by reed bed roots in three northern fens.",
        number="fl-2019-1234",
        line="Fen Letters doi:10.5072/fl-2019-1234",
    ).replace("fenRxiv\nNew Results\n", "")
    assert parse_record(page).to_csl().get("publisher") != "Fen Letters"


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("Berg O (2019) Tide gauges. Marsh Data Archive. doi:", "Marsh Data Archive"),
        ("fenRxiv 2019.03.02.1234; doi: https://doi.org/", "fenRxiv"),
        ("Berg O (2019) Tide gauges. Fen Letters 12(3):45-67. doi:", None),
        ("Fen Letters doi:", None),
        ("Berg O (2019) Tide gauges of the fens and marshes of the north. doi:", None),
    ],
)
def test_the_name_before_a_doi(before: str, name: str | None) -> None:
    assert _name_before(before, all_rules()) == name


@given(st.text(max_size=120))
def test_any_text_before_a_doi(before: str) -> None:
    out = _name_before(before, all_rules())
    assert out is None or out in before
