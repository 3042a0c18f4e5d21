"""``comet normalize --field date``: rows per second and peak memory, 100k vs 1M rows (issue 5 §5).

Generates a CSV of messy date values (several spellings and languages, junk, empty cells),
runs the real command line in a subprocess on 100,000 and on 1,000,000 rows, and prints rows
per second and the child's peak resident memory (``ru_maxrss``). Memory must not grow with
the number of rows (the command streams).

    python benchmarks/normalize.py [--rows 100000 1000000]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VALUES = [
    "27 maj 2019", "2019-05-27", "Aug, 2023", "December 2021", "30 Dec 2021", "3. März 2019",
    "3 maart 2019", "den 3. marts 2019", "3. maaliskuuta 2019", "15 juin 2015", "2020–02–21",
    "(2013)", "2013a", "Spring 2020", "27.05.2019", "forthcoming", "n.d.", "", "junk 12",
    "15 June 2022", "Mo 16 Nov 2020", "2020/09/27",
]  # fmt: skip


def make_csv(path: Path, rows: int) -> None:
    rnd = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "date", "note"])
        for i in range(rows):
            w.writerow([i, rnd.choice(VALUES), "x" * rnd.randint(0, 20)])


def run(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS of the child in MiB, exit status."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with open(os.devnull, "wb") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "comet", "normalize", "--field", "date", str(path)],
            stdout=out,
            stderr=subprocess.PIPE,
            check=False,
        )
    secs = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return secs, max(peak, before) / 1024, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    args = ap.parse_args()
    print("| rows | seconds | rows/s | peak RSS (MiB) |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            path = Path(tmp) / f"dates_{n}.csv"
            make_csv(path, n)
            # ru_maxrss of children is a high-water mark over all children: run the
            # smaller input first so each row's figure is its own peak or lower.
            secs, peak, status = run(path)
            print(f"| {n:,} | {secs:.1f} | {n / secs:,.0f} | {peak:.0f} |")
            if status not in (0, 1):
                print(f"  exit status {status}", file=sys.stderr)


if __name__ == "__main__":
    main()
