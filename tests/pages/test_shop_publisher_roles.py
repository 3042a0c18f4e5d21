"""A shop's book facts: the publisher on a line of its own with its role in brackets
(``Kranich & Sohn (Verlag)``, ``comet.page.publisher_roles``) and a page count as a list item
(``• 312 Seiten``, ``comet.page.page_count_lines``). Invented pages in the shape of German and
English book shops."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.publisher_roles import bracketed_publisher

PAGE = (
    "Marschland im Wandel\n\nEine Geschichte der Deiche\n\nKranich & Sohn (Verlag)\n"
    "  • 2. Auflage\n  • |\n  • erschienen am 3. Mai 2018\n  • |\n  • 312 Seiten\n\n"
    "Buch | Hardcover\n978-3-16-148410-0 (ISBN)\n"
)


def test_a_publisher_with_its_role_in_brackets() -> None:
    csl = parse_record(PAGE).to_csl()
    assert csl["publisher"] == "Kranich & Sohn"
    assert csl["title"] != "Kranich & Sohn (Verlag)"
    assert csl["number-of-pages"] == "312"
    assert csl["issued"]["date-parts"][0] == [2018, 5, 3]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Kranich & Sohn (Verlag)", "Kranich & Sohn"),
        ("Harbour Light Press (Publisher)", "Harbour Light Press"),
        ("Éditions du Marais (Éditeur)", "Éditions du Marais"),
    ],
)
def test_publisher_lines(line: str, want: str) -> None:
    assert bracketed_publisher(line, resolve(None)) == want


@pytest.mark.parametrize(
    "line",
    [
        "Anna Reed (Author)",  # (negative) a person's role
        "Reeds and Rivers (2nd edition)",  # (negative) an edition in brackets
        "Kranich & Sohn (Verlag) and the harbour press of the north in the last century era",
    ],
)
def test_not_publisher_lines(line: str) -> None:
    assert bracketed_publisher(line, resolve(None)) is None


def test_a_bullet_page_count_in_prose_is_no_count() -> None:
    # (negative) a list item of prose with a count inside it is no page count line
    text = (
        "Reading notes\n\nBy Tom Lane\n\n• I read 312 pages of it last night and more today.\n"
        "• The harbour chapters are the best ones in the whole book, I think.\n"
    )
    assert parse_record(text).to_csl().get("number-of-pages") is None


def test_an_edition_as_a_list_item_under_the_title() -> None:
    text = (
        "Marschland im Wandel\n\nKranich & Sohn (Verlag)\n  • 2. Auflage\n  • 312 Seiten\n"
        "ISBN 978-3-16-148410-0\n"
    )
    assert parse_record(text).to_csl()["edition"] == "2. Auflage"


def test_a_publisher_line_under_the_title_is_no_byline() -> None:
    # (negative for names) 'Kranich & Sohn (Verlag)' under the title names no author
    text = (
        "Marschland im Wandel\n\nEine Geschichte der Deiche\n\nKranich & Sohn (Verlag)\n"
        "  • 312 Seiten\n\nISBN 978-3-16-148410-0\n"
    )
    assert not parse_record(text).to_csl().get("author")


def test_an_editors_role_word_in_brackets_names_no_publisher() -> None:
    # (negative) 'Editora' is a publisher's label in Portuguese and an editor in Spanish
    text = "Aves de los humedales del norte\nLucía Marín (Editora)\nISBN 978-3-16-148410-0\n"
    assert parse_record(text).to_csl().get("publisher") is None
