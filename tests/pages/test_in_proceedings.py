"""A proceedings volume named after a bare ``In`` on a line of its own, no colon
(``comet.page.container_in_proceedings``)."""

from __future__ import annotations

import pytest

from comet.page import parse_record

HEAD = "Grazing and Reed Growth in Coastal Marshes\nJane Marlow and Peter Quill\n"
PROSE = (
    "Abstract\nWe study grazing and reed growth on coastal marshes over three seasons of "
    "field work at five sites.\n"
)


def _csl(line: str) -> dict[str, object]:
    return parse_record(f"{HEAD}{line}\n{PROSE}").to_csl()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("In Proceedings of the 5th Workshop on Marsh Studies, 2019",
         "Proceedings of the 5th Workshop on Marsh Studies"),
        # the event's short name and year in brackets, its date and place: not the name's
        ("In Proceedings of the 5th Workshop on Marsh Studies (MARSH '19), June 3–5, 2019, "
         "Fenton, UK. Marsh Press, Fenton, 10 pages.",
         "Proceedings of the 5th Workshop on Marsh Studies"),
        # an abbreviation's full stop stays in the name, a sentence's ends it
        ("In Proceedings of the 34th Int. Conf. on Marsh Studies. Marsh Press",
         "Proceedings of the 34th Int. Conf. on Marsh Studies"),
        ("Dans Actes du 5e colloque sur les marais, p. 45-67", "Actes du 5e colloque sur les marais"),
    ],
)  # fmt: skip
def test_in_and_a_proceedings_opening_name_the_volume(line: str, name: str) -> None:
    assert _csl(line).get("container-title") == name


@pytest.mark.parametrize(
    "line",
    [
        "In Vivo Studies of Marsh Plants",  # a bare 'In' opening a name: no statement
        "In Proceedings",  # the opening alone names no volume
        "In the proceedings we read about marsh plants and their growth over the years",
    ],
)
def test_no_volume_without_a_proceedings_name(line: str) -> None:
    assert _csl(line).get("container-title") is None


_RELATED = (
    "Marsh Ecology Letters\n\nReed Bed Succession After Drainage\n\nTomasz Wierzba, Ingrid Solberg\n\n"
    "{citation}\n\nAbstract\nWe follow reed bed succession on twelve drained fens over a decade, "
    "from the first sedges to the closed reed.\n\n{heading}\n\nFen Hydrology Revisited\nKarl Brandt\n"
    "In Proceedings of the 4th Workshop on Peatland Science, June 2-4, 2019, Bremen\n"
)


@pytest.mark.parametrize("heading", ["Related papers", "Cited by"])
@pytest.mark.parametrize(
    "citation", ["Marsh Ecology Letters, Vol. 9, No. 2 (2021), pp. 33-51", "Published 2021"]
)
def test_another_items_proceedings_line_below_the_abstract_is_none(
    heading: str, citation: str
) -> None:
    """(negative, review24) A related paper's ``In Proceedings of …`` line under a heading the
    locales do not list, below the work's abstract: no statement of the work's own volume."""
    csl = parse_record(_RELATED.format(citation=citation, heading=heading)).to_csl()
    assert csl.get("container-title") in (None, "Marsh Ecology Letters")
    assert csl["type"] != "paper-conference"
