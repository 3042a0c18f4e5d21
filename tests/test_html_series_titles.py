"""``comet.parse_html``: a shop's or a catalogue's title tag that holds the book's series
around its title (``Title (Series)``, ``Series -3- Title``), where the text reader read the
title alone and the series apart: the text's title stands.

Every page here is hand-written (invented titles, series, names, shops and ISBNs)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def shop(tail: str, series: str = "Fjord Crime Series") -> str:
    head = f"<title>Quiet Harbours {tail} : Moen, Ivar: Fjordshop.example: Books</title>"
    body = (
        "<h1>Quiet Harbours</h1><p>by Ivar Moen (Author)</p>"
        f"<p>Series: {series}</p><p>Publisher: Kvist (3 Mar. 2019)</p>"
        "<p>Paperback: 312 pages</p><p>ISBN-13: 978-0-00-000000-2</p>"
        f"<p>Customers also viewed: Quiet Harbours {tail}</p>"
    )
    return page(head, body)


def catalogue(og: str, label: str = "Title") -> str:
    head = meta("og:title", og, "property") + f"<title>{og}</title>"
    body = (
        f"<h1>{og}</h1><table><tr><td>Series</td><td>Harbour Tales</td></tr>"
        f"<tr><td>{label}</td><td>The Salt Road</td></tr>"
        "<tr><td>Volume</td><td>3</td></tr><tr><td>Pages</td><td>46</td></tr>"
        "<tr><td>ISBN</td><td>978-0-00-000000-2</td></tr></table>"
    )
    return page(head, body)


@pytest.mark.parametrize("tail", ["(Fjord Crime Series)", "(Fjord Crime Series ; 4)"])
def test_a_series_in_brackets_after_the_tags_title_is_no_part_of_it(tail: str) -> None:
    r = parse_html(shop(tail))
    assert r.full_title == "Quiet Harbours"
    assert r.collection_title == "Fjord Crime Series"


def test_brackets_that_are_not_the_series_read_stay_in_the_title() -> None:
    # near miss: the bracketed words are not the series the page names
    r = parse_html(shop("(Harbour Noir)"))
    assert not any("series around it" in d.message for d in r.diagnostics)


def test_a_series_name_and_number_before_a_labelled_title_are_no_part_of_it() -> None:
    r = parse_html(catalogue("Harbour Tales -3- The Salt Road"))
    assert r.full_title == "The Salt Road"


@pytest.mark.parametrize(
    ("og", "label"),
    [
        ("Harbour Tales - The Salt Road", "Title"),  # no series number before the title
        ("Harbour Tales -3- The Salt Road", "Note"),  # the page's value is no labelled title
    ],
)
def test_the_tags_title_stands_without_a_number_or_a_title_label(og: str, label: str) -> None:
    # near misses: the tag's title is kept
    assert parse_html(catalogue(og, label)).full_title == og
