"""A conference paper known by its event's running head (comet.page.event_head_paper), and
an event line whose name, place and dates are parted by spaced dashes
(comet.page.event_dates). Every string here was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.event_dates import stated_event
from comet.page.event_head_paper import event_head_paper
from comet.page.parse import _prepare

PAGES = {
    "pt": (
        "Sociedade Lusitana de Estudos do Mangue\n"
        "XII Congresso de Estudos do Mangue – Maré Alta - MA – 2 a 4/07/2031\n"
        "Caranguejos do estuário: uma leitura das rotinas de pesca\n"
        "Joana Pereira da SILVA\n"
        "Universidade Estadual do Litoral\n"
        "RESUMO\n"
        "Este artigo descreve as rotinas de pesca no estuário ao longo de três estações.\n"
        "PALAVRAS-CHAVE: pesca; estuário; mangue\n"
    ),
    "es": (
        "Asociación de Estudios del Litoral\n"
        "IX Congreso de Estudios del Litoral – Punta Arenas – 3 al 5/10/2031\n"
        "Las dunas del sur después de las tormentas\n"
        "Marta Gómez Ruiz\n"
        "Universidad del Litoral\n"
        "Resumen\n"
        "Este trabajo describe el retroceso de las dunas durante tres inviernos seguidos.\n"
        "Palabras clave: dunas; tormentas; litoral\n"
    ),
    "en": (
        "Fen Ecology Society\n"
        "7th Symposium on Fen Ecology – Marshtown – 3–5 June 2031\n"
        "Sedge roots after a dry summer\n"
        "Tom Marlow\n"
        "Marshtown University\n"
        "Abstract\n"
        "We measured sedge roots in four fens after a dry summer and found them shallower.\n"
        "Keywords: sedge; fen; drought\n"
    ),
}

EXPECTED = {
    "pt": ("Caranguejos do estuário: uma leitura das rotinas de pesca",
           "XII Congresso de Estudos do Mangue", "Maré Alta - MA", [[2031, 7, 2], [2031, 7, 4]]),
    "es": ("Las dunas del sur después de las tormentas",
           "IX Congreso de Estudios del Litoral", "Punta Arenas", [[2031, 10, 3], [2031, 10, 5]]),
    "en": ("Sedge roots after a dry summer",
           "7th Symposium on Fen Ecology", "Marshtown", [[2031, 6, 3], [2031, 6, 5]]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_dashed_event_line(lang: str) -> None:
    page, _ = _prepare(PAGES[lang], None)
    found = stated_event(page)
    assert found is not None
    place, dates, name, index = found
    _title, ename, eplace, parts = EXPECTED[lang]
    assert (name, place, index) == (ename, eplace, 1)
    assert [dates.start.year, dates.start.month, dates.start.day] == parts[0]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_paper_under_its_event_head(lang: str) -> None:
    csl = parse_record(PAGES[lang]).to_csl()
    title, ename, eplace, parts = EXPECTED[lang]
    assert csl["type"] == "paper-conference"
    assert csl["title"] == title  # (the event's dates line is no dateline of a headline)
    assert (csl.get("event-title"), csl.get("event-place")) == (ename, eplace)
    assert csl["event-date"]["date-parts"] == parts


def test_no_paper_with_a_journals_numbering() -> None:
    page, _ = _prepare(PAGES["en"], None)
    record = {"authors": ("Tom Marlow",), "volume": "12"}
    assert event_head_paper(page, record) is None


def test_no_paper_without_an_abstract() -> None:
    text = PAGES["en"].replace("Abstract\n", "")
    page, _ = _prepare(text, None)
    assert event_head_paper(page, {"authors": ("Tom Marlow",)}) is None


def test_no_paper_without_authors() -> None:
    page, _ = _prepare(PAGES["es"], None)
    assert event_head_paper(page, {}) is None


def test_hyphen_inside_a_place_parts_nothing() -> None:
    # a spaced hyphen joins a place's parts; only spaced en or em dashes part the line
    page, _ = _prepare(PAGES["pt"], None)
    found = stated_event(page)
    assert found is not None and found[0] == "Maré Alta - MA"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    page, _ = _prepare(text, None)
    found = event_head_paper(page, {"authors": ("A B",)})
    assert found is None or found.value == "paper-conference"
