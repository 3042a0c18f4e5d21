"""Normalise a column of a PySpark DataFrame (``pip install 'comet-meta[spark]'``).

:func:`normalize` adds the four columns that ``comet normalize`` writes
(``<column>__canonical``, ``__value``, ``__diagnostics``, ``__error``, all
nullable strings) with ``DataFrame.mapInArrow``: each Arrow record batch runs
:func:`comet.batch.normalize_columns` (through
:func:`~comet.batch.column_normalizer`, so a value repeated across the batches of a
partition is parsed once), the batch core shared with the CLI and :mod:`comet.dask`.  Rows keep their partition and their order; no shuffle::

    from pyspark.sql import SparkSession
    import comet.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    df = spark.read.parquet("catalogue/")
    out = comet.spark.normalize(df, "DOI", "doi")
    out.filter(out["DOI__error"].isNull()).write.parquet("clean/")

The Python workers need comet installed (the same version as the driver).
:func:`map_batches` is the per-batch function, usable without Spark::

    batch = pa.RecordBatch.from_pydict({"DOI": ["doi:10.1000/XYZ", None]})
    (out,) = comet.spark.map_batches([batch], "DOI", "doi")
    out.column("DOI__canonical").to_pylist()   # ['10.1000/xyz', None]

(Those examples run in ``tests/test_spark.py`` and ``tests/test_dask.py``.)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from comet.batch import OUTPUT_SUFFIXES, column_normalizer, locale_tuple, row_function
from comet.batch import output_names as output_names

__all__ = ["map_batches", "normalize", "output_names"]


def map_batches(
    batches: Iterable[Any], column: str, field: str, locales: str | Sequence[str] | None = None
) -> Iterator[Any]:
    """Each ``pyarrow.RecordBatch`` with the four output columns of ``column`` appended."""
    import pyarrow as pa

    names = output_names(column)
    normalize = column_normalizer(field, locales=locale_tuple(locales))  # one memo per partition
    for batch in batches:
        cols = normalize(batch.column(column))
        arrays = [*batch.columns, *(pa.array(cols[s], pa.string()) for s in OUTPUT_SUFFIXES)]
        yield pa.RecordBatch.from_arrays(arrays, names=[*batch.schema.names, *names])


def normalize(
    df: Any, column: str, field: str, *, locales: str | Sequence[str] | None = None
) -> Any:
    """Lazily add the four output columns of ``column`` to the Spark DataFrame ``df``.

    Every input row gives one output row; a value that does not parse has its
    error code in ``<column>__error``.  Raises :class:`KeyError` for a missing
    column and :class:`ValueError` for an unknown field or locale at once, on
    the driver.
    """
    from pyspark.sql.types import StringType, StructField, StructType

    loc = locale_tuple(locales)
    row_function(field, loc)  # unknown field or locale: fail on the driver
    if column not in df.columns:
        raise KeyError(f"column {column!r} not in the frame (columns: {df.columns[:20]})")
    schema = StructType(
        [*df.schema.fields, *(StructField(n, StringType(), True) for n in output_names(column))]
    )
    fn = functools.partial(map_batches, column=column, field=field, locales=loc)
    return df.mapInArrow(fn, schema)
