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


@pytest.mark.parametrize(
    "page",
    [
        # a university's news: a council's minutes, no event
        "Notícias da Universidade\nAtas do Conselho Universitário de 2023 já estão disponíveis\n\n"
        "O conselho aprovou o novo calendário e as obras da biblioteca central.\n",
        # a region's news: its council's acts
        "Notizie dalla Regione\nAtti del Consiglio Regionale della Toscana 2024\n\n"
        "Il consiglio ha approvato il bilancio e il piano dei trasporti per il prossimo anno.\n",
        # a town hall's page: its council's acts
        "Mairie de Saint-Loup\nActes du Conseil Municipal de Saint-Loup 2024\n\n"
        "Le conseil a voté le budget de la cantine et la réfection du pont de la rivière.\n",
        # a community site's sidebar: a meeting's minutes among recent posts
        "Harbour Walkers Club\nRecent posts\nProceedings of the Annual General Meeting 2023\n"
        "Spring clean of the quay\n\nOur members met at the old customs house and agreed to "
        "clean the quay before the summer visitors arrive.\n",
    ],
)
def test_minutes_and_acts_of_a_council_are_no_proceedings(page: str) -> None:
    item = _csl(page)
    assert item.get("container-title") is None
    assert item.get("type") != "paper-conference"
