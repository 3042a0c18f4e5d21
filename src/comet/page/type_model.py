"""The type model of :func:`comet.parse_record`: one small logistic model per type.

The features of a page's type (:mod:`comet.page.type_features`: the hand rules' best weight
per type, the fields read, the page kinds' scores, a research paper's parts, a document's
transcript, type words opening a line) go through one-vs-rest logistic models, one per type
of :data:`~comet.page.type_features.CLASSES`; the most probable type is the model's. The
weights are package data (``type_model.json``), learned by ``scripts/train_type_model.py``
(host-disjoint cross-validation) from the project's pages, the corpus' dev split and local
work sets that live outside the repository (the file's ``trained_on`` and ``extra_sets``
say which); retrain with that script, never by hand.

How it is used is :data:`MODE` (measured in ``docs/pages.md``, "The type model").
Pure and I/O-free apart from reading the weights once.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Mapping, Sequence
from importlib import resources

from comet.page.type_features import CLASSES, FEATURES

__all__ = [
    "ADMIT",
    "FALLBACK_ADMIT",
    "MODE",
    "MODES",
    "SIGNS",
    "UNSURE",
    "admission",
    "admits",
    "applies",
    "choose",
    "predict",
    "probabilities",
    "signs",
]

#: how the model is used (a module setting: tests and ``benchmarks/pages.py --type-model``
#: set it): ``"off"`` (the hand rules alone); ``"fallback"``: the model names the type only
#: where the hand rules name none (the record would be a bare ``document``); ``"unsure"``:
#: also where the hand rules' best evidence weighs less than :data:`UNSURE`; ``"replace"``:
#: the model names the type of every page it reads. Every mode names only a type whose sign
#: the record's fields show (:data:`SIGNS`).
MODES = ("off", "fallback", "unsure", "replace")
MODE = "fallback"
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


def _has(found: Mapping[str, float], *names: str) -> bool:
    """Whether any of the fields ``names`` was read (``has_*`` features)."""
    return any(found.get(f"has_{n}") for n in names)


def _book(f: Mapping[str, float]) -> bool:
    # an ISBN with no container or ISSN (a shop's, a catalogue's record of the book); or a
    # printed extent, a count of pages before the page's prose, with nothing of a
    # periodical's or a part's, beside the work's maker, publisher, date, volume or series,
    # on a page that names no thesis (a catalogue's physical description of a volume: a
    # notebook's or a leaflet's count alone names no work); or an edition beside a publisher
    if _has(f, "container_title", "issns"):
        return False
    if _has(f, "isbns"):
        return True
    if _has(f, "number_of_pages") and not (
        _has(f, "issue", "doi", "page") or f.get("thesis_named")
    ):
        return _has(f, "authors", "editors", "publisher", "issued", "volume", "collection_title")
    return _has(f, "edition") and _has(f, "publisher")


def _chapter(f: Mapping[str, float]) -> bool:
    # a chapter's number; or an ISBN beside a container or a range of pages: a part of a book
    return _has(f, "chapter_number") or (
        _has(f, "isbns") and _has(f, "container_title", "page") and not _has(f, "issns")
    )


def _article(f: Mapping[str, float]) -> bool:
    # a journal (a container that names no proceedings, or an ISSN) with a volume, a range
    # of pages or an authored work's issue; no ISBN, and no preprint or working paper named
    # (a container and a DOI alone may be a site's name and a deposited object's; an ISSN
    # and a DOI alone a news story's citing a journal's article; an ISSN alone a journal's
    # own page, a list of ISSNs a publisher's list; a numbered issue without authors a
    # magazine's, a regulation's)
    if _has(f, "isbns") or f.get("proceedings") or f.get("preprint_named"):
        return False
    return _has(f, "container_title", "issns") and (
        _has(f, "volume", "page") or (_has(f, "issue") and _has(f, "authors"))
    )


def _paper(f: Mapping[str, float]) -> bool:
    # a proceedings container, or an event's line over the title, with the work's pages or
    # its DOI (a conference's own page states its event and prints no work's locator)
    return bool(f.get("proceedings") or f.get("event_head")) and _has(f, "page", "doi")


def _report(f: Mapping[str, float]) -> bool:
    # a number in a series, or a report series' number line, and no journal's locator
    return (
        _has(f, "number")
        and (_has(f, "collection_title") or bool(f.get("report_line")))
        and not _has(f, "volume", "issns", "container_title")
    )


#: the types whose records the fields read imply together, and how (general bibliographic
#: knowledge, the same in every language): the model names a type only where its sign holds,
#: so a page whose fields make no record of the type (a headline over a byline and a date, a
#: ``Publisher:`` label alone, a volume beside a binding, a list of journals' ISSNs, a DOI
#: alone: any deposited object's) stays untyped
SIGNS: dict[str, tuple[Callable[[Mapping[str, float]], bool], str]] = {
    "book": (_book, "an ISBN, an extent or an edition, and no periodical's field"),
    "chapter": (_chapter, "a chapter's number, or an ISBN beside a container or pages"),
    "article-journal": (_article, "a journal's name or ISSN with a locator"),
    "paper-conference": (_paper, "a proceedings or an event with the work's pages or DOI"),
    "report": (_report, "a number in a report series"),
}


def signs(found: Mapping[str, float]) -> list[str]:
    """The types of :data:`SIGNS` whose sign holds on a page of features ``found``."""
    return [t for t, (holds, _why) in SIGNS.items() if holds(found)]


def admits(found: Mapping[str, float], csl_type: str) -> bool:
    """Whether the model's type may stand on a page of features ``found``: the fields read
    make a record of that type (its sign of :data:`SIGNS` holds) and no type word opening
    one of the page's lines names another type (``word_*``: a type printed on the page is
    never overruled)."""
    sign = SIGNS.get(csl_type)
    if sign is None or not sign[0](found):
        return False
    words = [k[5:] for k, v in found.items() if k.startswith("word_") and v]
    return not words or csl_type in words


def choose(found: Mapping[str, float], admit: float) -> tuple[str, float] | None:
    """The most probable type the page's fields admit (:func:`admits`) if its probability
    reaches ``admit``, with that probability; ``None`` where no type is admitted."""
    best: tuple[str, float] | None = None
    for t, p in zip(CLASSES, probabilities(found), strict=True):
        if p >= admit and (best is None or p > best[1]) and admits(found, t):
            best = (t, p)
    return best


def classes_of(values: Sequence[str]) -> list[int]:
    """The index of each type in CLASSES (-1 for a type outside them)."""
    return [CLASSES.index(v) if v in CLASSES else -1 for v in values]
