"""Benchmark: comet.find_keyword_blocks on the seed and development pages.

    python benchmarks/keywords.py [--repeat N]

For every page whose gold (``tests/data/pages/gold.jsonl``, and the dev pages of
``../shared/dev/pages/gold.jsonl`` read in place where the corpus is present) lists keywords, and every page without keywords, it prints how many gold keywords were found
(recall, compared through ``comet.keyword_key``), how many found keywords are not in gold
(extras; seed 002's glossary has seven terms of which gold lists five), and the speed of a
whole-page scan.  A naive baseline (the text after a ``Keywords:`` line, split on ``,``/``;``)
is scored the same way, to show what the block rules buy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.shared_data import SHARED_DEV

from comet import find_keyword_blocks, keyword_key, parse_keywords

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data"
_NAIVE = re.compile(r"^\s*key\s?words?\s*:?\s*(.*)$", re.IGNORECASE | re.MULTILINE)


def pages() -> list[tuple[str, str, list[str]]]:
    out = []
    for base, pages_dir in ((ROOT / "pages", ROOT / "pages"), (SHARED_DEV / "pages", None)):
        gold = base / "gold.jsonl"
        if not gold.exists():
            continue
        for line in gold.read_text("utf-8").splitlines():
            case = json.loads(line)
            text = ((pages_dir or base / "pages") / case["file"]).read_text("utf-8")
            out.append((case["file"], text, case["gold"].get("keyword", [])))
    return out


def comet_keywords(text: str) -> list[str]:
    return [k.text for m in find_keyword_blocks(text) for k in m.value.keywords]


def naive_keywords(text: str) -> list[str]:
    m = _NAIVE.search(text)
    if m is None:
        return []
    return [p.strip() for p in re.split(r"[,;]", m.group(1)) if p.strip()]


def score(found: list[str], gold: list[str]) -> tuple[int, int]:
    keys = {keyword_key(f) for f in found}
    gold_keys = {keyword_key(g) for g in gold}
    return len(gold_keys & keys), len(keys - gold_keys)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    data = pages()
    print(f"{'page':34} {'gold':>4} | {'comet':>5} {'extra':>5} | {'naive':>5} {'extra':>5}")
    totals = [0, 0, 0, 0, 0]
    for name, text, gold in data:
        c_hit, c_extra = score(comet_keywords(text), gold)
        n_hit, n_extra = score(naive_keywords(text), gold)
        for i, v in enumerate((len(gold), c_hit, c_extra, n_hit, n_extra)):
            totals[i] += v
        if gold or c_extra or n_extra:
            print(
                f"{name[:34]:34} {len(gold):>4} | {c_hit:>5} {c_extra:>5} | {n_hit:>5} {n_extra:>5}"
            )
    g, ch, ce, nh, ne = totals
    print(f"{'total (' + str(len(data)) + ' pages)':34} {g:>4} | {ch:>5} {ce:>5} | {nh:>5} {ne:>5}")
    print(f"recall: comet {ch / g:.1%}, naive {nh / g:.1%}")

    texts = [t for _, t, _ in data]
    size = sum(len(t) for t in texts)
    start = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            comet_keywords(t)
    elapsed = time.perf_counter() - start
    n = args.repeat * len(texts)
    print(
        f"find_keyword_blocks: {n / elapsed:,.0f} pages/s ({size * args.repeat / elapsed / 1e6:.2f} MB/s)"
    )
    passages = [
        "keywords: clitics, prosody, focus, pragmatics, morphology",
        "  • Co-production\n  • social care\n  • emotional labour\n  • professionalism",
        "Mots clés\nen\nceramics\nelectron spin resonance",
        "Emneord: samskabelse; omsorg\nKeywords: co-creation, care",
    ]
    start = time.perf_counter()
    for _ in range(args.repeat * 50):
        for p in passages:
            parse_keywords(p)
    elapsed = time.perf_counter() - start
    print(f"parse_keywords: {args.repeat * 50 * len(passages) / elapsed:,.0f} calls/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
