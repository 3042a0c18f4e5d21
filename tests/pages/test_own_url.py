"""The work's own address (``URL``): a link after a URL label, or the link of the page's own
citation of the work (session 30; ``comet.page.own_url``). Invented pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.lines import Line
from comet.page.own_url import _lone_link, _work_link

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


# a link alone on its line of the page's own text (session 30, round 2)
ARCHIVE_EN = """Log in Register
journal article
Storms over the Northern Plains in March 1931
Edith Marlowe
Plains Weather Review
Vol. 12, No. 3 (1931), pp. 44-52 (9 pages)
Published By: Plains Weather Society
https://archive.example.org/stable/4711
Cite this Item
"""
DEPOT_FR = """Dépôt ouvert - Les crues de la Loire au XIXe siècle

Les crues de la Loire au XIXe siècle

Louise Garnier 1

Résumé : Les crues de la Loire ont marqué le XIXe siècle, et les archives des communes riveraines permettent d'en suivre la hauteur et les dégâts année après année.

---

  https://depot.example.fr/dep-00012345
Contributeur : Louise Garnier
Soumis le : mardi 4 mars 2031
"""
ES = """Repositorio institucional
Los molinos de viento de La Mancha
Pedro Sánchez Gil
Resumen: Los molinos de viento de La Mancha muelen el grano desde hace siglos y las crónicas de los pueblos cuentan su historia con detalle.
https://repositorio.example.es/items/98765
"""
PDF_ONLY = """The marsh reeds: a survey

Ola Berg

Abstract: We survey the marsh reeds of the north coast and count them every spring over ten years of field work along the tidal flats.

PDF:
https://papers.example.org/2031.marsh-12.pdf
"""
DOI_ORCID = """The marsh reeds: a survey

Ola Berg
https://orcid.org/0000-0002-1825-0097

Abstract: We survey the marsh reeds of the north coast and count them every spring over ten years of field work along the tidal flats.

https://doi.org/10.5555/marsh.2031.12
"""
CUT = """Das Buch vom Watt

Jana Keller

Leserinnen empfehlen auch diese Seite, die viele Bilder vom Watt und von den Vögeln der Küste zeigt, gesammelt über viele Jahre:
https://www.bilder-example.de/fotos/watt/voe...
"""
TWO = """Reeds of the north

Ola Berg

The reeds of the north grow where the rivers meet the sea, and the tides leave silt behind for many centuries along the coast.

https://reeds.example.org/items/12
https://licenses.example.org/by/4.0/
"""


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (ARCHIVE_EN, "https://archive.example.org/stable/4711"),  # under the record's lines
        (DEPOT_FR, "https://depot.example.fr/dep-00012345"),  # a repository's item link
        (ES, "https://repositorio.example.es/items/98765"),
    ],
)
def test_a_link_alone_on_its_line(page: str, url: str) -> None:
    assert parse_record(page).to_csl().get("URL") == url


@pytest.mark.parametrize("page", [PDF_ONLY, DOI_ORCID, CUT, TWO])
def test_a_lone_link_of_another_resource_is_none(page: str) -> None:
    # a file a label introduces, an identifier's resolver link, a link cut short, two
    # distinct links (which is the work's is not told)
    assert parse_record(page).to_csl().get("URL") is None


def test_a_labelled_link_wins_over_a_lone_one() -> None:
    page = PT + "\nhttp://www.revista-exemplo.org.br/outro.php?id=9\n"
    assert parse_record(page).to_csl().get("URL") == (
        "http://www.revista-exemplo.org.br/artigo.php?id=2207"
    )


@given(st.text(max_size=80), st.text(max_size=20))
def test_any_line(text: str, before: str) -> None:
    line = Line(1, 0, len(text), text, False)
    link = _lone_link(line, Line(0, 0, len(before), before, False))
    assert link is None or (link in text and " " not in link)
