"""Refer / EndNote tagged text: ``comet.formats.refer`` and Refer blocks printed on pages."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import comet
from comet.formats import refer

RECORD = """%0 Book Section
%A Tamm, Riina
%A Okafor, Bayo
%E edited by Lisbeth Haar
%T Salt roads of the Baltic
%B Trade routes in the early modern north
%I Northwind Academic
%C Tartu
%D 2014
%P 45-67
%@ 978-0-306-40615-7
%K salt
%K trade
%G en
"""


def test_loads_reads_every_tag_it_maps() -> None:
    [item] = refer.loads(RECORD)
    assert item["type"] == "chapter"
    assert item["author"] == [
        {"family": "Tamm", "given": "Riina"},
        {"family": "Okafor", "given": "Bayo"},
    ]
    assert item["editor"] == [{"family": "Haar", "given": "Lisbeth"}]
    assert item["title"] == "Salt roads of the Baltic"
    assert item["container-title"] == "Trade routes in the early modern north"
    assert (item["publisher"], item["publisher-place"]) == ("Northwind Academic", "Tartu")
    assert item["issued"] == {"date-parts": [[2014]]}
    assert (item["page"], item["ISBN"]) == ("45-67", "978-0-306-40615-7")
    assert (item["keyword"], item["language"]) == ("salt, trade", "en")


def test_records_split_at_blank_lines_and_at_a_new_type_line() -> None:
    text = "%0 Book\n%T One\n\n%0 Report\n%T Two\n%0 Thesis\n%T Three\n"
    assert [(i["type"], i["title"]) for i in refer.loads(text)] == [
        ("book", "One"),
        ("report", "Two"),
        ("thesis", "Three"),
    ]


def test_continuation_lines_join_the_value_before_them() -> None:
    [item] = refer.loads("%0 Journal Article\n%T A long title\nthat wraps\n%D 1999\n")
    assert item["title"] == "A long title that wraps"


def test_a_collapsed_record_is_split_at_its_tags() -> None:
    flat = "%0 Book %A Given Name Family, Other Person. %T Marsh plants : %U /book/1/marsh"
    assert refer.unflatten(flat).splitlines() == [
        "%0 Book",
        "%A Given Name Family, Other Person.",
        "%T Marsh plants :",
        "%U /book/1/marsh",
    ]
    [item] = refer.loads(flat)
    assert item["title"] == "Marsh plants"  # ISBD's ' :' before a missing subtitle dropped
    assert [a["family"] for a in item["author"]] == ["Family", "Person"]


def test_unknown_types_are_documents_and_percent_signs_in_values_stay() -> None:
    [item] = refer.loads("%0 Hologram\n%T Growth of 5 % a year\n")
    assert item["type"] == "document"
    assert item["title"] == "Growth of 5 % a year"


def test_refer_type_names_endnote_types() -> None:
    assert refer.refer_type("paper-conference") == "Conference Paper"
    assert refer.refer_type("interview") == "Generic"


def test_page_with_a_refer_export_reads_the_record() -> None:
    page = (
        "Catalogue record\n\nExport citation\n\n"
        "%0 Journal Article\n%A Vidal, Noor\n%T Peat and the river\n%J Fen Review\n"
        "%V 12\n%N 3\n%P 201-219\n%D 2019\n"
    )
    csl = comet.parse_record(page).to_csl()
    assert csl["type"] == "article-journal"
    assert csl["title"] == "Peat and the river"
    assert csl["author"] == [{"family": "Vidal", "given": "Noor"}]
    assert (csl["container-title"], csl["volume"], csl["issue"], csl["page"]) == (
        "Fen Review",
        "12",
        "3",
        "201-219",
    )


def test_a_line_opening_with_percent_zero_alone_is_no_record() -> None:
    page = (
        "Survey of marsh walkers\n\nResults\n\n%0 of walkers came back twice\nThe rest did not.\n"
    )
    csl = comet.parse_record(page).to_csl()
    assert csl.get("type") != "book"
    assert not any("Refer" in d.message for d in comet.parse_record(page).diagnostics)


_words = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzé ", min_size=1, max_size=30)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@st.composite
def _items(draw: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"id": "x", "type": draw(st.sampled_from(["book", "report", "thesis"]))}
    item["title"] = draw(_words).capitalize()
    item["publisher"] = draw(_words)
    item["volume"] = str(draw(st.integers(1, 999)))
    item["issued"] = {"date-parts": [[draw(st.integers(1500, 2100))]]}
    return item


@given(st.lists(_items(), min_size=1, max_size=4))
def test_dumps_then_loads_keeps_the_fields(items: list[dict[str, Any]]) -> None:
    back = refer.loads(refer.dumps(items))
    assert len(back) == len(items)
    for item, got in zip(items, back, strict=True):
        for key in ("type", "title", "publisher", "volume", "issued"):
            assert got[key] == item[key]


@given(st.text(max_size=300))
def test_loads_never_crashes_on_any_text(text: str) -> None:
    for item in refer.loads(text):
        assert item["type"]


@given(st.text(max_size=200))
def test_unflatten_is_idempotent(text: str) -> None:
    once = refer.unflatten(text)
    assert refer.unflatten(once) == once


def test_prose_lines_opening_with_percent_tags_are_no_record() -> None:
    # a survey's prose whose lines open with '%0 of …' and '%A of …' (a percentage cut from
    # its number): no EndNote type follows '%0', so no record and no author 'of the …'
    page = (
        "Growth in Rural Lending\n\nThe survey covers 412 rural banks.\n"
        "%0 of respondents reported a fall in lending, while 35% reported growth.\n"
        "%A of the banks are cooperatives.\n"
    )
    record = comet.parse_record(page)
    assert not record.to_csl().get("author")
    assert not any("Refer" in d.message for d in record.diagnostics)


def test_a_record_with_a_type_of_other_words_is_still_read() -> None:
    # near miss: a type name the reader does not know, capitalised, is a record's type
    page = "Export\n\n%0 Audiovisual Material\n%A Rasko, Tilde\n%T Heron calls at dusk\n%D 2027\n"
    csl = comet.parse_record(page).to_csl()
    assert csl["author"] == [{"family": "Rasko", "given": "Tilde"}]
    assert csl["title"] == "Heron calls at dusk"
