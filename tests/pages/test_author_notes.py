"""Authors' notes (comet.page.author_notes): a paragraph opening with a person's full name and
a verb of the locales (``Ana Ruiz is a historian …``, ``Ana Ruiz é licenciada …``) vouches
for a byline naming the same people, and where no byline is read, names the author
(invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.author_notes import note_name

_RULES = _loc.resolve(None)

# a magazine's page: the byline under the title, related articles' bylines with an author
# word further down, the author's note under the summary
_EN = """\
Why the Harbour Towns Emptied		On Newsstands Jan. 2
				Tomasz K. Wierzbicki
Advanced Search	From Coastal Affairs, March/April 2031

	Summary: Harbour towns lost half their people in two decades. A review of the records
shows why the young left first and the old stayed behind.

	Tomasz K. Wierzbicki is Director of the Coastal Studies Program at the Fen Institute.

				Related Articles
				Salt and Silt
				By Margarethe Olsen, Pieter Claes, et al.
				Coastal Affairs, May/June 2031
"""

# a shop's page: the menus' lines over a book's title and byline, the author's note below
_PT = """\
Livros
Banda Desenhada
Ciências Exatas e Naturais
Cartão Leitor Livraria
Farmácia Literária

A Casa das Marés

de Benedita Sarmento

oferta
comentar

Benedita Sarmento é licenciada em Línguas e Literaturas Modernas pela Universidade do Minho e
vive em Braga desde 2004.
"""

# two authors' notes in one paragraph; the byline with both names under the title
_DE = """\
Die Zeitschrift für Küstenforschung
Salzwiesen im Wandel
Henrike Oltmanns und Jasper Wübbena

Die Salzwiesen der Nordseeküste haben sich in den letzten dreißig Jahren stark verändert, wie \
die Aufnahmen von zwölf Standorten zeigen.

Weitere Beiträge
Deiche und Dünen
Von Lars Dahl und Ida Moe

Henrike Oltmanns ist Professorin für Geographie an der Universität Oldenmoor. \
Jasper Wübbena ist wissenschaftlicher Mitarbeiter am Institut für Küstenforschung.
"""

# a shop's byline of names with their roles far down, two authors' notes lower still
_FR = """\
Livraison à Lyon 69001 Modifier
Toutes nos catégories

Le Jardin des Vents Broché
par Solène Marchetti (Auteur), Ilias Bensaïd (Auteur)

Un roman à deux voix sur une île de la Manche.

À propos des auteurs
Ilias Bensaïd est traducteur et vit à Nantes depuis 2010.
Solène Marchetti enseigne les lettres dans un lycée de Rennes et écrit pour la jeunesse.
"""


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (_EN, [("Wierzbicki", "Tomasz K.")]),
        (_PT, [("Sarmento", "Benedita")]),
        (_DE, [("Oltmanns", "Henrike"), ("Wübbena", "Jasper")]),
        (_FR, [("Marchetti", "Solène"), ("Bensaïd", "Ilias")]),
    ],
)
def test_author_notes_name_the_authors(page: str, want: list[tuple[str, str]]) -> None:
    authors = parse_record(page).to_csl().get("author") or []
    assert [(a.get("family"), a.get("given")) for a in authors] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ana M. Ruiz is a historian at the University of Lima.", ("Ruiz", "Ana M.")),
        (
            "Benedita Sarmento é licenciada em Letras pela Universidade do Minho",
            ("Sarmento", "Benedita"),
        ),
        ("Henrike Oltmanns ist Professorin für Geographie in Oldenmoor.", ("Oltmanns", "Henrike")),
        ("Lucía Ferrer enseña historia en un instituto de Salta.", ("Ferrer", "Lucía")),
    ],
)
def test_note_name(text: str, want: tuple[str, str]) -> None:
    p = note_name(text, _RULES)
    assert p is not None and (p.family, p.given) == want


@pytest.mark.parametrize(
    "text",
    [
        "Appendix B. A Collection of Best Practices for Production Services",  # no verb
        "The Harbour is a place of salt and silt and wind.",  # no name: an article first
        "Ana Ruiz is Back",  # a heading: no sentence after the verb
        "Ana Ruiz Is a Historian at the Fen Institute",  # a title's capitalised verb
        "Tomasz K. is a historian of the harbour towns",  # the family name in full closes it
        "ana ruiz is a historian at the fen institute",  # no capitals
    ],
)
def test_no_note_name(text: str) -> None:
    assert note_name(text, _RULES) is None


@given(st.text(max_size=160))
def test_note_name_never_crashes(text: str) -> None:
    p = note_name(text, _RULES)
    assert p is None or (p.family is not None and p.given is not None)
