"""Train the title-line scorer of ``comet.parse_record`` (``src/comet/page/title_model.json``).

    python scripts/train_title_model.py            # cross-validate, then write the model
    python scripts/train_title_model.py --dry-run  # cross-validate only
    python scripts/train_title_model.py --extra DIR  # also learn from a local page set

Data: the project's own pages (``tests/data/pages``, ``tests/data/written_pages``) and the
**dev** part of the development corpus read in place (``../shared/dev``: ``pages``,
``pages_more`` and ``pages_opac`` dev splits of ``tests/data/splits.toml``). The unseen part
is never read here. Every title-like line of a page (``comet.page.model_rows.title_lines``) is one
example; it is positive when it (with the subtitle the reader joins to it) is the gold title.

Model: L2-regularised (0.001, the best of 0.2 … 0.0001 under the same cross-validation) logistic regression over ``title_model.FEATURES`` (numpy, full-batch
gradient descent; deterministic). The script prints the top-1 title accuracy of the
current weights and of the new ones under site-disjoint cross-validation (each site, or
MARC record source, is held out together; with more than ``MAX_GROUP_FOLDS`` sites, the sites
are dealt into that many folds instead), then fits on everything and writes the weights.
``--extra DIR`` adds a local page set in the layout of ``benchmarks/pages.py --extra``
(``DIR/gold.jsonl``, ``DIR/pages/``): wide sets built on one's own machine from public sources,
never committed; the model's ``trained_on`` names them.
Adopt a new model only if it wins on the unseen split (``benchmarks/pages.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages.gold import SHARED_FOLDERS, load, load_shared, norm  # noqa: E402

from comet.page import title_model  # noqa: E402
from comet.page.model_rows import title_lines  # noqa: E402

MODEL = ROOT / "src" / "comet" / "page" / "title_model.json"


def group_of(g: dict[str, Any]) -> str:
    """The cross-validation group: the site (or MARC record source) of a page."""
    if g.get("site") and "Koha" not in str(g["site"]):
        return str(g["site"])
    m = re.search(r"records/([a-z]+-[a-z]+)", str(g.get("source", "")))
    if m:
        return m.group(1)
    m = re.match(r"\d+_([a-z]+)", g["file"])
    return m.group(1) if m else g["file"]


#: cross-validation folds at most (sites dealt round-robin) when there are more sites
MAX_GROUP_FOLDS = 20


def read_extra(folder: Path) -> list[dict[str, Any]]:
    """The gold lines of a local page set (``DIR/gold.jsonl``), each with its page's path."""
    out = []
    for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            g["path"] = folder / "pages" / g["file"]
            out.append(g)
    return out


def examples(extra: Path | None = None) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(group, features, labels) per page that has a gold title and a matching line: of the
    project's pages and the dev corpus, or of the local set ``extra``."""
    if extra is not None:
        golds = read_extra(extra)
    else:
        golds = load("pages") + load("written_pages")
        for folder in SHARED_FOLDERS:
            golds += [g for g in load_shared(folder) if g["split"] == "dev"]
    out = []
    for g in golds:
        want = g["gold"].get("title")
        if not want:
            continue
        rows = title_lines(g["path"].read_text("utf-8"))
        if not rows:
            continue
        labels = np.array([float(norm(v) == norm(want)) for v, _ in rows])
        if not labels.any():
            continue
        feats = np.array([[f.get(n, 0.0) for n in title_model.FEATURES] for _, f in rows])
        out.append((group_of(g), feats, labels))
    return out


def fit(
    pages: list[tuple[str, np.ndarray, np.ndarray]],
    l2: float = 0.001,
    page_weights: list[float] | None = None,
) -> np.ndarray:
    """Weights (bias last) of a logistic regression; each page weighs the same, or as
    ``page_weights`` says (see :func:`set_weights`)."""
    pw = page_weights or [1.0] * len(pages)
    x = np.vstack([np.hstack([f, np.ones((len(f), 1))]) for _, f, _ in pages])
    y = np.concatenate([lab for _, _, lab in pages])
    sw = np.concatenate(
        [np.full(len(lab), w / len(lab)) for (_, _, lab), w in zip(pages, pw, strict=True)]
    )
    pos = y == 1
    if pos.any() and (~pos).any():  # balance the classes (where both are present)
        sw[pos] *= sw[~pos].sum() / sw[pos].sum()
    w = np.zeros(x.shape[1])
    for _ in range(4000):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - y)) / sw.sum() + l2 * np.r_[w[:-1], 0.0]
        w -= 0.5 * grad
    return w


def set_weights(sizes: list[int]) -> list[float]:
    """A weight per page (sets in order, ``sizes[i]`` pages each) such that every set weighs
    the same in all: 800 pages of one kind do not outvote the 100 pages of every other kind
    (the project's and the dev corpus's pages are one set, each ``--extra`` set another)."""
    mean = sum(sizes) / len(sizes)
    return [mean / n for n in sizes for _ in range(n)]


def top1(pages: list[tuple[str, np.ndarray, np.ndarray]], w: np.ndarray) -> int:
    right = 0
    for _, f, lab in pages:
        z = np.hstack([f, np.ones((len(f), 1))]) @ w
        right += int(lab[int(np.argmax(z))] == 1)
    return right


def write_model(
    path: Path,
    features: tuple[str, ...],
    w: np.ndarray,
    trained_on: str,
    extra: list[Path],
    **figures: str,
) -> None:
    """Write the weights ``w`` (bias last) of a model over ``features`` as package JSON,
    with what it was trained on (and the ``--extra`` sets) and its cross-validation
    ``figures``."""
    data: dict[str, Any] = {
        "features": list(features),
        "weights": [round(float(v), 4) for v in w[:-1]],
        "bias": round(float(w[-1]), 4),
        "trained_on": trained_on + "".join(f", --extra {f.name}" for f in extra),
        **figures,
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                    help="also learn from a local page set (DIR/gold.jsonl, DIR/pages/)")  # fmt: skip
    args = ap.parse_args(argv)
    sets = [examples()] + [examples(folder) for folder in args.extra]
    pages = [p for one in sets for p in one]
    weights = set_weights([len(one) for one in sets])
    sites = sorted({g for g, _, _ in pages})
    if len(sites) > MAX_GROUP_FOLDS:
        fold_of = {site: str(i % MAX_GROUP_FOLDS) for i, site in enumerate(sites)}
        pages = [(fold_of[g], f, lab) for g, f, lab in pages]
    groups = sorted({g for g, _, _ in pages})
    current = json.loads(MODEL.read_text("utf-8"))
    w_now = np.r_[current["weights"], current["bias"]]
    cv_new = 0
    for held in groups:
        train = [(p, w) for p, w in zip(pages, weights, strict=True) if p[0] != held]
        test = [p for p in pages if p[0] == held]
        cv_new += top1(test, fit([p for p, _ in train], page_weights=[w for _, w in train]))
    n = len(pages)
    print(f"{n} dev pages with a gold title among their lines, {len(sites)} sites, "
          f"{len(groups)} cross-validation folds")  # fmt: skip
    print(f"top-1 title line, current weights ({current.get('trained_on')}): "
          f"{top1(pages, w_now)}/{n}")  # fmt: skip
    print(f"top-1 title line, site-disjoint cross-validation of a new fit: {cv_new}/{n}")
    print(
        "(each set weighs the same: "
        + ", ".join(
            f"{name} {len(one)} pages"
            for name, one in zip(
                ["project and dev corpus", *(f.name for f in args.extra)], sets, strict=True
            )
        )
        + ")"
    )
    w = fit(pages, page_weights=weights)
    print("weights:", dict(zip(title_model.FEATURES, np.round(w[:-1], 3).tolist(), strict=True)))
    print(f"top-1 title line, new fit on all dev pages: {top1(pages, w)}/{n}")
    if not args.dry_run:
        trained_on = f"scripts/train_title_model.py: {n} dev pages, {len(sites)} sites"
        write_model(MODEL, title_model.FEATURES, w, trained_on, args.extra,
                    site_disjoint_cv_top1=f"{cv_new}/{n}")  # fmt: skip
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
