"""comet.spark with mapInArrow on a local[2] Spark session (``pytest -m spark``).

These tests need pyspark (``pip install -e '.[spark]'``) and a Java runtime (17+);
they are deselected by default and skipped with the reason when either is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from comet.batch import OUTPUT_SUFFIXES, normalize_columns
from tests._scale_data import doi_values


def _java_problem() -> str | None:
    home = os.environ.get("JAVA_HOME")
    java = shutil.which("java", path=os.path.join(home, "bin")) if home else shutil.which("java")
    if java is None:
        return "no Java runtime (java not on PATH and no JAVA_HOME): Spark needs Java 17+"
    try:
        subprocess.run([java, "-version"], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"java -version failed: {exc}"
    return None


def test_map_batches_without_spark() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    import comet.spark

    batch = pa.RecordBatch.from_pydict({"DOI": ["doi:10.1000/XYZ", None]})
    (out,) = comet.spark.map_batches([batch], "DOI", "doi")
    assert out.column("DOI__canonical").to_pylist() == ["10.1000/xyz", None]
    assert out.schema.names == ["DOI", *comet.spark.output_names("DOI")]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[spark]'")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: pip install -e '.[spark]'")
    problem = _java_problem()
    if problem:
        pytest.skip(problem)
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("comet-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


@pytest.mark.spark
def test_spark_output_equals_single_process(spark: Any) -> None:
    import comet.spark

    n = 100_000
    values = [None if v is not None and v != v else v for v in doi_values(n)]  # NaN -> null
    sdf = spark.createDataFrame(
        [(i, v) for i, v in enumerate(values)], "id long, DOI string"
    ).repartition(5)
    sdf = sdf.sortWithinPartitions("id")
    out = comet.spark.normalize(sdf, "DOI", "doi")
    assert out.columns == ["id", "DOI", *comet.spark.output_names("DOI")]
    rows = sorted(out.collect(), key=lambda r: r["id"])
    assert len(rows) == n  # no row lost
    assert [r["id"] for r in rows] == list(range(n))
    expected = normalize_columns(values, "doi")
    for suffix in OUTPUT_SUFFIXES:
        assert [r[f"DOI__{suffix}"] for r in rows] == expected[suffix], suffix
    assert {"not-found", "too-long"} <= {r["DOI__error"] for r in rows}


@pytest.mark.spark
def test_spark_keeps_partition_order(spark: Any) -> None:
    import comet.spark

    values = ["27 maj 2019", "2021-12-30", None, "no date"] * 50
    sdf = spark.createDataFrame([(v,) for v in values], "dato string").coalesce(2)
    out = comet.spark.normalize(sdf, "dato", "date", locales=["da"]).collect()
    expected = normalize_columns(values, "date", locales=["da"])
    assert [r["dato"] for r in out] == values  # no shuffle: input order
    assert [r["dato__canonical"] for r in out] == expected["canonical"]


@pytest.mark.spark
def test_spark_errors_on_the_driver(spark: Any) -> None:
    import comet.spark

    sdf = spark.createDataFrame([("10.1000/x",)], "DOI string")
    with pytest.raises(ValueError, match="unknown field"):
        comet.spark.normalize(sdf, "DOI", "nope")
    with pytest.raises(KeyError):
        comet.spark.normalize(sdf, "missing", "doi")


@pytest.mark.spark
def test_docs_spark_example(spark: Any) -> None:
    """The Spark example of docs/scaling.md, run as written (it reuses this session)."""
    from tests.test_docs_examples import ROOT, python_blocks

    text = (ROOT / "docs" / "scaling.md").read_text("utf-8")
    (code,) = [c for _, c in python_blocks(text) if c.startswith("# run by: tests/test_spark.py")]
    exec(compile(code, "docs/scaling.md", "exec"), {})
