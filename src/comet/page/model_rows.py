"""The rows the learned scorers learn from: every title-like line, author candidate and
container candidate of a page with its model features (``scripts/train_title_model.py``,
``train_person_model.py``, ``train_container_model.py``; not part of the stable API).
Moved verbatim from ``comet.page.parse``."""

from __future__ import annotations

from typing import Any

from comet.page.container_features import container_features
from comet.page.content import _type_cands, type_features_of
from comet.page.evidence import choice_order
from comet.page.marc_record import read_marc_view
from comet.page.parse import STAGES, _not_a_record, _prepare, _read_title, _read_type
from comet.page.person_features import line_candidates, person_features
from comet.page.persons import _person_candidates
from comet.page.titles import _title_candidates
from comet.page.venue_fields import _read_venue, container_pool

__all__ = ["container_rows", "person_rows", "title_lines", "type_row"]


def title_lines(text: str, *, locales: Any = None) -> list[tuple[str, dict[str, float]]]:
    """The title-like lines of a page with their title-model features, in page order
    (what ``scripts/train_title_model.py`` learns from; not part of the stable API)."""
    page, value_lines = _prepare(text, locales)
    return [
        (str(c.value), c.features)
        for c in _title_candidates(page, value_lines)
        if c.features is not None
    ]


def person_rows(
    text: str, *, locales: Any = None
) -> list[tuple[tuple[Any, ...], float, dict[str, float]]]:
    """The author candidates of a page: its names, the hand-set weight and the person-model
    features of each, in the order they were built (what ``scripts/train_person_model.py``
    learns from; not part of the stable API). Empty for a MARC view or a page that is no
    record (their authors are read otherwise)."""
    if read_marc_view(text) is not None:
        return []
    page, value_lines = _prepare(text, locales)
    if _not_a_record(page):
        return []
    _read_title(page, value_lines, {})
    cands = _person_candidates(page, page.title_line)
    cands += line_candidates(page, cands)
    person_features(page, cands)
    return [(tuple(c.value), c.score, c.features or {}) for c in cands]


def container_rows(text: str, *, locales: Any = None) -> list[tuple[str, float, dict[str, float]]]:
    """The container candidates of a page (the site's name among them): the value, the
    hand-set weight and the container-model features of each, in the order they were built
    (what ``scripts/train_container_model.py`` learns from; not part of the stable API).
    Empty for a MARC view or a page that is no record."""
    if read_marc_view(text) is not None:
        return []
    page, value_lines = _prepare(text, locales)
    if _not_a_record(page):
        return []
    f: dict[str, Any] = {}
    for stage in STAGES[: STAGES.index(_read_venue)]:
        stage(page, value_lines, f)
    cands = container_pool(page, f)
    container_features(page, cands, f["_loc_span"], f.get("title"))
    return [(str(c.value), c.score, c.features or {}) for c in cands]


def type_row(
    text: str, *, locales: Any = None
) -> tuple[str | None, float, dict[str, float]] | None:
    """The hand rules' type of a page, its weight (0 where they name none) and the type
    model's features (what ``scripts/train_type_model.py`` learns from; not part of the
    stable API). ``None`` for a MARC view (its type is the leader's) or a page that is no
    record."""
    if read_marc_view(text) is not None:
        return None
    page, value_lines = _prepare(text, locales)
    if _not_a_record(page):
        return None
    f: dict[str, Any] = {}
    for stage in STAGES[: STAGES.index(_read_type)]:
        stage(page, value_lines, f)
    cands, _ptype, web = _type_cands(page, f)
    best = min(cands, key=choice_order) if cands else None
    features = type_features_of(page, f, cands, web)
    return (str(best.value) if best else None), (best.score if best else 0.0), features
