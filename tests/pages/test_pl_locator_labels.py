"""Polish labels of a host item and its locator (``pl.toml`` ``[labels]``: ``Źródło``,
``Rocznik``, ``Zeszyt``). Invented record pages; every name and title was written for these
tests."""

from __future__ import annotations

from comet import parse_record

_RECORD = """Zimowanie ptaków na bagnach

Anna Nowak, Jan Kowalski

{lines}

Streszczenie

Ptaki bagienne zimą odlatują na południe, ale część z nich zostaje na jeziorach. Obserwowaliśmy trzy jeziora przez dziesięć lat.
"""


def test_the_source_label_names_the_journal_before_its_locator() -> None:
    item = parse_record(_RECORD.format(lines="Źródło: Przegląd Bagienny. - 2019, nr 3, s. 45-67"))
    csl = item.to_csl()
    assert (csl["container-title"], csl["issue"], csl["page"]) == (
        "Przegląd Bagienny",
        "3",
        "45-67",
    )


def test_volume_and_issue_labels() -> None:
    csl = parse_record(_RECORD.format(lines="Rocznik: 12\nZeszyt: 3\nStrony: 45-67")).to_csl()
    assert (csl["volume"], csl["issue"], csl["page"]) == ("12", "3", "45-67")


def test_a_dimension_line_is_no_source() -> None:
    # a product's sizes ('W: 12 cm', width) name no host item: 'W' is no label here
    csl = parse_record(_RECORD.format(lines="H: 30 cm\nW: 12 cm\nD: 5 cm")).to_csl()
    assert csl.get("container-title") is None
