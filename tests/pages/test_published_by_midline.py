"""A ``Published by`` statement in the middle of a publisher's line, capitalised as the
locale prints it (``BY 4.0 license Open Access Published by Fen Academic November 8,
2023``): its name, cut before the date, is a publisher candidate
(``comet.page.publishers._published_by``). Prose's lower-case ``articles published by
Nature`` is none. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = """Skip to content
{line}

Seasonal drift of reed seeds across three lowland marshes

Ana B. Lindqvist

Abstract
Seeds of reed drift on water in spring. We followed marked seeds for two seasons.
"""


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("BY 4.0 license Open Access Published by Fen Academic November 8, 2023", "Fen Academic"),
        ("Open Access Published by Marsh & Reed 3 May 2021", "Marsh & Reed"),
        # a month word that is no date's keeps its place in the name
        ("Open Access Published by March Hare Press", "March Hare Press"),
    ],
)
def test_a_midline_published_by_names_the_publisher(line: str, publisher: str) -> None:
    csl = parse_record(PAGE.format(line=line)).to_csl()
    assert csl.get("publisher") == publisher


@pytest.mark.parametrize(
    "line",
    [
        # prose: the statement's words in small letters are no label
        "We analysed all news articles published by Nature Research between 2005 and 2020.",
        "Most of the reports published by Fen Council were read twice.",
    ],
)
def test_prose_published_by_names_no_publisher(line: str) -> None:
    csl = parse_record(PAGE.format(line=line)).to_csl()
    assert "publisher" not in csl


@pytest.mark.parametrize(
    "line",
    [
        "Posted in News | Published by Jane Doe",  # a blog's author, no publisher
        "Filed under Notes Published by Admin",  # one word naming no body
    ],
)
def test_a_midline_published_by_naming_a_person_is_no_publisher(line: str) -> None:
    csl = parse_record(PAGE.format(line=line)).to_csl()
    assert csl.get("publisher") not in ("Jane Doe", "Admin")


# --- (review) a 'Published by' inside a sentence of prose names another thing's publisher ---


def test_a_midline_published_by_in_running_prose_is_none() -> None:
    page = (
        "Old charts find a new home in the harbour museum\n"
        "By Lena Marsh\n"
        "June 8, 2021 10:45 AM\n"
        "The atlas, Published by Fenwick & Daughters between 1850 and 1890, was given by a "
        "private collector.\n"
        "The museum will show the charts from next spring.\n"
    )
    assert "publisher" not in parse_record(page).to_csl()


def test_a_published_by_opening_a_sentence_of_prose_is_none() -> None:
    page = (
        "Spring recital in the harbour chapel\n"
        "Posted on 12 October 2021 by Ruth Quill\n"
        "The singers performed for two hours and the chapel was full.\n"
        "Published by the Friends of Harbour Chapel, the recital booklet is still on sale at "
        "the door.\n"
        "We hope to see you next year.\n"
    )
    assert "publisher" not in parse_record(page).to_csl()


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("© 2016 The Author(s). Published by Fen Valley Press, Marshtown", "Fen Valley Press"),
        ("© 2020 Published by Reed & Sedge Ltd, Fenwick, UK", "Reed & Sedge Ltd"),
    ],
)
def test_a_published_by_with_its_place_after_a_comma_stays(line: str, publisher: str) -> None:
    csl = parse_record(PAGE.format(line=line)).to_csl()
    assert csl.get("publisher") == publisher


# --- (final review #9) a headline about another work names that work's publisher ----------


@pytest.mark.parametrize(
    "line",
    [
        "New Trail Book Published by Riverside Council - 9 June 2021",
        "Flood Report Published by Lowland Water Board | 2 March 2020",
    ],
)
def test_a_headline_naming_a_work_by_its_type_gives_no_publisher(line: str) -> None:
    text = (
        f"Town Gazette\n{line}\nWalkers question the new trail plans\n"
        "The book says the paths are empty on weekdays, but walkers disagree.\n"
        "By Lea Moss\n"
    )
    assert parse_record(text).to_csl().get("publisher") is None


def test_a_type_term_alone_before_the_statement_still_reads() -> None:
    line = "Research Article Published by Fen Academic November 8, 2023"
    assert parse_record(PAGE.format(line=line)).to_csl().get("publisher") == "Fen Academic"
