"""The Polars and DuckDB recipes of docs/scaling.md, run as written and checked on messy data.

The recipe functions (``comet_columns`` for Polars, ``register_comet`` for DuckDB) are taken
from the page itself, so the docs cannot drift from what is tested.  Skipped when the
library is not installed (``pip install -e '.[recipes]'``).
"""

from __future__ import annotations

import doctest
from typing import Any

import pytest

from comet.batch import OUTPUT_SUFFIXES, normalize_columns
from tests._scale_data import doi_values
from tests.test_docs_examples import ROOT, python_blocks

PAGE = ROOT / "docs" / "scaling.md"
DATES = ["27 maj 2019", "5. marts 2020", "Spring 2020", "2021-12-30", "no date", None, ""] * 30


def recipe(requires: str) -> dict[str, Any]:
    """Run the page's block that starts with ``# requires: <requires>``; return its names."""
    blocks = [c for _, c in python_blocks(PAGE.read_text("utf-8"))]
    (code,) = [c for c in blocks if c.startswith(f"# requires: {requires}\n")]
    test = doctest.DocTestParser().get_doctest(code, {}, f"scaling.md {requires}", str(PAGE), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    runner.run(test, out=out.append, clear_globs=False)
    assert not runner.failures, "".join(out)
    return test.globs


def test_polars_recipe() -> None:
    pl = pytest.importorskip(
        "polars", reason="polars is not installed: pip install -e '.[recipes]'"
    )
    ns = recipe("polars")
    values = [v if v == v else None for v in doi_values(5_000)]  # NaN is not a Polars string
    df = pl.DataFrame({"id": list(range(len(values))), "DOI": values}, strict=False)
    out = df.with_columns(ns["comet_columns"]("DOI", "doi")).unnest("DOI__comet")
    assert out["id"].to_list() == list(range(len(values)))
    expected = normalize_columns(values, "doi")
    for suffix in OUTPUT_SUFFIXES:
        assert out[f"DOI__{suffix}"].to_list() == expected[suffix], suffix
    lazy = pl.LazyFrame({"dato": DATES}).with_columns(ns["comet_columns"]("dato", "date", ["da"]))
    got = lazy.unnest("dato__comet").collect()
    assert (
        got["dato__canonical"].to_list()
        == normalize_columns(DATES, "date", locales=["da"])["canonical"]
    )


def test_duckdb_recipe() -> None:
    duckdb = pytest.importorskip(
        "duckdb", reason="duckdb is not installed: pip install -e '.[recipes]'"
    )
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: pip install -e '.[recipes]'")
    ns = recipe("duckdb, pyarrow")
    values = [v if v == v else None for v in doi_values(10_000)]  # more than one DuckDB vector
    con = duckdb.connect()
    ns["register_comet"](con, "comet_doi", "doi")
    ns["register_comet"](con, "comet_date_da", "date", ["da"])
    con.execute("CREATE TABLE t (id INTEGER, DOI VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(values)))
    rows = con.sql("SELECT id, unnest(comet_doi(DOI)) FROM t ORDER BY id").fetchall()
    assert [r[0] for r in rows] == list(range(len(values)))  # no row lost
    expected = normalize_columns(values, "doi")
    for k, suffix in enumerate(OUTPUT_SUFFIXES, start=1):
        assert [r[k] for r in rows] == expected[suffix], suffix
    dates = con.execute(
        "SELECT comet_date_da(d).canonical FROM unnest(?) AS t(d)", [DATES]
    ).fetchall()
    assert [r[0] for r in dates] == normalize_columns(DATES, "date", locales=["da"])["canonical"]
