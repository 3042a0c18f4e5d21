"""Benchmark: ``comet.parse_names`` against ``nameparser.HumanName`` on author strings.

    python benchmarks/names.py            # the table
    python benchmarks/names.py --misses   # also list what comet gets wrong
    python benchmarks/names.py --build-refs ../shared/dev/references/refs.jsonl
                                          # regenerate tests/data/names_refs.jsonl

The set: every case of ``tests/data/names.toml`` (the seeds' author strings, bylines and
citation lines with invented names in the 24 dev pages' shapes, the issue's examples) plus ``tests/data/names_refs.jsonl``
(the author part of the development reference strings, with their gold CSL names; see
``tests/data/names_refs.NOTICE.txt``).

``HumanName`` parses one name, so it gets each string split the naive way first (the
method is :func:`naive_split`): cut at ``;``, line breaks, ``&`` and the connector words
(``and``/``und``/``og``/``och``/``et``/``en``/``ja``), drop ``et al.``; then, inside each
piece, read comma-separated parts as ``Family, Given`` pairs when every second part is
short (at most two words, or initials), else as one name per part.  A name is *right*
when family and given both equal the gold's, compared case-, accent- and
punctuation-insensitively (the family name includes its particle, ``van der Berg``;
an organisation is right when its ``literal`` matches).  Speed is gold names per second
over the whole set (split included for nameparser), best of five passes, the two parsers
taking turns so that a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from unidecode import unidecode

from comet import parse_names

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

Name = tuple[str, str, str]  # (family incl. particle or literal, given, given + suffix)


def fold(text: str | None) -> str:
    return re.sub(r"[^0-9a-z]+", "", unidecode(text or "").casefold())


def gold_key(d: dict[str, object]) -> Name:
    if d.get("literal"):
        return (fold(str(d["literal"])), "", "")
    keys = ("family",) if d.get("dropping_particle") else ("particle", "family")
    fam = " ".join(str(d[k]) for k in keys if d.get(k))
    given = fold(str(d.get("given") or ""))
    return (fold(fam), given, given)


def load_cases() -> list[tuple[str, list[Name]]]:
    cases: list[tuple[str, list[Name]]] = []
    table = tomllib.loads((DATA / "names.toml").read_text("utf-8"))
    for case in table["case"]:
        gold = case.get("gold", case["persons"])
        cases.append((case["input"], [gold_key(g) for g in gold]))
    refs = DATA / "names_refs.jsonl"
    for line in refs.read_text("utf-8").splitlines():
        row = json.loads(line)
        cases.append((row["input"], [gold_key(g) for g in row["gold"]]))
    return cases


# --- comet -----------------------------------------------------------------


def comet_names(text: str) -> list[Name]:
    res = parse_names(text, strict=False)
    if res.value is None:
        return []
    out: list[Name] = []
    for p in res.value:
        if p.literal is not None:
            out.append((fold(p.literal), "", ""))
        else:
            given = fold(p.given)
            out.append((fold(p.full_family), given, given + fold(p.suffix)))
    return out


# --- nameparser ------------------------------------------------------------

_CUT = re.compile(r"\s*(?:;|\n|&|\b(?:and|und|og|och|et|en|ja)\b)\s*")
_ETAL = re.compile(r",?\s*\bet\.?\s*al\b\.?", re.I)


def _short(part: str) -> bool:
    words = part.split()
    return len(words) <= 2 or all(re.fullmatch(r"[A-Z][a-z]?\.?(-[A-Z]\.?)?", w) for w in words)


def naive_split(text: str) -> list[str]:
    """Split an author list into single names for a one-name parser (see module doc)."""
    out: list[str] = []
    for piece in _CUT.split(_ETAL.sub("", text)):
        parts = [p.strip() for p in piece.split(",") if p.strip()]
        if len(parts) >= 2 and len(parts) % 2 == 0 and all(_short(p) for p in parts[1::2]):
            out.extend(f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts), 2))
        else:
            out.extend(parts)
    return out


def nameparser_names(text: str) -> list[Name]:
    from nameparser import HumanName

    out: list[Name] = []
    for one in naive_split(text):
        h = HumanName(one)
        given = fold(" ".join(x for x in (h.first, h.middle) if x))
        out.append((fold(h.last), given, given + fold(h.suffix)))
    return out


# --- scoring ---------------------------------------------------------------


def score(found: list[Name], gold: list[Name]) -> int:
    """How many gold names are among ``found`` (each found name used once)."""
    pool = list(found)
    right = 0
    for g in gold:
        for i, f in enumerate(pool):
            ok = f[0] == g[0] and g[1] in (f[1], f[2])
            if g[1] == "" and not ok:  # a literal may come back whole in either field
                ok = f[0] + f[1] == g[0] or f[1] + f[0] == g[0]
            if ok:
                right += 1
                del pool[i]
                break
    return right


def timed(
    cases: list[tuple[str, list[Name]]], fns: list[Callable[[str], list[Name]]], rounds: int = 5
) -> list[tuple[float, list[list[Name]]]]:
    """Best time of ``rounds`` passes per parser, the parsers taking turns (fair under load)."""
    best = [float("inf")] * len(fns)
    results: list[list[list[Name]]] = [[] for _ in fns]
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            t0 = time.perf_counter()
            results[k] = [fn(text) for text, _ in cases]
            best[k] = min(best[k], time.perf_counter() - t0)
    return list(zip(best, results, strict=True))


def evaluate(
    cases: list[tuple[str, list[Name]]], results: list[list[Name]]
) -> tuple[int, int, list[tuple[str, list[Name], list[Name]]]]:
    right = 0
    extra = 0
    misses = []
    for (text, gold), found in zip(cases, results, strict=True):
        r = score(found, gold)
        right += r
        extra += max(0, len(found) - r)
        if r < len(gold):
            misses.append((text, gold, found))
    return right, extra, misses


def table(rows: Iterable[tuple[str, int, int, int, float]]) -> str:
    lines = [
        "| parser | names right | of | extra names | names/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, right, total, extra, secs in rows:
        lines.append(f"| {name} | {right} | {total} | {extra} | {total / secs:,.0f} |")
    return "\n".join(lines)


# --- building tests/data/names_refs.jsonl ------------------------------------

_ENUM = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)](?!\d))\s*")
_TAIL = re.compile(
    r"^(?:\s*,?\s*(?:et\s?al\.?|u\.\s?a\.|m\.\s?fl\.|e\.\s?a\.|and others|…|\.\.\.))?"
    r"(?:\s*[\(\[]\s*(?:eds?|editors?|hrsg|hg|dir|éds?|red|coord|comp|trans|tr|übers)\.?\s*[\)\]])?"
    r"(?:\s*,?\s*(?:eds?|hrsg|hg)\.(?=\s|$))?",
    re.I,
)


def _find(hay: str, needle: str, start: int) -> tuple[int, int] | None:
    chars = [unidecode(c).lower() for c in hay]
    folded = "".join(chars)
    index = [i for i, c in enumerate(chars) for _ in c]
    target = unidecode(needle).lower()
    if not target.strip():
        return None
    fstart = next((k for k, i in enumerate(index) if i >= start), len(folded))
    k = folded.find(target, fstart)
    if k < 0:
        return None
    return index[k], index[k + len(target) - 1] + 1


def author_segment(raw: str, authors: list[dict[str, str]]) -> str | None:
    """The author part of a reference string: from its start to the last gold name."""
    m = _ENUM.match(raw)
    start = m.end() if m else 0
    cur, end, first = start, start, None
    for a in authors:
        fam = a.get("family") or a.get("literal")
        if not fam:
            return None
        hit = _find(raw, fam, cur)
        if hit is None or (first is not None and hit[0] - cur > 60):
            return None
        first = hit[0] if first is None else first
        end = max(end, hit[1])
        given = a.get("given")
        if given:
            pos, ok = hit[1], True
            parts = [p for p in re.split(r"[\s.\-]+", given) if p]
            for p in parts:
                q = re.compile(r"[\s,.\-]*").match(raw, pos)
                at = q.end() if q else pos
                if unidecode(raw[at : at + len(p)]).lower() == unidecode(p).lower():
                    pos = at + len(p)
                else:
                    ok = False
                    break
            if ok and parts:
                end = max(end, pos)
        cur = hit[1]
    if first is None or first - start > 30:
        return None
    if re.search(r"\d", raw[start:first]):
        start = first
    initial = end < len(raw) and raw[end] == "." and raw[end - 1].isupper()
    if initial and (end < 2 or not raw[end - 2].isalpha()):
        end += 1
    t = _TAIL.match(raw[end:])
    if t:
        end += t.end()
    seg = raw[start:end].strip(" ,;:")
    return seg if len(seg) >= 2 else None


def build_refs(path: Path) -> None:
    out = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        authors = row["csl"].get("author")
        if not authors:
            continue
        seg = author_segment(row["raw"], authors)
        if seg is not None:
            out.append({"input": seg, "gold": authors, "source": row["source"]})
    target = DATA / "names_refs.jsonl"
    target.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )
    print(f"wrote {len(out)} author strings to {target}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", action="store_true", help="list comet's wrong names")
    ap.add_argument("--build-refs", type=Path, metavar="REFS_JSONL")
    args = ap.parse_args(argv)
    if args.build_refs:
        build_refs(args.build_refs)
        return 0
    cases = load_cases()
    total = sum(len(g) for _, g in cases)
    fns: list[tuple[str, Callable[[str], list[Name]]]] = [("comet.parse_names", comet_names)]
    try:
        import nameparser  # noqa: F401

        fns.append(("nameparser.HumanName + naive split", nameparser_names))
    except ImportError:
        print("nameparser is not installed: pip install -r benchmarks/requirements.txt")
    rows = []
    c_miss: list[tuple[str, list[Name], list[Name]]] = []
    for (label, _fn), (secs, results) in zip(fns, timed(cases, [f for _, f in fns]), strict=True):
        right, extra, misses = evaluate(cases, results)
        rows.append((label, right, total, extra, secs))
        if label.startswith("comet"):
            c_miss = misses
    print(f"{len(cases)} author strings, {total} gold names\n")
    print(table(rows))
    if args.misses:
        for text, gold, found in c_miss:
            print(f"\n{text!r}\n  gold  {[g[:2] for g in gold]}\n  comet {[f[:2] for f in found]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
