"""The title-line scorer of :func:`comet.parse_record`: a small logistic model.

Every title-like line of a page gets a few layout features (below); the model turns them
into a score between :data:`LOW` and :data:`HIGH`, on the scale of the other evidence
weights (a label is 0.75, a citation block 0.95). The weights are package data
(``title_model.json``), learned by ``scripts/train_title_model.py`` (host-disjoint
cross-validation) from the project's pages, the corpus' dev split and local work sets that
live outside the repository (the file's ``trained_on``, ``kept_from`` and ``extra_sets``
say which); retrain with that script, never by hand. Pure and I/O-free apart from reading
the weights once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from comet.page import _logistic

__all__ = ["FEATURES", "HIGH", "LOW", "score"]

#: The features, in the order of the weights (each documented where it is computed, in
#: ``comet.page.titles._title_features``).
FEATURES = (
    "rank",  # log(1 + how many title-like lines stand before it)
    "offset",  # where the line starts, as a share of the page
    "repeats",  # how often the page repeats the line (capped at 3)
    "words",  # word count / 10
    "short",  # three words or fewer
    "locator_next",  # the next line is a volume/issue/pages line (a journal name above it)
    "byline",  # a byline follows within a few lines
    "byline_adjacent",  # ... on the very next line (or after a subtitle)
    "subtitle",  # a subtitle line stands between the line and its byline
    "blank_before",  # a blank line before it
    "ends_period",  # ends with a full stop
    "capitalised",  # share of words starting with a capital
    "interface",  # share of its words that are interface words
    "neighbours_interface",  # the lines before and after are interface chrome (0, 0.5, 1)
    "colon",  # holds a colon (title: subtitle)
    "digits",  # share of digits among its characters
    "container",  # a citation block or a journal label names it as the container
    "responsibility",  # an ISBD statement of responsibility follows (`` / by …``), cut off
    "chrome_prefix",  # interface words before a colon (``Details for: …``), cut off
    "near_prose",  # its content words the prose right under it uses (out of 6)
    # (the next six: comet.page.title_context)
    "in_byline",  # a line of the byline read under an earlier title-like line
    "short_neighbours",  # share of the lines next to it that are short, with no digit
    "cut_short",  # a later title-like line goes on from its words
    "label_under",  # a labelled line stands right under it
    "interface_above",  # the line right above is the site's chrome
    "interface_byline",  # a byline under it, its words interface words (a link's text)
    "venue_name",  # a periodical's or an event's name by the locales' words (title_venue_names)
)
LOW, HIGH = 0.2, 0.9
#: the package file of the weights (``scripts/train_title_model.py`` writes it)
MODEL_FILE = "title_model.json"


def probability(values: Sequence[float]) -> float:
    """The model's probability for a candidate with these feature values."""
    return _logistic.probability(MODEL_FILE, FEATURES, values)


def score(features: Mapping[str, float]) -> float:
    """The evidence weight of a title line with these ``features`` (``LOW`` … ``HIGH``).

    >>> s = score({name: 0.0 for name in FEATURES})
    >>> LOW <= s <= HIGH
    True
    """
    return _logistic.score(MODEL_FILE, FEATURES, features, LOW, HIGH)
