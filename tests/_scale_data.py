"""Messy column values shared by the Dask and Spark tests (not a test module)."""

from __future__ import annotations

import json
import math
from pathlib import Path

REFS = Path(__file__).parent / "data" / "references" / "refs.jsonl"


def _real_dois() -> list[str]:
    out = []
    for line in REFS.read_text("utf-8").splitlines():
        doi = json.loads(line)["csl"].get("DOI")
        if doi:
            out.append(doi)
    return out or ["10.1080/03003930.2022.2081552"]


def doi_values(n: int) -> list[object]:
    """``n`` messy DOI cells: real ones in several spellings, unique ones, junk, missing."""
    real = _real_dois()
    forms = ("{}", "doi:{}", "https://doi.org/{}", "DOI {}.", " {} ", "http://dx.doi.org/{}")
    junk = ("", "n/a", "see publisher", "10.1000", "10.abc/x", "doi:", "10.1000/" + "x" * 5000)
    out: list[object] = []
    for i in range(n):
        k = i % 20
        if k < 8:
            out.append(forms[i % len(forms)].format(real[i % len(real)]))
        elif k < 15:
            out.append(f"https://doi.org/10.{1000 + i % 8999}/Row.{i}")  # all distinct
        elif k < 17:
            out.append(junk[i % len(junk)])
        elif k == 17:
            out.append(None)
        elif k == 18:
            out.append(math.nan)
        else:
            out.append(f"Title of row {i}, doi 10.5555/{i}x")
    return out
