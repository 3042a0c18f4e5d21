"""The container scorer of :func:`comet.parse_record`: a small logistic model.

Every container candidate of a page (a label's value, a locator line's journal, a citation
block's container, a masthead line, a name by an ISSN, the site's own name …) gets the
features of :mod:`comet.page.container_features`; the model turns them into a probability
that the candidate is the work's container. The weights are package data
(``container_model.json``), learned only from the *dev* part of the development corpus and
the project's own pages by ``scripts/train_container_model.py``, which also reports
site-disjoint cross-validation; retrain with that script, never by hand.

How it is used is :data:`MODE` (measured in ``docs/pages.md``, "The container model").
Pure and I/O-free apart from reading the weights once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from comet.page import _logistic
from comet.page.container_features import SELF_NAME_FEATURES, SOURCES
from comet.page.evidence import W_LINE, Cand

__all__ = [
    "ADMIT_LOGIT",
    "FEATURES",
    "MODE",
    "MODES",
    "decide",
    "hand_stands",
    "pick",
    "probability",
]

#: how the model is used (a module setting: tests and ``benchmarks/pages.py
#: --container-model`` set it): ``"off"`` (the hand weights alone); ``"fallback"``: where
#: the hand rules take no container or only one read from its place (a masthead line, the
#: site's name), the model chooses among every candidate, or none; ``"replace"``: the model
#: chooses on every page.
MODES = ("off", "fallback", "replace")
MODE = "off"

#: The features, in the order of the weights (each documented where it is computed, in
#: :func:`comet.page.container_features.container_features`).
FEATURES = (
    *(f"src_{s}" for s in SOURCES),  # the kind of evidence (label, locator, citation …)
    "hand",  # today's hand-set weight of its evidence
    "references",  # inside the reference list
    "related",  # inside a related-items list
    "offset",  # where it starts, as a share of the page
    "no_title",  # no title line to measure from
    "above_title",  # above the title's line
    "on_title",  # on the title's line
    "title_gap",  # lines from the title (capped at 20) / 20
    "words",  # words (capped at 20) / 10
    "one_word",  # one word at most
    "chars",  # log(1 + characters) / 5
    "capitalised",  # share of its longer words that open with a capital
    "all_caps",  # set in capitals
    "digits",  # share of digits among its characters
    "journal_word",  # a periodical's word of the locales (Journal, Revista, Zeitschrift …)
    "blog_word",  # a blog's word of the locales
    "organisation",  # an organisation's word of the locales
    "publisher_word",  # a publisher's word of the locales (Press, Verlag …)
    "domain",  # a web address or a domain name
    "interface",  # share of its words that are interface words
    "chrome",  # an interface line of the locales
    "ends_period",  # ends with a full stop
    "repeats",  # how often the page prints it (capped at 4) / 4
    "candidates",  # other candidates with the same name (capped at 3) / 3
    "cited",  # a citation block names it too
    "labelled",  # a label names it too
    "copyright",  # a copyright line names it
    "locator_near",  # within two lines of the work's locator
    "issn_near",  # within two lines of an ISSN
    "no_locator",  # the page has no locator of its work
    "is_title",  # it is the work's title
    "in_title",  # it is a part of the work's title
    "news_kind",  # a blog's or a magazine's page
    "first_lines",  # on one of the page's first three lines
    "line_whole",  # a line of its own
    *SELF_NAME_FEATURES,  # a site's own name: its phrases, copyright lines and signs
)
#: the package file of the weights (``scripts/train_container_model.py`` writes it)
MODEL_FILE = "container_model.json"
#: the best candidate is the container only where the model's logit is at least this (the
#: classes are balanced in training, so the probabilities run high; chosen on the fresh
#: sets' work halves and by cross-validation: see ``docs/pages.md``)
ADMIT_LOGIT = -1.0


def probability(values: Sequence[float]) -> float:
    """The model's probability for a candidate with these feature values."""
    return _logistic.probability(MODEL_FILE, FEATURES, values)


def hand_stands(hand: float | None, mode: str) -> bool:
    """Whether the hand rules' choice (its weight ``hand``, ``None`` where they have none)
    stands without the model: always when :data:`MODE` is ``"off"``, in ``"fallback"`` when
    it rests on more than its place (weight ``W_LINE`` at least)."""
    return mode == "off" or (mode == "fallback" and hand is not None and hand >= W_LINE)


def decide(
    hand: float | None, probs: Sequence[float], mode: str, admit: float = ADMIT_LOGIT
) -> int | None:
    """Which candidate the model takes: ``-1`` for the hand rules' choice (its weight
    ``hand``, ``None`` where they have none) when the mode is ``"off"``, or in
    ``"fallback"`` when it rests on more than its place (weight ``W_LINE`` at least);
    otherwise the index of the highest of ``probs`` (the first on ties) where it reaches
    the admission logit ``admit``, else ``None``. The one rule of :func:`pick` and of
    ``scripts/train_container_model.py``'s cross-validation."""
    if hand_stands(hand, mode):
        return -1
    if not probs:
        return None
    best = max(range(len(probs)), key=lambda i: (probs[i], -i))
    return best if probs[best] >= 1.0 / (1.0 + math.exp(-admit)) else None


def pick(cands: Sequence[Cand], hand: Cand | None, mode: str) -> tuple[Cand | None, float | None]:
    """The container candidate :data:`MODE` takes (:func:`decide`), and the model's
    probability for it (``None`` where the hand rules' choice ``hand`` stands, 0 where the
    model takes none); ``cands`` have their features set."""
    if hand_stands(hand.score if hand is not None else None, mode):
        return hand, None  # (the features are not even computed)
    probs = [probability([(c.features or {}).get(n, 0.0) for n in FEATURES]) for c in cands]
    at = decide(hand.score if hand is not None else None, probs, mode)
    if at is None or at < 0:
        return (hand, None) if at is not None else (None, 0.0)
    return cands[at], probs[at]
