"""The series of a proceedings volume in a citation (``comet.page.container_series``):
``In: Proceedings …. Lecture Notes in X, vol. 77`` and BibTeX's ``volume 77 of Lecture Notes
in X`` give the series and its number, not a volume of the proceedings. Invented citations."""

from __future__ import annotations

import re

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.container_series import (
    drop_cited_editors,
    proceedings_start,
    series_after_proceedings,
    volume_of_series,
)


def _csl(text: str) -> dict:
    return parse_record(text).to_csl()


def test_a_series_after_the_proceedings_title() -> None:
    csl = _csl(
        "B. Hollis, C. Ferrand: Tidal Sorting of Reed Beds. In: Wetland Computing 2014 - "
        "Proceedings of the 9th Marsh Workshop. Lecture Notes in Marsh Studies, vol. 77, "
        "pp. 112-118. Fen Press (2014)\n"
    )
    assert (
        csl["container-title"] == "Wetland Computing 2014 - Proceedings of the 9th Marsh Workshop"
    )
    assert csl["collection-title"] == "Lecture Notes in Marsh Studies"
    assert csl["collection-number"] == "77"
    assert "volume" not in csl


def test_bibtex_volume_of_a_series() -> None:
    csl = _csl(
        "B. Hollis, and C. Ferrand. Tidal Sorting of Reed Beds. In Wetland Computing 2014 - "
        "Proceedings of the 9th Marsh Workshop, volume 77 of Lecture Notes in Marsh Studies, "
        "pages 112-118. Fen Press, 2014.\n"
    )
    assert (
        csl["container-title"] == "Wetland Computing 2014 - Proceedings of the 9th Marsh Workshop"
    )
    assert csl["collection-title"] == "Lecture Notes in Marsh Studies"
    assert csl["collection-number"] == "77"
    assert "volume" not in csl


def test_series_after_proceedings_shapes() -> None:
    rules = resolve(["en", "de"])
    assert series_after_proceedings("WECO 2021. Marsh Computing Series", rules) == (
        "WECO 2021",
        "Marsh Computing Series",
    )
    # (negative) a journal's section, a part of the volume, or no proceedings before it
    assert series_after_proceedings("Marsh Letters. Biological Sciences", rules) is None
    assert series_after_proceedings("Proceedings of the Marsh Workshop. Part II", rules) is None
    assert series_after_proceedings("Proceedings of the Marsh Workshop. Vol 3", rules) is None


def test_volume_of_needs_a_series_name() -> None:
    rules = resolve(["en", "ru"])
    item: dict[str, object] = {"volume": "192", "container-title": "Marsh Days 2011"}
    volume_of_series(item, "Marsh Days 2011, том 192 из Lecture Notes in Marshes, стр. 412.", rules)
    assert item == {
        "container-title": "Marsh Days 2011",
        "collection-title": "Lecture Notes in Marshes",
        "collection-number": "192",
    }
    # (negative) 'volume 2 of 3' names no series
    other: dict[str, object] = {"volume": "2"}
    volume_of_series(other, "Reed Beds, volume 2 of 3, pages 4-9.", rules)
    assert other == {"volume": "2"}


PAPER = (
    "Tidal Sorting of Reed Beds with Graph Cuts\n{by}\n{line}\nJune 2021\n"
    "https://doi.org/10.5555/3456789.3456790\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Proceedings of the 3rd International Workshop on Marsh Computing",
        "MARSH '21: Proceedings of the 3rd International Workshop on Marsh Computing",
    ],
)
@pytest.mark.parametrize(
    "by", ["Bjorn Hollis, Carla Ferrand", "Authors: Bjorn Hollis, Carla Ferrand"]
)
def test_a_proceedings_name_just_under_the_byline(line: str, by: str) -> None:
    # a line as long as the title under it is read as its translation, unless it opens
    # a proceedings' name (after the conference's acronym and year at most)
    csl = _csl(PAPER.format(by=by, line=line))
    assert csl["container-title"] == line
    assert csl["type"] == "paper-conference"


def test_an_acronym_and_year_before_other_words_names_no_proceedings() -> None:
    # (negative) the acronym's prefix is no proceedings' opening by itself
    csl = _csl(
        PAPER.format(by="Bjorn Hollis, Carla Ferrand", line="MARSH '21: Notes of the Marsh Club")
    )
    assert "container-title" not in csl
    opening = re.compile("Proceedings of the")
    assert proceedings_start("MARSH '21: Proceedings of the Fen Days", opening) == 11
    assert proceedings_start("Marsh days: Proceedings of the Fen Days", opening) is None


CHAPTER = (
    "Tidal Sorting of Reed Beds with Graph Cuts\nBjorn Hollis & Carla Ferrand\n"
    "Conference paper\nFirst Online: 12 September 2021\n"
    "Abstract\nWe sort reed beds by tide over a marsh grid and test the method on three estuaries.\n"
    "Cite this paper\n"
    "Hollis, B., Ferrand, C. (2021). Tidal Sorting of Reed Beds with Graph Cuts. In: {editors} "
    "Wetland Computing – WECO 2021. WECO 2021. Lecture Notes in Marsh Science(), vol 1295. "
    "Fen Verlag, Cham. https://doi.org/10.5555/978-3-030-86973-1_9\n"
)


def test_a_chapter_citation_of_a_volume_in_a_series() -> None:
    csl = _csl(CHAPTER.format(editors="Varga, O., et al."))
    assert csl["container-title"] == "Wetland Computing – WECO 2021"
    assert (csl["collection-title"], csl["collection-number"]) == (
        "Lecture Notes in Marsh Science",
        "1295",
    )
    assert (csl["publisher"], csl["publisher-place"]) == ("Fen Verlag", "Cham")


def test_names_without_et_al_stay_in_the_container() -> None:
    # (negative) a name before the title without 'et al.' is no list of editors
    item: dict[str, object] = {"container-title": "Varga, O. Wetland Computing"}
    drop_cited_editors(item, resolve(["en"]))
    assert item["container-title"] == "Varga, O. Wetland Computing"
    item = {"container-title": "Varga, O., Lind, T., et al. Wetland Computing"}
    drop_cited_editors(item, resolve(["en"]))
    assert item["container-title"] == "Wetland Computing"


LABELLED = (
    "Tidal Sorting of Reed Beds with Graph Cuts\n\nBjorn Hollis; Carla Ferrand\n\n"
    "Abstract:\nWe sort reed beds by tide over a marsh grid and test the method on three "
    "estuaries.\n\nPublished in: {value}\n\nDOI: 10.5555/ICMC.2021.9412345\n"
)


def test_a_conference_name_keeps_its_opening_year() -> None:
    value = "2021 International Conference on Marsh Computing (ICMC)"
    assert _csl(LABELLED.format(value=value))["container-title"] == value


def test_a_year_before_a_journal_name_is_no_part_of_it() -> None:
    # (negative) a year before a journal's name (no event's word) is the date
    for value in ("2021, Marsh Letters", "2021 Marsh Letters"):
        assert _csl(LABELLED.format(value=value))["container-title"] == "Marsh Letters"
