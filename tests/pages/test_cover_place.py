"""The city at the foot of a report's or a thesis's cover (``Villajunco, Paraíso, Brasil``,
``Marshtown`` over the year, ``Fen Institute • Marshtown``): the place of publication
(:mod:`comet.page.cover_place`), read from the locales' city lexicon. Every cover is
invented (the cities are real ones of the lexicon, the bodies and people are not)."""

from __future__ import annotations

import pytest

from comet import parse_record

_THESIS = (
    "Universidade Federal do Junco\n"
    "Programa de Pós-Graduação em Ecologia\n"
    "O crescimento dos juncos nas marés\n"
    "Ana Garça Vieira\n"
    "Dissertação de Mestrado\n"
    "{foot}\n"
    "Resumo\n"
    "Estudamos o crescimento dos juncos nas planícies de maré durante dez anos e relatamos o "
    "que mudou na água, nas plantas e nas aves.\n"
)

_REPORT = (
    "Fenwick Institute for Marsh Research\n"
    "Technical Report 12\n"
    "Reed growth in tidal flats\n"
    "Anna Fenwick\n"
    "{foot}\n"
    "Abstract\n"
    "We studied reeds in tidal flats over ten years and report what changed in the water, "
    "the plants and the birds.\n"
)


def _place(template: str, foot: str) -> object:
    return parse_record(template.format(foot=foot)).to_csl().get("publisher-place")


@pytest.mark.parametrize(
    ("foot", "place"),
    [
        ("Recife, Pernambuco, Brasil", "Recife"),
        ("Recife – PE\n2015", "Recife"),
        ("Porto Alegre\n2015", "Porto Alegre"),
        ("Porto Alegre, 2015", "Porto Alegre"),
    ],
)
def test_a_thesis_cover_foot(foot: str, place: str) -> None:
    assert _place(_THESIS, foot) == place


@pytest.mark.parametrize(
    ("foot", "place"),
    [
        ("Pittsburgh, Pennsylvania", "Pittsburgh"),
        ("Fenwick Institute for Marsh Research • Pittsburgh • 2015", "Pittsburgh"),
    ],
)
def test_a_report_cover_foot(foot: str, place: str) -> None:
    assert _place(_REPORT, foot) == place


@pytest.mark.parametrize(
    "foot",
    [
        "London School of Marsh Studies",  # a body's name opening with a city
        "Pittsburgh Road 12",  # an address
        "Visit Pittsburgh today",  # a sentence's words around the city
        "Marshtown, 2015",  # no city of the lexicon
    ],
)
def test_no_cover_place(foot: str) -> None:
    assert _place(_REPORT, foot) is None


def test_no_cover_place_on_an_article() -> None:
    page = (
        "Journal of Marsh Studies\n"
        "Reed growth in tidal flats\n"
        "Anna Fenwick, Fenwick Institute for Marsh Research\n"
        "Pittsburgh, Pennsylvania\n"
        "Volume 3, Issue 2, pp 11-20\n"
        "Abstract\n"
        "We studied reeds in tidal flats over ten years and report their growth.\n"
    )
    assert parse_record(page).to_csl().get("publisher-place") is None
