"""Accuracy and speed of ``comet.parse_reference`` on the labelled dev references.

Run ``python benchmarks/references.py`` (add ``--errors FIELD`` to list the misses of one
field, ``--passes N`` to time more passes).  Prints per-field precision, recall and F1,
micro-F1 over all fields, the exact-record rate and references per second.

Data, read in place from the development corpus (``../shared/dev``; the script exits with the
reason where it is absent): ``references/refs.jsonl`` — 879 reference strings with gold CSL
fields from the AnyStyle and GROBID hand-labelled data (all dev) — and, with ``--more``,
``references_more/refs.jsonl`` scored per split of ``tests/data/splits.toml`` (SciELO is the
unseen part: its figures are only printed, never debugged).

Scoring rules (the same as ``tests/test_references_accuracy.py``, which imports this file):

* authors: family names (or the literal of an organisation) compared as letters and digits
  only, accent- and case-insensitively, as a multiset per reference (each name is one
  decision: a true positive, a false positive or a false negative);
* title, container-title: case-, accent- and punctuation-insensitive;
* year: ``issued.year``; volume, issue: as strings, spaces removed, case-insensitive;
* pages: dashes normalised to ``-``, spaces removed, abbreviated ranges expanded
  (``1215-18`` = ``1215-1218``);
* DOI: case-insensitive.

A field the gold does not label but the parser fills is a false positive; a gold field the
parser misses is a false negative; a wrong value is both.  A record is *exact* when it has
neither in any field.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.shared_data import SHARED_DEV, bench_path, source_split  # noqa: E402

DATA = SHARED_DEV / "references" / "refs.jsonl"
FIELDS = ("author", "title", "container-title", "year", "volume", "issue", "page", "DOI")

_NON_ALNUM = re.compile(r"[\W_]+")
_DASHES = re.compile(r"\s*[-‐‑‒–—―−]+\s*")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


def norm_text(text: Any) -> str:
    """Case-, accent- and punctuation-insensitive form of a title or container."""
    if not isinstance(text, str):
        return ""
    return " ".join(_NON_ALNUM.sub(" ", _fold(text)).split())


def norm_name(name: Any) -> str:
    """Letters and digits of a family name (or literal), folded."""
    if not isinstance(name, dict):
        return ""
    value = name.get("family") or name.get("literal") or ""
    return _NON_ALNUM.sub("", _fold(str(value)))


def norm_simple(value: Any) -> str:
    if value is None:
        return ""
    return "".join(str(value).split()).casefold()


def norm_pages(value: Any) -> str:
    if value is None:
        return ""
    text = _DASHES.sub("-", str(value).strip()).replace(" ", "").casefold()
    m = re.fullmatch(r"(\D*)(\d+)-(\D*)(\d+)", text)
    if m and len(m.group(4)) < len(m.group(2)):
        first, last = m.group(2), m.group(4)
        last = first[: len(first) - len(last)] + last
        text = f"{m.group(1)}{first}-{m.group(3)}{last}"
    return text


def year_of(item: dict[str, Any]) -> str:
    issued = item.get("issued")
    if isinstance(issued, dict):
        if "year" in issued:
            return str(issued["year"])
        parts = issued.get("date-parts")
        if parts and parts[0]:
            return str(parts[0][0])
    return ""


def field_values(item: dict[str, Any], field: str) -> list[str]:
    """The normalised values of one field of a CSL item (a list: authors are several)."""
    if field == "author":
        return [n for n in (norm_name(a) for a in item.get("author") or []) if n]
    if field in ("title", "container-title"):
        value = item.get(field)
        if isinstance(value, list):
            value = value[0] if value else None
        out = norm_text(value)
    elif field == "year":
        out = year_of(item)
    elif field == "page":
        out = norm_pages(item.get("page"))
    elif field == "DOI":
        out = norm_simple(item.get("DOI"))
    else:
        out = norm_simple(item.get(field))
    return [out] if out else []


def compare(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """``field -> (tp, fp, fn)`` for one reference."""
    out: dict[str, tuple[int, int, int]] = {}
    for field in FIELDS:
        g = Counter(field_values(gold, field))
        p = Counter(field_values(pred, field))
        tp = sum((g & p).values())
        out[field] = (tp, sum(p.values()) - tp, sum(g.values()) - tp)
    return out


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The labelled references of ``path`` (the 879 dev references by default)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(raw: str) -> dict[str, Any]:
    import comet

    parsed = comet.parse_reference(raw, strict=False)
    if parsed.value is None:
        return {}
    item: dict[str, Any] = parsed.value.to_csl()
    return item


def evaluate(
    records: Iterable[dict[str, Any]],
    parse: Callable[[str], dict[str, Any]] = predict,
) -> dict[str, Any]:
    """Per-field counts and scores, micro-F1 and the exact-record rate."""
    totals = {f: [0, 0, 0] for f in FIELDS}
    labelled = [
        0,
        0,
        0,
    ]  # only fields the gold labels (a prediction in an unlabelled field is not counted)
    exact = n = 0
    misses: dict[str, list[tuple[str, list[str], list[str]]]] = {f: [] for f in FIELDS}
    for rec in records:
        n += 1
        gold = rec["csl"]
        pred = parse(rec["raw"])
        result = compare(gold, pred)
        ok = True
        for field, (tp, fp, fn) in result.items():
            t = totals[field]
            t[0] += tp
            t[1] += fp
            t[2] += fn
            if field_values(gold, field):
                labelled[0] += tp
                labelled[1] += fp
                labelled[2] += fn
            if fp or fn:
                ok = False
                misses[field].append(
                    (rec["raw"], field_values(gold, field), field_values(pred, field))
                )
        exact += ok
    scores: dict[str, dict[str, float]] = {}
    for field, (tp, fp, fn) in totals.items():
        scores[field] = _prf(tp, fp, fn)
    all_tp = sum(t[0] for t in totals.values())
    all_fp = sum(t[1] for t in totals.values())
    all_fn = sum(t[2] for t in totals.values())
    return {
        "n": n,
        "totals": totals,
        "scores": scores,
        "micro": _prf(all_tp, all_fp, all_fn),
        "micro_labelled": _prf(*labelled),
        "exact": exact / n if n else 0.0,
        "misses": misses,
    }


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": float(tp + fn)}


def speed(records: list[dict[str, Any]], passes: int = 3) -> float:
    import comet

    raws = [r["raw"] for r in records]
    for raw in raws[:50]:  # warm caches (locale tables, compiled patterns)
        comet.parse_reference(raw, strict=False)
    # CPU time of this process: stable when other processes share the machine
    start = time.process_time()
    for _ in range(passes):
        for raw in raws:
            comet.parse_reference(raw, strict=False)
    elapsed = time.process_time() - start
    return len(raws) * passes / elapsed


def table(result: dict[str, Any], rate: float | None) -> str:
    lines = [
        f"comet.parse_reference on {result['n']} dev references",
        "",
        "| field | precision | recall | F1 | gold |",
        "|---|---|---|---|---|",
    ]
    for field in FIELDS:
        s = result["scores"][field]
        lines.append(
            f"| {field} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
            f"| {int(s['support'])} |"
        )
    m = result["micro"]
    lines.append(
        f"| **micro** | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** "
        f"| {int(m['support'])} |"
    )
    ml = result["micro_labelled"]
    lines.append("")
    lines.append(
        f"micro-F1 over gold-labelled fields only (no penalty for filling a field the gold "
        f"leaves unlabelled): {ml['f1']:.3f}"
    )
    lines.append(f"exact records: {result['exact']:.3f}")
    if rate is not None:
        lines.append(f"references/second (one process, CPU time): {rate:,.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", metavar="FIELD", help="print the misses of one field")
    ap.add_argument("--limit", type=int, default=60, help="how many misses to print")
    ap.add_argument("--passes", type=int, default=3, help="timing passes over the set")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing run")
    ap.add_argument("--more", action="store_true", help="also score references_more by split")
    args = ap.parse_args(argv)
    records = load(bench_path("references", "refs.jsonl"))
    result = evaluate(records)
    rate = None if args.no_speed else speed(records, args.passes)
    print(table(result, rate))
    if args.more:
        more = load(bench_path("references_more", "refs.jsonl"))
        for part in ("unseen", "dev"):
            rows = [r for r in more if source_split("references", str(r.get("source"))) == part]
            print(f"\nreferences_more, {part} part ({len(rows)} references):")
            print(table(evaluate(rows), None))
    if args.errors:
        print()
        for raw, gold, pred in result["misses"][args.errors][: args.limit]:
            print(f"- {raw}\n    gold: {gold}\n    pred: {pred}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
