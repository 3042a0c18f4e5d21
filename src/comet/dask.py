"""Normalise a column of a Dask DataFrame (``pip install 'comet-meta[dask]'``).

:func:`normalize` adds the four columns that ``comet normalize`` writes
(``<column>__canonical``, ``__value``, ``__diagnostics``, ``__error``) with
``map_partitions``; every partition runs :func:`comet.batch.normalize_columns`,
the batch core shared with the CLI and :mod:`comet.spark`, so a worker gives
the same output as a single process, row for row, in order::

    import dask.dataframe as dd
    import comet.dask

    ddf = dd.read_parquet("catalogue/")
    out = comet.dask.normalize(ddf, "DOI", "doi")
    out[out["DOI__error"].isna()].to_parquet("clean/")

:func:`normalize_frame` is the same on one pandas ``DataFrame`` (it is what each
partition runs)::

    df = pd.DataFrame({"id": [1, 2, 3], "DOI": ["doi:10.1000/XYZ", None, "n/a"]})
    out = comet.dask.normalize_frame(df, "DOI", "doi")
    out["DOI__canonical"].tolist()   # ['10.1000/xyz', <NA>, <NA>]
    out["DOI__error"].tolist()       # [<NA>, <NA>, 'not-found']

The added columns are pandas strings backed by Arrow (``string[pyarrow]``),
missing values ``<NA>``; the input columns and the index are kept as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from comet.batch import OUTPUT_SUFFIXES, locale_tuple, normalize_columns, row_function
from comet.batch import output_names as output_names

__all__ = ["normalize", "normalize_frame", "output_names"]


def _string_dtype() -> Any:
    import pandas as pd

    return pd.StringDtype("pyarrow")


def normalize_frame(
    df: Any, column: str, field: str, locales: str | Sequence[str] | None = None
) -> Any:
    """A copy of the pandas DataFrame ``df`` with the four output columns of ``column``.

    ``field`` is a :data:`comet.batch.FIELDS` name (``doi``, ``date``…),
    ``locales`` optional locale hints for parsers that take them.  Raises
    :class:`KeyError` when ``column`` is not in ``df``, :class:`ValueError` for
    an unknown field or locale.
    """
    import pandas as pd

    if column not in df.columns:
        raise KeyError(f"column {column!r} not in the frame (columns: {list(df.columns)[:20]})")
    cols = normalize_columns(df[column], field, locales=locales)
    dtype = _string_dtype()
    out = df.copy(deep=False)
    for name, suffix in zip(output_names(column), OUTPUT_SUFFIXES, strict=True):
        out[name] = pd.Series(cols[suffix], index=df.index, dtype=dtype)
    return out


def normalize(
    ddf: Any, column: str, field: str, *, locales: str | Sequence[str] | None = None
) -> Any:
    """Lazily add the four output columns of ``column`` to the Dask DataFrame ``ddf``.

    Nothing is computed: the result is a ``dask.dataframe.DataFrame`` with the
    same partitions, index and row order, and a correct ``meta``.  Every row of
    the input gives one row of the output; a value that does not parse has its
    error code in ``<column>__error``.  Raises :class:`KeyError` for a missing
    column and :class:`ValueError` for an unknown field or locale at once, on
    the client, before any task runs.
    """
    loc = locale_tuple(locales)
    row_function(field, loc)  # unknown field or locale: fail here, not on a worker
    if column not in ddf.columns:
        raise KeyError(f"column {column!r} not in the frame (columns: {list(ddf.columns)[:20]})")
    meta = normalize_frame(ddf._meta, column, field, loc)
    return ddf.map_partitions(normalize_frame, column, field, loc, meta=meta)
