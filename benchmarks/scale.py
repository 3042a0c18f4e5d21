"""Rows per second of comet's front ends on 1,000,000 rows of ``date`` and ``doi`` values.

Run::

    python benchmarks/scale.py                 # 1,000,000 rows, every front end available
    python benchmarks/scale.py --rows 100000   # quicker
    python benchmarks/scale.py --field doi --no-spark

Needs the ``dask`` extra for the Dask rows and the ``spark`` extra plus Java 17+ for the Spark
rows (``pip install -e '.[dask,spark]'``); without them those rows are left out.

Front ends, each producing the same four output columns as ``comet normalize``:

* ``plain loop``: a single-process loop over the public parser (``comet.parse_doi(v,
  strict=False)``), building the columns from the public API (``to_json()`` etc.) — what a
  user writes without ``comet.batch``;
* ``batch core``: ``comet.batch.normalize_columns`` on the whole column, one process;
* ``batch core, N chunks``: the same, called once per partition (each call has its own
  memo of repeated values, as each Dask partition or Arrow batch does): the baseline of the
  overheads below;
* ``dask 2 workers``: ``comet.dask.normalize`` on a ``LocalCluster`` of two worker processes
  (one thread each), reading the column from Parquet (N files) and reducing each partition's
  four output columns to one summary row (the cluster is started before the clock);
* ``spark local[2]``: ``comet.spark.normalize`` (``mapInArrow``), Parquet in, Spark's
  ``noop`` sink out, when pyspark and Java are present (session started before the clock).

``overhead`` is the extra work per row of a parallel front end, as a share of the batch
core's own cost per row (``batch core, N chunks``; target for Dask: under 30 %), measured
two ways: from wall time, ``(2 × wall time − core time) / core time``, which assumes two
otherwise idle cores; and for Dask from CPU time, ``(CPU of client, scheduler and workers −
CPU of the core) / CPU of the core``, which other load on the machine distorts less.  The data are messy values like the catalogue dumps comet reads: several
spellings, repeats (dates repeat more than DOIs), junk and missing values.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import comet
import comet.spark
from comet.batch import normalize_columns

MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
SEASONS = ["Spring", "Summer", "Autumn", "Winter"]


def date_values(n: int, seed: int = 1) -> list[str | None]:
    rnd = random.Random(seed)
    out: list[str | None] = []
    for _ in range(n):
        y, m, d = rnd.randint(1950, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        k = rnd.randrange(20)
        if k < 5:
            out.append(f"{y}-{m:02d}-{d:02d}")
        elif k < 8:
            out.append(f"{d} {MONTHS_DA[m - 1]} {y}")
        elif k < 11:
            out.append(f"{MONTHS_EN[m - 1]} {d}, {y}")
        elif k < 13:
            out.append(f"{d}.{m:02d}.{y}")
        elif k < 15:
            out.append(f"{MONTHS_EN[m - 1][:3]} {y}")
        elif k < 16:
            out.append(f"{SEASONS[m % 4]} {y}")
        elif k < 18:
            out.append(str(y))
        elif k < 19:
            out.append(rnd.choice(["n.d.", "", "forthcoming", "in press"]))
        else:
            out.append(None)
    return out


def doi_values(n: int, seed: int = 2) -> list[str | None]:
    rnd = random.Random(seed)
    forms = ["{}", "doi:{}", "https://doi.org/{}", "DOI: {}.", "http://dx.doi.org/{}"]
    out: list[str | None] = []
    for i in range(n):
        k = rnd.randrange(20)
        doi = f"10.{rnd.randint(1000, 99999)}/{rnd.choice(['j', 'abc', 's0', 'x'])}.{i:07d}"
        if k < 17:
            out.append(rnd.choice(forms).format(doi))
        elif k < 18:
            out.append(f"See {doi} for the published version")
        elif k < 19:
            out.append(rnd.choice(["n/a", "", "10.1000", "doi:"]))
        else:
            out.append(None)
    return out


PARSERS: dict[str, Callable[..., Any]] = {"date": comet.parse_date, "doi": comet.parse_doi}
VALUES: dict[str, Callable[[int], list[str | None]]] = {"date": date_values, "doi": doi_values}


def plain_loop(values: list[str | None], field: str) -> dict[str, list[str | None]]:
    """The four columns from the public API, one value at a time."""
    parse = PARSERS[field]
    out: dict[str, list[str | None]] = {
        "canonical": [],
        "value": [],
        "diagnostics": [],
        "error": [],
    }
    for v in values:
        if v is None:
            cells: tuple[str | None, ...] = (None, None, None, None)
        else:
            p = parse(v, strict=False)
            diags = json.dumps([d.to_dict() for d in p.diagnostics], ensure_ascii=False)
            if p.value is None:
                code = p.error.code.value if p.error is not None else "not-found"
                cells = (None, None, diags, code)
            else:
                canon = p.value.edtf() if field == "date" else str(p.value)
                cells = (canon, p.value.to_json(), diags, None)
        for key, cell in zip(out, cells, strict=True):
            out[key].append(cell)
    return out


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - start, time.process_time() - cpu, result


def _worker_cpu() -> float:
    return time.process_time()


def _warm(field: str) -> None:
    normalize_columns(["27 maj 2019", "10.1000/x"], field)


def cluster_cpu(client: Any) -> float:
    """CPU seconds used so far by this process (client and scheduler) and every worker."""
    return time.process_time() + sum(client.run(_worker_cpu).values())


def write_parquet(values: list[str | None], path: Path, parts: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.mkdir(parents=True)
    size = -(-len(values) // parts)
    for i in range(parts):
        chunk = values[i * size : (i + 1) * size]
        pq.write_table(
            pa.table({"value": pa.array(chunk, pa.string())}), path / f"part.{i}.parquet"
        )


def _first(t: tuple[float, float, Any]) -> float:
    return t[0]


def _partition_summary(df: Any) -> Any:
    """Rows and characters of the four output columns: forces them, returns one row."""
    import pandas as pd

    chars = sum(int(df[c].str.len().sum()) for c in df.columns if c.startswith("value__"))
    return pd.DataFrame({"rows": [len(df)], "chars": [chars]})


def run_dask(src: Path, field: str) -> int:
    """Parquet in, the four columns computed on the workers, a one-row summary per partition out."""
    import dask.dataframe as dd
    import pandas as pd

    import comet.dask

    out = comet.dask.normalize(dd.read_parquet(str(src)), "value", field)
    meta = pd.DataFrame({"rows": pd.Series(dtype="int64"), "chars": pd.Series(dtype="int64")})
    summary = out.map_partitions(_partition_summary, meta=meta).compute()
    return int(summary["rows"].sum())


def start_spark() -> Any:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("comet-scale")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_spark(spark: Any, src: Path, field: str) -> int:
    """Parquet in, the four columns computed by the Python workers, Spark's no-op sink out."""
    df = spark.read.parquet(str(src))
    comet.spark.normalize(df, "value", field).write.format("noop").mode("overwrite").save()
    return int(df.count())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--field", choices=sorted(PARSERS), action="append")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=1, help="best of N for the in-process runs")
    args = ap.parse_args(argv)
    fields = args.field or ["date", "doi"]
    n = args.rows
    tmp = Path(tempfile.mkdtemp(prefix="comet-scale-"))
    rows: list[tuple[str, str, float, str, str]] = []
    notes: list[str] = []

    client = cluster = spark = None
    if not args.no_dask:
        try:
            import distributed

            cluster = distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=40,
            )  # fmt: skip
            client = distributed.Client(cluster)
        except ImportError as exc:
            notes.append(f"dask skipped: {exc}")
    if not args.no_spark:
        try:
            spark = start_spark()
        except Exception as exc:  # no pyspark, no Java
            notes.append(f"spark skipped: {type(exc).__name__}: {str(exc)[:120]}")

    try:
        for field in fields:
            values = VALUES[field](n)

            def plain(values: list[str | None] = values, field: str = field) -> Any:
                return plain_loop(values, field)

            def core(values: list[str | None] = values, field: str = field) -> Any:
                return normalize_columns(values, field)

            t_plain, _, out_plain = min((timed(plain) for _ in range(args.repeat)), key=_first)
            t_core, _, out_core = min((timed(core) for _ in range(args.repeat)), key=_first)
            size = -(-n // args.partitions)
            chunks = [values[i : i + size] for i in range(0, n, size)]

            def core_chunks(chunks: list[list[str | None]] = chunks, field: str = field) -> Any:
                return [normalize_columns(c, field) for c in chunks]

            t_chunks, c_chunks, _ = timed(core_chunks)
            assert out_plain["canonical"] == out_core["canonical"]
            assert out_plain["error"] == out_core["error"]
            distinct = len(set(values))
            rows.append((field, "plain loop", t_plain, "", ""))
            rows.append((field, "batch core", t_core, f"{t_plain / t_core:.2f}x", ""))
            rows.append(
                (
                    field,
                    f"batch core, {len(chunks)} chunks",
                    t_chunks,
                    f"{t_plain / t_chunks:.2f}x",
                    "",
                )
            )
            src = tmp / f"{field}-in"
            if client is not None or spark is not None:
                write_parquet(values, src, args.partitions)
            if client is not None:
                client.run(_warm, field)  # workers import comet and read the locale files
                cpu0 = cluster_cpu(client)
                t, _, count = timed(lambda: run_dask(src, field))  # noqa: B023
                cpu = cluster_cpu(client) - cpu0
                assert count == n
                wall_over = (2 * t - t_chunks) / t_chunks
                cpu_over = (cpu - c_chunks) / c_chunks
                over = f"{wall_over:+.0%} wall, {cpu_over:+.0%} CPU"
                rows.append((field, "dask 2 workers", t, f"{t_plain / t:.2f}x", over))
            if spark is not None:
                warm = spark.createDataFrame([("2019",), ("10.1000/x",)], "value string")
                comet.spark.normalize(warm, "value", field).collect()  # Python workers start
                t, _, count = timed(lambda: run_spark(spark, src, field))  # noqa: B023
                assert count == n
                over = f"{(2 * t - t_chunks) / t_chunks:+.0%} wall"
                rows.append((field, "spark local[2]", t, f"{t_plain / t:.2f}x", over))
            notes.append(f"{field}: {distinct:,} distinct values in {n:,} rows")
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if spark is not None:
            spark.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    print(
        f"comet {comet.__version__}, {n:,} rows, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    print()
    print("| field | front end | seconds | rows/s | vs plain loop | overhead/row vs core |")
    print("|---|---|---:|---:|---:|---:|")
    for field, name, t, speed, over in rows:
        print(f"| {field} | {name} | {t:.1f} | {n / t:,.0f} | {speed or '1.00x'} | {over or '—'} |")
    for note in notes:
        print(f"\n{note}", end="")
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
