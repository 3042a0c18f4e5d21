"""Streaming CSV/JSONL reading and writing for ``comet normalize`` (constant memory).

Row logic lives in :mod:`comet.batch`; this module only moves rows in and out,
losslessly: every input row gives one output row, in order, with its raw cells
unchanged (invalid UTF-8 bytes included, kept through ``surrogateescape``).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import IO, Any

import attrs

from comet.batch import OUTPUT_SUFFIXES, normalize_value

SAMPLE_BYTES = 64 * 1024
#: Largest CSV cell read (the csv module's default is 128 KiB; a cell may be a whole page).
FIELD_LIMIT = 2**31 - 1
PROGRESS_EVERY = 10_000


class UsageError(Exception):
    """A problem with the command line or the input file as a whole (exit status 2)."""


@attrs.define
class Summary:
    """Counts reported on stderr at the end of a run."""

    rows: int = 0
    failed: int = 0
    reasons: Counter[str] = attrs.field(factory=Counter)
    first_bad_line: dict[str, int] = attrs.field(factory=dict)
    #: rows with bytes the input encoding cannot decode (in any cell), kept as they are
    undecodable: int = 0
    first_undecodable_line: int = 0
    encoding: str = "utf-8"

    def fail(self, reason: str, line: int) -> None:
        self.failed += 1
        self.reasons[reason] += 1
        self.first_bad_line.setdefault(reason, line)

    def not_decodable(self, line: int) -> None:
        self.undecodable += 1
        if not self.first_undecodable_line:
            self.first_undecodable_line = line

    def text(self) -> str:
        out = f"comet normalize: {self.rows} rows, {self.failed} failed"
        if self.reasons:
            parts = [
                f"{r} {n} (first at line {self.first_bad_line[r]})"
                for r, n in self.reasons.most_common()
            ]
            out += ": " + ", ".join(parts)
        if self.undecodable:
            out += (
                f"\ncomet normalize: warning: {self.undecodable} row(s) are not valid "
                f"{self.encoding} (first at line {self.first_undecodable_line}); their bytes "
                "are written back unchanged. If the file is Latin-1 or Windows-1252, "
                "run again with --encoding cp1252 (or latin-1)."
            )
        return out


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


class Progress:
    """A row counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def tick(self, rows: int) -> None:
        if self.enabled and rows % PROGRESS_EVERY == 0:
            self.stream.write(f"\r{rows:,} rows")
            self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\r")


def open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UsageError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise UsageError(f"is a directory, not a file: {path}") from None
    except PermissionError:
        raise UsageError(f"permission denied: {path}") from None


def detect_format(path: str, head: bytes) -> str:
    lower = path.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    return "jsonl" if head.lstrip()[:1] == b"{" else "csv"


class _Dialect(csv.excel):
    """Excel CSV with the delimiter the input uses (quoting stays standard)."""


def _sniff(sample: str) -> type[csv.Dialect]:
    """The input's delimiter (``,`` ``;`` tab ``|``); quoting is always RFC 4180."""
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    first = sample.split("\n", 1)[0]
    if delimiter not in first:  # the header decides when the sniffer is unsure
        delimiter = max(",;\t|", key=first.count) if any(c in first for c in ",;\t|") else ","
    return type("Sniffed", (_Dialect,), {"delimiter": delimiter})


def _dialect_name(d: type[csv.Dialect]) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(
        str(d.delimiter), repr(d.delimiter)
    )


@attrs.frozen
class Options:
    field: str
    column: str | None
    locales: tuple[str, ...] | None
    encoding: str


def _pick_column(header: Sequence[str], opts: Options, path: str) -> int:
    if opts.column is not None:
        if opts.column not in header:
            cols = ", ".join(header[:20])
            raise UsageError(f"column {opts.column!r} not in {path} (columns: {cols})")
        return header.index(opts.column)
    if opts.field in header:
        return header.index(opts.field)
    if len(header) == 1:
        return 0
    raise UsageError(
        f"{path} has {len(header)} columns and none is named {opts.field!r}: use --column NAME"
    )


def normalize_csv(paths: Sequence[str], opts: Options, out: IO[bytes], err: IO[str]) -> Summary:
    """Normalise CSV files into one CSV on ``out``; the header is written once."""
    summary = Summary(encoding=opts.encoding)
    progress = Progress(err)
    writer: Any = None
    first: tuple[str, list[str]] | None = None
    out_text = io.TextIOWrapper(out, encoding=opts.encoding, errors="surrogateescape",
                                newline="", write_through=True)  # fmt: skip
    old_limit = csv.field_size_limit(FIELD_LIMIT)  # a cell may be megabytes: keep it whole
    try:
        for path in paths:
            fh = open_binary(path)
            try:
                encoding = _input_encoding(fh, opts.encoding)
                text = io.TextIOWrapper(fh, encoding=encoding, errors="surrogateescape",
                                        newline="")  # fmt: skip
                sample_lines: list[str] = []
                size = 0
                while size < SAMPLE_BYTES:
                    line = text.readline()
                    if not line:
                        break
                    sample_lines.append(line)
                    size += len(line)
                dialect = _sniff("".join(sample_lines))
                lines = _Lines(sample_lines, text)
                reader = csv.reader(lines, dialect)
                header = next(reader, None)
                if header is None:
                    continue
                if first is None:
                    first = (path, header)
                    writer = csv.writer(out_text, dialect, lineterminator="\n")
                    col = _pick_column(header, opts, path)
                    name = header[col]
                    writer.writerow([*header, *(f"{name}__{s}" for s in OUTPUT_SUFFIXES)])
                    first_dialect = dialect
                else:
                    if first_dialect.delimiter != dialect.delimiter:
                        raise UsageError(
                            f"mixed CSV dialects: {first[0]} is {_dialect_name(first_dialect)}-"
                            f"separated but {path} is {_dialect_name(dialect)}-separated"
                        )
                    if header != first[1]:
                        raise UsageError(f"{path}: header differs from {first[0]}'s")
                    col = _pick_column(header, opts, path)
                width = len(header)
                for cells in _records(reader, path, lines, dialect):
                    summary.rows += 1
                    line_no = reader.line_num
                    if any(_has_surrogates(c) for c in cells):
                        summary.not_decodable(line_no)
                    cells_out = list(cells[:width]) + [""] * max(0, width - len(cells))
                    extra = cells[width:]
                    raw = cells[col] if col < len(cells) else None
                    reason: str | None = None
                    if len(cells) != width:
                        reason = "field-count"
                        new = [None, None, None, reason]
                    elif raw is not None and _has_surrogates(raw):
                        reason = "invalid-utf8"
                        new = [None, None, None, reason]
                    else:
                        row = normalize_value(raw if raw != "" else None, opts.field,
                                              locales=opts.locales)  # fmt: skip
                        new = list(row.cells())
                        reason = row.error
                    if reason is not None:
                        summary.fail(reason, line_no)
                    writer.writerow([*cells_out, *("" if c is None else c for c in new), *extra])
                    progress.tick(summary.rows)
            finally:
                if fh is not sys.stdin.buffer:
                    fh.close()
    finally:
        csv.field_size_limit(old_limit)
        progress.done()
        out_text.flush()
        out_text.detach()
    return summary


def _input_encoding(fh: IO[bytes], encoding: str) -> str:
    """``utf-8-sig`` for a UTF-8 file that starts with a byte-order mark, else ``encoding``.

    A BOM (Excel writes one) would otherwise stick to the first header name.
    """
    if codecs.lookup(encoding).name != "utf-8":
        return encoding
    peek = getattr(fh, "peek", None)
    head = peek(3)[:3] if callable(peek) else b""
    return "utf-8-sig" if head == codecs.BOM_UTF8 else encoding


def _records(reader: Any, path: str, lines: _Lines, dialect: Any) -> Iterator[list[str]]:
    """The reader's records; a malformed file is a usage error naming the line.

    A quoted field that is never closed would swallow the rest of the file into one
    cell (the ``csv`` module reads to the end without complaint): it is an error naming
    the line where the field opened.
    """
    while True:
        start = reader.line_num + 1
        lines.taken.clear()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UsageError(f"{path}: line {reader.line_num}: malformed CSV: {exc}") from None
        if lines.eof and _open_quote(lines.taken, dialect):
            raise UsageError(
                f"{path}: line {start}: a quoted field opened here is never closed "
                "(it would swallow the rest of the file)"
            )
        yield cells


def _open_quote(record_lines: list[str], dialect: Any) -> bool:
    """``True`` when the record read from ``record_lines`` ends inside a quoted field."""
    try:
        list(csv.reader(record_lines, dialect, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


class _Lines:
    """The lines of a file for ``csv.reader``: those of the current record are kept in
    ``taken``, and ``eof`` says the reader has asked past the last one."""

    def __init__(self, first: list[str], rest: IO[str]) -> None:
        self._it = itertools.chain(first, rest)
        self.taken: list[str] = []
        self.eof = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            line = next(self._it)
        except StopIteration:
            self.eof = True
            raise
        self.taken.append(line)
        return line


def normalize_jsonl(paths: Sequence[str], opts: Options, out: IO[bytes], err: IO[str]) -> Summary:
    """Normalise JSON Lines; each object gets the four ``<column>__*`` keys."""
    summary = Summary(encoding=opts.encoding)
    progress = Progress(err)
    column = opts.column or opts.field
    utf8 = codecs.lookup(opts.encoding).name == "utf-8"
    try:
        for path in paths:
            fh = open_binary(path)
            try:
                for line_no, line in enumerate(fh, 1):
                    if line_no == 1 and utf8 and line.startswith(codecs.BOM_UTF8):
                        line = line[len(codecs.BOM_UTF8) :]
                    if not line.strip():
                        continue
                    summary.rows += 1
                    obj: dict[str, Any]
                    reason: str | None = None
                    try:
                        decoded = line.decode(opts.encoding)
                    except UnicodeDecodeError:
                        decoded = None
                        reason = "invalid-utf8"
                        summary.not_decodable(line_no)
                    parsed: Any = None
                    if decoded is not None:
                        try:
                            parsed = json.loads(decoded)
                        except json.JSONDecodeError:
                            reason = "invalid-json"
                        else:
                            if not isinstance(parsed, dict):
                                reason = "not-an-object"
                    if reason is not None:
                        raw_text = line.rstrip(b"\r\n").decode(opts.encoding, "backslashreplace")
                        obj = {"__raw__": raw_text}
                        cells: list[str | None] = [None, None, None, reason]
                    else:
                        obj = parsed
                        value = obj.get(column)
                        if value is not None and not isinstance(value, str):
                            value = json.dumps(value, ensure_ascii=False)
                        row = normalize_value(value, opts.field, locales=opts.locales)
                        cells = list(row.cells())
                        reason = row.error
                    if reason is not None:
                        summary.fail(reason, line_no)
                    for suffix, cell in zip(OUTPUT_SUFFIXES, cells, strict=True):
                        obj[f"{column}__{suffix}"] = cell
                    try:
                        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
                    except UnicodeEncodeError:  # a lone surrogate from a "\\ud800" escape
                        data = json.dumps(obj, ensure_ascii=True).encode("ascii")
                    out.write(data + b"\n")
                    progress.tick(summary.rows)
            finally:
                if fh is not sys.stdin.buffer:
                    fh.close()
    finally:
        progress.done()
        out.flush()
    return summary
