"""A number grouped by thousands with a space and the word it counts (``31 407 betalende
brukere``, ``1 500 personnes``) is a count in prose, never a volume and a page
(``comet.page.false_locators``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

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
