"""A label word closing a sidebar's menu is no field's label (``Sections`` / ``Search`` /
``Source``, then a blank line and the page's title: the title is no value of it); a byline of
author blocks (name, institute, e-mail in angle brackets) reads every block and ends where a
name-shaped line has no block of its own. Invented pages; every name, place and title was
written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.label_value_checks import closes_menu
from comet.page.parse import _prepare

_MENU_PAGE = """{menu}


{title}
{translation}
{journal}, vol. 12, núm. 3, 2022

Resumen: {body}
"""


@pytest.mark.parametrize(
    ("menu", "title", "translation", "journal", "body"),
    [
        (
            "Secciones\nReferencias\nServicios\nDescargas\nBuscar\nFuente",
            "Rendimiento del frijol común bajo riego por goteo en la costa de Manabí",
            "Yield of common bean under drip irrigation on the coast of Manabí",
            "Agro Costa",
            "El objetivo de esta investigación fue evaluar el rendimiento de cuatro variedades.",
        ),
        (
            "Seções\nReferências\nServiços\nDownloads\nBuscar\nFonte",
            "Produtividade do feijão comum sob irrigação por gotejamento no litoral",
            "Yield of common bean under drip irrigation on the coast",
            "Agro Litoral",
            "O objetivo desta pesquisa foi avaliar a produtividade de quatro variedades.",
        ),
    ],
)
def test_a_label_closing_a_menu_takes_no_title_as_its_value(
    menu: str, title: str, translation: str, journal: str, body: str
) -> None:
    page = _MENU_PAGE.format(
        menu=menu, title=title, translation=translation, journal=journal, body=body
    )
    assert parse_record(page).to_csl()["title"] == title


@pytest.mark.parametrize(
    ("text", "index", "closes"),
    [
        ("Sections\nReferences\nServices\nSearch\nSource\n\nA Title of the Work", 4, True),
        # no blank line under it: the label's value may be the next line
        ("Sections\nReferences\nServices\nSearch\nSource\nA Title of the Work", 4, False),
        # no column of short lines over it
        ("A Title of the Work\n\nSource\n\nMarsh Review 12 (2021)", 1, False),
        # a column broken by blank lines is no menu
        ("Sections\n\nReferences\n\nServices\nSource\n\nA Title of the Work", 3, False),
    ],
)
def test_closes_menu(text: str, index: int, closes: bool) -> None:
    page, _ = _prepare(text, None)
    assert closes_menu(page.layout.lines, index) is closes


_BLOCKS_PAGE = """Back Issues | Author Index | Title Index

Coastal Letters
May 2012

Harvesting Tide Gauge Records with Light Protocols and Open Tools

Anna Lindqvist
Harbour University
<anna.lindqvist@harbour.example>

Jonas Berg
Harbour University
<jonas.berg@harbour.example>

{after}

Abstract

This article describes how tide gauge records of three harbours were harvested and kept.
"""


@pytest.mark.parametrize("after", ["Blue Line", "Red Banner", ""])
def test_a_byline_of_blocks_reads_every_block_and_no_more(after: str) -> None:
    authors = parse_record(_BLOCKS_PAGE.format(after=after)).to_csl().get("author", [])
    assert [a["family"] for a in authors] == ["Lindqvist", "Berg"]
