"""The type model of :func:`comet.parse_record`: one small logistic model per type.

The features of a page's type (:mod:`comet.page.type_features`: the hand rules' best weight
per type, the fields read, the page kinds' scores, a research paper's parts, a document's
transcript, type words opening a line) go through one-vs-rest logistic models, one per type
of :data:`~comet.page.type_features.CLASSES`; the most probable type is the model's. The
weights are package data (``type_model.json``), learned by ``scripts/train_type_model.py``
(host-disjoint cross-validation) from the project's pages, the corpus' dev split and local
work sets; retrain with that script, never by hand.

How it is used is :data:`MODE` (measured in ``docs/pages.md``, "The type model").
Pure and I/O-free apart from reading the weights once.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from importlib import resources

from comet.page.type_features import CLASSES, FEATURES

__all__ = [
    "ADMIT",
    "FALLBACK_ADMIT",
    "MODE",
    "MODES",
    "RECORD_SIGNS",
    "UNSURE",
    "admission",
    "admits",
    "applies",
    "predict",
    "probabilities",
    "record_of_one_work",
]

#: how the model is used (a module setting: tests and ``benchmarks/pages.py --type-model``
#: set it): ``"off"`` (the hand rules alone); ``"fallback"``: the model names the type only
#: where the hand rules name none (the record would be a bare ``document``); ``"unsure"``:
#: also where the hand rules' best evidence weighs less than :data:`UNSURE`; ``"replace"``:
#: the model names the type of every page it reads.
MODES = ("off", "fallback", "unsure", "replace")
MODE = "off"
#: the weight under which the hand rules' type is unsure (a web article's shape, an abstract
#: heading alone: the weakest evidence of ``comet.page.content``)
UNSURE = 0.35
#: the model overrules a type the hand rules name (modes ``"unsure"``, ``"replace"``) only
#: where its probability reaches this (one-vs-rest probabilities; at 0 it types an invented
#: catalogue record of a journal's issue an article)
ADMIT = 0.8
#: where the hand rules name no type, the model names it from this probability (its best
#: guess: the page is the record of one work, :func:`admits`; 0 is the best of 0 … 0.8 in the
#: training script's host-disjoint cross-validation over the corpus' dev split and eleven
#: work halves, see ``docs/pages.md``)
FALLBACK_ADMIT = 0.0
#: the package file of the weights
MODEL_FILE = "type_model.json"


@functools.cache
def _weights() -> tuple[tuple[tuple[float, ...], float], ...]:
    """Per class of CLASSES, its weights (in the order of FEATURES) and bias."""
    data = json.loads(resources.files("comet.page").joinpath(MODEL_FILE).read_text("utf-8"))
    if tuple(data["features"]) != FEATURES or tuple(data["classes"]) != CLASSES:
        raise ValueError(f"{MODEL_FILE} was written for other features or classes")
    return tuple(
        (tuple(float(w) for w in data["weights"][c]), float(data["bias"][c])) for c in CLASSES
    )


def probabilities(found: Mapping[str, float]) -> list[float]:
    """Each class's probability (one-vs-rest) for the features ``found`` (absent: 0)."""
    values = [found.get(n, 0.0) for n in FEATURES]
    out = []
    for ws, bias in _weights():
        z = bias + sum(w * v for w, v in zip(ws, values, strict=True) if v)
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def predict(found: Mapping[str, float]) -> tuple[str, float]:
    """The most probable type (the first of CLASSES on ties) and its probability."""
    probs = probabilities(found)
    best = max(range(len(probs)), key=lambda i: (probs[i], -i))
    return CLASSES[best], probs[best]


def admission(hand_typed: bool) -> float:
    """The probability from which the model's type stands: :data:`ADMIT` over a type the
    hand rules name, :data:`FALLBACK_ADMIT` where they name none."""
    return ADMIT if hand_typed else FALLBACK_ADMIT


def applies(hand: float | None, mode: str) -> bool:
    """Whether the model names the type where the hand rules' best weight is ``hand``
    (``None``: they found no type) under ``mode``."""
    if mode == "off":
        return False
    if mode == "replace" or hand is None:
        return True
    return mode == "unsure" and hand < UNSURE


#: the features that show a page is the record of one work: an identifier, a locator, a series
#: (a headline over a byline and a date, or a ``Publisher:`` label and a date, are any page's;
#: a DOI alone is any deposited object's too: a data set's, a program's, a poster's; an
#: issue's number alone a magazine's, a shop's back issue's or a tracker's ticket's)
RECORD_SIGNS = (
    "has_isbns",
    "has_issns",
    "has_volume",
    "has_page",
    "has_number",
    "has_collection_title",
    "has_chapter_number",
)


def record_of_one_work(found: Mapping[str, float]) -> bool:
    """Whether the features show the record of one work: an identifier, a locator or a
    series read (:data:`RECORD_SIGNS`), or a document's first page printed as text under
    its authors' names. A headline, a byline and a date, a ``Publisher:`` label, numbered
    paragraphs alone are an ordinary page's (a news item, a job offer, an association's
    statutes): the model is not asked there."""
    if any(found.get(k) for k in RECORD_SIGNS):
        return True
    return bool(found.get("cover") and found.get("has_authors"))


def admits(found: Mapping[str, float], csl_type: str) -> bool:
    """Whether the model's type may stand on a page of features ``found``: the page is the
    record of one work (:func:`record_of_one_work`) and no type word opening one of its
    lines names another type (``word_*``: a type printed on the page is never overruled)."""
    if not record_of_one_work(found):
        return False
    words = [k[5:] for k, v in found.items() if k.startswith("word_") and v]
    return not words or csl_type in words


def classes_of(values: Sequence[str]) -> list[int]:
    """The index of each type in CLASSES (-1 for a type outside them)."""
    return [CLASSES.index(v) if v in CLASSES else -1 for v in values]
