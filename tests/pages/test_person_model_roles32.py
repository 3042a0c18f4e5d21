"""The person model's lines of names (``person_features.line_candidates``) leave out a name
whose line has a supervisor's label alone under it (``Ana Ruiz`` / ``(Supervisor)``), as the
hand rules do (``comet.page.role_under``): on a thesis's title page the advisor's name is
never the author's, whatever the model's weights (models32). Invented covers."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page import person_model
from comet.page.model_rows import person_rows

COVERS = {
    "en": (
        "Fenmoor Institute of Technology\n\nDepartment of Coastal Studies\n\n"
        "Salt marsh sediments under rising tides\n\n"
        "A thesis submitted in partial fulfilment of the requirements for the degree of "
        "Master of Science.\n\nOliver Brandt Hastings\n\n{role}\n\nMarshton, 2021\n",
        "Supervisor",
        "Hastings",
    ),
    "pt": (
        "Universidade Federal da Várzea\n\nCentro de Geografia\n\n"
        "As dunas móveis do litoral sul\n\n"
        "Dissertação apresentada como requisito parcial para obtenção do grau de Mestre "
        "em Geografia.\n\nTiago Moreira Lacerda\n\n({role})\n\nVárzea, 2018\n",
        "Orientadora",
        "Lacerda",
    ),
    "de": (
        "Hochschule Moorland\n\nFachbereich Wasserbau\n\n"
        "Schleusen an kleinen Flüssen im Wandel\n\n"
        "Masterarbeit zur Erlangung des akademischen Grades Master of Engineering.\n\n"
        "Henrike Albers\n\n{role}\n\nMoorstadt, 2020\n",
        "Betreuerin",
        "Albers",
    ),
    "tr": (
        "Bozkır Üniversitesi\n\nFen Bilimleri Enstitüsü\n\n"
        "Step göllerinde tuzluluk değişimi\n\n"
        "Yüksek Lisans Tezi\n\nDoç. Dr. Selin Aydemir\n\n{role}\n\nBozkır, 2019\n",
        "Tez Danışmanı",
        "Aydemir",
    ),
}


def _line_names(text: str) -> set[str]:
    """The family names of the model's lines of names (``src_line``) of a page."""
    return {
        str(p.family or p.literal)
        for names, _, f in person_rows(text)
        if f.get("src_line")
        for p in names
    }


@pytest.mark.parametrize("lang", sorted(COVERS))
def test_a_name_over_a_supervisor_label_is_no_line_of_names(lang: str) -> None:
    template, role, family = COVERS[lang]
    assert family not in _line_names(template.format(role=role))


@pytest.mark.parametrize("lang", sorted(COVERS))
@pytest.mark.parametrize("mode", ["fallback", "replace"])
def test_the_supervisor_is_no_author_in_any_mode(
    lang: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    template, role, family = COVERS[lang]
    monkeypatch.setattr(person_model, "MODE", mode)
    rec = parse_record(template.format(role=role))
    assert family not in [p.family for p in rec.authors]


def test_a_role_label_with_a_colon_heads_the_names_below_it() -> None:
    # ('Supervisor:' over a name is a label with its value under it: not the role of the
    # name above it, so the name above stays a line of names)
    template, _, family = COVERS["en"]
    text = template.format(role="Supervisor:\n\nMara Quill")
    assert family in _line_names(text)
    assert "Quill" not in _line_names(text)  # (a label's value, never a model-only line)
