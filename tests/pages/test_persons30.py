"""Session 30 (persons30): the person model's lines of names beside weak hand candidates, and
a printed article's page range under its byline (no web article). Invented pages only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page import person_model
from comet.page.parse import _prepare, _read_title

# A journal's masthead, then the title over two lines and four names one a line, the first
# with an unknown given name and a particle: the hand rules read names near the top from the
# second name on (a weak candidate); the model's line of names holds all four.
MASTHEAD_PAGE = """Revista Andina de Estudios Sociales
Logo andina
Revista Andina de Estudios Sociales
ISSN: 2031-4455
Universidad del Altiplano
Sistema de Educación Abierta
Perú
revista.andina@altiplano.example.edu
Año 4, número 7, enero-junio 2019
De los archivos en papel a los repositorios:
una travesía de las bibliotecas universitarias en la región andina
Yanira de Quispecahua
Mariela Torres
Elmer Ruiz Condori
Anselmo Vargas Huanca*
Universidad Nacional del Altiplano
Perú.
[Recibido: 10/02/2019; aceptado para su publicación: 03/05/2019]
Resumen
Este artículo examina el tránsito de las bibliotecas universitarias de la región andina \
desde los catálogos impresos hasta los repositorios institucionales, con especial atención \
a los cambios en las prácticas de los bibliotecarios y de los lectores durante las últimas \
dos décadas.
Mediante una revisión documental se describen las etapas de ese tránsito y se discuten sus \
consecuencias para la circulación del conocimiento científico en las universidades \
públicas de la región.
"""

# The same shape in English: the model's line from the last two names is a part of the hand
# rules' list of three, no other reading of the byline.
PART_OF_LIST_PAGE = """Northern Review of Technology and Society
Logo northern review
Northern Review of Technology and Society
ISSN: 2031-4455
University of the Fells
Open Learning System
England
review.office@fells.example.ac.uk
Year 6, number 10, March-August 2016
From printed journals to online platforms:
a symbiosis of practices for sharing research in university organisations
Ysolde ap Gruffydd
Martha Quinn
Edmund Harris Blake
Edwin Harris Blake*
University of the Western Fells
United Kingdom.
[Received: 20/09/2015; accepted for publication: 15/12/2015]
Abstract
This article offers an argumentative analysis of the changes seen in the move from printed \
to online publication of scholarly journals in university organisations, tracing the steps \
of that move over two decades of practice.
Through a documentary review with a bibliographic design, it explains how journals that \
spread research changed as their readers and their publishers changed.
"""

# A book's page: the title over its author and two contributors in their roles
ROLES_PAGE = """The Salt Lanterns

Henrik Solberg, Maren Aasvold (Illustrator), Tove Lindqvist (Translator)

A keeper of the coastal lanterns finds a letter hidden in the oil store, and the winter \
that follows changes everything the village believed about the wreck of the Marta.
"""


def _authors(text: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(person_model, "MODE", mode)
    return [p.display() for p in parse_record(text).authors]


def test_weak_hand_candidates_leave_the_model_the_full_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full = [
        "de Quispecahua, Yanira",
        "Torres, Mariela",
        "Condori, Elmer Ruiz",
        "Huanca, Anselmo Vargas",
    ]
    assert _authors(MASTHEAD_PAGE, "off", monkeypatch) != full  # the hand rules' list is cut
    assert _authors(MASTHEAD_PAGE, "fallback", monkeypatch) == full


def test_a_line_that_is_part_of_a_hand_list_is_no_other_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hand = _authors(PART_OF_LIST_PAGE, "off", monkeypatch)
    assert hand[-2:] == ["Blake, Edmund Harris", "Blake, Edwin Harris"]
    assert _authors(PART_OF_LIST_PAGE, "fallback", monkeypatch) == hand


def test_the_models_lines_lose_names_in_another_role() -> None:
    page, value_lines = _prepare(ROLES_PAGE, None)
    _read_title(page, value_lines, {})
    lines = person_model.rescore(page, [], "fallback")
    named = {p.family for c in lines for p in c.value}
    assert "Solberg" in named
    assert not named & {"Aasvold", "Lindqvist"}  # the illustrator's and translator's


# --- a printed article's pages under its byline: no web article --------------------------

_PROSE_FR = (
    "Écrire l'histoire du voyage en ballon n'est pas une idée si neuve. Depuis les premières "
    "ascensions, les aéronautes ont raconté leurs traversées, et les journaux ont suivi leurs "
    "exploits avec une attention qui ne s'est jamais démentie au cours du siècle.\n"
    "Il fallait pourtant reprendre ces récits ensemble, et les lire comme les témoignages "
    "d'une culture qui a fait du ciel un espace à conquérir, puis un lieu de loisir.\n"
)
_PROSE_DE = (
    "Die Städte an der Oder lebten vom Fluss. Über die Brücken zogen Händler mit Getreide "
    "und Tuch, und jede Brücke war zugleich eine Zollstelle, an der die Obrigkeit ihren "
    "Anteil am Handel einforderte, lange bevor die Eisenbahn den Fluss als Handelsweg "
    "ablöste.\nIn Kriegszeiten wurden dieselben Brücken zu Zielen: Man brach sie ab, um den "
    "Gegner aufzuhalten, und baute sie danach mühsam wieder auf, oft mit dem Holz der "
    "umliegenden Wälder und dem Geld der Kaufleute.\n"
)
_PROSE_EN = (
    "The harbour at the mouth of the fjord was built for sailing ships. Today it serves "
    "ferries and a few fishing boats, and the town around it has changed with them, as "
    "residents who remember the old quays will tell anyone who asks about the years before "
    "the ferries came.\nA new plan for the waterfront is due next year, and the council has "
    "asked for comments from everyone who lives along the water, from the fishermen to the "
    "owners of the new cafés.\n"
)

THESIS_NOTE_FR = (
    "Navigation – Plan du site\n"
    "AccueilNuméros31ChroniquesThèses soutenuesLe Voyage en ballon...\n"
    "Chroniques\nThèses soutenues\n"
    "Le Voyage en ballon. Les Figures de l'aérostation dans la France des années 1780-1900, "
    "Thèse pour le doctorat d'histoire, Université de Lyon 2, 3 volumes, 912 f°, soutenue le "
    "12 mars 2004, devant un jury composé de Lucien Barrault, Hélène Dumesnil, Gérard "
    "Foucault, Odile Lemarchand et Pierre-Yves Roux.\n"
    "Mathilde Garnier\n"
    "{range}\n"
    "Texte intégral\n" + _PROSE_FR
)
ARTICLE_DE = (
    "Navigation – Sitemap\nStartseiteHefte7AufsätzeDie Brücken der Oder...\nAufsätze\n"
    "Die Brücken der Oder: Handel und Krieg im 18. Jahrhundert\nKonrad Wiesner\n{range}\n"
    "Volltext\n" + _PROSE_DE
)
STORY_EN = (
    "Menu\nFeatures\nSeven ways the tide shapes a harbour town\nLaura Whitcombe\n{range}\n"
    + _PROSE_EN
)


@pytest.mark.parametrize(
    ("page", "pages"),
    [(THESIS_NOTE_FR, "p. 201-209"), (ARTICLE_DE, "S. 45–67")],
)
def test_a_page_range_under_the_byline_is_a_printed_articles(page: str, pages: str) -> None:
    rec = parse_record(page.format(range=pages))
    assert rec.csl_type == "article-journal"
    assert not [d for d in rec.diagnostics if d.code == "web-article"]


@pytest.mark.parametrize("line", ["2019-2020", "Season 2019-2020"])
def test_years_under_a_byline_leave_a_web_story(line: str) -> None:
    rec = parse_record(STORY_EN.format(range=line))
    assert rec.csl_type == "article-magazine"  # years, no pages: still a web story


def test_a_dated_story_keeps_its_shape_over_its_pages() -> None:
    # near miss: a dateline between the byline and the range (a magazine's print pages)
    page = (
        "Menu\nReportages\nLes quais de la Saône, un siècle de crues\nPar Martine Lachaud\n"
        "12 mars 2019\np. 12-15\n" + _PROSE_FR
    )
    rec = parse_record(page)
    assert [d for d in rec.diagnostics if d.code == "web-article"]


@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["p.", "pp.", "S.", "págs.", "стр."]),
    first=st.integers(min_value=1, max_value=900),
    length=st.integers(min_value=1, max_value=60),
)
def test_any_labelled_range_under_the_byline_makes_no_web_article(
    label: str, first: int, length: int
) -> None:
    rec = parse_record(ARTICLE_DE.format(range=f"{label} {first}-{first + length}"))
    assert not [d for d in rec.diagnostics if d.code == "web-article"]
