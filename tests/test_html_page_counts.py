"""``comet.parse_html``: a book's number of pages from schema.org's ``numberOfPages``, where
the text reader read no pages or another count; never over an article's range of pages.

Every page here is hand-written (invented titles, names, counts and ISBNs)."""

from __future__ import annotations

import json

import pytest

from comet import parse_html
from comet.html.mapping import _page_count
from tests._html_build import page

pytest.importorskip("selectolax")


def ld_page(item: dict[str, object], body: str = "<h1>Quiet Harbours</h1>") -> str:
    script = json.dumps({"@context": "https://schema.org", **item})
    return page(f'<script type="application/ld+json">{script}</script>', body)


BOOK = {"@type": "Book", "name": "Quiet Harbours", "author": "Ines Marrow",
        "isbn": "978-0-00-000000-2"}  # fmt: skip


@pytest.mark.parametrize("read_text", [True, False])
def test_a_books_number_of_pages_comes_from_its_tag(read_text: bool) -> None:
    r = parse_html(ld_page({**BOOK, "numberOfPages": "312"}), read_text=read_text)
    assert r.to_csl().get("number-of-pages") == "312"


def test_the_tag_states_the_count_over_another_count_the_text_read() -> None:
    body = "<h1>Quiet Harbours</h1><p>Ines Marrow</p><p>Pages: 1</p>"
    r = parse_html(ld_page({**BOOK, "numberOfPages": 312}, body))
    assert r.to_csl().get("number-of-pages") == "312"


def test_an_articles_page_range_stands_beside_a_page_count() -> None:
    # near miss: the work's range of pages in its journal is no count to replace
    item = {"@type": "ScholarlyArticle", "headline": "Quiet Harbours", "pageStart": "12",
            "pageEnd": "19", "numberOfPages": "8"}  # fmt: skip
    csl = parse_html(ld_page(item), read_text=False).to_csl()
    assert csl.get("page") == "12-19"
    assert "number-of-pages" not in csl


@pytest.mark.parametrize("value", ["0", "ca. 300", "312-320", "", "xii"])
def test_a_value_that_is_no_whole_count_is_no_page_count(value: str) -> None:
    # near misses: no count of pages
    assert _page_count(value) is None
