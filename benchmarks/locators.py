"""Benchmark: ``comet.parse_pages`` / ``parse_locator`` / ``find_locators`` speed and correctness.

    python benchmarks/locators.py            # the table
    python benchmarks/locators.py --misses   # also list what comes out wrong

Sets:

* **pages** — every ``[[pages]]`` case of ``tests/data/locators.toml`` plus generated page
  fields: ranges with ``-``/``–``/``—``/`` - ``/``--``, abbreviated last pages (``801-20``),
  ``S``-prefixed and roman ranges, e-numbers and page counts, with and without the page
  labels of every locale (``pp.``, ``S.``, ``Sider``, ``Page range:``, ``Antal sider:`` …).
* **locator** — every ``[[locator]]`` case of the table (seeds 001/004, dev pages, issue 4)
  plus generated locators in the printed shapes ``V(I), P``, ``V:I, P``, ``V(I): P (Y)``,
  ``Month, Y: p.P``, ``Vol V (Y), No I, pp. P`` and labelled forms in every locale, often
  behind a journal title (``Public Management Review, 21(4), 606–627.``).
* **references** — ``../shared/dev/references/refs.jsonl``, read in place (879 reference strings with gold CSL
  fields, see its NOTICE.txt): the *last* ``find_locators`` match of each string against the
  gold ``volume``/``issue``/``page`` (pages compared after expanding the gold's abbreviated
  last page; an article number counts as the page; issue ranges compared dash-insensitively).

A case is right when every expected field matches (fields not expected must be empty for the
table sets).  Speed is calls per second over the set, best of three runs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from comet import find_locators, parse_locator, parse_pages
from comet import locales as L

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.shared_data import REASON, SHARED_DEV  # noqa: E402

DATA = ROOT / "tests" / "data"
FIELDS = ("volume", "issue", "page", "issued", "count", "article_number", "supplement", "part")

Case = tuple[str, dict[str, Any]]


def _terms(key: str) -> list[str]:
    return sorted(L.terms_of("locator", L.all_rules(), key))


def table_cases(kind: str) -> list[Case]:
    table = tomllib.loads((DATA / "locators.toml").read_text("utf-8"))
    out: list[Case] = []
    for row in table[kind]:
        want = {k: v for k, v in row.items() if k not in ("input", "diagnostics")}
        out.append((row["input"], want))
    return out


def _roman(n: int) -> str:
    table = ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in table:
        while n >= value:
            out += letters
            n -= value
    return out


def generated_pages(rng: random.Random, n: int) -> list[Case]:
    dashes = ["-", "–", "—", " - ", "--", " – "]
    labels = ["", "", *_terms("pages"), *_terms("page")]
    out: list[Case] = []
    for _ in range(n):
        kind = rng.choice(["range", "range", "abbrev", "prefix", "roman", "single", "e", "count"])
        lead = rng.choice(labels)
        lead = f"{lead} " if lead else ""
        dash = rng.choice(dashes)
        first = rng.randint(1, 9999)
        last = rng.randint(first, first + 300)
        if kind == "range":
            out.append(
                (f"{lead}{first}{dash}{last}.", _page(str(first), str(last), last - first + 1))
            )
        elif kind == "abbrev":
            a, b = str(first), str(last)
            if len(a) == len(b) and len(a) > 1:
                common = next(
                    (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a)
                )
                b = b[min(common, len(b) - 1) :]
            out.append((f"{lead}{a}{dash}{b}", _page(a, str(last), last - first + 1)))
        elif kind == "prefix":
            out.append((f"S{first}{dash}S{last}", _page(f"S{first}", f"S{last}", last - first + 1)))
        elif kind == "roman":
            r1 = rng.randint(1, 30)
            r2 = rng.randint(r1, 45)
            out.append(
                (f"{_roman(r1)}{dash}{_roman(r2)}", _page(_roman(r1), _roman(r2), r2 - r1 + 1))
            )
        elif kind == "single":
            out.append((f"{lead}{first}", {"first": str(first)}))
        elif kind == "e":
            num = f"e{rng.randint(0, 9_999_999):07d}"
            out.append((num, {"first": num}))
        else:
            if rng.random() < 0.5:
                text = f"{rng.choice(_terms('page_count'))}: {first}"
            else:
                text = f"{first} {rng.choice(_terms('pages'))}"
            out.append((text, {"count": first}))
    return out


def _page(first: str, last: str, count: int) -> dict[str, Any]:
    return {"first": first, "last": last, "count": count}


_JOURNALS = [
    "Public Management Review",
    "Local Government Studies",
    "Policy Sciences",
    "Statsvetenskaplig tidskrift",
    "Zeitschrift für Heilpädagogik",
    "Duke Math. J.",
    "Phys. Rev. Applied",
    "Journal de Chimie Physique",
]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Aug", "Sep", "Oct", "Nov", "Dec"]


def generated_locators(rng: random.Random, n: int) -> list[Case]:
    vols, isss, pags = _terms("volume"), _terms("issue"), _terms("pages")
    out: list[Case] = []
    for _ in range(n):
        v = str(rng.randint(1, 400))
        i = rng.choice([str(rng.randint(1, 12)), "7/8", "3/4"])
        first = rng.randint(1, 3000)
        last = rng.randint(first, first + 60)
        p = f"{first}{rng.choice(['-', '–', ' - '])}{last}"
        y = rng.randint(1950, 2025)
        m = rng.randrange(len(_MONTHS))
        page = f"{first}-{last}"
        count = last - first + 1
        shapes: list[Case] = [
            (f"{v}({i}), {p}", {"volume": v, "issue": i, "page": page, "count": count}),
            (f"{v} ({i}), {p}.", {"volume": v, "issue": i, "page": page, "count": count}),
            (f"{v}:{i}, {p}", {"volume": v, "issue": i, "page": page, "count": count}),
            (
                f"{v}({i}): {p} ({y}).",
                {"volume": v, "issue": i, "page": page, "count": count, "issued": str(y)},
            ),
            (f"{v}, {p}", {"volume": v, "page": page, "count": count}),
            (f"{v} ({i})", {"volume": v, "issue": i}),
            (
                f"{v}({i}), {_MONTHS[m]}, {y}: p.{p}.",
                {
                    "volume": v,
                    "issue": i,
                    "page": page,
                    "count": count,
                    "issued": f"{y}-{_month_no(m)}",
                },
            ),
            (
                f"{rng.choice(vols)} {v} ({y}), {rng.choice(isss)} {i}, {rng.choice(pags)} {p}",
                {"volume": v, "issue": i, "page": page, "count": count, "issued": str(y)},
            ),
            (
                f"{rng.choice(vols)} {v}, {rng.choice(isss)} {i}",
                {"volume": v, "issue": i},
            ),
        ]
        text, want = rng.choice(shapes)
        if rng.random() < 0.4:
            text = f"{rng.choice(_JOURNALS)}, {text}"
        out.append((text, want))
    return out


def _month_no(index: int) -> str:
    return f"{[1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12][index]:02d}"


def got_pages(text: str) -> dict[str, Any]:
    res = parse_pages(text, strict=False)
    if res.value is None:
        return {"error": res.error.code.value if res.error else "?"}
    p = res.value
    return {
        k: v for k, v in (("first", p.first), ("last", p.last), ("count", p.count)) if v is not None
    }


def got_locator(text: str) -> dict[str, Any]:
    res = parse_locator(text, strict=False)
    if res.value is None:
        return {"error": res.error.code.value if res.error else "?"}
    loc = res.value
    out = {
        "volume": loc.volume,
        "issue": loc.issue,
        "page": str(loc.pages) if loc.pages and loc.pages.first else None,
        "count": loc.pages.count if loc.pages else None,
        "issued": loc.issued.iso() if loc.issued else None,
        "article_number": loc.article_number,
        "supplement": loc.supplement,
        "part": loc.part,
    }
    return {k: v for k, v in out.items() if v is not None}


def ref_cases() -> list[Case]:
    out: list[Case] = []
    refs = SHARED_DEV / "references" / "refs.jsonl"  # read in place
    if not refs.exists():
        print(f"{REASON}: the references table is skipped")
        return out
    for line in refs.read_text("utf-8").splitlines():
        row = json.loads(line)
        csl = row["csl"]
        want = {k: csl[k] for k in ("volume", "issue", "page") if k in csl}
        if want:
            out.append((row["raw"], want))
    return out


def _dashless(s: str | None) -> str | None:
    return None if s is None else s.replace("–", "-").replace("—", "-")


def ref_right(text: str, want: dict[str, Any]) -> bool:
    matches = list(find_locators(text))
    if not matches:
        return False
    loc = matches[-1].value
    ok = True
    if "volume" in want:
        ok &= _dashless(loc.volume) == _dashless(want["volume"])
    if "issue" in want:
        ok &= _dashless(loc.issue) == _dashless(want["issue"])
    if "page" in want:
        gold = parse_pages(want["page"], strict=False).value
        gold_s = str(gold) if gold is not None else want["page"]
        mine = str(loc.pages) if loc.pages and loc.pages.first else loc.article_number
        ok &= mine == gold_s
    return bool(ok)


def timed(fn: Callable[[str], object], texts: Iterable[str]) -> float:
    items = list(texts)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for t in items:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return len(items) / best if best > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--misses", action="store_true", help="list the cases that come out wrong")
    ap.add_argument("-n", type=int, default=3000, help="generated cases per set (default 3000)")
    args = ap.parse_args(argv)
    rng = random.Random(7)
    pages = table_cases("pages") + generated_pages(rng, args.n)
    locs = table_cases("locator") + generated_locators(rng, args.n)
    refs = ref_cases()
    parse_locator("warm-up 1(2), 3-4")  # load the locale files once

    rows = []
    for name, cases, get in (
        ("parse_pages", pages, got_pages),
        ("parse_locator", locs, got_locator),
    ):
        right = 0
        for text, want in cases:
            got = get(text)
            if got == want:
                right += 1
            elif args.misses:
                print(f"MISS {name}: {text!r}\n   want {want}\n   got  {got}")
        fn = parse_pages if name == "parse_pages" else parse_locator
        speed = timed(lambda t, fn=fn: fn(t, strict=False), (t for t, _ in cases))
        rows.append((name, "table + generated", len(cases), right, speed))
    right = 0
    for text, want in refs:
        if ref_right(text, want):
            right += 1
        elif args.misses:
            print(f"MISS find_locators: {text!r}\n   want {want}")
    speed = timed(lambda t: list(find_locators(t)), (t for t, _ in refs))
    rows.append(("find_locators (last match)", "refs.jsonl", len(refs), right, speed))

    print(
        f"| {'function':<26} | {'set':<17} | {'cases':>5} | {'right':>5} | {'right %':>7} | {'calls/s':>8} |"
    )
    print(f"|{'-' * 28}|{'-' * 19}|{'-' * 7}|{'-' * 7}|{'-' * 9}|{'-' * 10}|")
    for name, set_name, n, ok, speed in rows:
        print(
            f"| {name:<26} | {set_name:<17} | {n:>5} | {ok:>5} | {100 * ok / n:>6.1f}% | {speed:>8,.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
