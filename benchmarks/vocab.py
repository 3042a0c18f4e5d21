"""Benchmark the vocabulary parsers on the example table of tests/data/vocab.toml.

Run: ``python benchmarks/vocab.py``.  Prints calls per second and how many
examples each parser gets right; for languages, also ``langcodes.find`` (the
fuzzy name lookup comet deliberately does not use) on the same inputs.
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import langcodes

from comet.vocab import (
    match_label,
    parse_country,
    parse_language,
    parse_publication_type,
    parse_status,
    split_place,
)

DATA = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "tests" / "data" / "vocab.toml").read_text("utf-8")
)
REPEAT = 200


def _ok_status(c: dict[str, Any]) -> bool:
    r = parse_status(c["input"], strict=False)
    if "error" in c:
        return r.value is None
    return r.value is not None and r.value.value.value == c["value"]


def _ok_type(c: dict[str, Any]) -> bool:
    r = parse_publication_type(c["input"], strict=False)
    if "error" in c:
        return r.value is None
    return r.value is not None and r.value.csl_type == c["csl"]


def _ok_language(c: dict[str, Any]) -> bool:
    r = parse_language(c["input"], strict=False)
    if "error" in c:
        return r.value is None
    return r.value is not None and r.value.tag == c["tag"]


def _ok_langcodes(c: dict[str, Any]) -> bool:
    try:
        tag = str(langcodes.find(c["input"]))
    except LookupError:
        return "error" in c
    return "error" not in c and tag == c["tag"]


def _ok_country(c: dict[str, Any]) -> bool:
    r = parse_country(c["input"], strict=False)
    if "error" in c:
        return r.value is None
    return r.value is not None and r.value.code == c["code"]


def _ok_place(c: dict[str, Any]) -> bool:
    place, country = split_place(c["input"])
    return place == c["place"] and (country.code if country else None) == c.get("code")


def _ok_label(c: dict[str, Any]) -> bool:
    m = match_label(c["line"], spaced=c.get("spaced", False))
    return m is not None and m.key == c["key"]


ROWS: list[tuple[str, str, Callable[[dict[str, Any]], bool]]] = [
    ("parse_status", "status", _ok_status),
    ("parse_publication_type", "type", _ok_type),
    ("parse_language", "language", _ok_language),
    ("langcodes.find (reference)", "language", _ok_langcodes),
    ("parse_country", "country", _ok_country),
    ("split_place", "place", _ok_place),
    ("match_label", "label", _ok_label),
]


def main() -> None:
    print(f"{'function':<28} {'inputs':>6} {'right':>6} {'calls/s':>10}")
    for name, table, check in ROWS:
        cases = DATA[table]
        right = sum(check(c) for c in cases)  # also warms the lazy tables
        t0 = time.perf_counter()
        for _ in range(REPEAT):
            for c in cases:
                check(c)
        dt = time.perf_counter() - t0
        print(f"{name:<28} {len(cases):>6} {right:>6} {REPEAT * len(cases) / dt:>10,.0f}")


if __name__ == "__main__":
    main()
