"""An author label's block whose items print each name with its affiliation after it and no
mark between (``• Ana Ruiz Universidad de Lima, Perú``, ``Ana Ruiz , Université de Lyon``):
the name ends at a comma or a dash before an affiliation, or at an organisation's word of
the locales that opens one (comet.page.label_blocks; invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.label_blocks import _affiliated_head

_ID = """\
Strategi Literasi Digital di Sekolah Menengah Pertama

Authors

• Rina Kartika Sari Universitas Negeri Malang, Malang, Indonesia
• B. Tri Wahyuni Universitas Airlangga, Surabaya, Indonesia

DOI:

https://doi.org/10.12345/jx.v2i1.777

Keywords:

literasi, sekolah

Abstract

This study describes how teachers in lower secondary schools build digital literacy among
their students over one school year.
"""

_FR = """\
Éditorial

Écoles rurales et savoirs locaux


Date de publication : 3 March 2023

Auteur(s)

Mamadou Ndiaye , Université Gaston Berger de Saint-Louis

Le programme de recherche a lancé plusieurs appels à projets depuis 2019, prenant en compte
un ensemble de pratiques enseignantes.
"""

_ES = """\
La huerta escolar como recurso de la enseñanza de ciencias

Autores

• Lucía Ferrer de la Vega Universidad Nacional de Cuyo, Mendoza, Argentina
• Tomás Arregui - Instituto Superior de Formación Docente, Salta, Argentina

Palabras clave:

huerta, ciencias, escuela

Resumen

Este trabajo describe una experiencia de dos años con huertas escolares en tres escuelas
rurales del norte argentino.
"""

_EN = """\
Peer mentoring and first-year retention in rural colleges

Authors

• Wanjiru Kamau University of Eldoret, Kenya
• Peter O. Barasa, Institute of Guidance Studies, Kisumu

Keywords:

mentoring, retention

Abstract

We followed three cohorts of first-year students in two rural colleges to see whether peer
mentoring kept them enrolled.
"""


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (_ID, [("Sari", "Rina Kartika"), ("Wahyuni", "B. Tri")]),
        (_FR, [("Ndiaye", "Mamadou")]),
        (_ES, [("de la Vega", "Lucía Ferrer"), ("Arregui", "Tomás")]),
        (_EN, [("Kamau", "Wanjiru"), ("Barasa", "Peter O.")]),
    ],
)
def test_label_block_items_with_affiliations(page: str, want: list[tuple[str, str]]) -> None:
    authors = parse_record(page).to_csl().get("author") or []
    keys = ("given", "dropping-particle", "non-dropping-particle", "family")
    got = [" ".join(filter(None, (a.get(k) for k in keys))) for a in authors]
    assert got == [f"{g} {f}" for f, g in want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rina Kartika Sari Universitas Negeri Malang, Indonesia", "Rina Kartika Sari"),
        ("Mamadou Ndiaye , Université Gaston Berger", "Mamadou Ndiaye"),
        ("Tomás Arregui - Instituto Superior de Formación Docente", "Tomás Arregui"),
        ("Peter O. Barasa, Institute of Guidance Studies, Kisumu", "Peter O. Barasa"),
    ],
)
def test_affiliated_head(text: str, want: str) -> None:
    assert _affiliated_head(text, _page_stub()) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz Lakeside School",  # the organisation word closes its name: no end known
        "Ana Ruiz",  # no affiliation
        "Soil carbon in the Universidad gardens",  # no name first
        "Ana Ruiz, Ida Moe",  # a list of names, no affiliation
        "Ana de University of Oslo",  # a particle cannot end a name
    ],
)
def test_no_affiliated_head(text: str) -> None:
    assert _affiliated_head(text, _page_stub()) is None


class _Stub:
    rules = _loc.resolve(None)


def _page_stub() -> _Stub:
    return _Stub()


@given(st.text(max_size=120))
def test_affiliated_head_never_crashes(text: str) -> None:
    got = _affiliated_head(text, _page_stub())  # type: ignore[arg-type]
    assert got is None or got in text
