"""``comet.parse_html``: a container tag that names only a book (``citation_inbook_title``)
types a page nothing else types as a chapter (issue 17; review of html3).

Every page here is hand-written (invented names, titles and publishers)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")

HEAD = (
    meta("citation_title", "Salt, Ice and the Early Modern Fisheries")
    + meta("citation_author", "Dagher, Rami")
    + meta("citation_publisher", "Harbourline Press")
    + meta("citation_publication_date", "2018")
)
BODY = (
    "<h1>Salt, Ice and the Early Modern Fisheries</h1><p>Rami Dagher</p>"
    "<p>Preserving the catch decided where fish could be sold.</p>"
)


def test_a_book_title_tag_makes_the_tags_alone_a_chapter() -> None:
    head = HEAD + meta("citation_inbook_title", "Cold Economies: Essays on Northern Trade")
    assert parse_html(page(head, BODY), read_text=False).csl_type == "chapter"


def test_a_journal_title_tag_beside_it_makes_no_chapter() -> None:
    # negative: a journal tag too: not only a book's title, no chapter
    head = (HEAD + meta("citation_inbook_title", "Cold Economies")
            + meta("citation_journal_title", "Northern Trade Review"))  # fmt: skip
    assert parse_html(page(head, BODY), read_text=False).csl_type != "chapter"


def test_a_type_tag_outweighs_the_book_title() -> None:
    # negative: the page's type tag says what it is (a review of the book)
    head = (HEAD + meta("citation_inbook_title", "Cold Economies")
            + meta("DC.type", "Book review"))  # fmt: skip
    assert parse_html(page(head, BODY), read_text=False).csl_type != "chapter"
