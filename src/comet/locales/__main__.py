"""``python -m comet.locales check PATH…``: validate locale rule files.

Prints one line per problem (``da.toml [months].may: expected a list of strings``)
and exits 1 when any file has a problem, 0 otherwise.  ``list`` prints the
registered locales.
"""

from __future__ import annotations

import argparse
import sys

from comet.errors import LocaleDataError
from comet.locales import all_rules, validate_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m comet.locales",
        description="Check comet locale rule files.",
        epilog="example: python -m comet.locales check my_locale/is.toml",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate rule files")
    check.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_parser("list", help="list registered locales")
    args = parser.parse_args(argv)
    if args.command == "list":
        try:
            for rules in all_rules():
                print(f"{rules.tag}\t{', '.join(rules.names)}")
        except LocaleDataError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    bad = 0
    for path in args.paths:
        problems = validate_file(path)
        for line in problems:
            print(line)
        if not problems:
            print(f"{path}: ok")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
