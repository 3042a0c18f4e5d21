"""A publisher's value read as a grammar (:mod:`comet.page.publisher_holder`): the body's
name without a copyright line's mark, years, legal form and rights phrases, without a
citation's pointer phrase; a value that is only a date names no publisher. Invented
values and pages in several languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.publisher_holder import date_only, holder_name

_RULES = _loc.resolve(None)


@pytest.mark.parametrize(
    ("value", "holder", "expected"),
    [
        # a whole copyright statement under a label: mark, years, legal form, tail go
        ("© 2001-2009 Heronsgate Publishing Ltd unless otherwise stated", False,
         "Heronsgate Publishing"),
        ("Copyright © 2021 Marsh Media LLC. All rights reserved.", False, "Marsh Media"),
        ("© 2018 Reiherverlag GmbH sofern nicht anders angegeben", False, "Reiherverlag"),
        ("© 2015 Éditions du Marais SARL sauf mention contraire", False, "Éditions du Marais"),
        ("© 2020 Ediciones Garza S.L. Todos los derechos reservados", False, "Ediciones Garza"),
        # a copyright line's holder read already: its rights phrase and legal form go
        ("Fenwick Physics Publishing Ltd and individual contributors", True,
         "Fenwick Physics Publishing"),
        ("Edizioni della Palude S.r.l. salvo diversa indicazione", True, "Edizioni della Palude"),
        ("FSA – All rights reserved", True, "FSA"),  # (the dash before the rights phrase)
        # a citation's pointer to where the work is kept
        ("Retrieved from Institute for Wetland Policy at Marsh University", False,
         "Institute for Wetland Policy at Marsh University"),
        ("Recuperado de Instituto de Estudios del Humedal", False,
         "Instituto de Estudios del Humedal"),
        # a label's or a statement's name keeps its form; a name is no statement
        ("Heron Media, Inc.", False, "Heron Media, Inc."),
        ("Copyright Clearance Office", False, "Copyright Clearance Office"),
        ("Ltd", True, "Ltd"),  # (a legal form alone stays: nothing else is the name)
    ],
)  # fmt: skip
def test_the_bodys_name_is_read_from_the_value(value: str, holder: bool, expected: str) -> None:
    assert holder_name(value, _RULES, holder=holder) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("21 Marzo 2022", True),
        ("13. Juni 2023", True),
        ("3 mai 2019", True),
        ("May 3, 2019", True),
        ("Fen Press 2019", False),  # (a name and its year: the imprint's)
        ("1984", False),  # (a bare year: the imprint reader says it names none)
        ("Ediciones Garza", False),
        ("", False),
    ],
)
def test_a_value_that_is_only_a_named_month_date_names_no_publisher(
    value: str, expected: bool
) -> None:
    assert date_only(value, _RULES) is expected


@given(st.text(max_size=80), st.booleans())
def test_any_value_reads_without_failing(value: str, holder: bool) -> None:
    out = holder_name(value, _RULES, holder=holder)
    assert isinstance(out, str)
    assert isinstance(date_only(value, _RULES), bool)


def test_a_footers_statement_under_a_published_by_label_gives_the_body() -> None:
    text = (
        "Counting Herons on the Lower Fen\n"
        "Orla Fenwick\n"
        "The herons of the lower fen were counted each spring from 2001 to 2009.\n"
        "Published by\n"
        "© 2001-2009 Heronsgate Publishing Ltd unless otherwise stated\n"
    )
    assert parse_record(text).publisher == "Heronsgate Publishing"


def test_a_date_under_a_publication_label_gives_way_to_a_body() -> None:
    text = (
        "Aves del humedal de Garza\n"
        "Lucía Marín\n"
        "Revista del Humedal\n"
        "Universidad Nacional de Garza\n"
        "ISSN: 1234-5679\n"
        "Publicación: 21 Marzo 2022\n"
        "Resumen: Las aves del humedal se contaron cada primavera.\n"
    )
    assert parse_record(text).publisher != "13 Junio"
