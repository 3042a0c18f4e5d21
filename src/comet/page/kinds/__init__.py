"""Page kinds as data: one small TOML rule set per kind in ``comet/page/kinds/``.

A kind (Pure portal, OPAC, publisher, repository, shop …) is recognised from its
vocabulary (``cues``: whole words or phrases, counted only where a page's interface
prints them, see :func:`cue_in_place`; ``label_cues``: label keys found on the page)
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
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.metadata import entry_points
from itertools import chain
from pathlib import Path
from typing import Any

import attrs

from comet.errors import LocaleDataError
from comet.locales import LocaleRules, resolve, terms_of
from comet.page.letter_runs import letter_runs

__all__ = ["PageKind", "cue_in_place", "detect_kind", "kinds"]

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


#: a line (or a part of a line between separators) this short (characters, words) is
#: interface: a heading, a menu entry, a button, a label, a footer's credit or a type line
#: (``Research Article``), where a kind's cue anywhere in it counts
CUE_LINE_CHARS = 64
CUE_LINE_WORDS = 8
#: a longer line counts a cue only where it opens the line (``Posted by Ana Ruiz on …``),
#: up to this length, or where the line is a run of menu entries; in prose a cue is a word
#: like any other
CUE_OPENING_CHARS = 160
#: what separates the parts of one interface line (``Impressum | Powered by WordPress``,
#: ``© 2021 …``, ``>> Mehr zum Thema``)
_PARTS = re.compile(r"\s[|·•/]\s|©|»|>>")
#: sentence punctuation: a line without any is no sentence
_SENTENCE_MARKS = re.compile(r"[.,;:!?](?:\s|$)")


def _boundary(before: str, after: str, cue: str) -> bool:
    """The cue stands as whole words between the characters ``before`` and ``after``
    (``""`` at the text's ends): no letter touches it, unless the page glued link texts
    together at a change of case (``AboutCareersAdvertise with us``, ``BlogThis!``)."""
    left = not before.isalpha() or (before.islower() and cue[:1].isupper())
    right = not after.isalpha() or (after.isupper() and cue[-1:].islower())
    return left and right


def _menu_run(line: str) -> bool:
    """A line of link texts run together: no sentence punctuation, and three quarters of
    its words or more capitalised (``Home Politics Advertise with us Jobs``)."""
    words = line.split()
    if len(words) < 3 or _SENTENCE_MARKS.search(line):
        return False
    capitalised = sum(1 for w in words if not w[:1].islower())
    return 4 * capitalised >= 3 * len(words)


def cue_in_place(cue: str, text: str) -> bool:
    """Whether ``text`` prints ``cue`` as whole words where a page's interface signals its
    kind: anywhere on a short line or part of a line between separators
    (:data:`CUE_LINE_CHARS`, :data:`CUE_LINE_WORDS`: a heading, menu entry, button, label,
    footer credit or type line), opening a longer one (a label with its value, ``Posted
    by …``), or in a run of menu entries. A cue in a sentence of prose is no signal."""
    at = text.find(cue)
    while at >= 0:
        end = at + len(cue)
        if _boundary(text[at - 1 : at], text[end : end + 1], cue):
            start = text.rfind("\n", 0, at) + 1
            stop = text.find("\n", end)
            line = text[start : stop if stop >= 0 else len(text)]
            part_start = 0
            for m in _PARTS.finditer(line):
                if m.end() <= at - start:
                    part_start = m.end()
                elif m.start() >= end - start:
                    line = line[: m.start()]
                    break
            part = line[part_start:]
            opening = text[start + part_start : at].strip() == ""
            if (
                (len(part.strip()) <= CUE_LINE_CHARS and len(part.split()) <= CUE_LINE_WORDS)
                or (opening and len(part.strip()) <= CUE_OPENING_CHARS)
                or _menu_run(line)
            ):
                return True
        at = text.find(cue, at + 1)
    return False


def _pieces(text: str) -> frozenset[str] | None:
    """The runs of letters of ``text``, each cut where a lower-case letter meets an
    upper-case one (``AboutCareers`` → ``About``, ``Careers``); ``None`` when a run holds a
    character that is no letter (``²``). Where :func:`cue_in_place` finds a cue, the
    cue's first piece (:func:`_first_piece`) is one of these: a necessary condition
    checked in a set instead of a search of the page for every cue."""
    runs = letter_runs(text)  # (read once per page: the page's key reads them too)
    if not "".join(runs).isalpha():
        return None
    out = set(runs)  # (a run with no change of case is its own piece; others add theirs)
    plain = set(filter(str.islower, out))
    plain.update(filter(str.isupper, out))
    plain.update(filter(str.istitle, out))
    for run in out - plain:
        start = 0
        for i in range(1, len(run)):
            if run[i - 1].islower() and run[i].isupper():
                out.add(run[start:i])
                start = i
        out.add(run[start:])
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _first_piece(cue: str) -> str | None:
    """The letters a cue opens with, up to its first non-letter or change from a lower-case
    to an upper-case letter (``WordPress`` → ``Word``); ``None`` when it opens with no letter."""
    if not cue[:1].isalpha():
        return None
    j = 1
    while j < len(cue) and cue[j].isalpha() and not (cue[j - 1].islower() and cue[j].isupper()):
        j += 1
    return cue[:j]


def _may_be_in_place(cue: str, pieces: frozenset[str] | None, first: str | None = None) -> bool:
    """False only where :func:`cue_in_place` is sure to be (``pieces``: :func:`_pieces`;
    ``first``: the cue's :func:`_first_piece`, when the caller has it read already)."""
    if first is None:
        first = _first_piece(cue)
    return pieces is None or first is None or first in pieces


@functools.cache
def _kind_cues(
    rules: tuple[LocaleRules, ...],
) -> tuple[tuple[PageKind, tuple[tuple[str, str | None], ...]], ...]:
    """Every kind with its cues (its site cues, then its phrases in ``rules``; each once),
    each with the letters it opens with (:func:`_first_piece`): read once per locale set
    instead of once per page."""
    return tuple(
        (
            kind,
            tuple(
                (cue, _first_piece(cue))
                for cue in dict.fromkeys((*kind.cues, *_phrases(kind.name, rules)))
            ),
        )
        for kind in kinds()
    )


@functools.cache
def _kind_cue_index(
    rules: tuple[LocaleRules, ...],
) -> tuple[tuple[PageKind, tuple[str, ...], dict[str, tuple[str, ...]], tuple[str, ...]], ...]:
    """:func:`_kind_cues` with each kind's cues by their first piece (and those with none
    apart): a page's pieces pick the cues that may be in place in one set operation."""
    out = []
    for kind, cues in _kind_cues(rules):
        by_first: dict[str, list[str]] = {}
        for cue, first in cues:
            if first is not None:
                by_first.setdefault(first, []).append(cue)
        unpieced = tuple(cue for cue, first in cues if first is None)
        every = tuple(cue for cue, _first in cues)
        out.append((kind, every, {f: tuple(v) for f, v in by_first.items()}, unpieced))
    return tuple(out)


#: what a kind's evidence weighs: a cue of one word (``Blog``, ``Anzeige``), a phrase of
#: several (``Leave a comment``), a label key of the kind on the page
CUE_WORD = 1
CUE_PHRASE = 2
CUE_LABEL = 2


def detect_kind(
    text: str, label_keys: Iterable[str], rules: tuple[LocaleRules, ...] = ()
) -> tuple[PageKind | None, dict[str, int]]:
    """The best-scoring kind for a page and all scores: ``None`` unless the best shows a
    label key of its kind or two cues at least (one cue, word or phrase, names no kind).

    A kind's cues are its file's site cues and its phrases in the locales ``rules``
    (``[page_kinds]``; all registered locales when empty); each counts once, where the page
    prints it in an interface place (:func:`cue_in_place`): :data:`CUE_PHRASE` for a phrase,
    :data:`CUE_WORD` for a single word, :data:`CUE_LABEL` for each label key of the kind."""
    keys = set(label_keys)
    rules = rules or tuple(resolve(None))
    scores: dict[str, int] = {}
    best: PageKind | None = None
    best_score, best_enough = 0, False
    pieces = _pieces(text)
    for kind, every, by_first, unpieced in _kind_cue_index(rules):
        # (_may_be_in_place for every cue at once: the cues whose first piece the page holds)
        cues: Iterable[str] = every
        if pieces is not None:
            cues = [*chain.from_iterable(by_first[f] for f in by_first.keys() & pieces), *unpieced]
        placed = [cue for cue in cues if cue_in_place(cue, text)]
        labels = len(kind.label_cues & keys)
        score = sum(CUE_PHRASE if len(c.split()) > 1 else CUE_WORD for c in placed)
        score += CUE_LABEL * labels
        scores[kind.name] = score
        if score > best_score:
            best, best_score, best_enough = kind, score, labels > 0 or len(placed) >= 2
    return (best if best_enough else None), scores
