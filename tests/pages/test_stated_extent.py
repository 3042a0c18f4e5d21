"""A page count stated as a part of its own inside a longer line: the physical description
of a work in the page's own citation or facts line, after a sentence's stop or the year of
publication (``comet.page.stated_extent``). Invented pages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.stated_extent import stated_extent


def _count(text: str) -> int | None:
    page, _ = _prepare(text, None)
    found = stated_extent(page)
    return None if found is None else found.value.count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # German: a monograph series' volume, the citation then its extent and marks
        (
            "Heft 21:\nBrandt, K. (2003): Die Auenböden der Elbtalniederung - Ein Beitrag zur "
            "Kartierung. 214 S., 31 Abb., 12 Tab. (vergriffen).\n",
            214,
        ),
        # Portuguese: a thesis cited in ABNT style, the year, the leaves, the genre
        (
            "Como citar\n\nMOREIRA, Ana Lúcia. Os rios do cerrado: uma leitura. 2011. 187 f. "
            "Tese (doutorado) - Universidade do Planalto, 2011.\n",
            187,
        ),
        # German: a shop's facts line, the genre, the year and the page count
        ("Die Weidewirtschaft im Moor\n\nMasterarbeit 2019 64 Seiten\n\nAgrarökologie\n", 64),
        # French: a report cited with its pages after the year
        (
            "Durand, Claire. Les digues du littoral atlantique. Nantes : Presses de l'Estuaire, "
            "2008. 156 p. (Cahiers côtiers ; 4).\n",
            156,
        ),
        # English: an extent after a publisher's statement, then illustrations
        (
            "Heron, T. (1987). Salt Marshes of the North Coast. Harbour Light Press. "
            "312 pages, illustrated.\n",
            312,
        ),
        # Spanish: a book's citation with its pages at the end of the line
        ("Ruiz, Marta. La costa y sus puertos. Valdeluz: Editorial Brisa, 1999. 248 p.\n", 248),
    ],
)
def test_a_stated_page_count(text: str, count: int) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(
    "text",
    [
        "Reed, A. (2015). Tides. Coastal Review, 12. 3 S. 45-67\n",  # a locator: a digit next
        "Seminar on salt marshes. 16 h, room 4.\n",  # an hour, no stop after its one letter
        "The survey began in 2015 and 41 volunteers counted birds.\n",  # no unit after
        "Reed, A. Tides. Coastal Review 12. 45-67\n",  # a page range, no count
    ],
)
def test_no_stated_page_count(text: str) -> None:
    assert _count(text) is None


def test_a_thesis_page_reads_its_leaves_from_its_citation() -> None:
    text = (
        "Os rios do cerrado: uma leitura\n\nAutor\nMoreira, Ana Lúcia\n\nData\n2011\n\n"
        "Como citar este documento\n\nMOREIRA, Ana Lúcia. Os rios do cerrado: uma leitura. "
        "2011. 187 f. Tese (doutorado) - Universidade do Planalto, 2011.\n"
    )
    assert parse_record(text).to_csl().get("number-of-pages") == "187"


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    page, _ = _prepare(text, None)
    found = stated_extent(page)
    if found is not None:  # the count is the number printed where its span starts
        start, end = found.span
        printed = re.match(r"\d+", page.text[start:end])
        assert printed is not None and int(printed.group()) == found.value.count


@given(
    st.integers(1, 9999),
    st.sampled_from(["S.", "p.", "f.", "Seiten", "pages"]),
    st.integers(1500, 2099),
)
def test_a_count_after_the_year_is_read(count: int, unit: str, year: int) -> None:
    # the genre, the year, the count and its unit: the shape of a shop's facts line
    text = f"Die Weidewirtschaft im Moor\n\nMasterarbeit {year} {count} {unit}\n"
    assert _count(text) == count
