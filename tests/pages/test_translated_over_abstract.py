"""A title printed over its translation with the abstract's label under them (a citation line
between or none) and no byline there: the first line is the title, not the journal's name
above it (``comet.page.title_runs``). Every page, name, title and number here is invented."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from comet import locales as _loc
from comet import parse_record
from comet.page.evidence import _Page
from comet.page.layout import read_layout
from comet.page.title_runs import _abstract_under

PAGE = """Revista de Ecología de Marismas y Estuarios

Sociedad Ibérica de Marismas (SIM)

Vol. 12. Núm. 3. Mayo 2019
ISSN online: 2049-3630
10.99999/j.rema.12.3.0045
Recibido: 2 de enero de 2019
Originales

Mareas y sedimentos en las marismas del norte peninsular

Tides and sediments in the marshes of the northern peninsula

Rev Ecol Maris. 2019;12(3):45-51

Resumen:

Medimos las mareas y los sedimentos en tres marismas del norte durante un año completo.

Abstract:

We measured the tides and the sediments in three northern marshes over a whole year.
"""


def test_a_title_over_its_translation_and_the_abstract_wins() -> None:
    csl = parse_record(PAGE).to_csl()
    assert csl["title"] == "Mareas y sedimentos en las marismas del norte peninsular"


def _page(text: str) -> _Page:
    # (the function reads the page's layout alone)
    return cast(_Page, SimpleNamespace(layout=read_layout(text, _loc.all_rules())))


def test_the_abstract_label_must_follow_or_follow_a_citation_line() -> None:
    text = (
        "Mareas del norte\n\nTides of the north\n\nRev Ecol Maris. 2019;12:45\n\nResumen:\n\nTexto."
    )
    page = _page(text)
    assert _abstract_under(page, 1)  # the citation line, then the label
    assert _abstract_under(page, 2)  # the label right under it
    prose = "Mareas del norte\n\nTides of the north\n\nUna nota sin cifras\n\nResumen:\n\nTexto."
    assert not _abstract_under(_page(prose), 1)  # a line of words between: no citation
