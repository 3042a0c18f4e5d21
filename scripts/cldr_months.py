"""Write CLDR month and weekday names into comet's locale files.

Usage (dev-time only; needs ``pip install -r scripts/requirements.txt``)::

    python scripts/cldr_months.py            # rewrite the CLDR lines of every shipped locale
    python scripts/cldr_months.py --check    # exit 1 if a file lacks a CLDR form (no writes)
    python scripts/cldr_months.py da sv      # only these locales

For each locale the ``[months]`` and ``[weekdays]`` sections hold one multi-line list per
canonical key.  The line ending in ``# cldr`` inside each list is written by this script: the
wide and abbreviated names, format and stand-alone contexts, de-duplicated.  Lines after it are
hand-added forms (``jan`` without a dot, ``Sept``…): the script keeps them.  The top-level
``source`` list gets one provenance line ``months, weekdays: CLDR <v> via Babel <v>, …``.

Babel is *not* a runtime dependency of comet: the TOML files are what runs.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parents[1] / "src" / "comet" / "locales"
SHIPPED = (
    "da",
    "sv",
    "nb",
    "nn",
    "de",
    "nl",
    "fi",
    "fr",
    "en",
    "es",
    "pt",
    "it",
    "ru",
    "hy",
    "he",
    "tr",
    "id",
    "pl",
    "cs",
    "uk",
    "ko",
    "vi",
    "fa",
    "ar",
    "lt",
    "el",
    "sk",
    "ca",
    "ro",
    "th",
    "sl",
    "bg",
)

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MARK = "# cldr"
PROVENANCE_PREFIX = "months, weekdays:"


def versions() -> tuple[str, str]:
    """``(cldr_version, babel_version)``."""
    import babel
    from babel.core import get_cldr_version

    return str(get_cldr_version()), str(babel.__version__)


def cldr_forms(tag: str) -> dict[str, dict[str, list[str]]]:
    """``{"months": {"january": [...]}, "weekdays": {...}}`` for ``tag`` from CLDR."""
    from babel import Locale

    loc = Locale.parse(tag)
    out: dict[str, dict[str, list[str]]] = {"months": {}, "weekdays": {}}
    for i, key in enumerate(MONTHS, start=1):
        forms: list[str] = []
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                name = str(loc.months[ctx][width][i])
                if name not in forms:
                    forms.append(name)
        out["months"][key] = forms
    for i, key in enumerate(WEEKDAYS):
        forms = []
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                name = str(loc.days[ctx][width][i])
                if name not in forms:
                    forms.append(name)
        out["weekdays"][key] = forms
    return out


def _quote(items: list[str]) -> str:
    return ", ".join('"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' for s in items)


def _section_bounds(lines: list[str], name: str) -> tuple[int, int] | None:
    """``(first body line, end)`` of ``[name]`` (end = next table header or marker comment)."""
    try:
        head = lines.index(f"[{name}]")
    except ValueError:
        return None
    end = head + 1
    while end < len(lines):
        s = lines[end]
        if s.startswith("[") or s.startswith("# ---"):
            break
        end += 1
    return head + 1, end


def _rewrite_section(
    body: list[str], keys: tuple[str, ...], forms: dict[str, list[str]]
) -> list[str]:
    """``body`` (the lines of one section) with each key's ``# cldr`` line replaced."""
    blocks: dict[str, list[str]] = {}  # key -> hand-added lines (kept)
    free: list[str] = []  # lines outside the key lists (comments)
    i = 0
    while i < len(body):
        line = body[i]
        m = re.match(r"([a-z_]+) = \[(.*)$", line)
        if m and m.group(1) in keys:
            key, rest = m.group(1), m.group(2)
            extra: list[str] = []
            if rest.strip().endswith("]"):  # one-line list: all of it is hand-added
                inner = rest.strip()[:-1].strip().rstrip(",")
                if inner:
                    extra.append(f"    {inner},")
                i += 1
            else:
                i += 1
                while i < len(body) and body[i].strip() != "]":
                    if not body[i].rstrip().endswith(MARK):
                        extra.append(body[i])
                    i += 1
                i += 1  # the closing bracket
            blocks[key] = extra
            continue
        free.append(line)
        i += 1
    while free and not free[-1].strip():
        free.pop()
    out = list(free)
    for key in keys:
        cldr = forms[key]
        kept = []
        for line in blocks.get(key, []):
            try:
                values = tomllib.loads(f"x = [{line.strip().rstrip(',')}]")["x"]
            except tomllib.TOMLDecodeError:
                kept.append(line)
                continue
            rest = [v for v in values if v not in cldr]
            if rest:
                kept.append(f"    {_quote(rest)},")
        out.append(f"{key} = [")
        out.append(f"    {_quote(cldr)},  {MARK}")
        out.extend(kept)
        out.append("]")
    out.append("")
    return out


def _header(cldr: str, babel: str) -> list[str]:
    return [
        f"# CLDR {cldr} via Babel {babel}: the '{MARK}' lines are written by",
        "# scripts/cldr_months.py (do not edit them); add other forms on new lines below them.",
    ]


def update_text(text: str, tag: str) -> str:
    """The new text of locale file ``tag`` with CLDR forms written in."""
    cldr_v, babel_v = versions()
    forms = cldr_forms(tag)
    lines = text.split("\n")
    # provenance line among the top-level keys
    prov = f"{PROVENANCE_PREFIX} CLDR {cldr_v} via Babel {babel_v}, scripts/cldr_months.py"
    src_idx = next((i for i, s in enumerate(lines) if s.startswith("source = [")), None)
    if src_idx is None:
        at = next(i for i, s in enumerate(lines) if s.startswith("date_order") or s.startswith("["))
        at = at + 1 if lines[at].startswith("date_order") else at
        lines.insert(at, f"source = [{_quote([prov])}]")
    else:
        current = tomllib.loads(lines[src_idx])["source"]
        current = [s for s in current if not s.startswith(PROVENANCE_PREFIX)]
        lines[src_idx] = f"source = [{_quote([prov, *current])}]"
    for section, keys in (("months", MONTHS), ("weekdays", WEEKDAYS)):
        bounds = _section_bounds(lines, section)
        if bounds is None:  # add the section after [date_words] (or at the end)
            after = _section_bounds(lines, "date_words") or (len(lines), len(lines))
            new = ["", f"# --- {section} (owner: dates) ---", f"[{section}]"]
            lines[after[1] : after[1]] = new
            bounds = _section_bounds(lines, section)
            assert bounds is not None
        start, end = bounds
        body = [s for s in lines[start:end] if not s.startswith("# CLDR ")]
        body = [s for s in body if "scripts/cldr_months.py (do not edit" not in s]
        new_body = _header(cldr_v, babel_v) + _rewrite_section(body, keys, forms[section])
        lines[start:end] = new_body
    return "\n".join(lines)


def missing_forms(path: Path, tag: str) -> list[str]:
    """CLDR forms absent from the file, as ``file [section].key: 'form'`` lines."""
    data = tomllib.loads(path.read_text("utf-8"))
    problems = []
    for section, table in cldr_forms(tag).items():
        have = data.get(section, {})
        for key, forms in table.items():
            for form in forms:
                if form not in have.get(key, []):
                    problems.append(f"{path.name} [{section}].{key}: missing CLDR form {form!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tags", nargs="*", default=list(SHIPPED))
    ap.add_argument("--check", action="store_true", help="report missing forms, write nothing")
    args = ap.parse_args(argv)
    bad = 0
    for tag in args.tags:
        path = LOCALES_DIR / f"{tag}.toml"
        if args.check:
            for line in missing_forms(path, tag):
                print(line)
                bad += 1
            continue
        old = path.read_text("utf-8")
        new = update_text(old, tag)
        tomllib.loads(new)  # never write a broken file
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"wrote {path.name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
