"""The line above a locator is read as the journal's name (``comet.page.locator
._journal_above``), never when it is a byline opening with a person's initials (``И. И.
Петров`` over a GOST citation line: the journal is the sentence-case name before the
citation's locator, session 18). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

ABSTRACT = (
    "Аннотация\nСтатья рассматривает историю осушения болот в регионе и её последствия "
    "для местных жителей и природы.\n"
)


@pytest.mark.parametrize("byline", ["И. И. Петров", "И.И. Петров, А. А. Сидорова"])
def test_a_byline_above_a_locator_is_no_journal(byline: str) -> None:
    page = (
        f"Болота и люди в XX веке\n{byline}\nРусская речь. 2019. Т. 4, № 3. С. 45–67.\n" + ABSTRACT
    )
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") == "Русская речь"  # never the byline
    assert csl["volume"] == "4"


def test_a_masthead_above_a_locator_is_still_the_journal() -> None:
    page = (
        "Reeds and Rivers in the Fen\nOla Berg\nMarsh Letters\nVol. 4, No. 3, pp. 45-67\n\n"
        "Abstract\nThe paper follows the reed beds of the fen over three decades and the "
        "rivers that feed them.\n"
    )
    assert parse_record(page).to_csl().get("container-title") == "Marsh Letters"
