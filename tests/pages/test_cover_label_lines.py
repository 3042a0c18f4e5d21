"""A line of a thesis's cover made only of labels of the locales (``Studente Candidato`` over
the candidate's name, ``Tutor Interno`` over the advisor's) is no name: the label's words are
no person's (``comet.page.bylines._labels_only``). Invented pages; every name, school and
title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_COVER = """Università degli Studi di Valpaludosa

Dipartimento di Scienze della Palude

Corso di laurea in Ecologia

Il ciclo delle acque nelle paludi

della pianura

Relatore

Carlo Fenni

Università di Valpaludosa

{label}

{name}

Anno Accademico 2020 - 2021
"""


@pytest.mark.parametrize("label", ["Studente Candidato", "Studentessa Candidata", "Laureando"])
def test_a_line_of_labels_is_no_name(label: str) -> None:
    authors = parse_record(_COVER.format(label=label, name="Marta Giunchi")).to_csl().get("author")
    assert authors == [{"family": "Giunchi", "given": "Marta"}]


def test_a_name_holding_a_label_word_is_kept() -> None:
    # (negative) 'Di' is a label word ('Di Anna Rossi': by), but 'Anna Di Lorenzo' is a name
    authors = (
        parse_record(_COVER.format(label="Candidata", name="Anna Di Lorenzo"))
        .to_csl()
        .get("author")
        or []
    )
    assert [a.get("family") for a in authors] in (["Di Lorenzo"], ["Lorenzo"])
