"""A shop's or an e-book store's statement that a book belongs to a series (``Part of the book
series:``, ``Z serii:``, ``Из серии:``: the locales' ``[labels].series``) and a series
number after a number sign (``Marsh Basics #6``). Invented pages; the negative cases must
give no series."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.series import series_parts

BLURB = "This book describes the birds of northern marshes and their songs in every season.\n"


def _csl(line: str) -> dict[str, object]:
    return parse_record(f"Marsh Birds of the North\n\n{line}\n{BLURB}").to_csl()


@pytest.mark.parametrize(
    "line",
    [
        "Part of the book series: Marsh Basics #3",
        "From the series: Marsh Basics #3",
        "Aus der Reihe: Marsh Basics #3",
        "Z serii: Marsh Basics #3",
        "Из серии: Marsh Basics #3",
        "De la collection : Marsh Basics #3",
        "Da coleção: Marsh Basics #3",
        "Uit de reeks: Marsh Basics #3",
    ],
)
def test_series_statement_of_a_shop(line: str) -> None:
    csl = _csl(line)
    assert csl.get("title") == "Marsh Birds of the North"
    assert (csl.get("collection-title"), csl.get("collection-number")) == ("Marsh Basics", "3")


@pytest.mark.parametrize(
    "line",
    [
        # the phrase opening a sentence of prose: no label
        "From the series of counts made each spring we learned that the marsh birds return.",
        "Part of the series on marshes, this essay looks at the birds and their songs.",
    ],
)
def test_series_phrase_in_prose_is_no_label(line: str) -> None:
    assert _csl(line).get("collection-title") is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Marsh Basics #6", ("Marsh Basics", "6")),
        ("Marsh Basics, #12", ("Marsh Basics", "12")),
        ("C# Basics", ("C# Basics", None)),  # a sign inside the name: no number
        ("#6", ("#6", None)),  # nothing before the sign: no series title to keep
    ],
)
def test_number_sign_closes_a_series(value: str, want: tuple[str, str | None]) -> None:
    assert series_parts(value, frozenset()) == want


@pytest.mark.parametrize(
    "page",
    [
        # a cycle of events and a podcast's series: no book's series labels
        "Wieczór z Anną Lis w bibliotece\nZ cyklu: Spotkania z autorami\n"
        "Zapraszamy na spotkanie z autorką powieści o bagnach północy.\n",
        "Episode 12: Old maps of the harbour\nPart of the series: Harbour Talks\n"
        "In this episode we look at old maps of the harbour and what they tell us.\n",
    ],
)
def test_cycle_and_podcast_series_are_no_book_series(page: str) -> None:
    assert parse_record(page).to_csl().get("collection-title") is None
