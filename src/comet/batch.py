"""One row loop for every front end: normalise a column of values with one field parser.

``comet normalize`` (the CLI), :mod:`comet.dask` and :mod:`comet.spark` all call
this module: :func:`normalize_columns` (a whole column at once: a list, a
pandas ``Series``, a NumPy array or a pyarrow ``Array``/``ChunkedArray``),
:func:`normalize_values` (a lazy stream of :class:`Row`) and
:func:`normalize_value` (one value).  All three run the same private row
function, so no row logic is written twice.

>>> from comet.batch import normalize_columns, normalize_values
>>> cols = normalize_columns(["doi:10.1000/XYZ.1", None, "nonsense"], "doi")
>>> cols["canonical"]
['10.1000/xyz.1', None, None]
>>> cols["error"]
[None, None, 'not-found']
>>> row = next(normalize_values(["2019-05-27"], "date"))
>>> row.canonical, row.error
('2019-05-27', None)

Every input value gives exactly one output row, in order; a value that cannot
be parsed keeps ``canonical=None`` and says why in ``error`` (an
:class:`~comet.ErrorCode` value) and ``message``.  ``None``, float NaN and
pandas' ``NA``/``NaT`` (missing values) give an all-``None`` row; any other
non-``str`` is normalised as ``str(value)``.

Functions here are pure and picklable (a Dask or Spark worker runs them as
they are); locale data is loaded once per process on first use.  A column
that repeats values (dates, ISSNs, statuses) is parsed once per distinct value
within a call: the parsers are pure, so the output is the same.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode, UnknownLocaleError
from comet.records import Parsed, RecordMixin, to_jsonable

__all__ = ["FIELDS", "OUTPUT_SUFFIXES", "Row", "canonical_string", "column_normalizer",
           "is_missing", "locale_tuple", "normalize_columns", "normalize_value",
           "normalize_values", "output_names", "parser_for", "row_function"]  # fmt: skip

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

#: How many distinct values one call remembers before starting afresh.
MEMO_SIZE = 65_536

Cells = tuple[str | None, str | None, str | None, str | None]
_MISSING: Cells = (None, None, None, None)


@attrs.frozen
class Row:
    """The normalised form of one input value."""

    canonical: str | None
    value_json: str | None
    diagnostics_json: str | None
    error: str | None
    message: str | None = None

    def cells(self) -> Cells:
        """The four output cells, in :data:`OUTPUT_SUFFIXES` order."""
        return (self.canonical, self.value_json, self.diagnostics_json, self.error)


def output_names(column: str) -> list[str]:
    """The names of the columns added for ``column``: ``<column>__canonical`` and so on.

    >>> output_names("DOI")
    ['DOI__canonical', 'DOI__value', 'DOI__diagnostics', 'DOI__error']
    """
    return [f"{column}__{s}" for s in OUTPUT_SUFFIXES]


@functools.cache
def parser_for(field: str) -> tuple[Callable[..., Any], bool]:
    """The public parser of ``field`` and whether it takes ``locales=`` (the identifier
    parsers do not); :class:`ValueError` for an unknown field."""
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


def is_missing(value: object) -> bool:
    """``True`` for ``None``, float NaN and pandas' ``NA``/``NaT`` (no pandas import).

    >>> is_missing(None), is_missing(float("nan")), is_missing(""), is_missing("x")
    (True, True, False, False)
    """
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    return type(value).__name__ in ("NAType", "NaTType")  # pandas NA / NaT


# --- JSON of records: :func:`comet.records.to_jsonable`, with per-class tables ----------

_PLAIN = frozenset([str, int, float, bool, type(None)])


@functools.cache
def _field_names(cls: Any) -> tuple[str, ...] | None:
    """Field names of an attrs record serialised field by field, else ``None``."""
    if not attrs.has(cls):
        return None
    to_dict = getattr(cls, "to_dict", None)
    if to_dict is not None and to_dict is not RecordMixin.to_dict:
        return None  # a record with its own to_dict(): ask it
    return tuple(a.name for a in attrs.fields(cls))


def _jsonable(value: Any) -> Any:
    """Exactly :func:`comet.records.to_jsonable`, faster on records and diagnostics."""
    cls: Any = type(value)
    if cls in _PLAIN:
        return value
    if cls is tuple or cls is list:
        return [_jsonable(v) for v in value]
    if cls is Diagnostic:
        return value.to_dict()
    names = _field_names(cls)
    if names is not None:
        return {n: _jsonable(getattr(value, n)) for n in names}
    return to_jsonable(value)


_encode = json.JSONEncoder(ensure_ascii=False).encode


def _value_json(value: Any, diags: tuple[Diagnostic, ...], diags_json: str) -> str:
    """``json(to_jsonable(value))``; a record's own diagnostics are not encoded twice."""
    cls: Any = type(value)
    names = _field_names(cls)
    if (
        names is not None
        and len(names) > 1
        and names[-1] == "diagnostics"
        and getattr(value, "diagnostics", None) is diags
    ):  # the usual record: splice the diagnostics column into its last field
        head = _encode({n: _jsonable(getattr(value, n)) for n in names[:-1]})
        return f'{head[:-1]}, "diagnostics": {diags_json}}}'
    return _encode(_jsonable(value))


def _cells(result: Parsed[Any]) -> tuple[Cells, str | None]:
    """The four output cells of one parser result, and the error message."""
    diags = result.diagnostics
    diags_json = _encode([d.to_dict() for d in diags]) if diags else "[]"
    value = result.value
    if value is None:
        err = result.error
        code = err.code.value if err is not None else ErrorCode.NOT_FOUND.value
        return (None, None, diags_json, code), (err.message if err is not None else None)
    return (canonical_string(value), _value_json(value, diags, diags_json), diags_json, None), None


def locale_tuple(locales: str | Sequence[str] | None) -> tuple[str, ...]:
    """A ``locales`` argument (one tag, several, or ``None``) as a tuple of tags."""
    if not locales:
        return ()
    return (locales,) if isinstance(locales, str) else tuple(locales)


@functools.cache
def row_function(field: str, locales: tuple[str, ...]) -> Callable[[str], tuple[Cells, str | None]]:
    """The one row function for a field: ``str`` in, (cells, error message) out.

    Raises :class:`ValueError` for an unknown field or locale, before any row.
    """
    fn, takes_locales = parser_for(field)
    kwargs: dict[str, Any] = {"strict": False}
    if takes_locales and locales:
        from comet.locales import get

        for tag in locales:
            try:
                get(tag)
            except UnknownLocaleError as exc:
                raise ValueError(str(exc)) from None
        kwargs["locales"] = locales

    def row(text: str) -> tuple[Cells, str | None]:
        return _cells(fn(text, **kwargs))

    return row


def normalize_value(value: object, field: str, *, locales: Sequence[str] | None = None) -> Row:
    """Normalise one value (see the module docstring).

    Raises :class:`ValueError` for an unknown ``field`` or an unknown locale in
    ``locales``; a value that does not parse never raises (its ``error`` says why).

    >>> normalize_value("urn:issn:0317-8471", "issn").canonical
    '0317-8471'
    >>> normalize_value("13 Feb 2013", "doi").error
    'not-found'
    """
    row = row_function(field, locale_tuple(locales))
    if type(value) is not str:
        if is_missing(value):
            return Row(*_MISSING)
        value = str(value)
    cells, message = row(value)
    return Row(*cells, message)


def _as_list(values: Iterable[object]) -> list[object]:
    """A Python list of a column, with every missing value as ``None``."""
    to_pylist = getattr(values, "to_pylist", None)  # pyarrow Array / ChunkedArray
    if callable(to_pylist):
        return list(to_pylist())
    isna = getattr(values, "isna", None)  # pandas Series / Index
    tolist = getattr(values, "tolist", None)
    if callable(isna) and callable(tolist):
        mask = isna().tolist()
        return [None if m else v for v, m in zip(tolist(), mask, strict=True)]
    if callable(tolist):  # NumPy array
        return list(tolist())
    return values if isinstance(values, list) else list(values)


Memo = dict[str, tuple[Cells, str | None]]


def _rows(
    values: Iterable[object], row: Callable[[str], tuple[Cells, str | None]], memo: Memo
) -> Iterator[tuple[Cells, str | None]]:
    for value in values:
        if type(value) is not str:
            if is_missing(value):
                yield _MISSING, None
                continue
            value = str(value)
        hit = memo.get(value)
        if hit is None:
            hit = row(value)
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[value] = hit
        yield hit


def normalize_values(
    values: Iterable[object], field: str, *, locales: Sequence[str] | None = None
) -> Iterator[Row]:
    """Normalise a stream of values lazily, one :class:`Row` per value, in order.

    Raises :class:`ValueError` at once for an unknown ``field`` or locale.
    """
    rows = _rows(values, row_function(field, locale_tuple(locales)), {})  # fails fast
    return (Row(*cells, message) for cells, message in rows)


def _columns(cells: list[Cells]) -> dict[str, list[str | None]]:
    if not cells:
        return {s: [] for s in OUTPUT_SUFFIXES}
    columns = zip(*cells, strict=True)
    return {s: list(col) for s, col in zip(OUTPUT_SUFFIXES, columns, strict=True)}


def normalize_columns(
    values: Iterable[object], field: str, *, locales: Sequence[str] | None = None
) -> dict[str, list[str | None]]:
    """Normalise a whole column: ``{"canonical": [...], "value": [...], ...}``.

    ``values`` is any iterable, a pandas ``Series``, a NumPy array or a pyarrow
    ``Array``/``ChunkedArray`` (missing values allowed).  The result has one list
    per :data:`OUTPUT_SUFFIXES` entry, each as long as the input, in order: the
    batch core that the Dask and Spark front ends run on every partition.
    Raises :class:`ValueError` for an unknown ``field`` or locale.

    >>> normalize_columns(["0317-8471", "0317-8472"], "issn")["error"]
    [None, 'invalid-checksum']
    """
    row = row_function(field, locale_tuple(locales))
    return _columns([c for c, _ in _rows(_as_list(values), row, {})])


def column_normalizer(
    field: str, *, locales: Sequence[str] | None = None
) -> Callable[[Iterable[object]], dict[str, list[str | None]]]:
    """:func:`normalize_columns` for one field, remembering repeated values across calls.

    For front ends that see a partition in many small batches (Spark's Arrow
    batches, DuckDB's vectors): a value repeated in a later batch is not parsed
    again.  The memory is bounded (:data:`MEMO_SIZE` values); the output is the
    same as :func:`normalize_columns`'.  Raises :class:`ValueError` at once for
    an unknown ``field`` or locale.

    >>> normalize = column_normalizer("date")
    >>> normalize(["2019-05-27", None])["canonical"], normalize(["2019-05-27"])["canonical"]
    (['2019-05-27', None], ['2019-05-27'])
    """
    row = row_function(field, locale_tuple(locales))
    memo: Memo = {}

    def normalize(values: Iterable[object]) -> dict[str, list[str | None]]:
        return _columns([c for c, _ in _rows(_as_list(values), row, memo)])

    return normalize
