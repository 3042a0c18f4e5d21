"""A *How to cite* line in the Vancouver (NLM) style (``Moe AB, Lind C. Title of the work.
Journal. 2019;12(3):45-52.``): the journal is the name after the authors and the work's
title, never the whole head before the year (``comet.page.journal_head._vancouver_journal``).
Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.journal_head import _vancouver_journal

BODY = (
    "Home\nThermal currents in small upland fens\nMara Feldt, Oskar Lindqvist\nAbstract\n"
    "Thermal currents of twelve upland fens were measured over three seasons and compared "
    "with earlier circulation models of the region.\n"
)


@pytest.mark.parametrize(
    ("cite", "journal"),
    [
        ("How to cite: Feldt M, Lindqvist O. Thermal currents in small upland fens. "
         "Fen Hydrology. 2019;12(3):45-52.", "Fen Hydrology"),
        ("Cite this article: Feldt M, van der Lind OC. Thermal currents in small upland "
         "fens. Upland Water Letters. 2019;12(3):45-52.", "Upland Water Letters"),
    ],
)  # fmt: skip
def test_the_journal_after_the_authors_and_the_title(cite: str, journal: str) -> None:
    csl = parse_record(BODY + cite + "\n").to_csl()
    assert csl.get("container-title") == journal
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-52")


@pytest.mark.parametrize(
    "head",
    [
        "Physics of Fens B",  # a name closing with a letter, no authors' stop
        "Acta Fenica A. Hydrologica",  # a name with a section's letter and a stop
        "Feldt M, Lindqvist O. Fens. Fen Hydrology",  # no title of a few words after them
    ],
)
def test_no_cut_without_authors_and_a_title(head: str) -> None:
    # (negative) a journal's own name is kept whole
    assert _vancouver_journal(head) == head
