"""Benchmark: comet.parse_date against dateparser.parse, per language, on the shared date set.

    pip install -r benchmarks/requirements.txt
    python benchmarks/dates.py [--repeat N] [--seed-set] [--misses LANG]

The strings are ``../shared/dev/dates/cases.jsonl`` (read in place; see its README): dates in
93 languages from date-fns, CLDR, Recognizers-Text (dev and validation) and from chrono and
monday (unseen: scored here, never debugged).  Both libraries are given the language of each
string (``locales=[tag]`` for comet, ``languages=[tag]`` for dateparser, its primary subtag
when dateparser does not know the full tag).

Scoring: a result is right when the year, month and day the case states are the ones
returned.  comet returns only the parts the string states; dateparser always returns a full
datetime, so it is scored generously (only the stated parts compared) and the table counts
how many partial dates each library filled with invented parts (a day or month the string
does not give).  Speed is calls per second over the same strings, timed in chunks one library after
the other so that both see the same machine load (comet: the fastest of ``--repeat`` passes
of each chunk; dateparser: one pass), and the memory and time of loading every language's date data at
once are printed too.  ``--seed-set`` also prints the older table on
``benchmarks/data/dates.tsv`` (hand-written strings and non-dates, with dateutil).
``--misses LANG`` lists comet's wrong answers on the dev part of one language.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from tests.shared_data import bench_path, read_jsonl, source_split  # noqa: E402

import comet  # noqa: E402
from comet import locales as L  # noqa: E402

DATA = HERE / "data" / "dates.tsv"
MIN_CASES = 10
SPEED_TARGET = 25.0
_KEYS = ("year", "month", "day")


def corpus() -> list[dict[str, Any]]:
    """The shared cases, each with its ``split`` (dev, validation, unseen) and ``lang``."""
    out = []
    for case in read_jsonl(bench_path("dates", "cases.jsonl")):
        split = source_split("dates", case["source"])
        if split == "dev" and case["source"].startswith("microsoft/Recognizers-Text"):
            split = "validation"
        case["split"] = split
        case["primary"] = case["lang"].split("-")[0]
        out.append(case)
    return out


def right(value: Any, want: dict[str, int]) -> bool:
    """The parts ``want`` states are the ones ``value`` has."""
    if value is None:
        return False
    return all(getattr(value, k, None) == v for k, v in want.items())


def invented(value: Any, want: dict[str, int], *, partial_aware: bool) -> bool:
    """``value`` gives a month or day that ``want`` (a partial date) does not state."""
    if value is None or len(want) == 3:
        return False
    if not partial_aware:
        return True  # a datetime always has a month and a day
    return any(getattr(value, k, None) is not None for k in _KEYS[len(want) :])


def run_comet(text: str, tag: str) -> Any:
    try:
        return comet.parse_date(text, locales=[tag], strict=False).value
    except comet.UnknownLocaleError:  # a language CLDR has no dates for: a miss
        return None


def make_dateparser() -> Callable[[str, str], Any]:
    import dateparser
    from dateparser.languages.loader import default_loader

    known = set(default_loader.get_locale_map().keys()) | set(
        default_loader.get_locale_map(use_given_order=True)
    )
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}

    def pick(tag: str) -> str | None:
        for cand in (tag, tag.split("-")[0]):
            if cand in known:
                return cand
        return None

    def run(text: str, tag: str) -> Any:
        lang = pick(tag)
        if lang is None:
            return None
        try:
            return dateparser.parse(text, languages=[lang], settings=settings)  # type: ignore[arg-type]
        except Exception:  # a crash is a miss
            return None

    return run


def timed(fn: Callable[[str, str], Any], rows: list[tuple[str, str]], repeat: int) -> float:
    """Calls per second over ``rows``: the fastest of ``repeat`` passes."""
    return len(rows) / _best(fn, rows, repeat)


def _best(fn: Callable[[str, str], Any], rows: list[tuple[str, str]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text, tag in rows:
            fn(text, tag)
        best = min(best, time.perf_counter() - start)
    return best


def interleaved(
    a: Callable[[str, str], Any],
    b: Callable[[str, str], Any],
    rows: list[tuple[str, str]],
    repeat: int,
    chunks: int = 20,
) -> tuple[float, float]:
    """Calls per second of ``a`` and ``b``, timed chunk by chunk one after the other, so that
    both see the same load on a shared machine (``a``: fastest of ``repeat`` passes a chunk;
    ``b``, much slower, one pass)."""
    ta = tb = 0.0
    size = max(1, len(rows) // chunks)
    for lo in range(0, len(rows), size):
        part = rows[lo : lo + size]
        ta += _best(a, part, repeat)
        tb += _best(b, part, 1)
    return len(rows) / ta, len(rows) / tb


def load_all() -> tuple[float, float, int]:
    """Seconds and MB to load every language's date data at once, and the language count."""
    from comet.dates import _cldr, _tables

    tags = list(_cldr.languages())

    def clear() -> None:
        for fn in (_cldr._raw, _cldr._build, _tables._tables):
            fn.cache_clear()

    clear()
    start = time.perf_counter()
    _tables._tables(*_tables._resolve_dates(tags))
    seconds = time.perf_counter() - start
    clear()
    tracemalloc.start()  # (a second load: tracemalloc slows what it watches)
    _tables._tables(*_tables._resolve_dates(tags))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    clear()
    return seconds, peak / 1e6, len(tags)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (the fastest counts)")
    ap.add_argument("--seed-set", action="store_true", help="also the benchmarks/data table")
    ap.add_argument("--misses", metavar="LANG", help="comet's misses on one dev language")
    args = ap.parse_args()
    seconds, mb, n_lang = load_all()  # first, in a fresh process: nothing loaded yet
    cases = corpus()
    if args.misses:
        for c in cases:
            if c["split"] != "unseen" and c["primary"] == args.misses:
                got = run_comet(c["raw"], c["lang"])
                if not right(got, c["expected"]):
                    print(f"{c['raw']!r}\t{c['lang']}\t{c['expected']}\t{got}")
        return
    dp = make_dateparser()
    res: dict[str, list[tuple[bool, bool, bool, bool]]] = {}
    per_split: dict[str, list[int]] = {}
    for c in cases:
        a = run_comet(c["raw"], c["lang"])
        b = dp(c["raw"], c["lang"])
        want = c["expected"]
        row = (
            right(a, want),
            right(b, want),
            invented(a, want, partial_aware=True),
            invented(b, want, partial_aware=False),
        )
        res.setdefault(c["primary"], []).append(row)
        tot = per_split.setdefault(c["split"], [0, 0, 0])
        tot[0] += row[0]
        tot[1] += row[1]
        tot[2] += 1
    rows = [(c["raw"], c["lang"]) for c in cases]
    for text, tag in rows[:200]:  # warm caches: each language's tables, dateparser's data
        run_comet(text, tag)
    speed_c, speed_d = interleaved(run_comet, dp, rows, args.repeat)
    print(f"{len(cases)} strings in {len(res)} languages (../shared/dev/dates/cases.jsonl)")
    print()
    print(
        "| lang | cases | comet | dateparser | comet ≥ dateparser | invented: comet | dateparser |"
    )
    print("|---|---:|---:|---:|:---:|---:|---:|")
    behind = []
    inv_c = inv_d = 0
    for lang in sorted(res, key=lambda k: (-len(res[k]), k)):
        lst = res[lang]
        n = len(lst)
        c_ok = sum(r[0] for r in lst)
        d_ok = sum(r[1] for r in lst)
        ic = sum(r[2] for r in lst)
        idp = sum(r[3] for r in lst)
        inv_c += ic
        inv_d += idp
        mark = "yes" if c_ok >= d_ok else "**no**"
        if n < MIN_CASES:
            mark = "(<10)"
        elif c_ok < d_ok:
            behind.append(lang)
        print(
            f"| {lang} | {n} | {c_ok} ({c_ok / n:.0%}) | {d_ok} ({d_ok / n:.0%}) | {mark} "
            f"| {ic} | {idp} |"
        )
    print()
    print("| split | cases | comet | dateparser |")
    print("|---|---:|---:|---:|")
    for split in ("dev", "validation", "unseen"):
        if split in per_split:
            a, b, n = per_split[split]
            print(f"| {split} | {n} | {a} ({a / n:.1%}) | {b} ({b / n:.1%}) |")
    print()
    ratio = speed_c / speed_d
    print(f"partial dates filled with invented parts: comet {inv_c}, dateparser {inv_d}")
    print(
        f"speed: comet {speed_c:,.0f} calls/s, dateparser {speed_d:,.0f} calls/s: "
        f"{ratio:.1f}x (target {SPEED_TARGET:.0f}x: {'met' if ratio >= SPEED_TARGET else 'NOT met'})"
    )
    print(
        f"languages with ≥{MIN_CASES} cases where comet is behind dateparser: "
        f"{', '.join(behind) or 'none'} (target: none)"
    )
    print(
        f"loading all {n_lang} languages at once: {seconds:.2f} s, {mb:.1f} MB "
        f"(targets < 1 s, < 50 MB: {'met' if seconds < 1 and mb < 50 else 'NOT met'})"
    )
    if args.seed_set:
        seed_set(args.repeat)


def _load_tsv() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, tag, expected = line.split("\t")
        rows.append((text, tag, expected))
    return rows


def _tsv_right(value: Any, expected: str, exact: bool) -> bool:
    if value is None:
        return not expected
    if not expected:
        return False
    if exact:
        return bool(value.iso() == expected)
    want = tuple(int(p) for p in expected.split("-"))
    return (value.year, value.month, value.day)[: len(want)] == want


def seed_set(repeat: int) -> None:
    """The older table: ``benchmarks/data/dates.tsv`` with dateutil beside dateparser."""
    from dateutil import parser as du_parser

    dp = make_dateparser()

    def run_dateutil(text: str, tag: str) -> Any:
        try:
            return du_parser.parse(text, dayfirst=L.get(tag).date_order == "DMY")
        except (ValueError, OverflowError):
            return None

    rows = _load_tsv()
    pairs = [(t, g) for t, g, _ in rows]
    print()
    print(f"{len(rows)} strings ({DATA.name}): exact precision for comet, parts for the others")
    print("| parser | calls/s | right |")
    print("|---|---:|---:|")
    for name, fn, exact in (
        ("comet.parse_date", run_comet, True),
        ("dateparser.parse", dp, False),
        ("dateutil.parser.parse", run_dateutil, False),
    ):
        ok = sum(_tsv_right(fn(t, g), e, exact) for t, g, e in rows)
        print(f"| {name} | {timed(fn, pairs, repeat):,.0f} | {ok}/{len(rows)} |")


if __name__ == "__main__":
    main()
