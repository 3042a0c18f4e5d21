"""comet.dask on a real 2-process LocalCluster: the same output as one process, row for row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("dask.dataframe", reason="dask is not installed: pip install -e '.[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed: pip install -e '.[dask]'"
)
pd = pytest.importorskip("pandas", reason="pandas is not installed: pip install -e '.[dask]'")

import dask.dataframe as dd  # noqa: E402

import comet.dask  # noqa: E402
from comet.batch import OUTPUT_SUFFIXES, normalize_columns  # noqa: E402
from tests._scale_data import doi_values  # noqa: E402

N_ROWS = 20_000  # 7 partitions of ~2,900 rows: every kind of cell in each


def _cells(series: Any) -> list[str | None]:
    return [None if v is pd.NA or v is None else v for v in series.tolist()]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_cluster_output_equals_single_process(client: Any) -> None:
    values = doi_values(N_ROWS)
    pdf = pd.DataFrame({"id": range(N_ROWS), "DOI": pd.Series(values, dtype=object)})
    ddf = dd.from_pandas(pdf, npartitions=7, sort=False)
    lazy = comet.dask.normalize(ddf, "DOI", "doi")
    assert lazy.npartitions == 7
    got = client.compute(lazy).result()

    assert len(got) == N_ROWS  # no row lost
    assert got["id"].tolist() == list(range(N_ROWS))  # order kept
    assert got.index.tolist() == pdf.index.tolist()
    expected = normalize_columns(values, "doi")
    for suffix in OUTPUT_SUFFIXES:
        assert _cells(got[f"DOI__{suffix}"]) == expected[suffix], suffix
    errors = _cells(got["DOI__error"])
    assert errors.count(None) > N_ROWS // 2
    assert {"not-found", "too-long"} <= set(errors)
    # every failed row is still there, with its input and an error code
    missing = [i for i, v in enumerate(values) if v is None or v != v]
    assert all(errors[i] is None for i in missing)
    assert all(got["DOI__canonical"].isna().tolist()[i] for i in missing)
    # meta matches what the workers return
    assert list(lazy.dtypes.astype(str)) == list(got.dtypes.astype(str))


def test_dates_with_locales_on_cluster(client: Any) -> None:
    values = ["27 maj 2019", "5. marts 2020", "2021-12-30", "Spring 2020", "no date", None] * 500
    pdf = pd.DataFrame({"dato": values})
    ddf = dd.from_pandas(pdf, npartitions=3, sort=False)
    got = client.compute(comet.dask.normalize(ddf, "dato", "date", locales=["da"])).result()
    expected = normalize_columns(values, "date", locales=["da"])
    assert _cells(got["dato__canonical"]) == expected["canonical"]
    assert _cells(got["dato__error"]) == expected["error"]
    assert _cells(got["dato__canonical"])[0] == "2019-05-27"


def test_normalize_frame_docstring_example() -> None:
    df = pd.DataFrame({"id": [1, 2, 3], "DOI": ["doi:10.1000/XYZ", None, "n/a"]})
    out = comet.dask.normalize_frame(df, "DOI", "doi")
    assert _cells(out["DOI__canonical"]) == ["10.1000/xyz", None, None]
    assert _cells(out["DOI__error"]) == [None, None, "not-found"]
    assert list(out.columns) == ["id", "DOI", *comet.dask.output_names("DOI")]
    assert out["id"].tolist() == [1, 2, 3]


def test_errors_raised_on_the_client() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"DOI": ["10.1000/x"]}), npartitions=1)
    with pytest.raises(ValueError, match="unknown field"):
        comet.dask.normalize(ddf, "DOI", "nope")
    with pytest.raises(KeyError):
        comet.dask.normalize(ddf, "doi", "doi")
    with pytest.raises(ValueError):
        comet.dask.normalize(ddf, "DOI", "date", locales=["xx-nope"])


def test_pandas_missing_values_and_arrow_strings() -> None:
    s = pd.Series(["10.1000/a", None, "10.1000/b"], dtype="string[pyarrow]")
    df = pd.DataFrame({"d": s})
    out = comet.dask.normalize_frame(df, "d", "doi")
    assert _cells(out["d__canonical"]) == ["10.1000/a", None, "10.1000/b"]
    assert _cells(out["d__error"]) == [None, None, None]
