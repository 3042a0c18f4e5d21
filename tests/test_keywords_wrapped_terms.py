"""A keyword line of a PDF's text broken in the middle of a term: the term goes on at the start
of the next line when the page prints the joined term elsewhere (its title, its abstract),
in any language; a tail the page does not print, a list closed by its full stop and a
phrase printed by the list alone end the list where it was (invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.keywords import find_keyword_blocks
from comet.keywords._echo import WRAPPED_TAIL_WORDS, printed_elsewhere, wrapped_tail


def _terms(text: str) -> list[str]:
    return [k.text for m in find_keyword_blocks(text) for k in m.value.keywords]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Soil carbon storage in upland pastures\n"
            "We sampled forty farms and found that soil carbon storage rose with rest.\n"
            "Keywords: grazing, peat, Soil Carbon\n"
            "Storage, uplands.\n"
            "Upland Science 12 (2)\n",
            ["grazing", "peat", "Soil Carbon Storage", "uplands"],
        ),
        (
            "Abstrak: Penelitian ini menguji pengaruh kualitas layanan terhadap loyalitas.\n"
            "Kata kunci : kepuasan, loyalitas, Kualitas\n"
            "Layanan, Bank Daerah\n"
            "JURNAL EKONOMI TERAPAN\n",
            ["kepuasan", "loyalitas", "Kualitas Layanan", "Bank Daerah"],
        ),
        (
            "Resumen: Estudiamos cómo el cambio climático desplaza las aves de los humedales.\n"
            "Palabras clave: humedales, aves acuáticas, cambio\n"
            "climático\n"
            "REVISTA DE ECOLOGÍA ANDINA\n",
            ["humedales", "aves acuáticas", "cambio climático"],
        ),
        (
            "Resumo: O artigo percorre os espaços urbanos de uma cidade através do cinema.\n"
            "Palavras-chave: cinema; cidade; espaços\n"
            "urbanos; memória.\n"
            "INTRODUÇÃO\n",
            ["cinema", "cidade", "espaços urbanos", "memória"],
        ),
        (
            "Die Studie zeigt, wie die Flurbereinigung im\n"
            "Ländlichen Raum die Hecken verdrängte.\n"
            "Schlagwörter: Hecken, Flurbereinigung, Ländlichen\n"
            "Raum\n"
            "Zeitschrift für Agrargeschichte\n",
            ["Hecken", "Flurbereinigung", "Ländlichen Raum"],
        ),
    ],
)
def test_a_term_cut_at_the_lines_end_goes_on(text: str, want: list[str]) -> None:
    assert _terms(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the joined phrase is nowhere else on the page: a heading after the list
        "We sampled forty farms on the hills.\n"
        "Keywords: grazing, peat, Soil Carbon\n"
        "Introduction\n"
        "Farms on the hills keep sheep.\n",
        # printed only by the list itself, across its own line break
        "Keywords: grazing, peat, Soil Carbon\nStorage Units\n",
        # the list closed by its full stop
        "The soil carbon storage of the hills.\nKeywords: grazing, peat, Soil Carbon.\nStorage\n",
    ],
)
def test_the_list_ends_where_the_page_says_nothing(text: str) -> None:
    assert _terms(text) == ["grazing", "peat", "Soil Carbon"]


@pytest.mark.parametrize(
    "text",
    [
        "Sie zählen Vögel in Küstennahen Feuchtgebieten.\nSchlagwörter\n"
        "Watvögel, Zählung, Küstennahen\nFeuchtgebieten\n\nEinleitung\n",
        "Sie zählen Vögel in Küstennahen Feuchtgebieten.\nSchlagwörter:\n"
        "Watvögel, Zählung, Küstennahen\nFeuchtgebieten, Winter.\nEinleitung\n",
    ],
)
def test_a_list_under_its_label_wrapped_in_a_term(text: str) -> None:
    assert _terms(text)[:3] == ["Watvögel", "Zählung", "Küstennahen Feuchtgebieten"]


def test_a_list_under_its_label_keeps_its_lines_apart_when_the_page_is_silent() -> None:
    text = "Schlagwörter:\nWatvögel, Zählung, Küste\nWatt, Winter.\nEinleitung\n"
    assert _terms(text) == ["Watvögel", "Zählung", "Küste", "Watt", "Winter"]


def test_a_single_term_on_the_line_is_no_wrapped_list() -> None:
    # one term: the record table's one-value-a-line cell reading decides, not this rule
    text = "Soil carbon storage of the hills.\nKeywords: Soil Carbon\nStorage\n"
    assert "Soil Carbon Storage" not in _terms(text)


def test_a_whole_page_gets_the_joined_term() -> None:
    page = (
        "JOURNAL OF RURAL COMPUTING\n"
        "Vol. 3, No. 1\n"
        "THE TECHNOLOGY ACCEPTANCE MODEL AMONG\n"
        "VILLAGE CLERKS\n"
        "Marta Ilyas\n"
        "Abstract\n"
        "We asked 120 village clerks how they judge the new registry software and\n"
        "whether their age changes how useful they find it; the answers fit the\n"
        "technology acceptance model well.\n"
        "Keyword : perceived ease of use , age , The Technology\n"
        "Acceptance Model\n"
        "JOURNAL OF RURAL COMPUTING\n"
        "Introduction\n"
    )
    rec = parse_record(page)
    assert [k.text for k in rec.keywords] == [
        "perceived ease of use",
        "age",
        "The Technology Acceptance Model",
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Quality, Website Quality.", "Quality"),
        ("Acceptance Method", "Acceptance Method"),
        ("climático.", "climático"),
        ("2019, 2020", None),
        ("one two three four five six", None),
        ("", None),
    ],
)
def test_wrapped_tail(line: str, want: str | None) -> None:
    assert wrapped_tail(line) == want


def test_printed_elsewhere_is_whole_words_any_case_any_spacing() -> None:
    page = "Drought Stress in\nmaize fields.\n\nKeywords: soil, drought"
    lo = page.index("Keywords")
    assert printed_elsewhere(page, "drought stress in maize", lo, len(page))
    assert not printed_elsewhere(page, "rought stress", lo, len(page))
    assert not printed_elsewhere(page, "soil drought", lo, len(page))


@given(st.text(max_size=200), st.text(max_size=40))
def test_the_helpers_never_crash(text: str, phrase: str) -> None:
    tail = wrapped_tail(phrase)
    assert tail is None or 0 < len(tail.split()) <= WRAPPED_TAIL_WORDS
    lo = len(text) // 2
    assert printed_elsewhere(text, phrase, lo, len(text)) in (True, False)
