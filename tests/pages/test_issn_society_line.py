"""A journal's name over its society's or publisher's line over the ISSN lines (``Journal of
Fen Hydrology`` / ``Fen Hydrology Society`` / ``ISSN …``): the name is the container, the
organisation's line never is (``comet.page.issn_names``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.issn_names import _organisation_line

BODY = (
    "\n\nThermal currents in small upland fens\n\nMara Feldt, Oskar Lindqvist\n\n"
    "Volume 12, Issue 3, March 2019, pages 45-52\n\nAbstract\n\n"
    "Thermal currents of twelve upland fens were measured over three seasons and compared "
    "with earlier circulation models.\n"
)


@pytest.mark.parametrize(
    ("head", "container"),
    [
        ("Journal of Fen Hydrology\n\nFen Hydrology Society\n\nISSN: 2999-1234\n"
         "eISSN: 2999-5678", "Journal of Fen Hydrology"),
        ("Upland Water Letters\nNorthmoor University Press\nISSN 2999-1234",
         "Upland Water Letters"),
        # (negative) the society's line alone over the ISSN names no journal
        ("Fen Hydrology Society\n\nISSN: 2999-1234", None),
        # (negative) nor does a society's line over another organisation's
        ("Northmoor University\nFen Hydrology Society\nISSN: 2999-1234", None),
    ],
)  # fmt: skip
def test_the_name_over_its_societys_line(head: str, container: str | None) -> None:
    assert parse_record(head + BODY).to_csl().get("container-title") == container


def test_organisation_lines_and_near_misses() -> None:
    rules = resolve(["en", "es", "de"])
    assert _organisation_line("Fen Hydrology Society", rules)
    assert _organisation_line("Sociedad Andina de Limnología", rules)
    # (negative) a journal's name with a society in it is a journal's name
    assert not _organisation_line("Journal of the Fen Hydrology Society", rules)
    assert not _organisation_line("Upland Water Letters", rules)
