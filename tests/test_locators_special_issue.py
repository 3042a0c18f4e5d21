"""A special issue's mark between the volume and the issue, and a supplement word without
its dot (invented cases)."""

from __future__ import annotations

import pytest

import comet
from comet.locators import find_locators, parse_locator


def _runs(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (m.value.volume, m.value.issue, str(m.value.pages) if m.value.pages else None)
        for m in find_locators(text)
    ]


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Vol. 31. Especial. Núm. 84. Abril 2020", "31", "84"),
        ("Vol. 7. Extraordinario. Núm. 2", "7", "2"),
        ("Vol. 12 Speciale. N. 5", "12", "5"),
        # the mark after the issue word: the number after the mark is the issue
        ("Volumen 8, Número Especial 3, 2021", "8", "3"),
        ("Vol. 8 Núm. especial 2, 2021, pp. 14-19", "8", "2"),
        ("Vol. 19, spécial, n° 4, p. 31-40", "19", "4"),
        ("Cilt 19, Özel Sayı 4, ss. 31-40", "19", "4"),
    ],
)
def test_a_special_issue_mark_between_volume_and_issue_keeps_one_run(
    text: str, volume: str, issue: str
) -> None:
    runs = _runs(text)
    assert len(runs) == 1
    assert runs[0][:2] == (volume, issue)


def test_the_number_after_an_issue_words_special_mark_is_no_page() -> None:
    (run,) = find_locators("Vol. 8, No. Especial 3")
    assert run.value.pages is None


@pytest.mark.parametrize(
    "text",
    [
        "Oferta especial 25 euros",  # a price after the word: no locator
        "Especial 2021",  # the word and a year: no locator
        "Edición especial de 350 ejemplares",  # a print run
        "Un prix spécial de 25 euros",  # a price
        "Özel fiyat 25 TL",  # a price
    ],
)
def test_a_special_issue_word_alone_is_no_locator(text: str) -> None:
    assert _runs(text) == []


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Rev Invent Cir. 2019;31(Supl):112-118", "112-118"),
        ("Arq Bras Inv. 2020;15(Supl):e45-e50", "e45-e50"),
    ],
)
def test_a_vancouver_supplement_without_its_dot(text: str, page: str) -> None:
    (run,) = [m.value for m in find_locators(text) if m.value.volume]
    assert run.volume == text.split(";")[1].split("(")[0]
    assert str(run.pages) == page
    assert run.supplement == "Supl"


def test_a_word_starting_with_supl_is_no_supplement() -> None:
    loc = parse_locator("2019;31(Suplico):112-118")
    assert loc.supplement is None


def test_a_page_with_a_special_issue_head_and_a_supplement_citation() -> None:
    text = "\n".join(
        [
            "Revista Inventada de Cirugía Menor",
            "Vol. 31. Especial. Núm. 84. Abril 2020",
            "Cómo redactar un informe quirúrgico breve",
            "Rev Invent Cir Men. 2020;31(Supl):112-118",
            "Resumen: Un texto de prueba escrito para este caso.",
        ]
    )
    csl = comet.parse_record(text).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("31", "84", "112-118")


def test_a_series_named_with_a_special_word_keeps_it() -> None:
    # (a special issue's mark numbers nothing: 'Especial 12' is no series number's word)
    from comet.locales import resolve
    from comet.page.isbd import _locator_words
    from comet.page.series import series_parts

    words = _locator_words(resolve(None))
    assert series_parts("Colección Educación Especial 12", words)[0] == (
        "Colección Educación Especial 12"
    )
    assert series_parts("Colección Marismas, Vol. 12", words) == ("Colección Marismas", "12")


def test_a_journal_named_with_a_special_word_keeps_it_before_its_locator() -> None:
    text = (
        "Un estudio de caso sobre la lectura en voz alta\n\nAna Pérez Gil\n\n"
        "Revista Inventada de Educación Especial 12(3): 45-60, 2020\n"
    )
    csl = comet.parse_record(text).to_csl()
    assert csl.get("container-title") == "Revista Inventada de Educación Especial"
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-60")
