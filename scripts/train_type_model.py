"""Train the type model of ``comet.parse_record`` (``src/comet/page/type_model.json``).

    python scripts/train_type_model.py                # cross-validate, then write the model
    python scripts/train_type_model.py --dry-run      # cross-validate only
    python scripts/train_type_model.py --extra DIR    # also learn from a local page set

Data: the project's own pages (``tests/data/pages``, ``tests/data/written_pages``), the
**dev** part of the development corpus read in place (``../shared/dev``; the unseen part is
never read here) and the local sets given with ``--extra`` (``DIR/gold.jsonl``,
``DIR/pages/``: wide sets' work halves built on one's own machine, never committed). One
example per page with a gold type that is not a MARC view (a MARC view's type is its
leader's): the type model's features (``comet.page.model_rows.type_row``), labelled with
the gold type. Every page weighs the same.

Model: one L2-regularised logistic regression per type of ``type_features.CLASSES``
(one-vs-rest; numpy, full-batch gradient descent, deterministic). The script prints, under
host-disjoint cross-validation (each site held out together; sites dealt into
``MAX_GROUP_FOLDS`` folds), how many pages each ``type_model.MODES`` gets right against the
hand rules alone, for several regularisation strengths, then fits on everything with the
chosen one (``--l2``) and writes the weights. Adopt a new model only if it wins on held-out
pages (``benchmarks/pages.py``: the wide sets' B halves and the corpus' unseen split).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.pages.gold import SHARED_FOLDERS, load, load_shared  # noqa: E402
from train_title_model import (  # noqa: E402
    EXTRA_NOTE,
    MAX_GROUP_FOLDS,
    fitted_on,
    group_of,
    read_extra,
)

from comet.page import type_model  # noqa: E402
from comet.page.model_rows import type_row  # noqa: E402
from comet.page.type_features import CLASSES, FEATURES  # noqa: E402

MODEL = ROOT / "src" / "comet" / "page" / "type_model.json"
#: the regularisation strengths compared
L2S = (0.1, 0.03, 0.01, 0.003, 0.001)
#: the admission probabilities compared
ADMITS = (0.0, 0.5, 0.6, 0.7, 0.8)


def examples(extra: list[Path]) -> list[dict[str, Any]]:
    """One row per page with a gold type that is no MARC view: its group, gold type, the
    hand rules' type and weight, and its features."""
    golds = load("pages") + load("written_pages")
    for folder in SHARED_FOLDERS:
        golds += [g for g in load_shared(folder) if g["split"] == "dev"]
    for folder in extra:
        golds += read_extra(folder)
    rows = []
    for g in golds:
        want = g["gold"].get("type")
        if not want:
            continue
        row = type_row(Path(g["path"]).read_text("utf-8"))
        if row is None:
            continue
        hand, weight, feats = row
        rows.append({"group": group_of(g), "gold": want, "hand": hand, "weight": weight,
                     "x": [feats.get(n, 0.0) for n in FEATURES]})  # fmt: skip
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights (bias last column) of one logistic model per class of CLASSES (``y`` holds
    class indices, -1 for a type outside them: a negative of every class)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    out = np.zeros((len(CLASSES), xb.shape[1]))
    for k in range(len(CLASSES)):
        t = (y == k).astype(float)
        w = np.zeros(xb.shape[1])
        for _ in range(3000):
            p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
            w -= 0.5 * (xb.T @ (p - t) / len(t) + l2 * np.r_[w[:-1], 0.0])
        out[k] = w
    return out


def probabilities(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Each row's probability of each class (one-vs-rest)."""
    z = np.hstack([x, np.ones((len(x), 1))]) @ w.T
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def decided(rows: list[dict[str, Any]], probs: Any, mode: str, admit: float = 0.0) -> list[str]:
    """The type each row gets under ``mode``: the hand rules' (``document`` where they name
    none) or the most probable type of the model (``probs``: one row of class probabilities
    per page) that reaches ``admit`` and that the page's fields admit (``type_model.admits``:
    the fields read make a record of that type, no type word names another), as
    ``comet.page.content`` decides."""
    out = []
    for r, p in zip(rows, probs, strict=True):
        hand = r["weight"] if r["hand"] is not None else None
        got = r["hand"] or "document"
        if type_model.applies(hand, mode):
            found = dict(zip(FEATURES, r["x"], strict=True))
            best = None
            for k in np.argsort(-p, kind="stable"):
                if p[k] >= admit and type_model.admits(found, CLASSES[k]):
                    best = CLASSES[k]
                    break
            got = best or got
        out.append(got)
    return out


def shipped_weights(path: Path) -> np.ndarray | None:
    """The weights (bias last column, one row per class of CLASSES) of the model file at
    ``path`` (a feature it lacks at 0, a class it lacks never probable), or ``None`` where
    there is no file: the figure a refit must beat."""
    if not path.exists():
        return None
    data = json.loads(path.read_text("utf-8"))
    rows = []
    for c in CLASSES:
        old = dict(zip(data["features"], data["weights"].get(c, []), strict=False))
        rows.append([old.get(n, 0.0) for n in FEATURES] + [data["bias"].get(c, -30.0)])
    return np.array(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--l2", type=float, default=0.001, help="the regularisation written")
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                    help="also learn from a local page set (DIR/gold.jsonl, DIR/pages/)")  # fmt: skip
    ap.add_argument("--cache", type=Path, metavar="FILE",
                    help="read the rows from FILE if it exists, else write them there")  # fmt: skip
    args = ap.parse_args(argv)
    if any(folder.name == "B" for folder in args.extra):
        ap.error("a B half is held out: never learn from it")
    if args.cache is not None and args.cache.exists():
        rows = json.loads(args.cache.read_text("utf-8"))
    else:
        rows = examples(args.extra)
        if args.cache is not None:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    x = np.array([r["x"] for r in rows])
    y = np.array(type_model.classes_of([r["gold"] for r in rows]))
    sites = sorted({r["group"] for r in rows})
    fold_of = {site: i % MAX_GROUP_FOLDS for i, site in enumerate(sites)}
    folds = np.array([fold_of[r["group"]] for r in rows])
    gold = [r["gold"] for r in rows]
    n = len(rows)
    hand = decided(rows, np.zeros((n, len(CLASSES))), "off")
    print(f"{n} pages with a gold type, {len(sites)} sites, {MAX_GROUP_FOLDS} folds")
    print(f"hand rules alone: {sum(a == b for a, b in zip(hand, gold, strict=True))}/{n}")
    shipped = shipped_weights(MODEL)
    if shipped is not None:  # (the shipped admission, as below)
        at = type_model.FALLBACK_ADMIT if type_model.MODE == "fallback" else type_model.ADMIT
        got = decided(rows, probabilities(shipped, x), type_model.MODE, at)
        print(f"the shipped weights, mode {type_model.MODE} at {at}: "
              f"{sum(a == b for a, b in zip(got, gold, strict=True))}/{n}")  # fmt: skip
    for l2 in L2S:
        cvp = np.zeros((n, len(CLASSES)))
        for k in range(MAX_GROUP_FOLDS):
            test = folds == k
            if test.any():
                cvp[test] = probabilities(fit(x[~test], y[~test], l2), x[test])
        shown = []
        for mode in type_model.MODES[1:]:
            for admit in ADMITS:
                got = decided(rows, cvp, mode, admit)
                right = sum(a == b for a, b in zip(got, gold, strict=True))
                shown.append(f"{mode}@{admit} {right}")
        print(f"l2 {l2}: host-disjoint cross-validation (of {n}): " + ", ".join(shown))
    w = fit(x, y, args.l2)
    # (the shipped admission: FALLBACK_ADMIT where the hand rules name no type, else ADMIT)
    admit = type_model.FALLBACK_ADMIT if type_model.MODE == "fallback" else type_model.ADMIT
    got = decided(rows, probabilities(w, x), type_model.MODE, admit)
    print(f"fit on all (l2 {args.l2}), mode {type_model.MODE} at {admit}: "
          f"{sum(a == b for a, b in zip(got, gold, strict=True))}/{n}")  # fmt: skip
    if not args.dry_run:
        data = {
            "features": list(FEATURES),
            "classes": list(CLASSES),
            "weights": {c: [round(float(v), 4) for v in w[k, :-1]] for k, c in enumerate(CLASSES)},
            "bias": {c: round(float(w[k, -1]), 4) for k, c in enumerate(CLASSES)},
            "trained_on": fitted_on(
                "train_type_model.py", n, f"{len(sites)} sites, l2 {args.l2}", args.extra
            ),
        }
        if args.extra:
            data["extra_sets"] = EXTRA_NOTE
        MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
