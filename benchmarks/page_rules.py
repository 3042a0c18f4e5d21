"""Rule coverage of the page reader: which dev *sites* each rule decides a gold field on.

    python benchmarks/page_rules.py             # rules deciding persons, dates, container, locator
    python benchmarks/page_rules.py --lines     # also the lines only one dev site reaches
    python benchmarks/page_rules.py --json FILE # the table as JSON

A *rule* is the evidence of the candidate :meth:`comet.page.evidence._Page.choose` picked for a
field (``label '…'``, ``locator line``, ``byline under the title`` …; quoted label text and
numbers folded, since labels are locale data), a MARC view's evidence, or a diagnostic that
changed the field afterwards (``refined-date``, ``imprint-year``, ``report-series`` …). For
every gold field of the four families on the **dev** part (and the bundled pages, counted
apart) the script records which rules decided it and whether the field came out right.

A rule that decides gold fields on one dev site only is *fitted*: it is listed, and is to be
removed or generalised (``docs/pages.md``, "General signals"). ``--lines`` goes below the
evidence: it traces which lines of the family modules each page runs and lists the lines that
only one dev site (and no bundled page) reaches, the issue's "branches that only one example
reaches". The unseen part is never parsed here.

Sites: ``pages_more`` pages carry their site; ``pages/`` pages are named by the host of their
source URL (or the second word of the file name); the rendered OPAC pages are one site
(Koha's display stylesheets) split by the MARC record's source for information only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pages import FAMILIES, family, pages  # noqa: E402
from tests.pages.gold import compare  # noqa: E402

from comet.page import evidence as _evidence  # noqa: E402
from comet.page import parse_record  # noqa: E402
from comet.page.marc_record import read_marc_view  # noqa: E402

#: The families this view is about.
STUDIED = ("persons", "dates", "container", "locator")

#: The modules whose lines ``--lines`` traces.
MODULES = ("persons", "bylines", "issued", "venue", "locator", "citations", "evidence", "parse")

#: The ``choose`` field names that decide each gold field.
CHOICES: dict[str, tuple[str, ...]] = {
    "author": ("authors",),
    "editor": ("authors",),
    "issued": ("issued",),
    "container-title": ("container_title",),
    "volume": ("volume",),
    "issue": ("issue",),
    "page": ("pages",),
    "number-of-pages": ("pages",),
    "number": ("number",),
}

#: Diagnostics that change a field after the choice, and the gold fields they change.
AFTER: dict[str, tuple[str, ...]] = {
    "refined-date": ("issued",),
    "imprint-year": ("issued",),
    "report-series": ("container-title", "collection-title", "number", "volume"),
    "chapter-heading": ("chapter-number",),
    "editors": ("editor", "author"),
    "page-count": ("number-of-pages", "page"),
}

#: The record attributes a MARC view sets, by gold field.
MARC_FIELDS: dict[str, str] = {
    "author": "authors",
    "editor": "editors",
    "issued": "issued",
    "container-title": "container_title",
    "collection-title": "collection_title",
    "collection-number": "collection_number",
    "volume": "volume",
    "issue": "issue",
    "number-of-pages": "pages",
    "edition": "edition",
}


def site_of(g: dict[str, Any]) -> str:
    """The site of a gold page (the unit of leave-one-site-out)."""
    site = str(g.get("site") or "")
    if g["set"] == "pages_opac":
        return "koha (rendered OPAC)"
    if site:
        return site.removeprefix("www.")
    url = re.search(r"https?://[^\s)]+", str(g.get("source", "")))
    if url:
        host = urlparse(url.group()).netloc.removeprefix("www.")
        return host
    parts = Path(g["file"]).stem.split("_")
    return parts[1] if len(parts) > 1 else g["file"]


def rule_of(evidence: str) -> str:
    """An evidence string with its locale text (quoted labels) and numbers folded (a MARC
    tag is kept: each tag is its own rule)."""
    text = re.sub(r"(?<!\w)'[^']*'(?!\w)", "'…'", evidence)
    return text if text.startswith("MARC") else re.sub(r"\d+", "N", text)


@contextmanager
def recording() -> Iterator[list[tuple[str, str]]]:
    """Every ``(field, evidence)`` that ``_Page.choose`` decides while the block runs."""
    original = _evidence._Page.choose
    seen: list[tuple[str, str]] = []

    def choose(self: Any, field: str, cands: Any, *, explain: bool = True) -> Any:
        best = original(self, field, cands, explain=explain)
        if best is not None:
            seen.append((field, best.evidence))
        return best

    _evidence._Page.choose = choose  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        _evidence._Page.choose = original  # type: ignore[method-assign]


@contextmanager
def tracing(modules: tuple[str, ...]) -> Iterator[set[tuple[str, int]]]:
    """The ``(module, line)`` pairs of the page modules run while the block runs."""
    files = {str(ROOT / "src" / "comet" / "page" / f"{m}.py"): m for m in modules}
    hits: set[tuple[str, int]] = set()

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if event == "line":
            hits.add((files[frame.f_code.co_filename], frame.f_lineno))
        return local

    def glob(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if frame.f_code.co_filename in files else None

    sys.settrace(glob)
    try:
        yield hits
    finally:
        sys.settrace(None)


def decisions(g: dict[str, Any], lines: bool) -> dict[str, Any]:
    """Parse one page; per studied gold field, the rules that decided it and the verdict."""
    text = g["path"].read_text("utf-8")
    hits: set[tuple[str, int]] = set()
    with recording() as seen:
        if lines:
            with tracing(MODULES) as hits:
                rec = parse_record(text)
        else:
            rec = parse_record(text)
    marc = read_marc_view(text)
    item = rec.to_csl()
    codes = {d.code for d in rec.diagnostics}
    chosen = dict(seen)  # the last decision of each field (a MARC page reads its rest first)
    fields: dict[str, dict[str, Any]] = {}
    for field, want in g["gold"].items():
        if field.startswith("_") or family(field) not in STUDIED:
            continue
        rules: list[str] = []
        attr = MARC_FIELDS.get(field)
        if marc is not None and attr is not None and attr in marc.values:
            rules.append(rule_of(marc.evidence.get(attr, "MARC view")))
        else:
            rules.extend(rule_of(chosen[k]) for k in CHOICES.get(field, ()) if k in chosen)
        rules.extend(f"after: {code}" for code in sorted(codes) if field in AFTER.get(code, ()))
        ok = not compare({field: want}, item, rec)
        fields[field] = {"rules": rules or ["(read directly, no choice)"], "right": ok}
    return {"fields": fields, "lines": hits}


def table(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per rule: the dev sites (right/wrong counts) and bundled pages it decided fields on."""
    out: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"dev": defaultdict(lambda: [0, 0]), "bundled": 0, "fields": set()}
    )
    for r in rows:
        for field, d in r["fields"].items():
            for rule in d["rules"]:
                entry = out[rule]
                entry["fields"].add(field)
                if r["split"] == "bundled":
                    entry["bundled"] += 1
                else:
                    entry["dev"][r["site"]][0 if d["right"] else 1] += 1
    return out


def one_site_lines(rows: list[dict[str, Any]]) -> list[tuple[str, int, str, str]]:
    """Lines of the traced modules that exactly one dev site and no bundled page reach."""
    sites: dict[tuple[str, int], set[str]] = defaultdict(set)
    bundled: set[tuple[str, int]] = set()
    for r in rows:
        for hit in r["lines"]:
            if r["split"] == "bundled":
                bundled.add(hit)
            else:
                sites[hit].add(r["site"])
    out = []
    for (module, line), where in sorted(sites.items()):
        if len(where) == 1 and (module, line) not in bundled:
            path = ROOT / "src" / "comet" / "page" / f"{module}.py"
            code = path.read_text("utf-8").splitlines()[line - 1].strip()
            out.append((module, line, next(iter(where)), code))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", action="store_true", help="trace the lines one dev site reaches")
    ap.add_argument("--json", type=Path, help="write the rule table to this file")
    args = ap.parse_args(argv)
    rows = []
    for g in pages():
        if g["split"] == "unseen":
            continue  # scored by benchmarks/pages.py only, never looked into
        d = decisions(g, args.lines)
        rows.append({"file": g["file"], "split": g["split"], "site": site_of(g), **d})
    tab = table(rows)
    n_sites = len({r["site"] for r in rows if r["split"] == "dev"})
    print(f"# rules deciding {', '.join(STUDIED)} fields: {len(rows)} pages, {n_sites} dev sites")
    print("(families: " + "; ".join(f"{f}: {', '.join(FAMILIES[f])}" for f in STUDIED) + ")\n")
    fitted = []
    for rule, e in sorted(tab.items(), key=lambda kv: (-len(kv[1]["dev"]), kv[0])):
        right = sum(v[0] for v in e["dev"].values())
        wrong = sum(v[1] for v in e["dev"].values())
        print(f"- {rule}: {len(e['dev'])} dev sites, {right} right / {wrong} wrong; "
              f"{e['bundled']} bundled; fields {', '.join(sorted(e['fields']))}")  # fmt: skip
        if len(e["dev"]) == 1:
            fitted.append((rule, next(iter(e["dev"].items())), e["bundled"]))
    print("\n## rules deciding fields on one dev site only (fitted: remove or generalise)")
    for rule, (site, (right, wrong)), bundled in fitted:
        print(f"- {rule}: {site} ({right} right, {wrong} wrong), {bundled} bundled")
    if args.lines:
        print("\n## lines only one dev site (and no bundled page) reaches")
        for module, line, site, code in one_site_lines(rows):
            print(f"- {module}.py:{line} [{site}] {code[:100]}")
    if args.json:
        data = {rule: {"dev": dict(e["dev"]), "bundled": e["bundled"],
                       "fields": sorted(e["fields"])} for rule, e in tab.items()}  # fmt: skip
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
