"""A body's name or an author's affiliation address over or beside a work's title is never the
title (issue 20, the fresh sets' titles: a laboratory over a data product's page, a graduate
programme over a thesis's title, an affiliation under a proceedings paper's title). Every
page, name, title and number here is invented."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.org_lines import names_organisation

RULES = _loc.all_rules()


def test_a_body_named_by_its_head_word_first_or_last() -> None:
    assert names_organisation("Programa de Pós-Graduação em Hidrologia", RULES)
    assert names_organisation("Department of Marsh Ecology", RULES)
    assert names_organisation("Northbay Coastal Research Laboratory", RULES)
    assert names_organisation("Centrum für Moorforschung", RULES)


def test_an_affiliation_address() -> None:
    assert names_organisation(
        "Dpto. Botánica, Escuela Técnica de Montes, Universidad de Valdemora, 40123, Ruritania",
        RULES,
    )


def test_titles_about_a_body_are_no_body() -> None:
    # a word of the title's own before the name, a sentence, two words, a number
    assert not names_organisation("A History of the Marine Laboratory", RULES)
    assert not names_organisation("The Secret Society", RULES)
    assert not names_organisation("Animal Farm", RULES)
    assert not names_organisation("El centro de la ciudad se renueva", RULES)
    assert not names_organisation("Report of the Laboratory, 1998", RULES)
    # commas without a place: a title's list, no address
    assert not names_organisation("Marshes, Meadows, and the Society of Birds", RULES)


COVER_PAGE = """Universidade Federal do Brejo

Centro de Hidrologia

Programa de Pós-Graduação em Hidrologia

Marés e sedimentos nos brejos do norte

Joana Ribeiro Matos

Dissertação submetida à Coordenação do Curso de Pós-Graduação em Hidrologia como parte dos
requisitos necessários para obtenção do grau de Mestre em Hidrologia.

Vila do Brejo, 2019
"""


def test_a_graduate_programme_over_the_title_is_no_title() -> None:
    assert parse_record(COVER_PAGE).to_csl()["title"] == "Marés e sedimentos nos brejos do norte"


PAPER_PAGE = """Proceeding Paper

Tide Gauges Read by Cheap Sensors in Estuarine Marshes †

Dpto. Botánica, Escuela Técnica de Montes, Universidad de Valdemora, 40123, Ruritania
*
Author to whom correspondence should be addressed.
Published: 3 May 2021

Abstract

Cheap pressure sensors read the tide in estuarine marshes as well as the gauges of the port,
at a tenth of their price, over the two years of the survey.
"""


def test_an_affiliation_under_the_title_is_no_title() -> None:
    csl = parse_record(PAPER_PAGE).to_csl()
    assert csl["title"] == "Tide Gauges Read by Cheap Sensors in Estuarine Marshes"


def test_a_book_named_like_a_body_keeps_its_title() -> None:
    page = """The Secret Society

by Ana Lindqvist

Publisher: Northbay Press, 2011
ISBN: 9780306406157
"""
    assert parse_record(page).to_csl()["title"] == "The Secret Society"


@pytest.mark.parametrize(
    "title",
    [
        "School choice and segregation: evidence from Sweden, Denmark, Norway",
        "University funding after the reforms, Sweden, Denmark, Norway",
    ],
)
def test_a_title_ending_in_a_list_of_countries_names_no_organisation(title: str) -> None:
    assert not names_organisation(title, RULES)
