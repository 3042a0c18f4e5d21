"""One row loop for every front end: normalise a column of values with one field parser.

``comet normalize`` (the CLI), ``comet.dask`` and ``comet.spark`` all call
:func:`normalize_values`; no row logic is written twice.

>>> from comet.batch import normalize_values
>>> rows = list(normalize_values(["doi:10.1000/XYZ.1", None, "nonsense"], "doi"))  # doctest: +SKIP
>>> rows[0].canonical, rows[0].error  # doctest: +SKIP
('10.1000/xyz.1', None)
>>> rows[1].canonical, rows[1].error  # doctest: +SKIP
(None, None)
>>> rows[2].error  # doctest: +SKIP
'not-found'

Every input value gives exactly one :class:`Row`, in order; a value that cannot
be parsed keeps ``canonical=None`` and says why in ``error`` (an
:class:`~comet.ErrorCode` value) and ``message``.  ``None`` (a missing value)
gives an all-``None`` row.  Functions here are pure and picklable; locale data
is loaded once per process on first use.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from comet.errors import ErrorCode, UnknownLocaleError
from comet.records import Parsed, to_jsonable

__all__ = ["FIELDS", "OUTPUT_SUFFIXES", "Row", "canonical_string", "normalize_columns",
           "normalize_value", "normalize_values"]  # fmt: skip

#: field name -> public parser name on the ``comet`` package.
FIELDS: dict[str, str] = {
    "doi": "parse_doi",
    "issn": "parse_issn",
    "isbn": "parse_isbn",
    "orcid": "parse_orcid",
    "date": "parse_date",
    "daterange": "parse_date_range",
    "pages": "parse_pages",
    "locator": "parse_locator",
    "names": "parse_names",
    "keywords": "parse_keywords",
    "language": "parse_language",
    "status": "parse_status",
    "type": "parse_publication_type",
    "country": "parse_country",
    "reference": "parse_reference",
}

#: Suffixes of the columns written next to the input column, in order.
OUTPUT_SUFFIXES = ("canonical", "value", "diagnostics", "error")


@attrs.frozen
class Row:
    """The normalised form of one input value."""

    canonical: str | None
    value_json: str | None
    diagnostics_json: str | None
    error: str | None
    message: str | None = None

    def cells(self) -> tuple[str | None, str | None, str | None, str | None]:
        """The four output cells, in :data:`OUTPUT_SUFFIXES` order."""
        return (self.canonical, self.value_json, self.diagnostics_json, self.error)


@functools.cache
def _parser(field: str) -> tuple[Callable[..., Any], bool]:
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}; choose one of {', '.join(sorted(FIELDS))}")
    module = importlib.import_module("comet")
    fn = getattr(module, FIELDS[field], None)
    if fn is None:
        raise ValueError(f"field {field!r} is not available in this version of comet")
    takes_locales = "locales" in inspect.signature(fn).parameters
    return fn, takes_locales


def canonical_string(value: Any) -> str:
    """The canonical text of a parsed value.

    Records define it through ``canonical()`` when they have one, dates through
    ``edtf()``, sequences (names, keywords) as ``"; "``-joined items; otherwise
    ``str(value)``.
    """
    canon = getattr(value, "canonical", None)
    if callable(canon):
        return str(canon())
    edtf = getattr(value, "edtf", None)
    if callable(edtf):
        return str(edtf())
    if isinstance(value, str):
        return value
    plain_str = type(value).__str__ is object.__str__  # type: ignore[comparison-overlap]
    if plain_str and isinstance(value, Iterable):
        return "; ".join(canonical_string(v) for v in value)
    return str(value)


def normalize_value(value: object, field: str, *, locales: Sequence[str] | None = None) -> Row:
    """Normalise one value (see the module docstring).

    ``None`` and float NaN (a pandas missing value) are missing; any other
    non-``str`` is normalised as ``str(value)``.
    """
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        return Row(None, None, None, None)
    if not isinstance(value, str):
        value = str(value)
    fn, takes_locales = _parser(field)
    kwargs: dict[str, Any] = {"strict": False}
    if takes_locales and locales:
        kwargs["locales"] = tuple(locales)
    try:
        result: Parsed[Any] = fn(value, **kwargs)
    except UnknownLocaleError as exc:
        raise ValueError(str(exc)) from None
    diags = json.dumps([d.to_dict() for d in result.diagnostics], ensure_ascii=False)
    if result.value is None:
        err = result.error
        code = err.code.value if err is not None else ErrorCode.NOT_FOUND.value
        return Row(None, None, diags, code, err.message if err is not None else None)
    return Row(
        canonical_string(result.value),
        json.dumps(to_jsonable(result.value), ensure_ascii=False),
        diags,
        None,
    )


def normalize_values(
    values: Iterable[object], field: str, *, locales: Sequence[str] | None = None
) -> Iterator[Row]:
    """Normalise a stream of values lazily, one :class:`Row` per value, in order."""
    _parser(field)  # fail fast on an unknown field
    for value in values:
        yield normalize_value(value, field, locales=locales)


def normalize_columns(
    values: Iterable[object], field: str, *, locales: Sequence[str] | None = None
) -> dict[str, list[str | None]]:
    """Columnar form for dataframes: ``{"canonical": [...], "value": [...], ...}``."""
    out: dict[str, list[str | None]] = {s: [] for s in OUTPUT_SUFFIXES}
    for row in normalize_values(values, field, locales=locales):
        for suffix, cell in zip(OUTPUT_SUFFIXES, row.cells(), strict=True):
            out[suffix].append(cell)
    return out
