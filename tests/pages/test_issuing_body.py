"""A report's issuing body printed with no label (``comet.page.issuing_body``): its name on
the cover and again in the colophon, over an address block with its legal form, or after
the work's title on the page's head line, is the report's publisher. Invented pages in the
shape of working papers and reports."""

from __future__ import annotations

import pytest

from comet import parse_record

REPEATED = (
    "MARSH CENTRAL BANK\n"
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz\n"
    "Working Paper No. 14\n"
    "March 2019\n"
    "Marsh Central Bank\n"
    "The working paper series circulates research in progress by the staff of the bank "
    "so that it may be discussed before it is published elsewhere, and its views are the "
    "authors' alone.\n"
)

LEGAL_FORM = (
    "Deposits and Droughts: Evidence from Fen Farms\n"
    "Ola Berg\n"
    "Working Paper No. 231\n"
    "October 2018\n"
    "Fenwick Savings Bank NV\n"
    "P.O. Box 12\n"
    "1000 AB Fenwick\n"
)

HEAD_LINE = (
    "Flood Maps of the Delta - Fen Institute for Water Research\n"
    "Flood Maps of the Delta\n"
    "Ola Berg\n"
    "Working Paper No. 7\n"
    "May 2020\n"
)


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        (REPEATED, "Marsh Central Bank"),  # the mixed-case spelling over the capitals
        (LEGAL_FORM, "Fenwick Savings Bank NV"),
        (HEAD_LINE, "Fen Institute for Water Research"),
    ],
)
def test_a_reports_issuing_body_is_its_publisher(page: str, publisher: str) -> None:
    record = parse_record(page)
    csl = record.to_csl()
    assert csl["type"] == "report"
    assert csl["publisher"] == publisher
    assert any(d.code == "issuing-body" for d in record.diagnostics)


ONCE = (
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz\n"
    "Marsh Central Bank\n"  # an affiliation under the byline, printed once
    "Working Paper No. 14\n"
    "March 2019\n"
)

MENU = (
    "Research Services\n"
    "About\n"
    "Contact\n"
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz\n"
    "Working Paper No. 14\n"
    "March 2019\n"
    "Research Services\n"
    "About\n"
    "Contact\n"
)

ARTICLE = (
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz, Ola Berg\n"
    "Marsh Institute of Economics\n"
    "Journal of Harbour Studies, vol. 12, no. 3, pp. 45-67, 2019\n"
    "Marsh Institute of Economics\n"
)

SENTENCE = (
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz\n"
    "Working Paper No. 14\n"
    "March 2019\n"
    "the bank holds reserves\n"
    "the bank holds reserves\n"
)


@pytest.mark.parametrize("page", [ONCE, MENU, SENTENCE])
def test_a_report_with_no_issuing_body(page: str) -> None:
    csl = parse_record(page).to_csl()
    assert csl["type"] == "report"
    assert "publisher" not in csl


def test_a_journal_articles_repeated_affiliation_is_no_publisher() -> None:
    csl = parse_record(ARTICLE).to_csl()
    assert csl["type"] != "report"
    assert "publisher" not in csl


# --- the body a report's disclaimer of its views names -------------------------------------

DISCLAIMER = (
    "Tides and Prices in a Small Open Economy\n"
    "Ana Ruiz\n"
    "Working Paper No. 14\n"
    "March 2019\n"
    "We thank seminar participants for comments. The views expressed herein are those of the "
    "authors and do not necessarily reflect the views of {}.\n"
)


@pytest.mark.parametrize(
    ("named", "publisher"),
    [
        ("the Fen Bureau of Economic Research", "Fen Bureau of Economic Research"),
        ("Harbour Savings Bank NV", "Harbour Savings Bank NV"),
    ],
)
def test_a_reports_disclaimer_names_its_issuing_body(named: str, publisher: str) -> None:
    csl = parse_record(DISCLAIMER.format(named)).to_csl()
    assert csl["type"] == "report"
    assert csl["publisher"] == publisher


def test_a_spanish_reports_disclaimer() -> None:
    page = (
        "Precios y mareas en una economía pequeña\n"
        "Ana Ruiz\n"
        "Documento de Trabajo N.º 14\n"
        "Marzo 2019\n"
        "Las opiniones expresadas son de los autores y no reflejan necesariamente la opinión "
        "del Banco de la Marisma.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "report"
    assert csl["publisher"] == "Banco de la Marisma"


@pytest.mark.parametrize(
    "named",
    [
        "their employers",  # no capitalised name
        "Ana Ruiz",  # a person, no body
    ],
)
def test_a_disclaimer_naming_no_body(named: str) -> None:
    csl = parse_record(DISCLAIMER.format(named)).to_csl()
    assert "publisher" not in csl


def test_a_journal_articles_disclaimer_names_no_publisher() -> None:
    page = ARTICLE + (
        "The views expressed are the authors' and do not necessarily reflect the views of the "
        "Fen Reserve Bank.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] != "report"
    assert "publisher" not in csl


@pytest.mark.parametrize(
    "repeated",
    [
        "Ana Ruiz, Marsh Institute of Economics",  # an author with her affiliation
        "Marsh Institute Working Paper",  # a series' running head
        "Funded by the Fenland Research Council",  # a funder's credit under a logo
    ],
)
def test_a_repeated_line_that_is_no_body(repeated: str) -> None:
    page = (
        "Tides and Prices in a Small Open Economy\n"
        "Ana Ruiz\n"
        "Working Paper No. 14\n"
        f"{repeated}\n"
        "March 2019\n"
        "We study prices and tides in a small open economy over twenty years of data.\n"
        f"{repeated}\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "report"
    assert csl.get("publisher") != repeated


# --- a funder or a sponsor is no issuer (final review #3) -----------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "This study has received funding from the Northern Seas Fund under grant 4411.",
        "The project was funded by the Northern Seas Fund.",
    ],
)
def test_a_funders_disclaimer_names_no_publisher(credit: str) -> None:
    text = DISCLAIMER.replace("We thank", f"{credit} We thank").format("the Northern Seas Fund")
    csl = parse_record(text).to_csl()
    assert csl["type"] == "report"
    assert csl.get("publisher") is None


def test_a_disclaimer_without_a_funding_line_still_names_the_body() -> None:
    text = DISCLAIMER.format("the Northern Seas Fund")
    assert parse_record(text).to_csl()["publisher"] == "Northern Seas Fund"


def test_a_sponsor_under_a_support_line_is_no_publisher() -> None:
    text = (
        "Technical Report\n"
        "Eel Counts in the Upper Brook, 2018-2020\n"
        "Mats Ek\n"
        "With the kind support of\n"
        "Brookside Timber GmbH\n"
        "We counted young eels at four weirs every spring and found more of them where the "
        "old dams had been opened.\n"
    )
    assert parse_record(text).to_csl().get("publisher") is None
    # the same name on a cover line of its own, no credit above it: the issuer
    issued_by = text.replace("With the kind support of\n", "")
    assert parse_record(issued_by).to_csl().get("publisher") == "Brookside Timber GmbH"


#: a document platform's transcript of a working paper's cover: the body's line with its
#: department over the series line was read as the container
BODY_AS_CONTAINER = (
    "Logo Quillshare\n\n48213377\n\n¡Este documento tiene más páginas!\n\n"
    "Vista previa del documento en texto\n\n"
    "MAREAS Y PRECIOS \nEN UNA ECONOMÍA \nPEQUEÑA \nAna Ruiz y Ola Berg \n"
    "Banco de la Marisma - Servicio de Estudios\nDocumento de Trabajo nº 9412\n"
    "MAREAS Y PRECIOS \nEN UNA ECONOMÍA \nAna Ruiz y Ola Berg \n"
    "Banco de la Marisma - Servicio de Estudios \nDocumento de Trabajo n' 9412\n"
    "En este trabajo se estiman los efectos de las mareas sobre los precios de una economía "
    "pequeña y abierta, a partir de datos mensuales.\n"
)

#: a document platform's page whose head line (the title and the body after it) was read
#: as the title whole
HEAD_LINE_AS_TITLE = (
    "Coastal Retreat and Housing - Harbour Policy Institute\n\n"
    "12 downloads 300 Views\n"
    "May 4, 2016 - the summary of the brief ...\n"
    "Policy Brief No. 3\n\nMay 2016\n\n"
    "COASTAL RETREAT AND HOUSING By Ana Ruiz\n\n"
    "Executive Summary Rising seas are likely to change where people live in several ways. "
    "First, long-term trends such as floods may reduce the value of homes in low areas and "
    "push families inland.\n"
)


@pytest.mark.parametrize(
    ("page", "publisher"),
    [(BODY_AS_CONTAINER, "Banco de la Marisma"), (HEAD_LINE_AS_TITLE, "Harbour Policy Institute")],
)
def test_a_reports_body_read_as_its_container_or_title_is_its_publisher(
    page: str, publisher: str
) -> None:
    csl = parse_record(page).to_csl()
    assert csl["type"] == "report"
    assert csl["publisher"] == publisher
    assert "container-title" not in csl


@pytest.mark.parametrize(
    "periodical", ["Fen Institute Quarterly", "Harbour Review - Fen Institute of Economics"]
)
def test_a_reports_periodical_container_is_no_publisher(periodical: str) -> None:
    page = BODY_AS_CONTAINER.replace("Banco de la Marisma - Servicio de Estudios", periodical)
    record = parse_record(page)
    assert record.to_csl().get("publisher") is None or "Fen" not in record.to_csl()["publisher"]
    assert not any("read as the container" in d.message for d in record.diagnostics)
