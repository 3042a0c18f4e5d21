"""Breaks found by the review of session 28, mended by general rules (mends28). Invented
pages in the shape of real ones: other names, other words, several languages."""

from __future__ import annotations

import pytest

from comet import parse_record


def _csl(text: str) -> dict:
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    "text",
    [
        "Tidal Channels and Salt Marsh Accretion in the Wadden Sea\n"
        "Maria Olsen, Pieter de Vries\nYear: 2019\nPages: 45-67\n",
        "Die Wirtschaft der Hansestädte im späten Mittelalter\nAutor: Jonas Becker\n"
        "Erscheinungsjahr: 2015\nSeiten: 112-139\n",
        "Les moulins à vent de la Beauce\nAuteur : Claire Dubois\nAnnée : 2008\n"
        "Pages : 201-230\n",
    ],
)
def test_a_page_range_alone_is_no_book_s_sign(text: str) -> None:
    # a range of pages is a part of a printed whole: no book's number of pages
    csl = _csl(text)
    assert csl.get("type") != "book"
    assert "number-of-pages" not in csl


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Towns of the North\nAuthor: Maria Olsen\nYear: 2019\nPages: 312\n",
        "Die Hansestädte\nAutor: Jonas Becker\nSeitenzahl: 248\n",
    ],
)
def test_a_number_of_pages_alone_still_makes_a_book(text: str) -> None:
    assert _csl(text)["type"] == "book"
