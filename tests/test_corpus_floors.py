"""Regression floors on the dev part of the identifier and date corpora (``../shared/dev``).

Read in place and skipped, with the reason, where the corpus is absent; the unseen sources
of each (``tests/data/splits.toml``) are never asserted here. Raise a floor when the
parser improves; ``python benchmarks/identifiers.py`` and ``benchmarks/dates.py`` print
the comparisons with the well-known libraries.
"""

from __future__ import annotations

from typing import Any

import pytest

import comet
import comet.locales as L
from tests.shared_data import dev_path, read_jsonl, source_split

#: share of dev identifier cases right (valid ones give their canonical form, invalid
#: ones are refused by the parser, extractions find the canonical form)
IDENTIFIER_FLOOR = 0.99
#: share of dev date cases in a shipped locale whose parts come out right
DATE_FLOOR = 0.92

_PARSERS = {
    "doi": comet.parse_doi,
    "issn": comet.parse_issn,
    "isbn": comet.parse_isbn,
    "orcid": comet.parse_orcid,
}


def _identifier_right(case: dict[str, Any]) -> bool:
    scheme, raw, want = case["scheme"], case["raw"], case.get("canonical")
    if case["kind"] == "extract":
        found = [m.value for m in comet.find_identifiers(raw)]
        hits = [str(v) for v in found if type(v).__name__.lower() == scheme]
        return (want in hits) if case["valid"] else not hits
    got = _PARSERS[scheme](raw, strict=False).value
    if not case["valid"]:
        return got is None
    return got is not None and str(got).lower() == str(want).lower()


def test_identifier_floor() -> None:
    path = dev_path("identifiers", "cases.jsonl")
    cases = [c for c in read_jsonl(path) if source_split("identifiers", c["source"]) == "dev"]
    right = sum(_identifier_right(c) for c in cases)
    assert len(cases) > 400
    assert right / len(cases) >= IDENTIFIER_FLOOR, (right, len(cases))


def _date_right(case: dict[str, Any]) -> bool:
    want = case["expected"]
    got = comet.parse_date(case["raw"], locales=[case["lang"]], strict=False).value
    if not want:
        return got is None
    if got is None or not hasattr(got, "year"):
        return False
    return all(getattr(got, k, None) == v for k, v in want.items())


@pytest.mark.timeout(600)
def test_date_floor() -> None:
    path = dev_path("dates", "cases.jsonl")
    shipped = set(L.available())
    cases = [
        c
        for c in read_jsonl(path)
        if source_split("dates", c["source"]) == "dev" and c["lang"] in shipped
    ]
    right = sum(_date_right(c) for c in cases)
    assert len(cases) > 300
    assert right / len(cases) >= DATE_FLOOR, (right, len(cases))
