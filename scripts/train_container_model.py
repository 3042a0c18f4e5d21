"""Train the container scorer of ``comet.parse_record`` (``src/comet/page/container_model.json``).

    python scripts/train_container_model.py            # cross-validate, then write the model
    python scripts/train_container_model.py --dry-run  # cross-validate only
    python scripts/train_container_model.py --sweep -1 0 1  # also try admission logits

Data: the project's own pages (``tests/data/pages``, ``tests/data/written_pages``) and the
**dev** part of the development corpus read in place (``../shared/dev``: ``pages``,
``pages_more`` and ``pages_opac`` dev splits of ``tests/data/splits.toml``). The unseen part
is never read here, not even its gold: a gold line's split is decided from its ``site`` and
``source`` fields, found in the raw line, before the line is parsed, and its page is never
opened. Every container candidate of a page (``comet.page.model_rows.container_rows``: the hand
rules' candidates and the site's own name) is one example; it is positive when its value is
the gold ``container-title`` (:func:`same_container`). A page with no gold container teaches
"no candidate": all its candidates are negatives, and the model takes a container only where
its logit reaches ``container_model.ADMIT_LOGIT``.

Model: L2-regularised logistic regression over ``container_model.FEATURES`` (numpy,
full-batch gradient descent from zeros, a fixed number of steps, the classes balanced:
deterministic; ``train_title_model.fit``). The script prints how many pages get their
container exactly right (the gold container taken, or none taken where the gold has none)
with today's hand weights and with the model in each way it may be used (``fallback``,
``replace``) under site-disjoint cross-validation (each site, or MARC record source, held
out together; with more than ``MAX_GROUP_FOLDS`` sites, the sites are dealt into that many
folds), then fits on everything and writes the weights. ``--out FILE`` writes elsewhere and
``--only DIR`` learns from a local page set alone (the tests retrain on an invented set).
``--extra DIR`` (repeatable) also learns from a local page set in the layout of
``benchmarks/pages.py --extra`` (a fresh set's work half ``SET/A``, never a held-out ``B``):
each set weighs as much as the project's pages and the dev corpus together
(``train_title_model.set_weights``), the cross-validation holds every site out, and the
model's ``trained_on`` names the sets.
Change how the model is used (``container_model.MODE``) only where it wins on the unseen
split and on held-out fresh sets (``benchmarks/pages.py --container-model MODE``).
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
sys.path.insert(0, str(ROOT / "scripts"))

from tests.pages.gold import SHARED_FOLDERS, load, norm  # noqa: E402
from tests.shared_data import SHARED_DEV, page_split, present  # noqa: E402
from train_title_model import (  # noqa: E402
    MAX_GROUP_FOLDS,
    fit,
    fitted_on,
    group_of,
    read_extra,
    set_weights,
    shipped_weights,
    write_model,
)

from comet.page import container_model  # noqa: E402
from comet.page.container_model import FEATURES  # noqa: E402
from comet.page.model_rows import container_rows  # noqa: E402

MODEL = ROOT / "src" / "comet" / "page" / "container_model.json"
#: group, features, labels, hand scores, whether the gold names a container
Page = tuple[str, np.ndarray, np.ndarray, np.ndarray, bool]
_LEADING_ARTICLE = re.compile(r"^the ")
_FIELD = {k: re.compile(rf'"{k}"\s*:\s*"((?:[^"\\]|\\.)*)"') for k in ("site", "source")}


def same_container(value: str, gold: str) -> bool:
    """A candidate's value is the gold container: the same words once case, accents and
    punctuation are set aside (the benchmark's comparison), a leading ``The`` aside."""
    a, b = norm(value), norm(gold)
    return bool(a) and (a == b or _LEADING_ARTICLE.sub("", a) == _LEADING_ARTICLE.sub("", b))


def _dev_lines(folder: str) -> list[dict[str, Any]]:
    """The dev gold lines of ``../shared/dev/<folder>``: the split of each line is read off
    its raw ``site`` and ``source`` fields before the line is parsed (an unseen line's gold
    is never parsed, its page never opened)."""
    if not present(folder, "gold.jsonl"):
        return []
    base = SHARED_DEV / folder
    out = []
    for raw in (base / "gold.jsonl").read_text("utf-8").splitlines():
        if not raw.strip():
            continue
        head = {k: (m.group(1) if (m := p.search(raw)) else "") for k, p in _FIELD.items()}
        if folder != "pages" and page_split(head) != "dev":
            continue
        g = json.loads(raw)
        g["path"] = base / "pages" / g["file"]
        out.append(g)
    return out


def golds_of(extra: Path | None = None) -> list[dict[str, Any]]:
    """The gold lines learned from: the project's pages and the dev corpus, or ``extra``."""
    if extra is not None:
        return read_extra(extra)
    golds = load("pages") + load("written_pages")
    for folder in SHARED_FOLDERS:
        golds += _dev_lines(folder)
    return golds


def examples(golds: list[dict[str, Any]], counts: dict[str, int] | None = None) -> list[Page]:
    """(group, features, labels, hand scores, gold named) per page; a page with no candidate
    has no rows (``counts`` gains how many pages of each sort)."""
    counts = counts if counts is not None else {}
    out = []
    for g in golds:
        want = str(g["gold"].get("container-title") or "")
        rows = container_rows(g["path"].read_text("utf-8"))
        labels = np.array([float(same_container(v, want)) for v, _, _ in rows]) if want else (
            np.zeros(len(rows)))  # fmt: skip
        why = ("no gold container, no candidate" if not want and not rows else
               "no gold container" if not want else
               "no candidate" if not rows else
               "no candidate names the gold container" if not labels.any() else
               "a candidate names the gold container")  # fmt: skip
        counts[why] = counts.get(why, 0) + 1
        feats = np.array([[f.get(n, 0.0) for n in FEATURES] for _, _, f in rows]).reshape(
            len(rows), len(FEATURES)
        )
        hand = np.array([s for _, s, _ in rows])
        out.append((group_of(g), feats, labels, hand, bool(want)))
    return out


def _pick(scores: np.ndarray, offsets: np.ndarray, allowed: np.ndarray) -> int | None:
    """The candidate ``page.choose`` takes: the highest score, the earliest on ties, among
    the ``allowed`` ones (``None``: none)."""
    idx = [i for i in range(len(scores)) if allowed[i]]
    return min(idx, key=lambda i: (-scores[i], offsets[i])) if idx else None


def choice(f: np.ndarray, hand: np.ndarray, w: np.ndarray | None, mode: str,
           admit: float) -> int | None:  # fmt: skip
    """The candidate taken: the hand rules' (``w`` is ``None`` or the mode is ``off``: the
    best hand candidate, else the site's name), or as ``container_model.decide`` (the rule
    the parser uses) takes it with the weights ``w``."""
    if not len(f):
        return None
    at = FEATURES.index("offset")
    site = f[:, FEATURES.index("src_site")] == 1
    named = f[:, FEATURES.index("src_self_name")] == 1  # the model's alone
    best = _pick(hand, f[:, at], ~site & ~named)
    if w is None or mode == "off":
        return best if best is not None else _pick(hand, f[:, at], site)
    z = np.hstack([f, np.ones((len(f), 1))]) @ w
    probs = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))).tolist()
    taken = container_model.decide(None if best is None else float(hand[best]), probs, mode, admit)
    return best if taken == -1 else taken


def right_pages(pages: list[Page], w: np.ndarray | None, mode: str = "off",
                admit: float = container_model.ADMIT_LOGIT) -> tuple[int, int, int]:  # fmt: skip
    """(pages whose container is exactly right, of them with a gold container, pages with
    none given one) for the weights ``w`` used as ``mode`` says."""
    right = named = invented = 0
    for _, f, lab, hand, want in pages:
        best = choice(f, hand, w, mode, admit)
        if want:
            ok = best is not None and lab[best] == 1
            named += int(ok)
        else:
            ok = best is None
            invented += int(not ok)
        right += int(ok)
    return right, named, invented


def _folds(pages: list[Page]) -> list[Page]:
    sites = sorted({p[0] for p in pages})
    if len(sites) <= MAX_GROUP_FOLDS:
        return pages
    fold_of = {site: str(i % MAX_GROUP_FOLDS) for i, site in enumerate(sites)}
    return [(fold_of[p[0]], *p[1:]) for p in pages]


def fit_pages(pages: list[Page], l2: float, page_weights: list[float] | None = None) -> np.ndarray:
    """:func:`train_title_model.fit` on the pages with a candidate (each page weighs the
    same, or as ``page_weights`` says; the classes balanced)."""
    pw = page_weights or [1.0] * len(pages)
    kept = [(p, w) for p, w in zip(pages, pw, strict=True) if len(p[1])]
    return fit([(g, f, lab) for (g, f, lab, _, _), _ in kept], l2, [w for _, w in kept])


def cross_validate(pages: list[Page], weights: list[float], l2: float,
                   modes: tuple[str, ...], admits: tuple[float, ...],
                   first: int | None = None) -> dict[tuple[str, float], tuple[int, int, int]]:  # fmt: skip
    """Site-disjoint cross-validation: for each mode and admission logit, the pages right
    (all, with a gold container, none given one) when each fold is scored by a fit
    without it (of the ``first`` pages alone where given: the project's and the dev
    corpus's, which come first)."""
    marked = list(enumerate(_folds(pages)))
    first = len(pages) if first is None else first
    out: dict[tuple[str, float], tuple[int, int, int]] = {}
    for held in sorted({p[0] for _, p in marked}):
        train = [(p, weights[i]) for i, p in marked if p[0] != held]
        test = [p for i, p in marked if p[0] == held and i < first]
        w = fit_pages([p for p, _ in train], l2, [w for _, w in train])
        for mode in modes:
            for admit in admits:
                got = right_pages(test, w, mode, admit)
                old = out.get((mode, admit), (0, 0, 0))
                out[(mode, admit)] = (old[0] + got[0], old[1] + got[1], old[2] + got[2])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--only", type=Path, default=None, metavar="DIR",
                    help="learn from this local page set alone (tests)")  # fmt: skip
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                    help="also learn from a local page set (DIR/gold.jsonl, DIR/pages/)")  # fmt: skip
    ap.add_argument("--out", type=Path, default=MODEL, help="where to write the model")
    ap.add_argument("--l2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--sweep", type=float, nargs="*", default=[], metavar="LOGIT",
                    help="also cross-validate these admission logits")  # fmt: skip
    args = ap.parse_args(argv)
    counts: dict[str, int] = {}
    if args.only is not None and (
        args.only.name == "B" or SHARED_DEV in args.only.resolve().parents
    ):
        ap.error("--only takes an invented page set, never a held-out half or the corpus")
    if any(folder.name == "B" for folder in args.extra):
        ap.error("a wide set's B half is held out: never learned from")
    # (a held-out half never reaches a fit; --only takes the tests' invented set)
    sets = [examples(golds_of(args.only), counts)]
    sets += [examples(golds_of(folder), counts) for folder in args.extra]
    pages = [p for one in sets for p in one]
    weights = set_weights([len(one) for one in sets])
    sites = len({p[0] for p in pages})
    n, gold_n = len(pages), sum(p[4] for p in pages)
    print(f"{n} pages ({gold_n} with a gold container), {sites} sites: {counts}")
    hand = right_pages(pages, None)
    print(f"container exactly right, today's hand weights: {hand[0]}/{n} "
          f"({hand[1]}/{gold_n} named right, a container taken on {hand[2]} pages with none)")  # fmt: skip
    shipped_w = shipped_weights(args.out, FEATURES)
    for mode in ("fallback", "replace") if shipped_w is not None else ():
        r, named, inv = right_pages(pages, shipped_w, mode)
        print(f"container exactly right, the shipped weights, {mode}: {r}/{n} "
              f"({named}/{gold_n} named right, {inv} invented)")  # fmt: skip
    admits = (container_model.ADMIT_LOGIT, *args.sweep)
    cv = cross_validate(pages, weights, args.l2, ("fallback", "replace"), admits)
    for (mode, admit), (r, named, inv) in cv.items():
        print(f"container exactly right, site-disjoint cross-validation, {mode}, admitted "
              f"from logit {admit}: {r}/{n} ({named}/{gold_n} named right, {inv} invented)")  # fmt: skip
    if args.extra:  # the same folds, scored on the project's pages and the dev corpus alone
        n0 = len(sets[0])
        hand0 = right_pages(pages[:n0], None)
        print(f"of them the project's pages and the dev corpus: hand weights {hand0[0]}/{n0}")
        cv0 = cross_validate(pages, weights, args.l2, ("fallback", "replace"), admits, n0)
        for (mode, admit), (r, named, inv) in cv0.items():
            print(f"  cross-validation, {mode}, logit {admit}: {r}/{n0} "
                  f"({named} named right, {inv} invented)")  # fmt: skip
    w = fit_pages(pages, args.l2, weights)
    print("weights:", dict(zip(FEATURES, np.round(w[:-1], 3).tolist(), strict=True)))
    for mode in ("fallback", "replace"):
        r, named, inv = right_pages(pages, w, mode)
        print(f"container exactly right, new fit on all pages, {mode}: {r}/{n} "
              f"({named}/{gold_n} named right, {inv} invented)")  # fmt: skip
    if not args.dry_run:
        trained_on = fitted_on("train_container_model.py", n, f"{sites} sites", args.extra)
        a = container_model.ADMIT_LOGIT
        figures = {f"site_disjoint_cv_{m}": f"{cv[(m, a)][0]}/{n}" for m in ("fallback", "replace")}
        write_model(args.out, FEATURES, w, trained_on, [],
                    hand_weights=f"{hand[0]}/{n}", **figures)  # fmt: skip
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
