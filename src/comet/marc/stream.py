"""``comet normalize`` for MARC files: records streamed to CSL-JSON lines, JSONL or CSV.

One output row per record, in file order, written as soon as it is read (memory does not
grow with the file); a record that cannot be read gives one error row naming its
position, and the records after it are still written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

import attrs

from comet.marc.fields import ReadError
from comet.marc.mapping import MarcRecord

__all__ = ["CSV_COLUMNS", "MarcSummary", "csv_row", "write_records"]

#: Columns of the CSV output (CSL variable names; names as ``Family, Given`` joined by ``; ``).
CSV_COLUMNS = (
    "position", "id", "type", "title", "author", "editor", "contributor", "issued",
    "publisher", "publisher-place", "edition", "number-of-pages", "ISBN", "ISSN", "DOI",
    "language", "collection-title", "collection-number", "container-title", "volume",
    "issue", "page", "keyword", "URL", "country", "diagnostics", "error", "message",
)  # fmt: skip


@attrs.define
class MarcSummary:
    """Counts reported on stderr at the end of a run."""

    records: int = 0
    errors: int = 0
    first_error: int = 0

    def text(self) -> str:
        out = f"comet normalize: {self.records} MARC records, {self.errors} could not be read"
        if self.errors:
            out += f" (first at record {self.first_error})"
        return out


def _names(names: Any) -> str:
    out = []
    for n in names or []:
        if n.get("literal"):
            out.append(n["literal"])
        else:
            out.append(", ".join(p for p in (n.get("family"), n.get("given")) if p))
    return "; ".join(out)


def csv_row(row: MarcRecord | ReadError) -> list[str]:
    """The CSV cells (:data:`CSV_COLUMNS`) of one record or error row."""
    if isinstance(row, ReadError):
        cells = {"position": str(row.position), "error": row.code, "message": row.message}
        return [cells.get(c, "") for c in CSV_COLUMNS]
    item = row.to_csl()
    out: list[str] = []
    for c in CSV_COLUMNS:
        if c == "position":
            out.append(str(row.position))
        elif c in ("author", "editor", "contributor"):
            out.append(_names(item.get(c)))
        elif c == "issued":
            parts = (item.get("issued") or {}).get("date-parts") or [[]]
            out.append("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0])))
        elif c == "country":
            out.append(row.country or "")
        elif c == "diagnostics":
            out.append(str(len(row.diagnostics)))
        else:
            v = item.get(c, "")
            out.append(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
    return out


def write_records(
    rows: Iterable[MarcRecord | ReadError],
    out: IO[bytes],
    fmt: str,
    *,
    progress: Any = None,
    id_prefix: str = "",
) -> MarcSummary:
    """Write ``rows`` to ``out`` as ``csl`` (a CSL-JSON item per line), ``jsonl`` (the
    item with position, country and diagnostics) or ``csv``; error rows are
    ``{"position", "error", "message"}`` objects (or CSV rows with ``error`` filled)."""
    summary = MarcSummary()
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    writer: Any = None
    if fmt == "csv":
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
    try:
        for row in rows:
            summary.records += 1
            if isinstance(row, ReadError):
                summary.errors += 1
                summary.first_error = summary.first_error or row.position
            if writer is not None:
                writer.writerow(csv_row(row))
            else:
                if isinstance(row, ReadError):
                    obj: dict[str, Any] = row.to_dict()
                elif fmt == "jsonl":
                    obj = row.to_dict()
                else:
                    obj = row.to_csl(id=f"{id_prefix}{row.control_number or row.position}")
                text.write(json.dumps(obj, ensure_ascii=False) + "\n")
            if progress is not None:
                progress.tick(summary.records)
    finally:
        text.flush()
        text.detach()
    return summary


def normalize_marc(paths: Sequence[str], fmt: str, out: IO[bytes], err: IO[str]) -> MarcSummary:
    """Stream every record of the MARC files ``paths`` (``-`` for stdin) to ``out``."""
    import sys
    from itertools import chain

    from comet._normalize_io import Progress
    from comet.marc import read_marc

    def rows() -> Iterable[MarcRecord | ReadError]:
        for path in paths:
            yield from read_marc(sys.stdin.buffer if path == "-" else path)

    progress = Progress(err)
    try:
        return write_records(chain(rows()), out, fmt, progress=progress)
    finally:
        progress.done()
