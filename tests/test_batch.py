"""The batch core (comet.batch): one row function behind every entry point and front end."""

from __future__ import annotations

import json

import pytest

import comet
from comet import batch
from comet.batch import (
    FIELDS,
    OUTPUT_SUFFIXES,
    column_normalizer,
    normalize_columns,
    normalize_value,
    normalize_values,
)
from comet.records import to_jsonable

#: Real values per field (from the seed pages and the labelled references), good and bad.
SAMPLES: dict[str, list[object]] = {
    "doi": ["https://www.tandfonline.com/doi/full/10.1080/03003930.2022.2081552", "n/a"],
    "issn": ["eISSN 2353-3773", "2353-3774"],
    "isbn": ["978-1-7998-4975-9", "978-1-7998-4975-0"],
    "orcid": ["https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0098"],
    "date": ["27 maj 2019", "Spring 2020", "Aug 2023", "no date"],
    "daterange": ["27 maj 201928 maj 2019", "x"],
    "pages": ["p.801-820", "pp. 89–106", "none"],
    "locator": ["49(4), Aug, 2023: p.801-820.", "-"],
    "names": ["Agger, Annika and Tortzen, Anne", "Nanna Møller Mortensen, Catherine Needham"],
    "keywords": ["Keywords: co-production, social care", ""],
    "language": ["dansk", "English", "zz-nonsense"],
    "status": ["StatusUdgivet - 2019", "Published", "banana"],
    "type": ["Konferencebidrag uden forlag/tidsskriftPaper uden forlag/tidsskriftForskning"],
    "country": ["Belgien", "Nowhere"],
    "reference": [
        "Agger, A., & Tortzen, A. (2023). Co-production on the inside. Local Government "
        "Studies, 49(4), 801-820. https://doi.org/10.1080/03003930.2022.2081552",
        "",
    ],
}


def _available(field: str) -> bool:
    return hasattr(comet, FIELDS[field])


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_entry_points_agree_and_json_is_to_jsonable(field: str) -> None:
    if not _available(field):
        pytest.skip(f"comet.{FIELDS[field]} is not available")
    values = [*SAMPLES.get(field, ["x"]), None, float("nan"), *SAMPLES.get(field, ["x"])]
    cols = normalize_columns(values, field)
    rows = list(normalize_values(values, field))
    one_by_one = [normalize_value(v, field) for v in values]
    assert [r.cells() for r in rows] == [r.cells() for r in one_by_one]
    for i, suffix in enumerate(OUTPUT_SUFFIXES):
        assert cols[suffix] == [r.cells()[i] for r in rows]
    parse = getattr(comet, FIELDS[field])
    for value, row in zip(values, rows, strict=True):
        if not isinstance(value, str):
            assert row.cells() == (None, None, None, None)
            continue
        result = parse(value, strict=False)
        diagnostics = [d.to_dict() for d in result.diagnostics]
        assert json.loads(row.diagnostics_json or "null") == diagnostics
        if result.value is None:
            assert row.canonical is None and row.value_json is None
            assert row.error == result.error.code.value
            assert row.message == result.error.message
        else:
            # the fast serialiser gives exactly what records.to_jsonable gives
            assert batch._jsonable(result.value) == to_jsonable(result.value)
            assert row.value_json == json.dumps(to_jsonable(result.value), ensure_ascii=False)
            assert row.error is None and row.canonical is not None


def test_memo_does_not_change_the_output(monkeypatch: pytest.MonkeyPatch) -> None:
    values = ["27 maj 2019", "2019", "27 maj 2019", None, "x", "2019"] * 7
    expected = [normalize_value(v, "date").cells() for v in values]
    monkeypatch.setattr(batch, "MEMO_SIZE", 2)  # the memo empties itself often
    cols = normalize_columns(values, "date")
    assert list(zip(*(cols[s] for s in OUTPUT_SUFFIXES), strict=True)) == expected
    normalize = column_normalizer("date")
    halves = [normalize(values[:20]), normalize(values[20:])]
    joined = {s: halves[0][s] + halves[1][s] for s in OUTPUT_SUFFIXES}
    assert joined == cols


def test_columns_of_any_kind() -> None:
    values = ["10.1000/a", None, "doi:10.1000/B"]
    expected = normalize_columns(values, "doi")
    assert normalize_columns(iter(values), "doi") == expected
    assert normalize_columns(tuple(values), "doi") == expected
    assert normalize_columns([], "doi") == {s: [] for s in OUTPUT_SUFFIXES}
    pa = pytest.importorskip("pyarrow")
    assert normalize_columns(pa.array(values, pa.string()), "doi") == expected
    assert normalize_columns(pa.chunked_array([values[:1], values[1:]]), "doi") == expected
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert normalize_columns(pd.Series(values, dtype="string"), "doi") == expected
    assert normalize_columns(pd.Series(values, dtype=object), "doi") == expected
    assert normalize_columns(pd.Series(["10.1000/a", pd.NA, np.nan]), "doi")["error"] == [None] * 3
    assert normalize_columns(np.array(values, dtype=object), "doi") == expected


def test_non_strings_and_missing_values() -> None:
    assert normalize_value(9781799849759, "isbn").canonical == "9781799849759"
    assert batch.is_missing(None) and batch.is_missing(float("nan"))
    assert not batch.is_missing("") and not batch.is_missing(0)
    pd = pytest.importorskip("pandas")
    assert batch.is_missing(pd.NA) and batch.is_missing(pd.NaT)
    assert normalize_value(pd.NA, "doi").cells() == (None, None, None, None)


def test_bad_arguments_fail_before_any_row() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        normalize_values(["x"], "nope")
    with pytest.raises(ValueError, match="unknown field"):
        column_normalizer("nope")
    with pytest.raises(ValueError):
        normalize_columns(["27 maj 2019"], "date", locales=["xx-nope"])
    with pytest.raises(ValueError):
        normalize_value(None, "date", locales="xx-nope")
    # a single tag is one locale, not a sequence of letters
    assert normalize_value("27 maj 2019", "date", locales="da").canonical == "2019-05-27"


def test_functions_pickle() -> None:
    import pickle

    for fn in (normalize_columns, normalize_values, normalize_value):
        assert pickle.loads(pickle.dumps(fn)) is fn
