"""Page kinds as data: one small TOML rule set per kind in ``comet/page/kinds/``.

A kind (Pure portal, OPAC, publisher, repository, shop …) is recognised from its
vocabulary (``cues``: substrings; ``label_cues``: label keys found on the page)
and only *adjusts* how :func:`comet.parse_record` weighs evidence; a page of an
unknown kind still gets every field the general rules find.  Contributors add a
kind by adding a file; third-party packages through the entry-point group
``comet.page_kinds`` (a path, or a callable returning paths).

Keys of a kind file: ``kind`` (name), ``description``, ``cues`` (list of str: site cues
only, such as product names; a kind's phrases in each language are the locales'
``[page_kinds]`` lists),
``label_cues`` (list of label keys), and optional flags ``bullets_are_keywords``,
``holdings``, ``prose_is_description``, ``locators_cite_others`` (a locator on such a page is
of another work: weaker), and ``csl_type``: the CSL type of a page of the kind
when no stronger evidence names one (a blog post is ``post-weblog``).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import attrs

from comet.errors import LocaleDataError
from comet.locales import LocaleRules, resolve, terms_of

__all__ = ["PageKind", "detect_kind", "kinds"]

_FLAGS = (
    "bullets_are_keywords",
    "holdings",
    "prose_is_description",
    "locators_cite_others",
    "masthead_is_container",
)


@attrs.frozen
class PageKind:
    name: str
    description: str
    cues: tuple[str, ...]
    label_cues: frozenset[str]
    flags: frozenset[str]
    csl_type: str | None = None


def _load(data: Mapping[str, Any], where: str) -> PageKind:
    name = data.get("kind")
    if not isinstance(name, str) or not name:
        raise LocaleDataError(where, "kind", "expected a non-empty string")
    for key in ("cues", "label_cues"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LocaleDataError(where, key, "expected a list of strings")
    csl_type = data.get("csl_type")
    if csl_type is not None and not isinstance(csl_type, str):
        raise LocaleDataError(where, "csl_type", "expected a string")
    unknown = set(data) - {"kind", "description", "cues", "label_cues", "csl_type", *_FLAGS}
    if unknown:
        raise LocaleDataError(where, sorted(unknown)[0], "unknown key")
    return PageKind(
        name=name,
        description=str(data.get("description", "")),
        cues=tuple(data.get("cues", [])),
        label_cues=frozenset(data.get("label_cues", [])),
        flags=frozenset(f for f in _FLAGS if data.get(f) is True),
        csl_type=csl_type,
    )


@functools.cache
def kinds() -> tuple[PageKind, ...]:
    """Every registered page kind (built-in files first, then entry points)."""
    out: list[PageKind] = []
    for entry in sorted(resources.files("comet.page.kinds").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            out.append(_load(tomllib.loads(entry.read_text("utf-8")), entry.name))
    for ep in entry_points(group="comet.page_kinds"):
        obj = ep.load()
        paths = obj() if callable(obj) else obj
        for path in paths if isinstance(paths, list | tuple) else [paths]:
            p = Path(path)
            out.append(_load(tomllib.loads(p.read_text("utf-8")), p.name))
    return tuple(out)


@functools.cache
def _phrases(name: str, rules: tuple[LocaleRules, ...]) -> tuple[str, ...]:
    """A kind's phrases in the locales (``[page_kinds].<kind>``)."""
    return tuple(terms_of("page_kinds", rules, name))


def detect_kind(
    text: str, label_keys: Iterable[str], rules: tuple[LocaleRules, ...] = ()
) -> tuple[PageKind | None, dict[str, int]]:
    """The best-scoring kind for a page (``None`` when no cue matches) and all scores.

    A kind's cues are its file's site cues and its phrases in the locales ``rules``
    (``[page_kinds]``; all registered locales when empty)."""
    keys = set(label_keys)
    rules = rules or tuple(resolve(None))
    scores: dict[str, int] = {}
    best: PageKind | None = None
    best_score = 0
    for kind in kinds():
        cues = (*kind.cues, *_phrases(kind.name, rules))
        score = sum(1 for cue in cues if cue in text) + 2 * len(kind.label_cues & keys)
        scores[kind.name] = score
        if score > best_score:
            best, best_score = kind, score
    return (best if best_score >= 2 else None), scores
