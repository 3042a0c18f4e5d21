"""Benchmark: ``comet.parse_names`` against ``nameparser.HumanName`` on the names corpus.

    python benchmarks/names.py            # the table
    python benchmarks/names.py --misses   # also list comet's wrong DEV cases (never unseen)
    python benchmarks/names.py --extra FILE [--misses]   # a local cases file, split A / B

``--extra FILE`` scores a cases file kept outside the repository (same fields as the corpus,
plus ``"split": "A"`` or ``"B"`` per case, chosen by source before any scoring) instead of
the corpus: one row per part, per source and, for part A only, per tag.  With ``--misses`` it
lists comet's wrong cases of part A only; part B is held out and its cases are never printed.

The set is ``../shared/dev/names/cases.jsonl`` (848 name strings with gold parts, from other
name parsers' test cases; read through ``tests/shared_data.py``, never copied here).  Its
sources are split (``tests/data/splits.toml``) into *dev* (tuned on) and *unseen* (only
scored: their failures are never printed, not even with ``--misses``).

**Fully right.**  A case is right when the parser returns exactly as many names as the gold,
and each, in order, has the gold's title, given, particle + family, suffix and nickname
(a missing part equals an empty one), compared after case-folding, turning commas into
spaces and collapsing whitespace.  An organisation (gold ``literal``) is right when the
parser returns one name whose ``literal`` — or, for a parser without one, whose parts joined
by spaces — equals it.  The same function scores both parsers.

``HumanName`` parses one name, so each string is first split the naive way
(:func:`naive_split`: on `` and ``, ``;`` and ``&``; a trailing ``et al.`` dropped), and its
parts are mapped title → title, first + middle → given, last → family, suffix → suffix,
nickname → nickname.  comet gets the raw string; cases whose gold style is ``bibtex`` are
passed with ``style="bibtex"`` (the caller of a BibTeX field knows it is one), and with
``locales=[lang]`` where the case names a language comet has a locale for (the caller set
biber's ``namesep``/``others_string`` in that language: ``und``, ``andere``).

Speed is names (gold persons) per second over the whole set, best of three passes, the two
parsers taking turns so that a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.shared_data import bench_path, read_jsonl, source_split

from comet import parse_names
from comet.locales import available
from comet.names.lists import _parse_memo

LOCALE_TAGS = frozenset(available())

PARTS = ("title", "given", "family", "suffix", "nickname")
Key = tuple[str, ...]


def norm(text: str | None) -> str:
    """Case-folded, commas to spaces, whitespace collapsed."""
    return " ".join((text or "").replace(",", " ").casefold().split())


def gold_key(d: dict[str, Any]) -> Key:
    if "literal" in d:
        return ("literal", norm(d["literal"]))
    fam = " ".join(x for x in (d.get("particle"), d.get("family")) if x)
    return tuple(norm(fam if k == "family" else d.get(k)) for k in PARTS)


def load_cases() -> list[dict[str, Any]]:
    return list(read_jsonl(bench_path("names", "cases.jsonl")))


def read_extra(path: Path) -> list[dict[str, Any]]:
    """A local cases file; every case must say its part (``"split": "A"`` or ``"B"``)."""
    cases = list(read_jsonl(path))
    bad = [c.get("raw") for c in cases if c.get("split") not in ("A", "B")]
    if bad:
        raise SystemExit(f"{path}: {len(bad)} cases without split A/B")
    return cases


# --- the two parsers, each to a list of (key, joined) -----------------------

Found = list[tuple[Key, str]]


def comet_names(case: dict[str, Any]) -> Found:
    style = "bibtex" if case["style"] == "bibtex" else None
    # a BibTeX caller that set biber's namesep / others_string in a language says so
    lang = case.get("lang") if style else None
    locales = [lang] if lang in LOCALE_TAGS else None
    res = parse_names(case["raw"], strict=False, style=style, locales=locales)
    if res.value is None:
        return []
    out: Found = []
    for p in res.value:
        if p.literal is not None:
            out.append((("literal", norm(p.literal)), norm(p.literal)))
            continue
        fam = p.full_family if not p.dropping_particle else f"{p.particle} {p.family}"
        vals = {"title": p.title, "given": p.given, "family": fam, "suffix": p.suffix}
        vals["nickname"] = p.nickname
        key = tuple(norm(vals[k]) for k in PARTS)
        out.append((key, " ".join(x for x in key if x)))
    return out


_CUT = re.compile(r"\s+and\s+|\s*;\s*|\s*&\s*")
_ETAL = re.compile(r",?\s*\bet\.?\s*al\b\.?\s*$", re.I)


def naive_split(text: str) -> list[str]:
    """Split an author list into single names for a one-name parser (see module doc)."""
    return [p for p in (x.strip() for x in _CUT.split(_ETAL.sub("", text))) if p]


def nameparser_names(case: dict[str, Any]) -> Found:
    from nameparser import HumanName

    out: Found = []
    for one in naive_split(case["raw"]):
        h = HumanName(one)
        given = " ".join(x for x in (h.first, h.middle) if x)
        key = tuple(norm(x) for x in (h.title, given, h.last, h.suffix, h.nickname))
        out.append((key, " ".join(x for x in key if x)))
    return out


# --- scoring ---------------------------------------------------------------


def right(found: Found, case: dict[str, Any]) -> bool:
    gold = case["persons"]
    if len(found) != len(gold):
        return False
    for (key, joined), g in zip(found, gold, strict=True):
        gk = gold_key(g)
        if gk[0] == "literal" and len(gk) == 2:
            if key != gk and joined != gk[1]:
                return False
        elif key != gk:
            return False
    return True


def timed(
    cases: list[dict[str, Any]], fns: list[Callable[[dict[str, Any]], Found]], rounds: int = 3
) -> list[tuple[float, list[Found]]]:
    best = [float("inf")] * len(fns)
    results: list[list[Found]] = [[] for _ in fns]
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            _parse_memo.cache_clear()  # first sight of every string, not a memo lookup
            t0 = time.perf_counter()
            results[k] = [fn(c) for c in cases]
            best[k] = min(best[k], time.perf_counter() - t0)
    return list(zip(best, results, strict=True))


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", action="store_true", help="list comet's wrong dev cases")
    ap.add_argument("--extra", type=Path, help="score this local cases file (split A / B) instead")
    args = ap.parse_args(argv)
    cases = read_extra(args.extra) if args.extra else load_cases()
    fns: list[tuple[str, Callable[[dict[str, Any]], Found]]] = [("comet", comet_names)]
    try:
        import nameparser  # noqa: F401

        fns.append(("nameparser", nameparser_names))
    except ImportError:
        print("nameparser is not installed: pip install -r benchmarks/requirements.txt")
    runs = timed(cases, [f for _, f in fns])
    ok = [[right(f, c) for f, c in zip(res, cases, strict=True)] for _, res in runs]
    if args.extra:
        split = [c["split"] for c in cases]
        tuned = "A"  # the part whose tags and misses may be shown
    else:
        split = [source_split("names", c["source"]) for c in cases]
        tuned = "dev"
    groups: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cases):
        groups[f"split {split[i]}"].append(i)
        groups[f"source {c['source'].split('@')[0]}"].append(i)
        if args.extra and split[i] != tuned:
            continue  # held-out part: only its totals and per-source totals
        for t in c["tags"] or ["plain"]:
            groups[f"tag {t}"].append(i)
    order = ["split A", "split B"] if args.extra else ["split unseen", "split dev"]
    order += sorted(k for k in groups if k.startswith("source "))
    order += sorted((k for k in groups if k.startswith("tag ")), key=lambda k: -len(groups[k]))
    names = [label for label, _ in fns]
    print(f"{len(cases)} cases, {sum(len(c['persons']) for c in cases)} gold names\n")
    print("| group | cases | " + " | ".join(names) + " |")
    print("|---|---:|" + "---:|" * len(names))
    for g in order:
        idx = groups[g]
        cells = [pct(sum(ok[k][i] for i in idx), len(idx)) for k in range(len(names))]
        print(f"| {g} | {len(idx)} | " + " | ".join(cells) + " |")
    n_names = sum(len(c["persons"]) for c in cases)
    speed = " | ".join(f"{n_names / secs:,.0f}" for secs, _ in runs)
    print(f"| names/s | {n_names} | {speed} |")
    if args.misses:
        for i, c in enumerate(cases):
            if split[i] == tuned and not ok[0][i]:
                print(f"\n{c['raw']!r}\n  gold  {[gold_key(g) for g in c['persons']]}")
                print(f"  comet {[k for k, _ in runs[0][1][i]]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
