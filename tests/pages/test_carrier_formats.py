"""A record's format naming a carrier of recorded sound or moving images (``Format: DVD``,
``Format: Audio CD``) types the record: a shop's binding label beside it makes no book.
Every page is written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = """Lanterns over the Weir
Director: Odile Marrack
Format: {fmt}
Binding: Keep case
Released 2017
"""


@pytest.mark.parametrize(
    ("fmt", "csl_type"),
    [
        ("DVD", "motion_picture"),
        ("Blu-ray", "motion_picture"),
        ("VHS", "motion_picture"),
        ("Audio CD", "song"),
        ("Vinyl", "song"),
        ("Paperback", "book"),  # a binding's word: the binding label's book stands
        ("Film screening and discussion", "book"),  # an event's format, no carrier
    ],
)
def test_a_carrier_format_types_the_record(fmt: str, csl_type: str) -> None:
    assert parse_record(PAGE.format(fmt=fmt)).to_csl().get("type") == csl_type
