"""A book's copyright page printed as text (a preview's front matter): the holder of its
copyright line is the publisher where an ISBN follows within a few lines and the holder is no
person's name (``comet.page.publishers._copyright_page``). Invented front matter."""

from __future__ import annotations

import pytest

from comet import parse_record


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Les marais\n\n© Harmonie, 2012\n5, rue des Marais, 75005 Paris\nwww.example.org\n"
            "contact@example.org\nISBN : 978-2-00-000000-6\n",
            "Harmonie",
        ),
        (
            "Les marais\n\n© Éditions du Héron, 2012\nISBN : 978-2-00-000000-6\n",
            "Éditions du Héron",
        ),
    ],
)
def test_the_copyright_holder_of_a_book_s_copyright_page(text: str, want: str) -> None:
    assert parse_record(text).to_csl()["publisher"] == want


def test_an_author_holding_the_copyright_is_no_publisher() -> None:
    # (negative) a person holds the copyright
    text = "Les marais\n\n© Ana Ruiz, 2012\nISBN : 978-2-00-000000-6\n"
    assert parse_record(text).to_csl().get("publisher") is None


def test_a_footer_without_an_isbn_names_no_publisher() -> None:
    # (negative) a site's footer: no ISBN under it
    text = (
        "Les marais\n\nUn texte sur les marais de la côte.\n\n© Harmonie, 2012\nMentions légales\n"
    )
    assert parse_record(text).to_csl().get("publisher") is None


@pytest.mark.parametrize(
    "holder",
    ["The Author(s)", "The Authors", "Les auteurs", "The Editor(s) and The Author(s)"],
)
def test_the_works_authors_holding_the_copyright_are_no_publisher(holder: str) -> None:
    # (negative) the holder named by the work's role, an ISBN under it
    text = f"Les marais\n\n© {holder} 2012\nISBN : 978-2-00-000000-6\n"
    assert parse_record(text).to_csl().get("publisher") is None


def test_a_shop_footer_over_the_word_isbn_names_no_publisher() -> None:
    # (negative) a shop's footer: the word ISBN in a menu under it, no ISBN's digits
    text = (
        "Les marais\nAna Ruiz\nISBN 978-2-00-000000-6\nAjouter au panier\n\n"
        "© Harmonie 2024\nMentions légales\nRecherche par ISBN | Cartes cadeaux\n"
    )
    assert parse_record(text).to_csl().get("publisher") is None
