"""Records built with pymarc for the MARC tests (invented titles and names)."""

from __future__ import annotations

from typing import Any

import pytest

pymarc = pytest.importorskip("pymarc")

#: 008 of a book: 06 s, 07-10 1998, 15-17 nyu, 35-37 eng (40 characters)
FIXED = "980101s1998    nyu" + " " * 17 + "eng d"
assert len(FIXED) == 40


def field(tag: str, ind: str, *subs: str) -> Any:
    """A data field: ``field("245", "10", "aTitle :", "bsub")``."""
    return pymarc.Field(
        tag=tag,
        indicators=pymarc.Indicators(ind[0], ind[1]),
        subfields=[pymarc.Subfield(s[0], s[1:]) for s in subs],
    )


def record(
    *fields: Any, leader: str = "00000nam a2200000 a 4500", fixed: str | None = FIXED
) -> Any:
    r = pymarc.Record(force_utf8=True)
    r.leader = pymarc.Leader(leader)
    if fixed is not None:
        r.add_field(pymarc.Field(tag="008", data=fixed))
    for f in fields:
        r.add_field(f)
    return r


def book(*extra: Any, **kw: Any) -> Any:
    return record(
        pymarc.Field(tag="001", data="test-1"),
        field("100", "1 ", "aMarsh, Jolene,", "d1950-", "eauthor."),
        field("245", "12", "aA guide to barn owls :", "bfield notes from the valley /",
              "cJolene Marsh."),
        field("264", " 1", "aLondon :", "bHollow Tree Press,", "c2001."),
        field("300", "  ", "axii, 345 pages :", "billustrations ;", "c24 cm."),
        *extra,
        **kw,
    )  # fmt: skip
