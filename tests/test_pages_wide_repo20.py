"""Repository records (the wide "repo20" set): a repository's own citation of a thesis as
EPrints prints it over a record or in a creator's list (``Name, ID (Year) Title. Skripsi
thesis, University.``). Every name, title and number here was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record, parse_reference


@pytest.mark.parametrize(
    ("text", "family", "title", "year", "publisher"),
    [
        (
            "ODUYA WANJIRU, 051422987 (2003) ANALISIS RANTAI PASOK BERAS. "
            "Skripsi thesis, Universitas Negeri Kaliwangi.",
            "WANJIRU",
            "ANALISIS RANTAI PASOK BERAS",
            2003,
            "Universitas Negeri Kaliwangi",
        ),
        (
            "Lindqvar, Tomas, 20114471 (2016) Grazing and dune mosses. "
            "Undergraduate thesis, Northmoor University.",
            "Lindqvar",
            "Grazing and dune mosses",
            2016,
            "Northmoor University",
        ),
    ],
)
def test_a_creator_id_before_the_year_is_no_part_of_the_work(
    text: str, family: str, title: str, year: int, publisher: str
) -> None:
    csl = parse_reference(text).to_csl()
    assert csl["author"][0]["family"] == family
    assert csl["title"] == title
    assert csl["issued"] == {"date-parts": [[year]]}
    assert csl["type"] == "thesis"
    assert csl["publisher"] == publisher


def test_a_skripsi_thesis_line_is_the_genre_not_a_place() -> None:
    csl = parse_reference(
        "Ruslani, Dewi (2009) Pola tanam padi gogo. Skripsi thesis, Universitas Lembah Hijau."
    ).to_csl()
    assert csl["type"] == "thesis"
    assert csl["publisher"] == "Universitas Lembah Hijau"
    assert "publisher-place" not in csl


def test_a_creator_list_line_of_one_thesis_is_its_record() -> None:
    csl = parse_record(
        "ODUYA WANJIRU, 051422987 (2003) ANALISIS RANTAI PASOK BERAS. "
        "Skripsi thesis, Universitas Negeri Kaliwangi.\n"
    ).to_csl()
    assert csl["title"] == "ANALISIS RANTAI PASOK BERAS"
    assert csl["author"] == [{"family": "WANJIRU", "given": "ODUYA"}]
    assert csl["issued"] == {"date-parts": [[2003]]}
    assert csl["type"] == "thesis"


@pytest.mark.parametrize(
    "text",
    [
        # a short number after the names is an issue or a count, never a creator's ID
        "Brennan, Aoife, 12 (2015) Notes on reef fish. Masters thesis, Northmoor University.",
        # a long number that is the title's start stays in the title
        "Brennan, Aoife (2015) 20114471 reasons to count fish. Masters thesis, Northmoor University.",
    ],
)
def test_no_creator_id_is_read_where_there_is_none(text: str) -> None:
    csl = parse_reference(text).to_csl()
    assert "20114471" in str(csl.get("title")) or ", 12 (" in text


# --- a dialog's button under a label is no value --------------------------------------------

_DATA_PAGE = """Capabilities > Instruments > fenrad

fenradcf

Browse Data

Fen Radiometer Daily Cloud Fraction (fenradcf)

Browse Data

Location

Marsh Point
Latitude: 61.204
Publication Date: 2011-03-04
Start Date: 2011-03-04

DOI / Citation

http://dx.doi.org/10.5439/9999991
×

Title

OK
"""


def test_a_dialogs_ok_button_under_a_title_label_is_no_title() -> None:
    csl = parse_record(_DATA_PAGE).to_csl()
    assert csl.get("title") != "OK"


def test_a_title_opening_with_ok_under_its_label_stays() -> None:
    csl = parse_record(
        "Title\nOK Computer revisited: guitars in the dune\nAuthor\nLund, Kari\nYear\n2011\n"
    ).to_csl()
    assert csl["title"] == "OK Computer revisited: guitars in the dune"


# --- a byline naming the thesis's supervisors -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "par Ana Ruiz sous la direction de Jonas Brandt et de Lea Holm . - Université de Nordville\n",
        "Les marais salants du Nord\npar Ana Ruiz sous la direction de Jonas Brandt - Lyon, École de Nordville\n",
        "Dune grasses of the north coast\nby Ana Ruiz under the supervision of Jonas Brandt\n",
    ],
)
def test_a_byline_naming_the_supervisors_makes_a_thesis(text: str) -> None:
    csl = parse_record(text).to_csl()
    assert csl["type"] == "thesis"
    assert csl["author"] == [{"family": "Ruiz", "given": "Ana"}]


@pytest.mark.parametrize(
    "text",
    [
        # an edited book: the phrase names its editor, with no author's byline before it
        "Atlas des dunes\nouvrage publié sous la direction de Jonas Brandt\n"
        "Paris : Éditions du Sable, 2011\n",
        # the phrase on a line of its own after the byline
        "Atlas des dunes\npar Ana Ruiz et Lea Holm\nsous la direction de Jonas Brandt\n",
        # no name after the phrase: a sentence
        "Dune grasses\nby Ana Ruiz under the direction of its chair\n",
    ],
)
def test_no_supervised_byline_where_none_is_printed(text: str) -> None:
    assert parse_record(text).to_csl()["type"] != "thesis"


def test_a_collective_book_edited_under_a_direction_stays_a_book() -> None:
    # 'sous la direction de' is also a collective book's editor formula: with an ISBN the
    # byline names no thesis's supervisor
    page = (
        "Presses de la Garenne\n\nLes jardins partagés du bocage normand\n\n"
        "par Maëlle Chantereau sous la direction de Firmin Gourvennec\n\n"
        "Presses de la Garenne, Lavernay, 2016\nISBN 978-2-7535-0000-6\n286 pages\n"
    )
    assert parse_record(page).to_csl()["type"] == "book"
