"""Shapes found on a wide local set of library catalogue record pages of many catalogue
systems (ISBD and RIS exports, MARC views, labelled records). All cases are invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet.formats import ris
from comet.page import parse_record

# --- an RIS export whose line breaks the page collapsed -------------------------------------


def test_unflatten_splits_a_collapsed_record() -> None:
    flat = "TY - BOOK AU - Marsh, Edda TI - Herons of the fen PY - 1987/// CY - Owlton PB - Reed Press ER -"
    lines = ris.unflatten(flat).splitlines()
    assert lines[0] == "TY  - BOOK"
    assert "AU  - Marsh, Edda" in lines
    assert "TI  - Herons of the fen" in lines
    assert lines[-1] == "ER  -"
    item = ris.loads(ris.unflatten(flat))[0]
    assert item["title"] == "Herons of the fen"
    assert item["publisher"] == "Reed Press"
    assert item["publisher-place"] == "Owlton"


def test_unflatten_keeps_proper_ris_and_words_that_look_like_tags() -> None:
    proper = "TY  - JOUR\nTI  - Cattails - a study\nER  -"
    assert ris.unflatten(proper) == proper
    # a dash inside a value is no tag: only the specification's two-character tags split
    flat = "TY - BOOK TI - Fen birds - Part B PY - 2001 ER -"
    assert "TI  - Fen birds - Part B" in ris.unflatten(flat).splitlines()


@given(st.text(max_size=300))
def test_unflatten_never_fails(text: str) -> None:
    out = ris.unflatten(text)
    assert isinstance(out, str)
    assert ris.unflatten(out) == out or not out.strip()


def test_page_of_a_collapsed_ris_export() -> None:
    page = (
        "TY - BOOK AU - Quill, Hester TI - Lantern making for beginners SN - 0-306-40615-2 "
        "PY - 1994/// CY - Brookvale PB - Heron House KW - Lanterns KW - Handicraft, rural ER -"
    )
    rec = parse_record(page)
    assert rec.title == "Lantern making for beginners"
    assert [p.family for p in rec.authors] == ["Quill"]
    assert rec.publisher == "Heron House"
    assert rec.issued is not None and rec.issued.year == 1994
    assert [k.text for k in rec.keywords] == ["Lanterns", "Handicraft, rural"]


def test_a_line_with_dashes_is_no_ris_record() -> None:
    page = "Tidewater notes\nTY - the shipyard story - as told ER - by the crew"
    rec = parse_record(page)
    assert rec.keywords == ()
