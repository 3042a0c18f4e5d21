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
gradient descent; deterministic). Every page weighs the same, whichever set it comes from
(a set of one page never weighs as much as the whole corpus). The script prints the top-1
title accuracy of the current weights and of the new ones under host-disjoint
cross-validation (each host, its subdomains with it, or MARC record source, is held out
together; with more than ``MAX_GROUP_FOLDS`` hosts, the hosts are dealt into that many folds
instead), then fits on everything and writes the weights.
``--extra DIR`` adds a local page set in the layout of ``benchmarks/pages.py --extra``
(``DIR/gold.jsonl``, ``DIR/pages/``): wide sets built on one's own machine from public sources,
never committed; the model's ``trained_on`` names them. ``--cv-only DIR`` (repeatable)
scores the cross-validation on those sets' pages alone (they are still learned from).
``--keep`` is a warm start: the shipped weights of the model's ``kept`` features (else of
every feature it has a weight for) and its bias stay, and only the other features' weights
are fitted (a page where they are all 0 scores as before) (a feature new to ``title_model.FEATURES`` enters the file at weight 0 first):
new evidence learned from the wide sets without unlearning what the dev corpus taught.
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


#: a country's second-level domain (``co.uk``, ``com.br``, ``ac.at``): the host keeps three labels
_SECOND_LEVEL = re.compile(r"^[a-z]{2,3}$")


def host_group(g: dict[str, Any]) -> str:
    """The cross-validation group of a page: its host without subdomains (``de.example.com``
    and ``www.example.com`` are one site), else :func:`group_of`'s MARC source or file stem."""
    group = group_of(g)
    labels = group.casefold().removeprefix("www.").split(".")
    if len(labels) < 2 or not all(labels):
        return group
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and _SECOND_LEVEL.match(labels[-2]) else 2
    return ".".join(labels[-keep:])


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


def current_model() -> dict[str, Any]:
    """The shipped model, with every feature of ``title_model.FEATURES`` it lacks added at
    weight 0 and those it no longer has dropped (and written back: the rows are built by
    the reader, which scores them)."""
    current: dict[str, Any] = json.loads(MODEL.read_text("utf-8"))
    if tuple(current["features"]) == title_model.FEATURES:
        return current
    old = dict(zip(current["features"], current["weights"], strict=True))
    current["features"] = list(title_model.FEATURES)
    current["weights"] = [old.get(name, 0.0) for name in title_model.FEATURES]
    MODEL.write_text(json.dumps(current, indent=1) + "\n", encoding="utf-8")
    added = [n for n in title_model.FEATURES if n not in old]
    dropped = [n for n in old if n not in title_model.FEATURES]
    print(f"{MODEL.name}: features added at weight 0: {', '.join(added) or 'none'}; "
          f"dropped: {', '.join(dropped) or 'none'}")  # fmt: skip
    return current


def shipped_weights(path: Path, features: tuple[str, ...]) -> np.ndarray | None:
    """The weights (bias last) of the model file at ``path`` over ``features`` (a feature
    the file lacks at 0), or ``None`` where there is no file: the figure a refit must beat."""
    if not path.exists():
        return None
    data = json.loads(path.read_text("utf-8"))
    old = dict(zip(data["features"], data["weights"], strict=True))
    return np.array([old.get(name, 0.0) for name in features] + [data["bias"]])


def set_name(folder: Path) -> str:
    """A local set's name: its folder's, with the set's above a half's (``opac3/A``)."""
    return f"{folder.parent.name}/{folder.name}" if folder.name in ("A", "B") else folder.name


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
        out.append((host_group(g), feats, labels))
    return out


def fit(
    pages: list[tuple[str, np.ndarray, np.ndarray]],
    l2: float = 0.001,
    page_weights: list[float] | None = None,
    *,
    start: np.ndarray | None = None,
    kept: np.ndarray | None = None,
    anchor: np.ndarray | None = None,
    pull: float = 0.0,
) -> np.ndarray:
    """Weights (bias last) of a logistic regression; each page weighs the same, or as
    ``page_weights`` says (see :func:`set_weights`). From ``start`` (zeros if not given),
    the weights where ``kept`` is true are left as they are. With an ``anchor`` (the shipped
    weights), every weight is also pulled towards it with the strength ``pull``: what an
    earlier fit learned from sets no longer at hand stays unless the data outweigh it."""
    pw = page_weights or [1.0] * len(pages)
    x = np.vstack([np.hstack([f, np.ones((len(f), 1))]) for _, f, _ in pages])
    y = np.concatenate([lab for _, _, lab in pages])
    sw = np.concatenate(
        [np.full(len(lab), w / len(lab)) for (_, _, lab), w in zip(pages, pw, strict=True)]
    )
    pos = y == 1
    if pos.any() and (~pos).any():  # balance the classes (where both are present)
        sw[pos] *= sw[~pos].sum() / sw[pos].sum()
    w = np.zeros(x.shape[1]) if start is None else start.astype(float)
    step = np.full(x.shape[1], 0.5) if kept is None else np.where(kept, 0.0, 0.5)
    for _ in range(4000):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - y)) / sw.sum() + l2 * np.r_[w[:-1], 0.0]
        if anchor is not None:  # (a feature new to the model, at 0 in it, is not pulled)
            grad += pull * np.where(anchor != 0.0, w - anchor, 0.0)
        w -= step * grad
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


#: the pages every fit reads, as a model file's ``trained_on`` names them
CORPUS_NOTE = (
    "tests/data/pages and tests/data/written_pages, the dev split of ../shared/dev (pages, "
    "pages_more, pages_opac; tests/data/splits.toml)"
)


def fitted_on(script: str, pages: int, groups: str, extra: list[Path]) -> str:
    """A model file's ``trained_on``: the script, how many pages of how many sites it fitted
    on, the project's pages and the dev corpus, and every ``--extra`` set by the path it was
    given (``/work/wide/w31a/A``, not just ``w31a/A``): what a later run needs to reproduce
    the file."""
    return f"scripts/{script}: {pages} pages, {groups}; {CORPUS_NOTE}" + "".join(
        f"; --extra {folder}" for folder in extra
    )


#: what a model file fitted with ``--extra`` sets says of them (its ``extra_sets``)
EXTRA_NOTE = (
    "the --extra sets are local page sets outside the repository, never committed, and may be "
    "gone: without them a refit cannot reproduce these weights (docs/pages.md says what each "
    "fit was measured on)"
)


def write_model(
    path: Path,
    features: tuple[str, ...],
    w: np.ndarray,
    trained_on: str,
    extra: list[Path],
    **figures: str,
) -> None:
    """Write the weights ``w`` (bias last) of a model over ``features`` as package JSON,
    with what it was trained on (and the ``--extra`` sets, with :data:`EXTRA_NOTE`) and its
    cross-validation ``figures``."""
    data: dict[str, Any] = {
        "features": list(features),
        "weights": [round(float(v), 4) for v in w[:-1]],
        "bias": round(float(w[-1]), 4),
        "trained_on": trained_on + "".join(f", --extra {f.name}" for f in extra),
        **figures,
    }
    if extra or "--extra" in trained_on:
        data["extra_sets"] = EXTRA_NOTE
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--out", type=Path, default=MODEL, metavar="PATH",
                    help="write the weights there instead (to compare fits side by side)")  # fmt: skip
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                    help="also learn from a local page set (DIR/gold.jsonl, DIR/pages/)")  # fmt: skip
    ap.add_argument("--keep", action="store_true",
                    help="keep the shipped weights of the model's 'kept' features (else of all "
                    "it has) and the bias: fit only the other features' weights")  # fmt: skip
    ap.add_argument("--cv-only", type=Path, action="append", default=[], metavar="DIR",
                    help="also learn from DIR, and score the cross-validation on its pages alone")  # fmt: skip
    ap.add_argument("--anchor", type=float, default=0.0, metavar="PULL",
                    help="pull every weight towards the shipped one with this strength (an L2 "
                    "penalty on the difference): new evidence moves the weights, the shipped "
                    "model's lessons stay where it is silent")  # fmt: skip
    args = ap.parse_args(argv)
    if any(folder.name == "B" for folder in args.extra + args.cv_only):
        ap.error("a wide set's B half is held out: never learned from")
    current = current_model()
    w_now = np.r_[current["weights"], current["bias"]]
    start = kept = None
    kept_names: list[str] = []
    if args.keep:  # a warm start: what the dev corpus taught stays, new evidence is added
        kept_names = list(current.get("kept") or [n for n, w in zip(title_model.FEATURES,
                          current["weights"], strict=True) if w != 0.0])  # fmt: skip
        start = w_now
        # (the bias too: a page where the new features are all 0 scores as before)
        kept = np.array([n in kept_names for n in title_model.FEATURES] + [True])
    anchored: dict[str, Any] = {}
    if args.anchor:
        anchored = {"anchor": w_now, "pull": args.anchor}  # (from the shipped weights)
        start = w_now if start is None else start
    extra = args.extra + args.cv_only
    sets = [examples()] + [examples(folder) for folder in extra]
    # (the pages the cross-validation is scored on: all, or those of the --cv-only sets)
    scored = [not args.cv_only or i > len(args.extra) for i, one in enumerate(sets) for _ in one]
    pages = [p for one in sets for p in one]
    sites = sorted({g for g, _, _ in pages})
    if len(sites) > MAX_GROUP_FOLDS:
        fold_of = {site: str(i % MAX_GROUP_FOLDS) for i, site in enumerate(sites)}
        pages = [(fold_of[g], f, lab) for g, f, lab in pages]
    groups = sorted({g for g, _, _ in pages})
    test_pages = [p for p, s in zip(pages, scored, strict=True) if s]
    corpus = pages[: len(sets[0])]  # (the project's pages and the dev corpus come first)
    cv_new = cv_corpus = 0
    for held in groups:
        train = [p for p in pages if p[0] != held]
        w_fold = fit(train, start=start, kept=kept, **anchored)
        test = [p for p, s in zip(pages, scored, strict=True) if s and p[0] == held]
        cv_new += top1(test, w_fold)
        cv_corpus += top1([p for p in corpus if p[0] == held], w_fold)
    n, n_test, n_corpus = len(pages), len(test_pages), len(corpus)
    print(f"{n} pages with a gold title among their lines, {len(sites)} hosts, "
          f"{len(groups)} cross-validation folds, each page weighing the same")  # fmt: skip
    print(f"top-1 title line, current weights ({current.get('trained_on')}): "
          f"{top1(test_pages, w_now)}/{n_test}; on the project's pages and the dev corpus "
          f"{top1(corpus, w_now)}/{n_corpus}")  # fmt: skip
    print(f"top-1 title line, host-disjoint cross-validation of a new fit: {cv_new}/{n_test}; "
          f"on the project's pages and the dev corpus {cv_corpus}/{n_corpus}")  # fmt: skip
    print(
        "(pages per set: "
        + ", ".join(
            f"{name} {len(one)}"
            for name, one in zip(
                ["project and dev corpus", *map(set_name, extra)], sets, strict=True
            )
        )
        + ")"
    )
    w = fit(pages, start=start, kept=kept, **anchored)
    print("weights:", dict(zip(title_model.FEATURES, np.round(w[:-1], 3).tolist(), strict=True)))
    print(f"top-1 title line, new fit on all pages: {top1(pages, w)}/{n}")
    if not args.dry_run:
        trained_on = fitted_on("train_title_model.py", n, f"{len(sites)} hosts", extra)
        write_model(args.out, title_model.FEATURES, w, trained_on, [],
                    site_disjoint_cv_top1=f"{cv_new}/{n_test}",
                    site_disjoint_cv_top1_corpus=f"{cv_corpus}/{n_corpus}")  # fmt: skip
        if kept_names:  # the features whose weights a --keep run leaves, and their fit
            data = json.loads(args.out.read_text("utf-8"))
            data["kept"] = kept_names
            data["kept_from"] = current.get("kept_from") or current.get("trained_on")
            args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
