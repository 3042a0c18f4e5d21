"""A web article's periodical named by the site's statement of its owner in the footer
(``Harbour Light is part of Tidewater Media Inc``, ``comet.page.site_statement``) and one
more sign: the name alone on a line (its logo) or printed again in the site's chrome. Every
page is invented; the shapes are those of news and magazine sites of the fresh ``other3``
and ``web4`` sets (issue 13)."""

from __future__ import annotations

import pytest
from tests.pages.test_site_signs import PROSE

from comet import locales as _loc
from comet import parse_record
from comet.page.site_statement import self_statement


def _page(top: str = "", body: str = "", footer: str = "") -> str:
    return (
        top + "Home\nNews\nIslands\nTravel\n\n"
        "Will the Holm Island ferry sail again?\n\n"
        "By Petra Solberg\n\nMarch 12, 2024\n\n" + PROSE + body + "\nShare this story\n\n"
        "Privacy policy\nTerms of use\n\n" + footer + "\nContact us\n"
    )


def _container(page: str) -> str | None:
    return parse_record(page).to_csl().get("container-title")


OWNED = "Harbour Light is part of Tidewater Media Inc, a group of coastal newspapers.\n"


def test_a_statement_and_the_logo_name_the_site() -> None:
    assert _container(_page("Harbour Light\n", "", OWNED)) == "Harbour Light"


def test_a_statement_in_another_language_and_the_logo() -> None:
    footer = "Hafenlicht ist ein Angebot der Gezeiten Medien GmbH.\n"
    assert _container(_page("Hafenlicht\n", "", footer)) == "Hafenlicht"


def test_a_statement_and_two_mentions_in_the_chrome() -> None:
    body = (
        "\nBecome a Harbour Light member and read every story first\n\n"
        "The old quay at dawn. Photo: Ola Brekke for Harbour Light\n"
    )
    assert _container(_page("", body, OWNED)) == "Harbour Light"


ABOUT_A_COMPANY = (
    "\nHolm Radio is owned by Tidewater Media Inc and has broadcast from the quay since 1987.\n\n"
    + PROSE
)


@pytest.mark.parametrize(
    ("top", "body", "footer"),
    [
        # the statement alone: no second sign
        ("", "", OWNED),
        # a sentence of the text states a company's owner, and a tag names it: no footer
        ("Holm Radio\n", ABOUT_A_COMPANY, ""),
        # a statement whose object is no company ('the Kingdom of Denmark')
        ("Greenland\n", "", "Greenland is part of the Kingdom of Denmark.\n"),
        # a person's name before the statement (a staff note)
        ("Petra Solberg\n", "", "Petra Solberg is part of the Tidewater Media Inc team.\n"),
    ],
)  # fmt: skip
def test_no_site_named_by_a_statement_alone(top: str, body: str, footer: str) -> None:
    assert _container(_page(top, body, footer)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Greenland is part of the Kingdom of Denmark.",  # no company
        "This is part of Example Media Inc",  # the phrase at the line's start: no name
        "is part of Example Media Inc",
        "Menu",
        "",
    ],
)
def test_lines_that_are_no_statement(line: str) -> None:
    assert self_statement(line, _loc.all_rules()) is None


def test_a_statement_line() -> None:
    found = self_statement("Fen Weekly is published by The Fen Group, Marshtown.", _loc.all_rules())
    assert found == ("Fen Weekly", "is published by")
