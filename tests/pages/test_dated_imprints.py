"""An imprint whose date statement carries a month (``Heronway, Madrid, 2005`` but also
``Fen Valley Press, Oslo, NORWAY, March 2020``, ``Marshtown: Fen Press, Mai 2023``), and a
dated label that has the imprint's shape (``Created: Jul 16, 2016``): the month is the
date's, a city's country no part of the place, a date no publisher
(``comet.page.imprint.dated_part``, ``month_part``). Invented records."""

from __future__ import annotations

import pytest
from tests.test_pages_grammar import _book

from comet import locales as _loc
from comet import parse_record
from comet.page.imprint import _imprint, dated_part, month_part

RULES = _loc.resolve(None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fen Valley Press, Oslo, NORWAY, March 2020", ("Fen Valley Press", "Oslo", 2020)),
        ("Fen Valley Press, Oslo, Norway, 2020", ("Fen Valley Press", "Oslo", 2020)),
        ("Heronway, Madrid, 12 May 2005", ("Heronway", "Madrid", 2005)),
        ("Heronway, Madrid, 2005", ("Heronway", "Madrid", 2005)),  # as before
    ],
)
def test_a_publisher_then_its_city_country_and_dated_month(
    value: str, expected: tuple[object, ...]
) -> None:
    assert _imprint(value, RULES) == expected


@pytest.mark.parametrize(
    "value",
    [
        "Fen Valley Press, Georgia, 2020",  # a country (or a state) with no city before it
        "Oslo, Norway",  # a city and its country: no publisher
    ],
)
def test_no_country_dropped_without_a_city_before_it(value: str) -> None:
    publisher, place, _ = _imprint(value, RULES)
    assert publisher != "Fen Valley Press" or place is None or place == "Georgia"
    assert place != "Oslo" or publisher != ""  # nothing read as a publisher then a city


@pytest.mark.parametrize("part", ["July 2021", "12 May 2019", "Juni 2024", "Mar. 2020"])
def test_dated_parts(part: str) -> None:
    assert dated_part(part, RULES)


@pytest.mark.parametrize("part", ["Mayfield 2019", "2019", "Fen 16 2019", "May June 2019"])
def test_no_dated_parts(part: str) -> None:
    assert not dated_part(part, RULES)


@pytest.mark.parametrize("part", ["Jul 16", "16 Jul", "Juni", "Mai"])
def test_month_parts(part: str) -> None:
    assert month_part(part, RULES)


@pytest.mark.parametrize("part", ["Knaur", "Mayfield", "Fen 16", "Jul 160", "Fen Press"])
def test_no_month_parts(part: str) -> None:
    assert not month_part(part, RULES)


_PAPER = (
    "Drainage of the early modern fens\nAnna Berglund\n\n"
    "In: Proceedings of the Third Fenland Symposium on Drainage (pp. 12-19)\n"
    "ISBN 978-0-415-83547-3\n"
)


def test_a_labelled_publisher_with_city_country_and_month_after() -> None:
    csl = parse_record(_PAPER + "Publisher: Fen Valley Press, Oslo, NORWAY, March 2020\n").to_csl()
    assert csl["type"] == "paper-conference"
    assert csl.get("publisher") == "Fen Valley Press"
    assert csl.get("publisher-place") == "Oslo"  # the publisher's place, no event's


def test_a_conference_papers_other_place_is_no_publishers_place() -> None:
    csl = parse_record(_PAPER + "Publisher: Fen Valley Press, 2020\nPlace: Oslo\n").to_csl()
    assert csl.get("publisher") == "Fen Valley Press"
    assert csl.get("publisher-place") is None  # (as before: the event's, perhaps)


@pytest.mark.parametrize("line", ["Marshtown: Heronway, Mai 2023", "Marshtown: Heronway, May 2023"])
def test_an_imprint_line_with_a_month_before_its_year(line: str) -> None:
    csl = _book(line)
    assert (csl.get("publisher"), csl.get("publisher-place")) == ("Heronway", "Marshtown")


def test_a_record_date_label_is_no_imprint_line() -> None:
    page = (
        "Drainage model inventory\n\nAuthors:\tAnna Berglund\nResource type:\tGeneric\n"
        "Created:\tJul 16, 2016 at 4:11 p.m.\nLast updated:\tMay 16, 2017 at 6:37 p.m.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("publisher") != "Jul 16"
    assert csl.get("publisher-place") != "Created"


def test_a_publisher_with_a_months_look_and_no_month_keeps_it() -> None:
    csl = _book("Marshtown: Heronway Mayfield, 2023")  # no month: the name is whole
    assert csl.get("publisher") == "Heronway Mayfield"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Jul 5, 2001 - MARSH LETTERS - SERIES B", "MARSH LETTERS - SERIES B"),
        ("Jul 5, 2001 - Marsh Letters, ", "Marsh Letters"),
        ("5 Jul. 2001 – Marsh Letters, ", "Marsh Letters"),
        ("Marsh Letters, ", "Marsh Letters"),  # as before
    ],
)
def test_a_snippets_date_before_the_journal_goes(text: str, head: str) -> None:
    from comet.page.journal_head import _journal_head

    assert _journal_head(text, RULES) == head


@pytest.mark.parametrize("text", ["Fen 5, 2001 - Marsh Letters, ", "May Fen 2001 - Marsh Letters"])
def test_no_date_no_snippet_cut(text: str) -> None:
    from comet.page.journal_head import _journal_head

    assert _journal_head(text, RULES) != "Marsh Letters"  # no month: no date to cut


@pytest.mark.parametrize(
    "text",
    [
        "Marsh Letters – eISSN: 1234-5679 – ",
        "Marsh Letters, ISSN 1234-5679, ",
        "Marsh Letters (Print ISSN: 1234-5679) ",
        "Marsh Letters ISSN (Online) 1234-567X ",
    ],
)
def test_an_issn_statement_after_the_journal_goes(text: str) -> None:
    from comet.page.journal_head import _journal_head

    assert _journal_head(text, RULES) == "Marsh Letters"


def test_an_issn_inside_the_text_stays() -> None:
    from comet.page.journal_head import _journal_head

    # (only a closing statement goes: what stands after the number is no ISSN's)
    assert _journal_head("Marsh Letters ISSN 1234-5679 Fen Series ", RULES) != "Marsh Letters"
