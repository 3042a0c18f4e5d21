"""A widget still loading when the page was saved (`Loading...`, `Cargando…`) is interface
text, never the title; a title that opens with the word stays a title (invented pages)."""

from __future__ import annotations

import pytest

from comet import parse_record


@pytest.mark.parametrize(
    "widget", ["Loading.... (view full text now)", "Cargando... ver texto completo"]
)
def test_a_loading_widget_is_never_the_title(widget: str) -> None:
    text = f"Documents\n{widget}\nSalt marshes of the northern coast\nBy Clara Nyholm\n2019\n"
    rec = parse_record(text)
    assert rec.title == "Salt marshes of the northern coast"


def test_a_title_opening_with_loading_stays_the_title() -> None:
    text = "Loading dose effects of anticoagulants in older patients\nBy Clara Nyholm\n2019\n"
    rec = parse_record(text)
    assert rec.title == "Loading dose effects of anticoagulants in older patients"


SHARED_COPY = """Share "Salt marshes"
Copied!
27
0
Loading.... (view fulltext now)
Full text
(1)
SALT MARSHES OF THE NORTH
Bachelor thesis 15 credits, Spatial Planning
Clara Nyholm
May 2012
"""


def test_a_widget_over_a_byline_is_no_title() -> None:
    rec = parse_record(SHARED_COPY)
    assert rec.title is not None and "Loading" not in rec.title


def test_a_fields_row_with_a_number_is_no_title() -> None:
    text = SHARED_COPY.replace("Full text\n", "Academic year: 2021\n")
    rec = parse_record(text)
    assert rec.title != "Academic year: 2021"


def test_a_title_naming_a_period_stays_the_title() -> None:
    rec = parse_record("Mapping the coast: 1850-1900\nBy Clara Nyholm\n2019\n")
    assert rec.to_csl()["title"] == "Mapping the coast: 1850-1900"
