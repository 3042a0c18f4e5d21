"""An edition statement on a line of its own under a book's title, with no label (locator17:
``comet.page.isbd.edition_line``): a number, its ordinal ending or stop, and an edition word
of the locales (``[references].edition``, ``[words].edition_after_number``). Invented pages;
the negative cases are numbered lines that are no edition."""

from __future__ import annotations

import pytest

from comet import parse_record


def _edition(line: str) -> object:
    text = (
        f"Reeds of the Northern Marshes\nAna Lindqvist\n{line}\nHarbour Light Press, 2019\n"
        "ISBN 978-3-16-148410-0\n"
        "A field guide to the reed beds of the northern coast, their birds and their insects, "
        "written for walkers and for students of the marshes alike.\n"
    )
    return parse_record(text).to_csl().get("edition")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2nd ed.", "2nd ed"),
        ("2. Aufl.", "2. Aufl"),
        ("2e éd.", "2e éd"),
        ("2-е изд.", "2-е изд"),
        ("3rd edition, revised", "3rd edition, revised"),
        ("[2nd ed.]", "2nd ed"),
    ],
)
def test_an_edition_line(line: str, want: str) -> None:
    assert _edition(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "2nd floor",  # a number and a word that is no edition word
        "3 Bände",
        "3rd edition of the marsh walkers' annual meeting",  # a longer line
        "12 ed. copies left",
        "Published 2019",
    ],
)
def test_no_edition_line(line: str) -> None:
    assert _edition(line) is None


def test_a_festival_edition_is_none() -> None:
    # (negative) no book's sign on the page
    text = "Northern Film Days\n14th edition\n9-13 October 2024\nFilms from the coast.\n"
    assert parse_record(text).to_csl().get("edition") is None


def test_another_books_edition_in_a_related_list_is_none() -> None:
    text = (
        "Field Guide to Marsh Birds\nEva Lund\n2019\nISBN 978-3-16-148410-0\n"
        "A guide to the birds of the reed beds, for walkers and students alike.\n"
        "You may also like\n3rd ed.\nBirds of the Northern Coast\n"
    )
    assert parse_record(text).to_csl().get("edition") is None
