"""Two venue signals of unseen sites' pages (session 28). Invented pages.

- A ``Published by`` statement in a cell of a footer bar (``ISSN: 2048-4194 | Published by
  Fen Press | …``) names the publisher, as after a sentence's end, also where the bar's first
  cell is a label (``ISSN:``); a cell naming a person (``Posted in News | Published by Jane
  Doe``) names none (``comet.page.publishers._published_by``).
- A container label of two words (``Publicado en``, ``Published in``, ``Erschienen in``) whose
  value cites the work's place after the name (``Marismas, nº 3, pp. 21-32``) names the
  container, a one-word name too: the locator backs it, as it backs a statement without
  colon (``comet.page.venue._container_candidates``). A one-word value with no locator stays a
  blog's category (``Published in News``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

FOOTER_PAGE = """Home
About

Tide marks and shell middens on a northern estuary

Lena Vik

Abstract

This study maps tide marks and shell middens along a northern estuary over three seasons.

Published on 4 March 2019.

{line}
"""


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "ISSN: 2211-4459 | Published by Heron Press | This work is licensed under a licence.",
            "Heron Press",
        ),
        (
            "ISSN 2211-4459 • Publicado por Ediciones del Lago • Todos los derechos",
            "Ediciones del Lago",
        ),
        (
            "eISSN: 2211-4459 | Publié par Presses de la Lagune | Mentions légales",
            "Presses de la Lagune",
        ),
    ],
)
def test_a_footer_cells_published_by_names_the_publisher(line: str, publisher: str) -> None:
    csl = parse_record(FOOTER_PAGE.format(line=line)).to_csl()
    assert csl.get("publisher") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Posted in News | Published by Jane Doe | 3 comments",  # a blog's author
        "Tags: estuary | published by our team | share",  # small letters: prose, no statement
    ],
)
def test_a_footer_cell_naming_a_person_names_no_publisher(line: str) -> None:
    csl = parse_record(FOOTER_PAGE.format(line=line)).to_csl()
    assert "publisher" not in csl


STATEMENT_PAGE = """{title}

{author}
{affiliation}
{line}
{abstract_label}
{abstract}
"""

STATEMENTS = [
    (
        {
            "title": "EL RUMOR DEL AGUA EN LA NOVELA BREVE",
            "author": "Dra. Inés Molina Ruiz",
            "affiliation": "Universidad de Oviedo",
            "line": "Publicado en Marismas, nº 3, pp. 221-232, ISSN 1575-0205.",
            "abstract_label": "Resumen",
            "abstract": "El artículo estudia el agua como motivo de la novela breve en tres autores.",
        },
        "Marismas",
        "221-232",
    ),
    (
        {
            "title": "The murmur of water in the short novel",
            "author": "Dr. Ines Molina",
            "affiliation": "University of Leeds",
            "line": "Published in: Estuaria, vol. 12, no. 3, pp. 45-60",
            "abstract_label": "Abstract",
            "abstract": "The article studies water as a motif of the short novel in three authors.",
        },
        "Estuaria",
        "45-60",
    ),
    (
        {
            "title": "Das Rauschen des Wassers in der Novelle",
            "author": "Dr. Ines Molina",
            "affiliation": "Universität Kiel",
            "line": "Erschienen in: Uferblatt, Bd. 7, H. 2, S. 101-118",
            "abstract_label": "Zusammenfassung",
            "abstract": "Der Beitrag untersucht das Wasser als Motiv der Novelle bei drei Autoren.",
        },
        "Uferblatt",
        "101-118",
    ),
]


@pytest.mark.parametrize(("fields", "container", "pages"), STATEMENTS)
def test_a_container_labels_value_with_a_locator_names_the_container(
    fields: dict[str, str], container: str, pages: str
) -> None:
    csl = parse_record(STATEMENT_PAGE.format(**fields)).to_csl()
    assert csl.get("container-title") == container
    assert csl.get("page") == pages


def test_a_one_word_container_label_value_without_a_locator_names_no_container() -> None:
    fields = dict(STATEMENTS[1][0], line="Published in: News")
    csl = parse_record(STATEMENT_PAGE.format(**fields)).to_csl()
    assert "container-title" not in csl


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_any_bar_of_cells_parses(cells: list[str]) -> None:
    line = " | ".join(["Published by", *cells])
    parse_record(FOOTER_PAGE.format(line=line))


LICENCE_PAGE = """Home
About
{row}

{title}

{author}

{abstract_label}

{abstract}

{cite_label}: Vik, L. 2019. {title}. {journal} 12:45-60.
"""

LICENCE_ROWS = [
    (
        {
            "row": "How to cite\tCC-BY 4.0 License and copyright information\tPeer reviewed",
            "title": "Tide marks and shell middens on a northern estuary",
            "author": "Lena Vik",
            "abstract_label": "Abstract",
            "abstract": "This study maps tide marks and shell middens along a northern estuary.",
            "cite_label": "How to cite",
            "journal": "Estuary Archaeology",
        }
    ),
    (
        {
            "row": "Cómo citar\tCC BY-NC 3.0 Licencia y derechos\tRevisado por pares",
            "title": "Marcas de marea y concheros en un estuario del norte",
            "author": "Lena Vik",
            "abstract_label": "Resumen",
            "abstract": "Este estudio cartografía las marcas de marea y los concheros de un estuario.",
            "cite_label": "Cómo citar",
            "journal": "Arqueología de Estuarios",
        }
    ),
    (
        {
            "row": "Zitieren\tCC BY 4.0 Lizenz und Urheberrecht\tBegutachtet",
            "title": "Gezeitenmarken und Muschelhaufen an einer nördlichen Mündung",
            "author": "Lena Vik",
            "abstract_label": "Zusammenfassung",
            "abstract": "Die Studie kartiert Gezeitenmarken und Muschelhaufen an einer Mündung.",
            "cite_label": "Zitieren",
            "journal": "Archäologie der Mündungen",
        }
    ),
]


@pytest.mark.parametrize("fields", LICENCE_ROWS)
def test_a_licences_version_under_a_citation_label_is_no_locator(fields: dict[str, str]) -> None:
    csl = parse_record(LICENCE_PAGE.format(**fields)).to_csl()
    assert csl.get("container-title") != fields["row"].split("\t")[1].split()[0]
    assert csl.get("volume") not in ("3", "4")
    assert csl.get("page") != "0"
