"""Benchmark: ``comet.clean_text`` speed on the seed pages, its passes, and linear scaling.

    python benchmarks/text.py

Tables:

* **seeds** — calls per second of ``clean_text`` on each bundled seed page
  (``tests/data/pages/``), microseconds per kilobyte, and what it changed.
* **dev pages** — the 24 dev pages of ``../shared/dev/pages/`` (read in place; the table is
  skipped where the corpus is absent) cleaned one after another.
* **passes** — each public building block on seed 004 (the longest seed).
* **scaling** — the dev pages concatenated 1, 4, 16 and 64 times (up to about 6 MB):
  microseconds per kilobyte stays flat when the work is linear.

Best of three runs each.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comet.text import (
    clean_text,
    find_boilerplate,
    find_spam,
    normalize_spaces,
    normalize_unicode,
    repair_ligatures,
    strip_boilerplate,
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
from tests.shared_data import SHARED_DEV  # noqa: E402

DEV = SHARED_DEV / "pages" / "pages"


def rate(fn: Callable[[], object], min_time: float = 0.3) -> float:
    """Calls per second, best of three runs of at least ``min_time`` seconds."""
    best = 0.0
    for _ in range(3):
        n = 0
        start = time.perf_counter()
        while True:
            fn()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_time:
                break
        best = max(best, n / elapsed)
    return best


def main() -> None:
    seeds = sorted(PAGES.glob("*.txt"))
    print("clean_text on the seed pages")
    print(f"{'page':<28} {'chars':>6} {'calls/s':>9} {'µs/KB':>7}  changes")
    for path in seeds:
        raw = path.read_text("utf-8")
        r = rate(lambda raw=raw: clean_text(raw))
        c = clean_text(raw)
        counts = Counter(d.code for d in c.diagnostics)
        what = ", ".join(f"{k}×{v}" for k, v in sorted(counts.items()))
        print(
            f"{path.name:<28} {len(raw):>6} {r:>9.0f} {1e6 / r / (len(raw) / 1000):>7.0f}  {what}"
        )

    dev = [p.read_text("utf-8") for p in sorted(DEV.glob("*.txt"))]
    if dev:
        total = sum(map(len, dev))

        def all_dev() -> None:
            for t in dev:
                clean_text(t)

        r = rate(all_dev, 0.5)
        print(
            f"\n{len(dev)} dev pages ({total} chars): {r * len(dev):.0f} pages/s, "
            f"{1e6 / r / (total / 1000):.0f} µs/KB"
        )

    raw = (PAGES / "004_a86d0bdbf4156b18.txt").read_text("utf-8")
    print("\npasses on seed 004")
    print(f"{'function':<22} {'calls/s':>9}")
    passes: list[tuple[str, Callable[[], object]]] = [
        ("normalize_unicode", lambda: normalize_unicode(raw)),
        ("normalize_spaces", lambda: normalize_spaces(raw)),
        ("repair_ligatures", lambda: repair_ligatures(raw)),
        ("find_boilerplate", lambda: find_boilerplate(raw)),
        ("strip_boilerplate", lambda: strip_boilerplate(raw)),
        ("find_spam", lambda: find_spam(raw)),
        ("clean_text", lambda: clean_text(raw)),
    ]
    for name, fn in passes:
        print(f"{name:<22} {rate(fn):>9.0f}")

    if dev:
        base = "\n\n".join(dev + [p.read_text("utf-8") for p in seeds])
        print("\nscaling (dev pages + seeds, concatenated k times)")
        print(f"{'k':>4} {'chars':>9} {'seconds':>8} {'µs/KB':>7}")
        for k in (1, 4, 16, 64):
            text = "\n\n".join([base] * k)
            start = time.perf_counter()
            clean_text(text)
            secs = time.perf_counter() - start
            print(f"{k:>4} {len(text):>9} {secs:>8.3f} {secs * 1e6 / (len(text) / 1000):>7.0f}")


if __name__ == "__main__":
    main()
