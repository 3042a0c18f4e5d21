"""A journal's name on the line above an ISSN whose line notes only the medium (``versión
On-line ISSN …``, ``Print ISSN …``, ``versão impressa ISSN …``, as SciELO-style journal
pages print their masthead) is the container (``comet.page.issn_names``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.issn_names import _medium_only

PAGE = (
    "Servicios\nRevista\nArticulo\n\n{name}\n\n{issn_line}\n\n"
    "Humedales costeros y turismo de aves en la costa del sur\n\n"
    "Marta Quiroga Lind*\n\n"
    "Resumen\nEn este artículo se aborda la importancia de los humedales costeros y de su "
    "gestión por las comunidades locales.\n"
)


@pytest.mark.parametrize(
    "issn_line", ["versión On-line ISSN 1234-5679", "versión impresa ISSN 1234-5679"]
)
def test_the_name_over_an_issn_line_with_its_medium(issn_line: str) -> None:
    page = PAGE.format(name="Estudios de humedales y costas", issn_line=issn_line)
    assert parse_record(page).to_csl().get("container-title") == "Estudios de humedales y costas"


def test_medium_notes_and_near_misses() -> None:
    rules = resolve(["es", "pt", "en"])
    assert _medium_only("versión On-line", rules)
    assert _medium_only("versão impressa", rules)
    assert _medium_only("Print", rules)
    # (negative) a name or a label before the ISSN notes no medium
    assert not _medium_only("Revista Online", rules)
    assert not _medium_only("Marsh Letters", rules)
    assert not _medium_only("", rules)
