"""HTML pages: ``comet.parse_html`` beside the text reader and two embedded-metadata peers.

    python benchmarks/html_pages.py              # the tables (unseen part first) and pages/s
    python benchmarks/html_pages.py --misses     # also list comet's wrong fields on the DEV and written parts
    python benchmarks/html_pages.py --json FILE  # the figures as JSON
    python benchmarks/html_pages.py --peers DIR  # trafilatura installed with pip --target DIR
    python benchmarks/html_pages.py --extra DIR  # also score a local set (DIR/gold.jsonl, DIR/pages/;
                                                 # a set's half A or B is part extra:SET/A;
                                                 # --misses never lists a B half's)
    python benchmarks/html_pages.py --causes     # count comet's wrong fields by cause (no page named)

Pages: ``../shared/dev/html/`` (saved landing pages, read in place; the script exits saying
so where the corpus is absent), split by site into a *dev* and an *unseen* part
(``tests/data/splits.toml``); the unseen part is only ever scored.  Each page is scored
per gold field (``tests/pages/gold.py``: the gold holds only what the visible text
supports), separately for pages with and without embedded metadata, for:

* **comet** — ``comet.parse_html`` on the page's bytes;
* **comet-tags** — ``comet.parse_html(read_text=False)``: the embedded metadata alone,
  typed and checked against the visible text (no text reader);
* **text** — ``comet.parse_record`` on the page's text twin (``../shared/dev/pages_more/``,
  the inscriptis text of the same HTML): the text reader alone;
* **extruct** — a plain embedded-metadata mapping: extruct's JSON-LD, microdata,
  OpenGraph and Dublin Core plus the ``citation_*`` meta tags, mapped to CSL the obvious
  way (no field parser, no reconciliation);
* **trafilatura** — ``trafilatura.extract_metadata`` (title, author, date, sitename as
  container-title), where trafilatura is installed (``pip install trafilatura``).

A peer is scored only on the fields it produces.  Targets (issue 17): comet ≥ 97% of the
gold fields on unseen pages with embedded metadata; on pages without it no worse than the
text reader; ahead of both peers on every field they produce; ≥ 200 pages/s per core on
pages with metadata.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

# this file is named like the standard library's ``html``: keep its folder off the path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.page_causes import cause  # noqa: E402
from benchmarks.pages import family  # noqa: E402
from tests.pages.gold import compare, load_html_written, norm  # noqa: E402
from tests.shared_data import bench_path, page_split, read_jsonl  # noqa: E402

from comet import parse_record  # noqa: E402
from comet.html import parse_html  # noqa: E402

PEER_FIELDS = {
    "extruct": (
        "title",
        "author",
        "issued",
        "container-title",
        "DOI",
        "volume",
        "issue",
        "page",
        "ISSN",
        "publisher",
        "language",
        "keyword",
    ),
    "trafilatura": ("title", "author", "issued", "container-title"),
}
#: Systems scored on every gold field.
OWN = ("comet", "comet-tags", "text")  # fmt: skip


def corpus() -> list[dict[str, Any]]:
    """The shared pages (dev and unseen) and the written pages of ``tests/data/html_written``."""
    return shared_corpus() + load_html_written()


def shared_corpus() -> list[dict[str, Any]]:
    base = bench_path("html")
    twins = bench_path("pages_more", "pages")
    out = []
    for g in read_jsonl(base / "gold.jsonl"):
        g["path"] = base / "pages" / g["file"]
        g["twin"] = twins / g["file"].replace(".html", ".txt")
        g["split"] = page_split(g)
        out.append(g)
    return out


def load_extra(folder: Path) -> list[dict[str, Any]]:
    """A local HTML page set outside the repository (``FOLDER/gold.jsonl`` and
    ``FOLDER/pages/``, the layout of ``../shared/dev/html``), scored as its own part
    ``extra:NAME``: every page of it counts as development material.

    A gold line may name its text twin (``"twin"``: a path, absolute or relative to the
    folder) for the text reader, and say whether the page carries embedded metadata
    (``"meta"``); without it, a page with any embedded tag but the document's own
    (``<title>``, ``<html lang>``) counts as one with metadata.
    """
    out = []
    for g in read_jsonl(folder / "gold.jsonl"):
        g["path"] = folder / "pages" / g["file"]
        g["twin"] = folder / g["twin"] if g.get("twin") else None
        g["split"] = _extra_part(folder)
        if "meta" not in g:
            g["meta"] = _has_metadata(g["path"].read_bytes())
        out.append(g)
    return out


def _extra_part(folder: Path) -> str:
    """A local set's part name: ``extra:NAME``, with its parent's name where the folder is
    one half of a set (``extra:html3/A``: the halves of several sets stay apart)."""
    name = folder.resolve().name
    return f"extra:{folder.resolve().parent.name}/{name}" if len(name) == 1 else f"extra:{name}"


def _has_metadata(data: bytes) -> bool:
    from comet.html import decode_html, embedded_metadata
    from comet.html.embedded import document_tags

    html, _ = decode_html(data)
    own = {t.name for t in document_tags(html)}
    return any(t.name not in own for t in embedded_metadata(html))


# --- the plain mapping peer ----------------------------------------------------------

_YMD = re.compile(r"(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?")


def _plain_date(value: str) -> dict[str, Any] | None:
    m = _YMD.search(value or "")
    if not m:
        return None
    return {"date-parts": [[int(x) for x in m.groups() if x]]}


def _plain_name(value: Any) -> dict[str, str]:
    if isinstance(value, list):  # schema.org allows a list of names
        value = " ".join(map(str, value))
    value = str(value)
    if "," in value:
        family, given = (x.strip() for x in value.split(",", 1))
        return {"family": family, "given": given}
    parts = value.split()
    return {"family": parts[-1], "given": " ".join(parts[:-1])} if parts else {"literal": value}


def plain_mapping(html: str) -> dict[str, Any] | None:
    """extruct (JSON-LD, microdata, OpenGraph, Dublin Core) and ``citation_*`` meta tags
    mapped to CSL without comet's parsers; ``None`` where extruct is not installed."""
    try:
        import extruct
    except ImportError:
        return None
    from lxml import html as lhtml

    item: dict[str, Any] = {}
    try:
        tree = lhtml.fromstring(html)
        metas = [(m.get("name") or m.get("property") or "", m.get("content") or "")
                 for m in tree.iter("meta")]  # fmt: skip
    except Exception:
        metas = []
    cit: dict[str, list[str]] = defaultdict(list)
    for name, content in metas:
        cit[name.lower()].append(content)
    pick = {"title": "citation_title", "container-title": "citation_journal_title",
            "DOI": "citation_doi", "volume": "citation_volume", "issue": "citation_issue",
            "publisher": "citation_publisher", "language": "citation_language",
            "ISSN": "citation_issn"}  # fmt: skip
    for field, tag in pick.items():
        if cit.get(tag):
            item[field] = cit[tag][0]
    if cit.get("citation_author"):
        item["author"] = [_plain_name(a) for a in cit["citation_author"]]
    date = (cit.get("citation_publication_date") or cit.get("citation_date") or [""])[0]
    if _plain_date(date):
        item["issued"] = _plain_date(date)
    if cit.get("citation_firstpage"):
        last = cit.get("citation_lastpage") or [""]
        item["page"] = "-".join(x for x in (cit["citation_firstpage"][0], last[0]) if x)
    if cit.get("citation_keywords"):
        item["keyword"] = ", ".join(cit["citation_keywords"])
    try:
        data = extruct.extract(html, syntaxes=["json-ld", "microdata", "opengraph",
                                               "dublincore"], uniform=True, errors="ignore")  # fmt: skip
    except Exception:
        data = {}
    for obj in (data.get("json-ld") or []) + (data.get("microdata") or []):
        if not isinstance(obj, dict):
            continue
        item.setdefault("title", obj.get("headline") or obj.get("name"))
        authors = obj.get("author")
        if authors and "author" not in item:
            authors = authors if isinstance(authors, list) else [authors]
            item["author"] = [_plain_name(a.get("name", "") if isinstance(a, dict) else str(a))
                              for a in authors]  # fmt: skip
        if obj.get("datePublished") and "issued" not in item:
            item["issued"] = _plain_date(str(obj["datePublished"]))
    for dc in data.get("dublincore") or []:
        for el in dc.get("elements", []):
            name, content = el.get("name", "").lower(), el.get("content", "")
            if name == "title":
                item.setdefault("title", content)
            elif name == "creator":
                item.setdefault("author", [])
                if isinstance(item["author"], list):
                    item["author"].append(_plain_name(content))
            elif name == "date" and "issued" not in item and _plain_date(content):
                item["issued"] = _plain_date(content)
            elif name == "publisher":
                item.setdefault("publisher", content)
            elif name == "identifier" and content.startswith("10."):
                item.setdefault("DOI", content)
    for og in data.get("opengraph") or []:
        props = dict(og.get("properties", []))
        if props.get("og:title"):
            item.setdefault("title", props["og:title"])
    return {k: v for k, v in item.items() if v}


def trafilatura_mapping(html: str) -> dict[str, Any] | None:
    try:
        from trafilatura import extract_metadata
    except ImportError:
        return None
    meta = extract_metadata(html)
    if meta is None:
        return {}
    item: dict[str, Any] = {}
    if meta.title:
        item["title"] = meta.title
    if meta.author:
        item["author"] = [_plain_name(a) for a in re.split(r";\s*", meta.author) if a]
    if meta.date and _plain_date(meta.date):
        item["issued"] = _plain_date(meta.date)
    if meta.sitename:
        item["container-title"] = meta.sitename
    return item


# --- scoring ---------------------------------------------------------------------------


_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)


def visible_norm(html_text: str) -> str:
    """The page's text without tags, scripts and styles, as the cause counter searches it
    (``f" {norm(text)} "``): a gold value "printed" is one a reader of the page sees."""
    return f" {norm(html.unescape(_HIDDEN.sub(' ', html_text)))} "


def score(golds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for g in golds:
        data = g["path"].read_bytes()
        html_text = data.decode("utf-8", "replace")
        seen: list[str] = []  # the page's visible text, normalised once when needed
        rec = parse_html(data)
        fast = parse_html(data, read_text=False)
        outputs: dict[str, tuple[dict[str, Any], Any]] = {
            "comet": (rec.to_csl(), rec),
            "comet-tags": (fast.to_csl(), fast),
        }
        if g["twin"] is not None and g["twin"].exists():
            trec = parse_record(g["twin"].read_text("utf-8"))
            outputs["text"] = (trec.to_csl(), trec)
        plain = plain_mapping(html_text)
        if plain is not None:
            outputs["extruct"] = (plain, None)
        traf = trafilatura_mapping(html_text)
        if traf is not None:
            outputs["trafilatura"] = (traf, None)
        for system, (item, record) in outputs.items():
            fields = PEER_FIELDS.get(system)
            for field, want in g["gold"].items():
                if field.startswith("_") or (fields is not None and field not in fields):
                    continue
                problems = compare({field: want}, item, record)
                why = None
                if problems and system == "comet":
                    seen = seen or [visible_norm(html_text)]
                    why = cause(field, g["gold"], item, seen[0])
                rows.append({"file": g["file"], "split": g["split"], "meta": bool(g["meta"]),
                             "system": system, "field": field, "ok": not problems,
                             "problems": problems, "cause": why})  # fmt: skip
    return rows


def table(rows: list[dict[str, Any]], split: str, meta: bool) -> dict[str, Any]:
    sel = [r for r in rows if r["split"] == split and r["meta"] == meta]
    tally: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in sel:
        for f in (r["field"], "ALL"):
            tally[f][r["system"]]["ok"] += r["ok"]
            tally[f][r["system"]]["n"] += 1
    pages = len({r["file"] for r in sel})
    return {"pages": pages, "fields": {f: {s: [c["ok"], c["n"]] for s, c in by.items()}
                                       for f, by in sorted(tally.items())}}  # fmt: skip


SYSTEMS = ("comet", "comet-tags", "text", "extruct", "trafilatura")


def print_table(title: str, t: dict[str, Any]) -> None:
    print(f"\n## {title}: {t['pages']} pages")
    if not t["pages"]:
        return
    print(f"{'field':18}" + "".join(f"{s:>17}" for s in SYSTEMS))
    fields = sorted(t["fields"], key=lambda f: (f == "ALL", f))
    for f in fields:
        cells = []
        for s in SYSTEMS:
            pair = t["fields"][f].get(s)
            cells.append(f"{pair[0]}/{pair[1]} ({pair[0] / pair[1]:.0%})" if pair else "-")
        print(f"{f:18}" + "".join(f"{c:>17}" for c in cells))


def print_causes(title: str, rows: list[dict[str, Any]]) -> None:
    """comet's wrong fields of one part counted by cause, per family (no page named)."""
    print(f"\n## causes of comet's wrong fields, {title}")
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by[family(r["field"])][r["cause"]] += 1
    for fam, counts in sorted(by.items()):
        cells = ", ".join(f"{why} {n}" for why, n in counts.most_common())
        print(f"- {fam} ({sum(counts.values())}): {cells}")


def targets(figs: dict[str, Any]) -> list[str]:
    out = []
    meta = figs["unseen"]["meta"]["fields"].get("ALL", {})
    c = meta.get("comet", [0, 0])
    share = c[0] / c[1] if c[1] else 0.0
    out.append(f"comet ≥97% of gold fields, unseen pages with metadata: {share:.1%} — "
               f"{'met' if share >= 0.97 else 'NOT met'}")  # fmt: skip
    nometa = figs["unseen"]["nometa"]["fields"].get("ALL", {})
    c, t = nometa.get("comet", [0, 0]), nometa.get("text", [0, 0])
    ok = c[0] >= t[0]
    out.append(f"no worse than the text reader without metadata (unseen): {c[0]}/{c[1]} vs "
               f"{t[0]}/{t[1]} — {'met' if ok else 'NOT met'}")  # fmt: skip
    behind, tied = [], []
    for part in ("meta", "nometa"):
        for field, by in figs["unseen"][part]["fields"].items():
            if field == "ALL" or "comet" not in by:
                continue
            for peer in ("extruct", "trafilatura"):
                if peer not in by or not by[peer][1]:
                    continue
                if by[peer][0] > by["comet"][0]:
                    behind.append(f"{field} ({part}) vs {peer}")
                elif by[peer][0] == by["comet"][0]:
                    tied.append(f"{field} ({part}) with {peer}")
    out.append(
        "ahead of both peers on every field they produce (unseen): "
        + ("met" if not behind and not tied else "NOT met")
        + (f"; behind on {', '.join(behind)}" if behind else "")
        + (f"; tied on {', '.join(tied)}" if tied else "")
    )
    for name, rate in figs.get("speed", {}).items():
        out.append(f"≥200 pages/s per core on pages with metadata ({name}): {rate:,.1f} — "
                   f"{'met' if rate >= 200 else 'NOT met'}")  # fmt: skip
    return out


def speed(golds: list[dict[str, Any]], repeat: int) -> dict[str, float]:
    """Pages per CPU second of this process (``time.process_time``: one core, not the
    wall clock of a shared machine), on the pages with embedded metadata."""
    data = [g["path"].read_bytes() for g in golds if g["meta"]]
    out = {}
    modes: tuple[tuple[str, dict[str, Any]], ...] = (
        ("pages with metadata", {}),
        ("… references=False", {"references": False}),
        ("… read_text=False (tags checked against the page)", {"read_text": False}),
    )
    for d in data[:3]:
        parse_html(d, read_text=False)  # warm-up: tables and patterns loaded once
    for name, kwargs in modes:
        start = time.process_time()
        n = 0
        for _ in range(repeat):
            for d in data:
                parse_html(d, **kwargs)
                n += 1
        out[name] = n / max(time.process_time() - start, 1e-9)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--misses", action="store_true",
                    help="list comet's wrong fields (dev, written and --extra parts)")  # fmt: skip
    ap.add_argument("--causes", action="store_true",
                    help="count comet's wrong fields by cause, every part (benchmarks/page_causes.py)")  # fmt: skip
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--repeat", type=int, default=1, help="times each page is parsed for speed")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                    help="also score a local HTML set (DIR/gold.jsonl, DIR/pages/); repeatable")  # fmt: skip
    ap.add_argument(
        "--peers",
        type=Path,
        help="a folder where trafilatura is installed (pip install --target FOLDER trafilatura),"
        " appended to the import path",
    )
    args = ap.parse_args(argv)
    if args.peers is not None:
        sys.path.append(str(args.peers))
    for peer in ("extruct", "trafilatura"):
        if importlib.util.find_spec(peer) is None:
            print(f"(peer {peer} is not installed: its column is left empty; "
                  "pip install -r benchmarks/requirements.txt, or --peers DIR)")  # fmt: skip
    golds = corpus()
    extra = [g for folder in args.extra for g in load_extra(folder)]
    rows = score(golds + extra)
    parts = ["unseen", "dev", "written"] + [_extra_part(f) for f in args.extra]
    figs: dict[str, Any] = {
        split: {"meta": table(rows, split, True), "nometa": table(rows, split, False)}
        for split in parts
    }
    for split in parts:
        for part, label in (("meta", "with embedded metadata"), ("nometa", "without")):
            print_table(f"{split} pages {label}", figs[split][part])
    if args.causes:
        for split in parts:
            for meta, label in ((True, "with embedded metadata"), (False, "without")):
                print_causes(f"{split} pages {label}", [r for r in rows if r["split"] == split
                             and r["meta"] == meta and r["cause"]])  # fmt: skip
    if args.misses:
        print("\n## comet's dev, written and local-set misses")
        for r in rows:
            held_out = r["split"] == "unseen" or r["split"].endswith("/B")  # scored only
            if not held_out and r["system"] == "comet" and not r["ok"]:
                print(f"- {r['file']}: {'; '.join(r['problems'])[:300]}")
    if not args.no_speed:
        figs["speed"] = speed([g for g in golds if g["split"] != "written"], args.repeat)
        print()
        for name, rate in figs["speed"].items():
            print(f"speed, {name}: {rate:,.1f} pages per CPU second")
    print("\n## targets (issue 17)")
    for line in targets(figs):
        print(f"- {line}")
    if args.json:
        args.json.write_text(json.dumps(figs, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
