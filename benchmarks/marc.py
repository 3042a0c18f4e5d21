"""Per-field accuracy of :mod:`comet.marc` against a plain pymarc mapping, and its speed.

Scores every record case of ``../shared/dev/marc`` (``cases.jsonl``) field by field
against its CSL gold, for comet and for a plain mapping of pymarc's own accessors
(``title``, ``author``, ``publisher``, ``pubyear``, ``isbn``, ``issn``, ``subjects``,
``series`` … straight into CSL), in the same run.  Dev cases print their failures with
``--show``; the unseen source (``tests/data/splits.toml``) is scored only.  Error cases
count as right when comet gives an error row (or, for the non-numeric leader length, the
recovered record: see ``docs/catalogue-records.md``).

``--speed`` repeats the dev binary records into a temporary file of N records and times
``comet.marc.read_marc`` end to end (to CSL-JSON text) in a fresh process per size: wall
and CPU seconds, records per CPU-second (per core) and the peak RSS.

    python benchmarks/marc.py [--show] [--checked-only]
    python benchmarks/marc.py --speed                  # 10,000, 100,000 and 1,000,000 records
    python benchmarks/marc.py --speed 10000 100000     # the sizes given
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.shared_data import bench_path, read_jsonl, source_split  # noqa: E402

from comet.marc import ReadError, read_marc  # noqa: E402

NAME_ROLES = ("author", "editor", "translator", "compiler", "illustrator", "contributor",
              "composer", "director", "performer")  # fmt: skip
#: error cases a lenient reader recovers on purpose (documented)
RECOVERED = {"err-leader-length-not-numeric"}


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items() if v not in (None, "")}
    return value


def _year_parts(value: Any) -> Any:
    if isinstance(value, dict) and "date-parts" in value:
        parts = value["date-parts"][0] if value["date-parts"] else []
        keys = ("year", "month", "day")
        return {k: int(p) for k, p in zip(keys, parts, strict=False)}
    return value


def same(field: str, want: Any, got: Any) -> bool:
    """Whether a produced CSL value matches the gold's (whitespace and NFC aside)."""
    if got is None:
        return False
    if field == "issued":
        return _year_parts(got) == want
    if field == "ISBN":
        got = [g.strip() for g in got.split(",")] if isinstance(got, str) else got
        return [str(g) for g in got] == [str(w) for w in want]
    if field == "keyword":
        got = got if isinstance(got, list) else [k.strip() for k in str(got).split(",")]
        return sorted(_norm(got)) == sorted(_norm(want))
    if field in ("DOI",):
        return str(got).casefold() == str(want).casefold()
    if field in NAME_ROLES:
        return [_norm(n) for n in got] == [_norm(n) for n in want]
    return _norm(got) == _norm(want)


# --- plain pymarc mapping -------------------------------------------------------------

_PLAIN_TYPES = {"a": "book", "t": "manuscript", "c": "musical_score", "d": "musical_score",
                "e": "map", "f": "map", "g": "motion_picture", "i": "song", "j": "song",
                "k": "graphic", "m": "software", "p": "manuscript"}  # fmt: skip


def _plain_name(text: str) -> dict[str, str]:
    family, _, given = text.partition(",")
    name = {"family": family.strip(" ,."), "given": given.strip(" ,.")}
    return name if given.strip() else {"literal": text.strip(" ,.")}


def plain_records(path: Path, fmt: str) -> list[Any]:
    import pymarc

    data = path.read_bytes()
    if fmt == "marcxml":
        return list(pymarc.parse_xml_to_array(io.BytesIO(data)))
    if fmt == "marcjson":
        return list(pymarc.JSONReader(data.decode("utf-8")))
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):  # pymarc's warnings
        return [r for r in pymarc.MARCReader(data, to_unicode=True, force_utf8=True) if r]


def plain_csl(rec: Any) -> dict[str, Any]:
    """CSL from pymarc's own accessors, as a script would write it in a few lines."""
    item: dict[str, Any] = {}
    leader = str(rec.leader)
    t = _PLAIN_TYPES.get(leader[6:7])
    item["type"] = "periodical" if leader[7:8] in ("s", "i") else t
    item["title"] = rec.title
    if rec.author:
        item["author"] = [_plain_name(rec.author)]
    item["publisher"] = rec.publisher
    place = next((f.get("a") for f in rec.get_fields("260", "264") if f.get("a")), None)
    item["publisher-place"] = place
    year = re.search(r"\d{4}", rec.pubyear or "")
    if year:
        item["issued"] = {"date-parts": [[int(year.group())]]}
    if rec.isbn:
        item["ISBN"] = [rec.isbn]
    item["ISSN"] = rec.issn
    f008 = rec.get("008")
    if f008 is not None and f008.data:
        item["language"] = f008.data[35:38]
    item["keyword"] = [f.get("a") for f in rec.subjects if f.get("a")]
    series = rec.series
    if series:
        item["collection-title"] = series[0].get("a")
        item["collection-number"] = series[0].get("v")
    ed = rec.get("250")
    item["edition"] = ed.get("a") if ed is not None else None
    pages = (
        re.search(r"\d+", rec.physicaldescription[0].get("a") or "")
        if rec.physicaldescription
        else None
    )
    item["number-of-pages"] = pages.group() if pages else None
    item["contributor"] = [
        _plain_name(f.get("a")) for f in rec.get_fields("700", "710") if f.get("a")
    ] or None
    return {k: v for k, v in item.items() if v not in (None, [], "")}


# --- scoring ----------------------------------------------------------------------------


def score(show: bool, checked_only: bool, splits: tuple[str, ...] = ("dev", "unseen")) -> None:
    folder = bench_path("marc")
    right: dict[str, dict[str, Counter[str]]] = {}
    total: dict[str, Counter[str]] = {}
    errors: dict[str, Counter[str]] = {}
    for case in read_jsonl(folder / "cases.jsonl"):
        split = source_split("marc", case["source"])
        if checked_only and split == "dev" and not case["gold_checked"]:
            continue
        path = folder / case["input_file"]
        rows = list(read_marc(path))
        errors.setdefault(split, Counter())
        if case["expect"] == "error":
            ok = all(isinstance(r, ReadError) for r in rows) or case["id"] in RECOVERED
            errors[split]["right" if ok else "wrong"] += 1
            continue
        rec = next((r for r in rows if not isinstance(r, ReadError)), None)
        got = {}
        if rec is not None:
            got = rec.to_csl()
            got["keyword"] = [k.text for k in rec.record.keywords]
            got["ISBN"] = got["ISBN"].split(", ") if "ISBN" in got else None
        try:
            plain_rows = plain_records(path, case["format"])
            plain = plain_csl(plain_rows[0]) if plain_rows else {}
        except Exception:
            plain = {}
        r = right.setdefault(split, {"comet": Counter(), "plain": Counter()})
        t = total.setdefault(split, Counter())
        for field, want in case["gold"].items():
            t[field] += 1
            ok = same(field, want, got.get(field))
            r["comet"][field] += ok
            r["plain"][field] += same(field, want, plain.get(field))
            if show and not ok and split == "dev":
                print(f"{case['id'][:40]:40} {field}: want {want!r:.90} got {got.get(field)!r:.90}")
    for split in splits:
        if split not in total:
            continue
        t = total[split]
        note = " (hand-checked gold only)" if checked_only and split == "dev" else ""
        if split == "unseen":
            note = " (scored only; its gold is drafted, not hand-checked)"
        print(f"\n{split}{note}: field, comet, plain pymarc, of")
        for field in sorted(t, key=lambda f: (-t[f], f)):
            c, p = right[split]["comet"][field], right[split]["plain"][field]
            mark = "" if c > p or (c == p == t[field]) else "  <-- not ahead"
            print(f"  {field:18} {c:4} {p:4} / {t[field]:4}{mark}")
        c_all = sum(right[split]["comet"].values())
        p_all = sum(right[split]["plain"].values())
        n = sum(t.values())
        print(
            f"  {'ALL':18} {c_all:4} {p_all:4} / {n:4}   comet {c_all / n:.1%}  plain "
            f"{p_all / n:.1%}  (target comet >= 95%: {'met' if c_all / n >= 0.95 else 'NOT met'})"
        )
        e = errors.get(split, Counter())
        if e:
            print(f"  error cases handled: {e['right']} / {e['right'] + e['wrong']}")


# --- speed and memory -------------------------------------------------------------------


def _dev_binary_records() -> list[bytes]:
    folder = bench_path("marc")
    out = []
    for case in read_jsonl(folder / "cases.jsonl"):
        if (case["format"] == "marc21" and case["expect"] == "record"
                and source_split("marc", case["source"]) == "dev"):  # fmt: skip
            data = (folder / case["input_file"]).read_bytes().strip()
            if data.endswith(b"\x1d"):
                out.append(data)
    return out


_CHILD = """
import json, resource, sys, time
from comet.marc import ReadError, read_marc
t0, c0 = time.perf_counter(), time.process_time()
n = errs = 0
for row in read_marc(sys.argv[1]):
    if isinstance(row, ReadError):
        errs += 1
    else:
        json.dumps(row.to_csl(), ensure_ascii=False)
    n += 1
print(json.dumps({"n": n, "errors": errs, "wall": time.perf_counter() - t0,
                  "cpu": time.process_time() - c0,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def speed(sizes: list[int]) -> None:
    """Each size in a fresh process: wall and CPU time, records per CPU second (per core:
    the machine may be shared) and the process's peak RSS."""
    import os
    import subprocess

    records = _dev_binary_records()
    print(f"\nspeed: {len(records)} real binary records (dev part) repeated; one process each")
    print("  records   wall s   CPU s   records/CPU-s   records/wall-s   peak RSS MiB")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"big-{n}.mrc"
            with path.open("wb") as fh:
                for i in range(n):
                    fh.write(records[i % len(records)])
            out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], env=env,
                                 capture_output=True, text=True, check=True)  # fmt: skip
            r = json.loads(out.stdout)
            print(
                f"  {r['n']:9,} {r['wall']:8.1f} {r['cpu']:7.1f} {r['n'] / r['cpu']:15,.0f} "
                f"{r['n'] / r['wall']:16,.0f} {r['rss']:14.0f}"
                + (f"   ({r['errors']} error rows)" if r["errors"] else ""),
                flush=True,
            )
            path.unlink()
    print("  targets: >= 2,000 records per CPU-second; peak RSS flat across sizes")


def speed_untraced(n: int) -> tuple[float, float]:
    """Records per CPU second and per wall second, in this process."""
    records = _dev_binary_records()
    data = b"".join(records[i % len(records)] for i in range(n))
    t0, c0 = time.perf_counter(), time.process_time()
    for row in read_marc(data):
        if not isinstance(row, ReadError):
            json.dumps(row.to_csl(), ensure_ascii=False)
    return n / (time.process_time() - c0), n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print dev failures")
    ap.add_argument("--checked-only", action="store_true", help="dev: hand-checked gold only")
    ap.add_argument(
        "--speed", type=int, nargs="*", help="record counts to time (e.g. 10000 100000)"
    )
    args = ap.parse_args()
    if args.speed is None:
        score(args.show, args.checked_only)
        if not args.checked_only:
            print("\n(dev, hand-checked gold only:)")
            score(False, True, ("dev",))
        cpu, wall = speed_untraced(5000)
        print(
            f"\nthroughput (5,000 binary records, end to end): {cpu:,.0f} records per "
            f"CPU-second, {wall:,.0f} per wall-second (target >= 2,000 per core)"
        )
    else:
        speed(args.speed or [10_000, 100_000, 1_000_000])


if __name__ == "__main__":
    main()
