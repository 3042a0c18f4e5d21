"""The year of a container statement (``Erschienen 2013 im Jahrbuch …``, ``Erschienen 2015
in …``) dates the work when the locator after it prints none (``comet.page.journal_head``).
Invented pages in the shape of a document platform's transcript."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "Die Studie vergleicht die Erträge von drei Höfen in den Marschen zwischen 1990 und "
    "2005 und die Kosten ihrer Entwässerung.\n\nDie Ergebnisse zeigen, dass die kleinen "
    "Höfe ihre Gräben häufiger räumen als die großen.\n"
)


def _csl(line: str, top: str = "") -> dict:
    page = top + "Erträge in der Marsch\n\nAnna Berg und Jonas Lind\n\n" + BODY + "\n" + line + "\n"
    return parse_record(page).to_csl()


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Erschienen 2013 im Jahrbuch der Marschengesellschaft, Band 7(2): 33-41.", 2013),
        ("Erschienen 2015 in Zeitschrift für Marschkunde, Band 4(2): 17-26.", 2015),
    ],
)
def test_a_statements_year_dates_the_work(line: str, year: int) -> None:
    csl = _csl(line, top="Studienjahr: 2022\n\n")  # a platform's field, no publication date
    assert csl["issued"]["date-parts"][0] == [year]
    assert csl["page"] in ("33-41", "17-26")


def test_the_locators_own_year_is_kept() -> None:
    # a year in the locator itself wins over none; the statement without a year adds none
    csl = _csl("Erschienen im Jahrbuch der Marschengesellschaft 2011, Band 7(2): 33-41.")
    assert csl["issued"]["date-parts"][0] == [2011]


def test_no_year_from_a_statement_without_one() -> None:
    csl = _csl("Erschienen im Jahrbuch der Marschengesellschaft, Band 7(2): 33-41.")
    assert "issued" not in csl
