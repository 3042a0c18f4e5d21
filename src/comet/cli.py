"""The ``comet`` command line: a thin argparse shell over the library.

Examples::

    comet parse tests/data/pages/000_57f895102d09489d.txt
    comet --version
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from comet._version import __version__

EPILOG = """examples:
  comet parse tests/data/pages/*.txt
  comet parse page.html                      # HTML: visible text and embedded metadata
  comet normalize --field doi --column DOI records.csv > out.csv
  comet parse records.mrc                            # MARC 21 / MARCXML / .mrk to CSL-JSON
  comet normalize catalogue.mrc > records.jsonl      # any size, streaming"""


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _is_marc(path: str) -> bool:
    """Whether ``path`` is a MARC file (ISO 2709, MARCXML, MARC-in-JSON, MARCMaker)."""
    if path == "-":
        return False
    from comet.marc.reader import looks_like_marc

    return looks_like_marc(path, _peek(path))


def _parse_marc(path: str, fmt: str, csl_items: list[dict[str, Any]]) -> int:
    """``comet parse`` of a MARC file: every record; an unreadable one is reported."""
    from comet.marc import MissingExtraError, ReadError, read_marc

    status = 0
    try:
        for row in read_marc(path):
            if isinstance(row, ReadError):
                print(f"comet: {path}: {row}", file=sys.stderr)
                status = 1
                continue
            item = row.to_csl(id=f"{path}#{row.position}")
            data = item if fmt == "csl" else {**row.to_dict(), "csl": item}
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                csl_items.append(data)
    except MissingExtraError as exc:
        print(f"comet: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"comet: no such file: {path}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"comet: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return status


#: File name endings read as HTML by ``comet parse`` (other files are sniffed).
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _looks_html(head: bytes) -> bool:
    """An HTML document by its first bytes: a doctype or an ``<html>`` tag."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _html_page(path: str) -> bytes | None:
    """The bytes of an HTML page (by its name or its first bytes), else ``None``."""
    if path == "-":
        return None
    if path.lower().endswith(HTML_SUFFIXES) or _looks_html(_peek(path)):
        with open(path, "rb") as fh:
            return fh.read()
    return None


def _cmd_parse(args: argparse.Namespace) -> int:
    from comet.page import parse_record

    fmt = args.format
    csl_items: list[dict[str, Any]] = []
    status = 0
    for path in args.files:
        if _is_marc(path):
            status = max(status, _parse_marc(path, fmt, csl_items))
            continue
        try:
            html = _html_page(path)
            text = _read(path) if html is None else ""
        except FileNotFoundError:
            print(f"comet: no such file: {path}", file=sys.stderr)
            status = 2
            continue
        except IsADirectoryError:
            print(f"comet: is a directory, not a file: {path}", file=sys.stderr)
            status = 2
            continue
        except UnicodeDecodeError as exc:
            print(f"comet: {path} is not UTF-8 (byte {exc.start})", file=sys.stderr)
            status = 2
            continue
        if html is not None or (path == "-" and _looks_html(text[:512].encode())):
            from comet.html import parse_html

            try:
                record = parse_html(html if html is not None else text,
                                    locales=args.locale or None, source=path)  # fmt: skip
            except ImportError as exc:  # the html extra is not installed
                print(f"comet: {exc}", file=sys.stderr)
                return 2
        else:
            record = parse_record(text, locales=args.locale or None, source=path)
        if fmt == "csl":
            csl_items.append(record.to_csl(id=path))
            continue
        data = record.to_dict()
        data["csl"] = record.to_csl(id=path)
        data["spans"] = {k: list(v) for k, v in record.spans.items()}
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            csl_items.append(data)
    if fmt != "jsonl":
        json.dump(csl_items, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return status


def _cmd_normalize_marc(args: argparse.Namespace) -> int:
    from comet._normalize_io import UsageError
    from comet.marc import MissingExtraError
    from comet.marc.stream import normalize_marc

    fmt = {"auto": "csl"}.get(args.format, args.format)
    try:
        summary = normalize_marc(args.files, fmt, sys.stdout.buffer, sys.stderr)
    except (MissingExtraError, UsageError, OSError) as exc:
        print(f"comet: {exc}", file=sys.stderr)
        return 2
    print(summary.text(), file=sys.stderr)
    return 1 if summary.errors else 0


def _cmd_normalize(args: argparse.Namespace) -> int:
    from comet import _normalize_io as nio
    from comet.batch import parser_for

    marc_files = bool(args.files) and all(_is_marc(p) for p in args.files)
    if args.field == "marc" or (args.field is None and marc_files):
        args.files = args.files or ["-"]
        return _cmd_normalize_marc(args)
    if args.field is None:
        print("comet: --field is required (or give MARC files: .mrc, .xml, .json, .mrk)",
              file=sys.stderr)  # fmt: skip
        return 2
    if args.format == "csl":
        print("comet: --format csl is for MARC files", file=sys.stderr)
        return 2
    try:
        parser_for(args.field)
    except ValueError as exc:
        print(f"comet: {exc}", file=sys.stderr)
        return 2
    try:
        "".encode(args.encoding)
    except LookupError:
        print(f"comet: unknown encoding {args.encoding!r}", file=sys.stderr)
        return 2
    opts = nio.Options(
        field=args.field,
        column=args.column,
        locales=tuple(args.locale) if args.locale else None,
        encoding=args.encoding,
    )
    paths = args.files or ["-"]
    fmt = args.format
    if fmt == "auto":
        first = paths[0]
        head = b"" if first == "-" else _peek(first)
        fmt = nio.detect_format(first, head)
    out = sys.stdout.buffer
    try:
        if fmt == "csv":
            summary = nio.normalize_csv(paths, opts, out, sys.stderr)
        else:
            summary = nio.normalize_jsonl(paths, opts, out, sys.stderr)
    except nio.UsageError as exc:
        print(f"comet: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # e.g. an unknown --locale
        print(f"comet: {exc}", file=sys.stderr)
        return 2
    print(summary.text(), file=sys.stderr)
    return 1 if summary.failed else 0


def _peek(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(512)
    except OSError:
        return b""


NORMALIZE_EPILOG = """examples:
  comet normalize --field doi --column DOI records.csv > out.csv
  comet normalize --field date --locale da --column dato dump.jsonl > out.jsonl
  cat dates.csv | comet normalize --field date -
  comet normalize export.mrc > records.jsonl        # MARC: one CSL-JSON item per line
  comet normalize --format csv export.xml > records.csv
  cat export.mrc | comet normalize --field marc -   # MARC from stdin

For each input row, four columns are added after the input column's row:
<column>__canonical, <column>__value (JSON), <column>__diagnostics (JSON) and
<column>__error (an error code, empty when parsed). No row is ever dropped.
Exit status: 0 all rows parsed, 1 some rows failed (summary on stderr), 2 usage error."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="comet",
        description="Turn messy scholarly catalogue metadata into clean, typed records.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"comet {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse scraped pages into records",
        description="Parse scraped catalogue pages (files or - for stdin) into records.",
        epilog="""examples:
  comet parse tests/data/pages/*.txt                 # a CSL-JSON array
  comet parse --format json page.txt                 # comet's full record, spans, diagnostics
  comet parse --format jsonl dump/*.txt > out.jsonl  # one record per line, streaming""",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--format",
        choices=["csl", "json", "jsonl"],
        default="csl",
        help="csl (default): CSL-JSON array; json: full records; jsonl: one per line",
    )
    p.add_argument("--locale", action="append", help="locale hint, repeatable (e.g. da)")
    p.set_defaults(func=_cmd_parse)
    from comet.batch import FIELDS

    n = sub.add_parser(
        "normalize",
        help="normalise one column of a CSV or JSONL file, streaming",
        description="Normalise one column of CSV or JSONL rows (files or - for stdin).",
        epilog=NORMALIZE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    n.add_argument("--field", choices=[*sorted(FIELDS), "marc"],
                   help="what the column holds (not needed for MARC files)")  # fmt: skip
    n.add_argument("--column", help="column (CSV header or JSON key); default: the field name")
    n.add_argument("--locale", action="append", help="locale hint, repeatable (e.g. da)")
    n.add_argument("--format", choices=["auto", "csv", "jsonl", "csl"], default="auto",
                   help="MARC files: csl (default, a CSL-JSON item per line), jsonl, csv")  # fmt: skip
    n.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    n.add_argument("files", nargs="*", metavar="FILE")
    n.set_defaults(func=_cmd_normalize)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result
