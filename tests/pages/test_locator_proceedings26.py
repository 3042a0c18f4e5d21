"""A proceedings paper's page range after the volume's name, in the languages that inflect
their event words or write the volume's name in sentence case (invented names, session 26)."""

from __future__ import annotations

import pytest

from comet import parse_record

PAPER = (
    "Counting bearded tits with acoustic sensors\n\nAna Berg, Ola Brekke\n\n{line}\n\n"
    "Abstract\nWe count bearded tits in reed beds with small acoustic sensors placed along "
    "the coast.\n"
)


def _csl(line: str) -> dict[str, object]:
    return parse_record(PAPER.format(line=line)).to_csl()


@pytest.mark.parametrize(
    ("line", "container"),
    [
        # an inflected event word ('Sempozyumu', 'конференции'): the locales' stems open it
        ("Bildiriler Kitabı, 12. Sazlık Sempozyumu, ss. 45-67", None),
        # a proceedings volume's name in sentence case, its proceedings word first
        (
            "Сборник трудов XII конференции «Тростник», 2031. С. 45–67.",
            "Сборник трудов XII конференции «Тростник»",
        ),
        (
            "Материалы XII конференции по болотоведению, 2031. С. 45–67.",
            "Материалы XII конференции по болотоведению",
        ),
        (
            "Actas del XII congreso de carrizales, Bilbao, 2031, pp. 45-67",
            "Actas del XII congreso de carrizales",
        ),
    ],
)
def test_a_proceedings_name_before_the_pages(line: str, container: str | None) -> None:
    csl = _csl(line)
    assert csl.get("page") == "45-67"
    if container is not None:
        assert csl.get("container-title") == container


@pytest.mark.parametrize(
    "line",
    [
        # a proceedings word first but no event after it: a collection, no proceedings
        "Сборник статей по болотоведению, 2031. С. 45–67.",
        "Материалы для изучения болот, 2031. С. 45–67.",
        # an English sentence-case name with no proceedings word
        "Materials of the reed, 2031, pp. 45-67",
    ],
)
def test_no_proceedings_without_an_event_word(line: str) -> None:
    csl = _csl(line)
    assert csl.get("page") is None and csl.get("container-title") is None
