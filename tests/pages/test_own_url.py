"""The work's own address (``URL``): a link after a URL label, or the link of the page's own
citation of the work (session 30; ``comet.page.own_url``). Invented pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.own_url import _work_link

PT = """Início Artigos Contato
12/03/2031 (Nº 41) Hortas escolares e a água da chuva
Link permanente: http://www.revista-exemplo.org.br/artigo.php?id=2207
Hortas escolares e a água da chuva

Maria Souza Lima

As hortas escolares captam a água da chuva em cisternas simples, e os alunos medem o volume recolhido a cada semana durante o ano letivo inteiro.
"""
DE = """Startseite > Materialien

Lernen mit Karten

Autorin
Jana Keller

URL

https://lernwerk.example-uni.de/karten-lernen/

Beschreibung

Das Material zeigt, wie Lernkarten im Studium eingesetzt werden, und gibt Beispiele für die Arbeit in kleinen Gruppen über ein ganzes Semester.
"""
FR = """Les marais du Nord

Claire Martin

Les marais du Nord se forment là où les rivières rencontrent la mer, et les marées y déposent du limon depuis des siècles, comme le montrent les fouilles.

Pour citer cet article

Claire Martin, « Les marais du Nord », La Revue des marais, 3 mars 2031. URL : https://www.revue-marais.example.fr/les-marais-du-nord.html
"""
HOME = """Los humedales del sur

Ana Ruiz

Los humedales del sur se forman donde los ríos llegan al mar, y las mareas dejan limo desde hace siglos, como muestran las excavaciones.

Para citar este artículo

Ruiz, A. (2031). Los humedales del sur. Revista de Humedales, 4(2), 10-20. https://revista-humedales.example.org
"""
BIB = """Fuzzing the marsh: a study

Ola Berg, Ida Moe

Abstract: We study the marsh with a fuzzer and report what breaks over many runs of the tool on the largest marsh models we could build.

BibTeX
@inproceedings {901234,
author = {Ola Berg and Ida Moe},
title = {Fuzzing the marsh: a study},
booktitle = {31st Marsh Security Symposium},
year = {2031},
pages = {101--118},
url = {https://www.marsh-sec.example.org/conference/ms31/presentation/berg},
publisher = {Marsh Association}
}
"""

REFS = """Reeds of the north

Ola Berg

The reeds of the north grow where the rivers meet the sea, and the tides leave silt behind
for many centuries, as the digs along the coast have shown in recent years.

References

1. Moe, I. (2029). Reeds and tides. Tide Letters, 4, 1-9. URL: https://tides.example.org/reeds-and-tides
"""


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (PT, "http://www.revista-exemplo.org.br/artigo.php?id=2207"),  # 'Link permanente:'
        (DE, "https://lernwerk.example-uni.de/karten-lernen/"),  # 'URL' over its value
        (FR, "https://www.revue-marais.example.fr/les-marais-du-nord.html"),  # 'Pour citer'
        (BIB, "https://www.marsh-sec.example.org/conference/ms31/presentation/berg"),  # BibTeX
    ],
)
def test_the_works_own_link(page: str, url: str) -> None:
    assert parse_record(page).to_csl().get("URL") == url


@pytest.mark.parametrize("page", [HOME, REFS])
def test_a_sites_home_or_a_cited_works_link_is_none(page: str) -> None:
    # a link with no path is the journal's home; a reference's link is another work's
    assert parse_record(page).to_csl().get("URL") is None


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("<http://hdl.handle.net/11111/2222>.", "http://hdl.handle.net/11111/2222"),
        ("https://example.org/a?id=3", "https://example.org/a?id=3"),
        ("https://example.org/", None),
        ("Click here to access online", None),
        ("http://[x", None),
        ("https://localhost/a", None),
    ],
)
def test_a_work_link(text: str, link: str | None) -> None:
    assert _work_link(text) == link


@given(st.text(max_size=80))
def test_any_value(text: str) -> None:
    link = _work_link(text)
    assert link is None or (link in text and " " not in link)
