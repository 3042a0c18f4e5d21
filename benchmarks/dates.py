"""Benchmark: comet.parse_date vs dateparser.parse vs dateutil.parser.parse.

    pip install -r benchmarks/requirements.txt
    python benchmarks/dates.py [--repeat N]

The set (``benchmarks/data/dates.tsv``) holds a few hundred dates written in every shipped
locale (wide and abbreviated month names, ordinal days, numeric forms in the locale's order),
the seed pages' dates, and strings that are *not* dates (statute numbers, page ranges,
statuses), each with its expected ISO 8601 answer (empty: not a date).

Scoring: comet must give exactly the expected precision (``2023-08`` is not ``2023-08-01``).
dateparser and dateutil always return a full datetime, so they are scored generously: right
when the parts the answer has (year, month, day) match, whatever they filled in.  A non-date
is right when the library returns nothing (or raises).  Each library is told the locale where
it can be: ``languages=[tag]`` for dateparser, ``dayfirst`` for dateutil.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import comet
from comet import locales as L

DATA = Path(__file__).parent / "data" / "dates.tsv"


def load() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, tag, expected = line.split("\t")
        rows.append((text, tag, expected))
    return rows


def _parts(expected: str) -> tuple[int, ...]:
    return tuple(int(p) for p in expected.split("-")) if expected else ()


def right_datetime(value: Any, expected: str) -> bool:
    want = _parts(expected)
    if value is None:
        return not want
    if not want:
        return False
    got = (value.year, value.month, value.day)[: len(want)]
    return got == want


def run_comet(text: str, tag: str) -> Any:
    return comet.parse_date(text, locales=[tag], strict=False).value


def right_comet(value: Any, expected: str) -> bool:
    if value is None:
        return not expected
    return bool(value.iso() == expected)


def bench(
    libs: list[tuple[str, Callable[[str, str], Any], Callable[[Any, str], bool]]],
    rows: list[tuple[str, str, str]],
    repeat: int,
) -> list[tuple[str, float, int, int]]:
    """Score each library once, then time ``repeat`` passes, interleaved so that every library
    sees the same load on the machine; the fastest pass of each counts."""
    right = {}
    for name, fn, judge in libs:
        for text, tag, _ in rows[:20]:  # warm caches (locale tables, dateparser's data)
            fn(text, tag)
        results = [fn(text, tag) for text, tag, _ in rows]
        right[name] = sum(judge(v, exp) for v, (_, _, exp) in zip(results, rows, strict=True))
    best = {name: float("inf") for name, _, _ in libs}
    for _ in range(repeat):
        for name, fn, _ in libs:
            start = time.perf_counter()
            for text, tag, _ in rows:
                fn(text, tag)
            best[name] = min(best[name], time.perf_counter() - start)
    return [(name, len(rows) / best[name], right[name], len(rows)) for name, _, _ in libs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (the fastest counts)")
    args = ap.parse_args()
    rows = load()
    import dateparser
    from dateutil import parser as du_parser

    def run_dateparser(text: str, tag: str) -> Any:
        return dateparser.parse(text, languages=[tag])

    def run_dateutil(text: str, tag: str) -> Any:
        try:
            return du_parser.parse(text, dayfirst=L.get(tag).date_order == "DMY")
        except (ValueError, OverflowError):
            return None

    table = bench(
        [
            ("comet.parse_date", run_comet, right_comet),
            ("dateparser.parse", run_dateparser, right_datetime),
            ("dateutil.parser.parse", run_dateutil, right_datetime),
        ],
        rows,
        args.repeat,
    )
    base = table[1][1]
    print(f"{len(rows)} strings in {len(set(t for _, t, _ in rows))} locales ({DATA.name})")
    print(f"| {'parser':<22} | {'calls/s':>10} | {'vs dateparser':>13} | {'right':>9} |")
    print(f"|{'-' * 24}|{'-' * 12}|{'-' * 15}|{'-' * 11}|")
    for name, rate, right, total in table:
        print(f"| {name:<22} | {rate:>10,.0f} | {rate / base:>12.1f}x | {right:>4}/{total:<4} |")


if __name__ == "__main__":
    main()
