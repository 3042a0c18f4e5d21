"""A number grouped by thousands with a space and the word it counts (``31 407 betalende
brukere``, ``1 500 personnes``) is a count in prose, never a volume and a page
(``comet.page.false_locators``). Invented pages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from comet import parse_record
from comet.locators import find_locators
from comet.page.locator import _loose_in_line

BODY = (
    "The ferry company has argued with the council about the timetable for years, and "
    "the islanders have signed a petition asking for an earlier boat in winter.\n\n"
)


def _csl(line: str) -> dict:
    page = "A petition for the early ferry\n\nBy Petra Solberg\n\nMarch 12, 2024\n\n"
    return parse_record(page + BODY + line + "\n\n" + BODY).to_csl()


@pytest.mark.parametrize(
    "line",
    [
        "Avisen hadde 31 407 betalende brukere da den ble stengt.",
        "La pétition a réuni 1 500 personnes en deux jours.",
        "The petition had 12 400 signatures by Friday.",
        "The ferry carried 22 841 passengers last year.",  # (review)
    ],
)
def test_a_grouped_count_is_no_locator(line: str) -> None:
    csl = _csl(line)
    assert "volume" not in csl and "page" not in csl


def test_a_journal_named_before_the_numbers_keeps_its_locator() -> None:
    line = "Cited in: Fen Materials Letters 22 841 (2019)."
    csl = parse_record(
        "Grain sizes in three quarries\n\nJ. Brandt, K. Olsen\n\n" + line + "\n\n" + BODY
    ).to_csl()
    assert csl.get("volume") == "22"


# --- a postal address in a run of short lines (locatorwide) ---------------------------------


def _run_page(*texts: str) -> SimpleNamespace:
    """The little of a page :func:`_loose_in_line` reads: its lines' texts."""
    return SimpleNamespace(layout=SimpleNamespace(lines=[SimpleNamespace(text=t) for t in texts]))


def test_a_postcode_whose_town_ends_its_line_inside_a_run_is_an_address() -> None:
    # a run of short lines joins 'Sentralbord: …' after the town: the town still ends
    # the numbers' own line
    page = _run_page("Besøksadresse:", "Kaiveien 1, 0462 Havnby", "Sentralbord: 21 30 40 50")
    loc = next(iter(find_locators("Kaiveien 1, 0462 Havnby"))).value
    assert _loose_in_line(page, 0, "1, 0462", loc)  # type: ignore[arg-type]
    # numbers followed on their line by words that are no town's name: no address
    page = _run_page("Marsh Notes", "Fen Letters 1, 0462 and more text here", "Next")
    assert not _loose_in_line(page, 0, "1, 0462", loc)  # type: ignore[arg-type]


def test_a_locator_printed_over_short_lines_still_reads() -> None:
    page = (
        "Grain sizes in three quarries\n\nJ. Brandt, K. Olsen\n\n"
        "Fen Materials Letters,\nVolume 12,\nNumber 4, 2019\n\n" + BODY
    )
    csl = parse_record(page).to_csl()
    assert (csl.get("volume"), csl.get("issue")) == ("12", "4")
