"""Long mutation fuzz run of every public parser (not run by CI).

Run::

    python benchmarks/fuzz.py                       # 100,000 inputs over 2 processes
    python benchmarks/fuzz.py --inputs 2000000 --jobs 2 --out /tmp/fuzz-crashes.jsonl
    python benchmarks/fuzz.py --seconds 3600        # stop after an hour, whatever the count
    python benchmarks/fuzz.py --only parse_doi,find_dois

Seeds are the real examples of the test suite: every string in ``tests/data/``
(TOML tables, JSONL gold files, the seed and dev pages, line by line and whole) plus
the pieces and special characters of ``tests/property/test_contract.py``.  Each input
is a seed mutated a few times (insert a special character or a piece, delete, repeat or
swap a span, splice two seeds, change case, normalise, truncate, …) and goes through
*every* parser under the contract checks of ``tests/property/test_contract.py`` (so
the count of parser calls is inputs × parsers).  Any exception other than
``ParseError``, any contract violation and any call slower than ``--slow`` seconds is a
finding: it is shrunk (chunks deleted while the same failure still happens), printed
and, with ``--out``, written as one JSON line.  Every finding becomes a line in
``REGRESSIONS`` of ``tests/property/test_contract.py``.

The run is deterministic for a given ``--seed`` and ``--jobs``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import signal
import sys
import time
import tomllib
import traceback
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the contract checks live in the test suite

from tests.property.test_contract import (  # noqa: E402
    PARSERS,
    PIECES,
    REGRESSIONS,
    SPECIALS,
    check,
    check_clean_text,
)

DATA = ROOT / "tests" / "data"
#: Longest mutated input (characters); whole pages are fed as they are.
MAX_INPUT = 4000


# -- seeds ---------------------------------------------------------------------------


def _strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def load_seeds() -> tuple[list[str], list[str]]:
    """(short seeds, whole pages) from ``tests/data``."""
    short: set[str] = set(PIECES) | set(SPECIALS) | set(REGRESSIONS)
    pages: list[str] = []
    for path in sorted(DATA.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text("utf-8", errors="replace")
        if path.suffix == ".toml":
            short.update(_strings(tomllib.loads(text)))
        elif path.suffix in (".jsonl", ".json"):
            lines = text.splitlines() if path.suffix == ".jsonl" else [text]
            for line in lines:
                try:
                    short.update(_strings(json.loads(line)))
                except json.JSONDecodeError:
                    continue
        elif path.suffix == ".txt":
            pages.append(text)
            short.update(line for line in text.splitlines() if line.strip())
            paras = text.split("\n\n")
            short.update(p for p in paras if 0 < len(p) <= MAX_INPUT)
    return sorted(s for s in short if len(s) <= MAX_INPUT), pages


# -- mutation ------------------------------------------------------------------------


def _rand_char(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return rng.choice(SPECIALS)
    if r < 0.7:
        return chr(rng.randrange(0x20, 0x7F))
    while True:
        c = chr(rng.randrange(0x110000) if rng.random() < 0.5 else rng.randrange(0x3000))
        if not 0xD800 <= ord(c) <= 0xDFFF:
            return c


def mutate(s: str, rng: random.Random, seeds: list[str]) -> str:
    """One random edit of ``s``."""
    n = len(s)
    i = rng.randint(0, n)
    j = rng.randint(i, min(n, i + rng.choice((1, 2, 4, 16, 64))))
    op = rng.randrange(14)
    if op == 0:
        return s[:i] + _rand_char(rng) + s[i:]
    if op == 1:
        return s[:i] + rng.choice(PIECES) + s[i:]
    if op == 2:
        return s[:i] + s[j:]
    if op == 3:
        return s[:i] + s[i:j] * rng.choice((2, 3, 10, 50)) + s[j:]
    if op == 4:
        other = rng.choice(seeds)
        k = rng.randint(0, len(other))
        return s[:i] + other[k : k + rng.randint(1, 80)] + s[j:]
    if op == 5:
        return s[:i] + s[i:j].swapcase() + s[j:]
    if op == 6:
        form = rng.choice(("NFC", "NFD", "NFKC", "NFKD"))
        return unicodedata.normalize(form, s)
    if op == 7:
        return s[:i]
    if op == 8:
        return s[i:]
    if op == 9:
        return s[:i] + str(rng.choice((0, 1, 9, 10, 99, 1000, 2019, 99999, 10**12))) + s[j:]
    if op == 10:
        return s[:i] + s[i:j][::-1] + s[j:]
    if op == 11:
        k = rng.randint(0, n)
        return s[:i] + s[k:] + s[i:k] if k > i else s
    if op == 12:
        return s[:i] + rng.choice(("\n", "\r\n", "\r", "\u2028", "\x85")) + s[j:]
    return s[:i] + _rand_char(rng) + s[j:]


def make_input(rng: random.Random, seeds: list[str], pages: list[str]) -> str:
    if pages and rng.random() < 0.002:
        s = rng.choice(pages)
        return s if rng.random() < 0.5 else mutate(s, rng, seeds)
    s = rng.choice(seeds)
    for _ in range(rng.choice((1, 1, 2, 3, 5, 8))):
        s = mutate(s, rng, seeds)
    return s[:MAX_INPUT]


# -- running one input ---------------------------------------------------------------


class Slow(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Slow()


def _where(exc: BaseException) -> str:
    """``file:line`` of the deepest frame inside comet (or the test's check)."""
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "/src/comet/" in f.filename] or frames
    f = inside[-1]
    return f"{Path(f.filename).name}:{f.lineno}"


def run_one(name: str, text: str, slow: float) -> tuple[str, str] | None:
    """``None`` if the contract holds, else (kind, where) of the failure."""
    signal.setitimer(signal.ITIMER_REAL, slow)
    try:
        if name == "clean_text":
            check_clean_text(text)
        else:
            check(name, text)
    except Slow:
        return ("slow", f"> {slow:g}s")
    except AssertionError as exc:
        # the message names the parser and the broken rule; drop the quoted values
        msg = re.sub(r"[:=]? *'.*|\s*\(.*", "", str(exc).splitlines()[0] if str(exc) else "")
        return ("contract", f"{_where(exc)}: {msg[:80]}")
    except Exception as exc:
        return (type(exc).__name__, _where(exc))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def shrink(name: str, text: str, sig: tuple[str, str], slow: float, budget: int = 400) -> str:
    """Delete chunks while the same failure happens (bounded delta debugging)."""
    if sig[0] == "slow":
        return text
    chunk = max(1, len(text) // 2)
    tries = 0
    while chunk >= 1 and tries < budget:
        i = 0
        shrunk = False
        while i < len(text) and tries < budget:
            cand = text[:i] + text[i + chunk :]
            tries += 1
            if run_one(name, cand, slow) == sig:
                text = cand
                shrunk = True
            else:
                i += chunk
        if not shrunk:
            chunk //= 2
    return text


def worker(args: tuple[int, int, list[str], float, float]) -> dict[str, Any]:
    wid, count, names, slow, seconds = args
    signal.signal(signal.SIGALRM, _alarm)
    rng = random.Random(wid)
    seeds, pages = load_seeds()
    calls: Counter[str] = Counter()
    findings: dict[tuple[str, str, str], str] = {}
    deadline = time.monotonic() + seconds if seconds else float("inf")
    done = 0
    while done < count and time.monotonic() < deadline:
        text = make_input(rng, seeds, pages)
        done += 1
        for name in names:
            calls[name] += 1
            sig = run_one(name, text, slow)
            if sig is not None and (name, *sig) not in findings:
                findings[(name, *sig)] = shrink(name, text, sig, slow)
                print(f"# {name}: {sig[0]} at {sig[1]}: {findings[(name, *sig)][:200]!r}",
                      file=sys.stderr, flush=True)  # fmt: skip
    return {
        "inputs": done,
        "calls": dict(calls),
        "findings": [[n, k, w, t] for (n, k, w), t in findings.items()],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=100_000, help="inputs in total")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--seconds", type=float, default=0, help="stop after this long")
    ap.add_argument("--slow", type=float, default=5.0, help="seconds that make a call a hang")
    ap.add_argument("--only", default="", help="comma-separated parser names")
    ap.add_argument("--out", default="", help="write findings as JSON lines here")
    args = ap.parse_args(argv)
    names = [*PARSERS, "clean_text"]
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    per = [args.inputs // args.jobs + (i < args.inputs % args.jobs) for i in range(args.jobs)]
    t0 = time.monotonic()
    with mp.get_context("fork").Pool(args.jobs) as pool:
        results = pool.map(
            worker, [(i, n, names, args.slow, args.seconds) for i, n in enumerate(per)]
        )
    secs = time.monotonic() - t0
    calls: Counter[str] = Counter()
    findings: dict[tuple[str, str, str], str] = {}
    inputs = 0
    for r in results:
        inputs += r["inputs"]
        calls.update(r["calls"])
        for n, k, w, t in r["findings"]:
            findings.setdefault((n, k, w), t)
    by_parser = Counter(n for n, _, _ in findings)
    print(f"| {'parser':<22} | {'calls':>10} | {'findings':>8} |")
    print(f"|{'-' * 24}|{'-' * 12}|{'-' * 10}|")
    for name in names:
        print(f"| {name:<22} | {calls[name]:>10,} | {by_parser[name]:>8} |")
    total = sum(calls.values())
    print(f"\n{inputs:,} inputs, {total:,} parser calls in {secs:.0f} s over {args.jobs} "
          f"process(es); {len(findings)} distinct finding(s)")  # fmt: skip
    for (n, k, w), t in sorted(findings.items()):
        print(f"- {n}: {k} at {w}\n    input: {t[:300]!r}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for (n, k, w), t in sorted(findings.items()):
                fh.write(json.dumps({"parser": n, "kind": k, "where": w, "input": t}) + "\n")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
