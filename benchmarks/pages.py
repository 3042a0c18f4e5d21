"""Whole-page accuracy and speed of ``comet.parse_record`` (issue 9 §3, issue 5 §5).

Prints per-field accuracy over the 5 seed pages and the 24 dev pages (the same
comparison rules as ``tests/test_pages.py``) and pages per second, repeating the seed
pages to a few thousand pages.

    python benchmarks/pages.py [--repeat 600]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages.gold import DATA, compare, load  # noqa: E402

from comet.page import parse_record  # noqa: E402


def accuracy() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    pages_all_right = 0
    n_pages = 0
    for folder in ("pages", "dev_pages"):
        for g in load(folder):
            rec = parse_record((DATA / folder / g["file"]).read_text("utf-8"))
            item = rec.to_csl()
            bad_fields = set()
            for field, want in g["gold"].items():
                total[field] += 1
                if compare({field: want}, item, rec):
                    bad_fields.add(field)
                else:
                    right[field] += 1
            n_pages += 1
            pages_all_right += not bad_fields
    print("| field | right | of | accuracy |")
    print("|---|---:|---:|---:|")
    for field in sorted(total, key=lambda f: -total[f]):
        print(f"| {field} | {right[field]} | {total[field]} | {right[field] / total[field]:.1%} |")
    r, t = sum(right.values()), sum(total.values())
    print(f"| **all fields** | {r} | {t} | {r / t:.1%} |")
    print(f"\npages with every gold field right: {pages_all_right} of {n_pages}")


def speed(repeat: int) -> None:
    texts = [p.read_text("utf-8") for p in sorted((DATA / "pages").glob("*.txt"))]
    dev = [p.read_text("utf-8") for p in sorted((DATA / "dev_pages").glob("*.txt"))]
    for name, corpus in (("seed pages", texts), ("dev pages", dev)):
        n = (
            max(1, repeat // len(corpus)) * len(corpus)
            if name == "seed pages"
            else len(corpus) * 10
        )
        batch = (corpus * (n // len(corpus) + 1))[:n]
        kb = sum(len(t) for t in batch) / 1024
        for refs in (True, False):
            start = time.perf_counter()
            for text in batch:
                parse_record(text, references=refs)
            secs = time.perf_counter() - start
            label = "" if refs else " (references=False)"
            rate = f"{n / secs:,.0f} pages/s ({kb / secs:,.0f} kB/s)"
            print(f"{name}{label}: {n} pages in {secs:.2f} s = {rate}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=2000, help="seed pages to parse for speed")
    args = ap.parse_args()
    accuracy()
    print()
    speed(args.repeat)


if __name__ == "__main__":
    main()
