"""Messy column values shared by the Dask and Spark tests (not a test module)."""

from __future__ import annotations

import math


def _real_dois() -> list[str]:
    """DOIs of many registrants, in several shapes (written for these tests)."""
    shapes = ("10.{r}/j.abc.{y}.{n:02d}.0{n}", "10.{r}/{y}-{n}-x", "10.{r}/S0{n}-{y}(9{n})0{n}-X")
    return [
        shape.format(r=1000 + 37 * i, y=1990 + i % 30, n=i % 97)
        for i, shape in enumerate(shapes * 40)
    ]


def doi_values(n: int) -> list[object]:
    """``n`` messy DOI cells: valid ones in several spellings, unique ones, junk, missing."""
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
