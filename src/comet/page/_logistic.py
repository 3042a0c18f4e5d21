"""The learned scorers' one logistic model: weights read once from a package JSON file
(written by a ``scripts/train_*_model.py``), a probability, and a weight on the evidence scale.
Shared by :mod:`comet.page.title_model` and :mod:`comet.page.person_model`. Pure and
I/O-free apart from reading each weights file once.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Mapping, Sequence
from importlib import resources

__all__ = ["probability", "score", "weights"]


@functools.cache
def weights(name: str, features: tuple[str, ...]) -> tuple[tuple[float, ...], float]:
    """The weights (in the order of ``features``) and the bias of the model in the package
    file ``name``; a file written for other features is an error."""
    data = json.loads(resources.files("comet.page").joinpath(name).read_text("utf-8"))
    names = tuple(data["features"])
    if names != features:
        raise ValueError(f"{name} features {names} differ from {features}")
    return tuple(float(w) for w in data["weights"]), float(data["bias"])


def probability(name: str, features: tuple[str, ...], values: Sequence[float]) -> float:
    """The probability the model of ``name`` gives to these feature ``values``."""
    ws, bias = weights(name, features)
    if len(ws) != len(values):
        raise ValueError(f"{name}: {len(values)} feature values for {len(ws)} weights")
    z = bias + sum(map(operator.mul, ws, values))  # (the products added in the same order)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(
    name: str, features: tuple[str, ...], found: Mapping[str, float], low: float, high: float
) -> float:
    """The evidence weight (``low`` … ``high``) of a candidate with the features ``found``
    (a feature not found counts 0)."""
    return low + (high - low) * probability(name, features, [found.get(n, 0.0) for n in features])
