"""An abstract and keywords are no journal article's evidence on a report's or a thesis's
page that shows no journal (every case invented): a cover's genre in capitals, however weak,
then names the type; with a journal's DOI, or with nothing naming another type, the
abstract and keywords still make an article."""

from __future__ import annotations

import pytest

from comet import parse_record

REPORT_EN = """{head}
Tidal Drainage and Peat Loss in Lowland Fens
Barnaby Quill, Hester Lowry
Marshtown 2019
{doi}Abstract: We measure the loss of peat under three drainage regimes in the lowland fens \
over six seasons and find that the loss doubles where the ditches are cut deeper than one metre.
Keywords: peat; drainage; fens; carbon
Introduction
The lowland fens have been drained for four centuries and the peat has shrunk by two metres \
since the first pumps were built on the rivers.
"""

REPORT_FR = """RAPPORT DE L'INSTITUT DES MARAIS
Drainage et perte de tourbe dans les marais de l'Ouest
Barnabé Quillet, Hélène Loury
Nantes 2019
Résumé : Nous mesurons la perte de tourbe sous trois régimes de drainage dans les marais de \
l'Ouest pendant six saisons et trouvons que la perte double là où les fossés sont plus profonds.
Mots-clés : tourbe ; drainage ; marais
Introduction
Les marais de l'Ouest sont drainés depuis quatre siècles et la tourbe a perdu deux mètres \
depuis les premières pompes.
"""


@pytest.mark.parametrize(
    "text",
    [
        REPORT_EN.format(head="MARSH INSTITUTE FOR FEN STUDIES REPORT", doi=""),
        REPORT_EN.format(head="FEN STUDIES 2019 · REPORT", doi=""),
        REPORT_FR,
    ],
)
def test_a_reports_abstract_and_keywords_make_no_article(text: str) -> None:
    assert parse_record(text).csl_type == "report"


def test_a_journals_doi_keeps_the_article() -> None:
    # near miss: the same cover word, but the work's DOI is read
    text = REPORT_EN.format(
        head="MARSH INSTITUTE FOR FEN STUDIES REPORT", doi="DOI: 10.99999/fen.2019.0412\n"
    )
    assert parse_record(text).csl_type == "article-journal"


def test_nothing_naming_another_type_keeps_the_article() -> None:
    # near miss: no genre on the page: the abstract and keywords still name an article
    text = REPORT_EN.format(head="Marsh Institute for Fen Studies", doi="")
    assert parse_record(text).csl_type == "article-journal"
