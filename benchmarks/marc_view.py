"""Per-field accuracy of ``comet.parse_record`` on the MARC-view pages of ``../shared/dev/pages_opac``.

Dev pages print each failing field; unseen pages (``tests/data/splits.toml``) are scored
only: their counts are printed, never their values or failures.

    python benchmarks/marc_view.py [--kind opac-marc|opac|all] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages.gold import compare  # noqa: E402
from tests.shared_data import bench_path, page_split, read_jsonl  # noqa: E402

from comet.page import parse_record  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="opac-marc", choices=("opac-marc", "opac", "all"))
    ap.add_argument("--quiet", action="store_true", help="no per-page failures")
    args = ap.parse_args()
    folder = bench_path("pages_opac")
    right: dict[str, Counter[str]] = {"dev": Counter(), "unseen": Counter()}
    total: dict[str, Counter[str]] = {"dev": Counter(), "unseen": Counter()}
    for g in read_jsonl(folder / "gold.jsonl"):
        if args.kind != "all" and g["kind"] != args.kind:
            continue
        split = page_split(g)
        rec = parse_record((folder / "pages" / g["file"]).read_text("utf-8"))
        item = rec.to_csl()
        for field, want in g["gold"].items():
            total[split][field] += 1
            bad = compare({field: want}, item, rec)
            right[split][field] += not bad
            if bad and split == "dev" and not args.quiet:
                print(f"{g['file'][:3]} {bad[0][:200]}")
    for split in ("dev", "unseen"):
        r, t = right[split], total[split]
        if not t:
            continue
        print(f"\n{split}: | field | right | of |")
        for field in sorted(t, key=lambda f: (-t[f], f)):
            print(f"  {field:18} {r[field]:3} / {t[field]:3}")
        print(
            f"  {'ALL':18} {sum(r.values()):3} / {sum(t.values()):3} "
            f"({sum(r.values()) / sum(t.values()):.1%})"
        )


if __name__ == "__main__":
    main()
