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

EPILOG = "example: comet parse tests/data/pages/*.txt"


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _page_summary(text: str, source: str) -> dict[str, Any]:
    return {"source": source, "characters": len(text)}


def _cmd_parse(args: argparse.Namespace) -> int:
    out: list[dict[str, Any]] = []
    for path in args.files:
        try:
            text = _read(path)
        except FileNotFoundError:
            print(f"comet: no such file: {path}", file=sys.stderr)
            return 2
        except UnicodeDecodeError as exc:
            print(f"comet: {path} is not UTF-8 (byte {exc.start})", file=sys.stderr)
            return 2
        out.append(_page_summary(text, path))
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="comet",
        description="Turn messy scholarly catalogue metadata into clean, typed records.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"comet {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse scraped pages into records",
        description="Parse scraped catalogue pages (files or - for stdin) and print JSON.",
        epilog="example: comet parse tests/data/pages/000_57f895102d09489d.txt",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result
