"""Train the byline scorer of ``comet.parse_record`` (``src/comet/page/person_model.json``).

    python scripts/train_person_model.py            # cross-validate, then write the model
    python scripts/train_person_model.py --dry-run  # cross-validate only
    python scripts/train_person_model.py --extra DIR  # also learn from a local page set

Data: the project's own pages (``tests/data/pages``, ``tests/data/written_pages``) and the
**dev** part of the development corpus read in place (``../shared/dev``: ``pages``,
``pages_more`` and ``pages_opac`` dev splits of ``tests/data/splits.toml``). The unseen part
is never read here, not even to build features: its lines are dropped before a page is
opened. Every author candidate of a page (``comet.page.model_rows.person_rows``) is one example;
it is positive when its names are the gold authors (:func:`same_people`: as many names, in
order, each with the same family name, or the same words when a name is split otherwise).
Pages with no gold author, and pages where no candidate names the gold authors, teach
nothing about ranking and are left out (the script counts them).

Model: L2-regularised logistic regression over ``person_model.FEATURES`` (numpy, full-batch
gradient descent from zeros, a fixed number of steps: deterministic). The script prints how
many pages get exactly the gold author list ranked first by today's hand-set weights and
by the model under site-disjoint cross-validation (each site, or MARC record source, held
out together; with more than ``MAX_GROUP_FOLDS`` sites, the sites are dealt into that many
folds), then fits on everything and writes the weights. ``--out FILE`` writes elsewhere
(the tests retrain on an invented set). Change how the model is used (``person_model.MODE``) only
where it wins on the unseen split and on held-out fresh sets (``benchmarks/pages.py
--person-model MODE``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.pages.gold import SHARED_FOLDERS, load, load_shared, norm  # noqa: E402
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

from comet.page import person_model  # noqa: E402
from comet.page.model_rows import person_rows  # noqa: E402
from comet.page.person_features import carries_a_person  # noqa: E402
from comet.page.person_model import FEATURES  # noqa: E402

MODEL = ROOT / "src" / "comet" / "page" / "person_model.json"
Page = tuple[str, np.ndarray, np.ndarray, np.ndarray]  # group, features, labels, hand scores


def _gold_key(name: Mapping[str, Any]) -> tuple[str, str]:
    """(family, whole name) of a gold name, normalised."""
    if name.get("literal"):
        return norm(name["literal"]), norm(name["literal"])
    family = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k))
    given = " ".join(str(name[k]) for k in ("given", "dropping-particle") if name.get(k))
    return norm(family), norm(f"{given} {family}")


def _cand_key(p: Any) -> tuple[str, str]:
    """(family, whole name) of a candidate's person, normalised."""
    if p.literal:
        return norm(p.literal), norm(p.literal)
    family = " ".join(x for x in (p.particle, p.family) if x)
    return norm(family), norm(f"{p.given or ''} {family}")


def same_people(persons: Sequence[Any], gold: Sequence[Mapping[str, Any]]) -> bool:
    """``persons`` (a candidate's) are the gold names: as many, in order, each with the same
    family name (given names may be initials on one side), or with the same words (a name
    whose family and given parts are split otherwise, ``Ruiz Ana`` / ``Ana Ruiz``)."""
    if not gold or len(persons) != len(gold):
        return False
    for p, g in zip(persons, gold, strict=True):
        (cf, cw), (gf, gw) = _cand_key(p), _gold_key(g)
        if not cf or (cf != gf and sorted(cw.split()) != sorted(gw.split())):
            return False
    return True


def golds_of(extra: Path | None = None) -> list[dict[str, Any]]:
    """The gold lines learned from: the project's pages and the dev corpus, or ``extra``."""
    if extra is not None:
        return read_extra(extra)
    golds = load("pages") + load("written_pages")
    for folder in SHARED_FOLDERS:
        golds += [g for g in load_shared(folder) if g["split"] == "dev"]
    return golds


def examples(golds: list[dict[str, Any]], counts: dict[str, int] | None = None) -> list[Page]:
    """(group, features, labels, hand scores) per page with a person candidate: its labels
    all 0 where no candidate names the gold authors, or the gold has none (``counts`` gains
    how many pages of each)."""
    counts = counts if counts is not None else {}
    out = []
    for g in golds:
        want = g["gold"].get("author") or []
        rows = person_rows(g["path"].read_text("utf-8"))
        if not rows:
            continue
        labels = np.array([float(same_people(v, want)) for v, _, _ in rows])
        why = ("no gold author" if not want else
               "no candidate names the gold authors" if not labels.any() else "")  # fmt: skip
        if why:
            counts[why] = counts.get(why, 0) + 1
        feats = np.array([[f.get(n, 0.0) for n in person_model.FEATURES] for _, _, f in rows])
        hand = np.array([s for _, s, _ in rows])
        out.append((group_of(g) + ("" if want else "\0none"), feats, labels, hand))
    return out


def fit_pages(pages: list[Page], l2: float, page_weights: list[float] | None = None) -> np.ndarray:
    """:func:`train_title_model.fit` (each page weighs the same, or as ``page_weights`` says;
    the classes balanced) on the candidates' features and labels."""
    return fit([(g, f, lab) for g, f, lab, _ in pages], l2, page_weights)


def _first(scores: np.ndarray, offsets: np.ndarray, allowed: np.ndarray) -> int | None:
    """The candidate ``page.choose`` takes: the highest score, the earliest on ties, among
    the ``allowed`` ones (``None``: none)."""
    idx = [i for i in range(len(scores)) if allowed[i]]
    return min(idx, key=lambda i: (-scores[i], offsets[i])) if idx else None


def ranked(
    pages: list[Page], w: np.ndarray | None, admit: float = person_model.ADMIT_LOGIT
) -> tuple[int, int, int]:
    """(pages with gold authors whose first-ranked candidate names them, pages with gold
    authors, pages with none where a candidate is taken) for the weights ``w`` (``None``:
    the hand weights, which never take a line only the model reads)."""
    at = person_model.FEATURES.index("offset")
    line = person_model.FEATURES.index("src_line")
    right = wanted = invented = 0
    for group, f, lab, hand in pages:
        if w is None:
            scores, allowed = hand, f[:, line] == 0
        else:
            z = np.hstack([f, np.ones((len(f), 1))]) @ w
            scores = z
            person = np.array([carries_a_person(dict(zip(FEATURES, row, strict=True)))
                               for row in f])  # fmt: skip
            allowed = (f[:, line] == 0) | ((z >= admit) & person)
        best = _first(scores, f[:, at], allowed)
        if group.endswith("\0none"):
            invented += int(best is not None)
            continue
        wanted += 1
        right += int(best is not None and lab[best] == 1)
    return right, wanted, invented


def top1(pages: list[Page], w: np.ndarray | None) -> int:
    """Pages with gold authors whose first-ranked candidate names them."""
    return ranked(pages, w)[0]


def _site(group: str) -> str:
    return group.split("\0")[0]


def cross_validate(
    pages: list[Page], weights: list[float], l2: float, admit: float = person_model.ADMIT_LOGIT
) -> tuple[int, int]:
    """Site-disjoint cross-validation: pages ranked right by a fit without their site, and
    pages with no gold author given one (lines of names admitted from logit ``admit``)."""
    sites = sorted({_site(g) for g, _, _, _ in pages})
    if len(sites) > MAX_GROUP_FOLDS:
        fold_of = {site: str(i % MAX_GROUP_FOLDS) for i, site in enumerate(sites)}
        pages = [(fold_of[_site(g)] + g[len(_site(g)) :], f, lab, h) for g, f, lab, h in pages]
    right = invented = 0
    for held in sorted({_site(g) for g, _, _, _ in pages}):
        train = [(p, w) for p, w in zip(pages, weights, strict=True) if _site(p[0]) != held]
        test = [p for p in pages if _site(p[0]) == held]
        r, _, i = ranked(test, fit_pages([p for p, _ in train], l2, [w for _, w in train]), admit)
        right, invented = right + r, invented + i
    return right, invented


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                    help="also learn from a local page set (DIR/gold.jsonl, DIR/pages/)")  # fmt: skip
    ap.add_argument("--only", type=Path, default=None, metavar="DIR",
                    help="learn from this local page set alone (tests)")  # fmt: skip
    ap.add_argument("--out", type=Path, default=MODEL, help="where to write the model")
    ap.add_argument("--l2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--sweep", type=float, nargs="*", default=[], metavar="LOGIT",
                    help="also cross-validate these admission logits for lines of names")  # fmt: skip
    args = ap.parse_args(argv)
    counts: dict[str, int] = {}
    if args.only is not None:
        sets = [examples(golds_of(args.only), counts)]
    else:
        sets = [examples(golds_of(), counts)]
        sets += [examples(golds_of(folder), counts) for folder in args.extra]
    pages = [p for one in sets for p in one]
    weights = set_weights([len(one) for one in sets])
    sites = len({_site(g) for g, _, _, _ in pages})
    cv, cv_invented = cross_validate(pages, weights, args.l2)
    hand, n, hand_invented = ranked(pages, None)
    print(f"{len(pages)} pages with a person candidate, {sites} sites; of them {counts}")
    print(f"exact gold author list ranked first, today's hand weights: {hand}/{n} "
          f"(a person taken on {hand_invented} pages with none)")  # fmt: skip
    shipped_w = shipped_weights(args.out, FEATURES)
    if shipped_w is not None:
        now, _, now_invented = ranked(pages, shipped_w)
        print(f"exact gold author list ranked first, the shipped weights: {now}/{n} "
              f"(a person taken on {now_invented} pages with none)")  # fmt: skip
    print(f"exact gold author list ranked first, site-disjoint cross-validation: {cv}/{n} "
          f"(a person taken on {cv_invented} pages with none)")  # fmt: skip
    for admit in args.sweep:
        r, i = cross_validate(pages, weights, args.l2, admit)
        print(f"  lines of names admitted from logit {admit}: {r}/{n} right, {i} invented")
    w = fit_pages(pages, args.l2, weights)
    print("weights:", dict(zip(person_model.FEATURES, np.round(w[:-1], 3).tolist(), strict=True)))
    print(f"exact gold author list ranked first, new fit on all pages: {top1(pages, w)}/{n}")
    if not args.dry_run:
        trained_on = fitted_on("train_person_model.py", len(pages), f"{sites} sites", args.extra)
        write_model(args.out, FEATURES, w, trained_on, [],
                    site_disjoint_cv_top1=f"{cv}/{n}", hand_weights_top1=f"{hand}/{n}")  # fmt: skip
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
