"""A proceedings volume's name on a line of its own near the top of a paper's record
(``comet.page.venue``, ``[words].proceedings_openings``): its year and acronym belong to the
name. Every page is invented (the fresh ``proc6`` set, issue 13).
"""

from __future__ import annotations

import pytest

from comet import parse_record

NAMES = "Ingrid Halvorsen\nTomas Brekke\nSigrid Aas\n"


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    "line",
    [
        "Proceedings of the 2019 Nordic Symposium on Harbour Engineering - NSHE '19",
        "Actes du colloque international Marées et Ports 2018",
        "Actas del III Congreso Ibérico de Ingeniería Portuaria 2021",
        "Anais do XII Simpósio Brasileiro de Engenharia Costeira",
    ],
)
def test_a_proceedings_name_under_the_names_is_the_container(line: str) -> None:
    item = _csl(NAMES + line + "\n")
    assert item["container-title"] == line
    assert item["type"] == "paper-conference"


def test_a_sentence_opening_with_proceedings_is_no_container() -> None:
    page = (
        "Harbour Council Minutes\n"
        "Proceedings of the meeting were lost in the fire\n\n"
        "The council met in the old customs house and agreed to rebuild the pier before "
        "the winter storms, and the clerk was asked to write the minutes again.\n"
    )
    assert _csl(page).get("container-title") is None


def test_a_proceedings_heading_alone_is_no_container() -> None:
    page = (
        "Proceedings\n\nBlade Wear of Tidal Turbines\nIngrid Halvorsen\n\n"
        "Tidal turbines wear faster in muddy water than in clear water, we find.\n"
    )
    assert _csl(page).get("container-title") is None
