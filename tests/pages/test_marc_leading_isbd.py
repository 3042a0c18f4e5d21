"""ISBD punctuation a catalogue types at the start of a MARC subfield instead of at the end
of the one before (``260 $aMADRID $b:EDITORIAL GARZA $c,1999``): no part of the value
(``comet.page.marc_subfields``). Invented records."""

from __future__ import annotations

import pytest

from comet import parse_record

_RECORD = (
    "000 00438nam a2200157 i 4500\n"
    "008 010101s1999 sp g spa\n"
    "020 _a8471319394\n"
    "100 _aGARZA, ANA\n"
    "245 3 _aLAS AVES DEL PANTANO\n"
    "_c/ GARZA, ANA\n"
    "260 _aMADRID\n"
    "_b{publisher}\n"
    "_c,1999\n"
)


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        (":EDITORIAL GARZA", "EDITORIAL GARZA"),  # the colon before the publisher
        (": Editorial Garza", "Editorial Garza"),
        ("Editorial Garza :", "Editorial Garza"),  # at the end, as ISBD puts it
        ("Garza : Hijos de Ana", "Garza : Hijos de Ana"),  # a colon inside stays
    ],
)
def test_leading_isbd_punctuation(publisher: str, expected: str) -> None:
    c = parse_record(_RECORD.format(publisher=publisher)).to_csl()
    assert c.get("publisher") == expected
    assert c.get("issued") == {"date-parts": [[1999]]}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marshtown : The Heron Bank; 1992", ("The Heron Bank", "Marshtown", 1992)),
        (
            "Marshtown : Fen Press ; Heron Books, 1992",
            ("Fen Press ; Heron Books", "Marshtown", 1992),
        ),
    ],
)
def test_a_stray_mark_before_the_imprints_date(value: str, expected: tuple[object, ...]) -> None:
    from comet import locales as _loc
    from comet.page.imprint import _imprint

    assert _imprint(value, _loc.resolve(None)) == expected
