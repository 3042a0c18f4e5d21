"""The byline scorer of :func:`comet.parse_record`: a small logistic model.

Every author candidate of a page (a labelled value, the byline under the title, names near
the top, a citation's authors …) gets the features of :mod:`comet.page.person_features`;
the model turns them into a score between :data:`LOW` and :data:`HIGH`, on the scale of
the other evidence weights. The weights are package data (``person_model.json``), learned
from the *dev* part of the development corpus, the project's own pages and local work sets
that live outside the repository (the file's ``trained_on`` and ``extra_sets`` say which)
by ``scripts/train_person_model.py``, which also reports site-disjoint cross-validation;
retrain with that script, never by hand.

How it is used is :data:`MODE` (measured in ``docs/pages.md``, "The person model").
Pure and I/O-free apart from reading the weights once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from comet.names import Person
from comet.page import _logistic
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.name_unlisted import unlisted_names
from comet.page.other_roles import without_other_roles
from comet.page.person_features import (
    LINE_EVIDENCE,
    SOURCES,
    carries_a_person,
    line_candidates,
    person_features,
)

__all__ = [
    "ADMIT_LOGIT",
    "FEATURES",
    "HIGH",
    "LOW",
    "MODE",
    "MODES",
    "probability",
    "rescore",
    "score",
]

#: how the model is used (a module setting: tests and ``benchmarks/pages.py --person-model``
#: set it): ``"off"``; ``"fallback"`` (the default): only on a page where no hand rule found
#: an author with position-only evidence's weight (``W_POS``) or more (a glued list and bare
#: names near the top weigh less), it admits the line of names it is surest of; ``"replace"``: every candidate
#: gets the model's weight in place of the hand-set one (and lines of names are admitted as
#: in ``"fallback"``).
MODES = ("off", "fallback", "replace")
MODE = "fallback"

#: The features, in the order of the weights (each documented where it is computed, in
#: :func:`comet.page.person_features.person_features`).
FEATURES = (
    *(f"src_{s}" for s in SOURCES),  # the kind of evidence (label, citation block, byline …)
    "names",  # log(1 + how many names)
    "one_name",  # a single name
    "no_title",  # no title line to measure from
    "after_title",  # starts within 20 lines under the title
    "before_title",  # starts above the title
    "title_gap",  # lines from the title (capped at 20) / 20
    "offset",  # where it starts, as a share of the page
    "references",  # inside the reference list
    "related",  # inside a related-items list
    "given_known",  # share of names whose first given word is a known given name
    "given_first",  # ... and printed before the family name
    "initials",  # share of names whose given names are initials only
    "literal",  # share of names with no family part (bodies, unparsed)
    "no_given",  # share of names that are a family name alone (one word)
    "capitals",  # share of names set all in capitals
    "organisation",  # share of names holding a word of an organisation's name
    "words_per_name",  # words of its text per name (capped at 8) / 4
    "interface",  # share of its words that are interface words
    "digits",  # share of digits among its characters
    "markers",  # affiliation or note markers on its words
    "separators",  # a ``,`` ``;`` ``&`` or a list word of the locales
    "by_word",  # its first line opens with an author word (``By``)
    "lines",  # log(lines it spans)
    "orcid",  # an ORCID on it or on the line after
    "mail",  # an e-mail address on it or on the line after
    "date_near",  # a date on the line before or after
    "repeated",  # the same names from another candidate elsewhere (0, 0.5, 1)
    "vouched",  # a label or a citation names the same people
    "disputed",  # a label or a citation names some of them, but not this list
    "extends",  # it extends another candidate's shorter list
    "truncated",  # another candidate's longer list begins with it
)
LOW, HIGH = 0.2, 0.9
#: the package file of the weights (``scripts/train_person_model.py`` writes it)
MODEL_FILE = "person_model.json"
#: a line of names no hand rule took is a candidate only where the model's logit is at
#: least this (a probability of about 0.18: the classes are balanced in training, so the
#: model's probabilities run high; chosen on the fresh sets' work halves, -1 to -3 tried:
#: -1.5 read the most right bylines there for the fewest wrong ones)
ADMIT_LOGIT = -1.5
_ADMIT_P = 1.0 / (1.0 + math.exp(-ADMIT_LOGIT))


def probability(values: Sequence[float]) -> float:
    """The model's probability for a candidate with these feature values."""
    return _logistic.probability(MODEL_FILE, FEATURES, values)


def score(features: Mapping[str, float]) -> float:
    """The evidence weight of an author candidate with these ``features`` (``LOW`` … ``HIGH``).

    >>> s = score({name: 0.0 for name in FEATURES})
    >>> LOW <= s <= HIGH
    True
    """
    return _logistic.score(MODEL_FILE, FEATURES, features, LOW, HIGH)


def rescore(page: _Page, cands: Sequence[Cand], mode: str = "fallback") -> list[Cand]:
    """The author candidates of a page as :data:`MODE` says: with the model's weights
    (their features set) and the lines of names where the model is sure of them, each
    without the names the page prints with another role in brackets
    (:func:`~comet.page.other_roles.without_other_roles`, as the hand rules' candidates)."""
    if mode == "off" or (mode != "replace" and any(c.score >= W_POS for c in cands)):
        return list(cands)
    lines = without_other_roles(page, line_candidates(page, cands))
    if cands:  # beside weak hand candidates, a line that names no one else adds nothing
        lines = [ln for ln in lines if not any(_within(ln.value, c.value) for c in cands)]
    every = [*cands, *lines]
    person_features(page, every)
    out = []
    for c in every:
        p = probability([(c.features or {}).get(n, 0.0) for n in FEATURES])
        if c.evidence == LINE_EVIDENCE and (
            p < _ADMIT_P
            or not (carries_a_person(c.features or {}) or unlisted_names(page, c.value))
        ):
            continue
        if mode == "replace" or c.evidence == LINE_EVIDENCE:
            c.score = LOW + (HIGH - LOW) * p
        out.append(c)
    return out


def _within(persons: Sequence[Person], others: Sequence[Person]) -> bool:
    """Every person of ``persons`` is among ``others`` (the same family and given names):
    a line of names that is a part of a hand rule's list (``Ida Moe, Ana Ruiz`` out of
    ``Eva Lund, Ida Moe, Ana Ruiz``) is no other reading of the byline."""
    theirs = {_person_key(p) for p in others}
    return all(_person_key(p) in theirs for p in persons)


def _person_key(p: Person) -> tuple[str, str]:
    return ((p.family or p.literal or "").casefold(), (p.given or "").casefold())
