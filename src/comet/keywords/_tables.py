"""The words a keyword reader needs, drawn from the locales: labels, stop terms, language tags."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import attrs

from comet import locales as _loc
from comet.keywords._shapes import _TAG_SHAPE
from comet.locales import LocaleRules, alternation, fold
from comet.text._words import closed_class

_SPACE = "[ \\t\\u00a0]"


@attrs.frozen
class _Tables:
    label_re: re.Pattern[str] | None
    #: fold(label) -> (canonical key, tags of the locales that have it)
    labels: Mapping[str, tuple[str, frozenset[str]]]
    #: folded lines that end a block: other field labels and boilerplate phrases
    stop: frozenset[str]
    #: folded boilerplate phrases: dropped when they stand as an item
    boilerplate: frozenset[str]
    #: folded interface words of a site (``[words].interface_words``: *pdf, download, cite*)
    interface: frozenset[str] = frozenset()
    #: a keyword label with its colon, matched after a sentence's end inside a line (``… for
    #: planning. Keywords: salt marsh, …``)
    mid_label_re: re.Pattern[str] | None = None
    #: folded closed-class words of every locale: a label's word followed by one opens a
    #: sentence (``Keywords are …``), no list
    closed: frozenset[str] = frozenset()


_LIST_KEYS = ("keywords", "key_terms")


@functools.cache
def _tables(locales: tuple[LocaleRules, ...]) -> _Tables:
    labels: dict[str, tuple[str, frozenset[str]]] = {}
    spellings: dict[str, None] = {}
    for rules in locales:
        for key in _LIST_KEYS:
            for term in rules.terms("labels", key):
                spellings.setdefault(term, None)
                f = fold(term)
                old = labels.get(f)
                if old is None:
                    labels[f] = (key, frozenset({rules.tag}))
                else:
                    labels[f] = (old[0], old[1] | {rules.tag})
    every = (*_loc.all_rules(), *locales)
    stop = _stop_terms(every)
    boilerplate = frozenset(fold(t) for rules in every for t in rules.terms("boilerplate"))
    interface = frozenset(
        fold(t) for rules in every for t in rules.terms("words", "interface_words")
    )
    if not labels:
        return _Tables(None, labels, stop, boilerplate, interface)
    pattern = alternation(spellings, space=f"{_SPACE}+")
    rx = re.compile(
        # a bracketed label ('[Keywords]', '【关键词】') ends at its closing bracket
        rf"{_SPACE}*+(?P<open>[\[【〔［〖])?(?P<label>{pattern})(?(open)[\]】〕］〗])(?P<after>{_SPACE}*+(?:[:：]|[-–—](?={_SPACE}|\Z)|[–—])?)",
        re.IGNORECASE,
    )
    mid = re.compile(rf"{_SPACE}*(?P<label>{pattern})(?P<after>{_SPACE}*+[:：])", re.IGNORECASE)
    closed = frozenset(fold(w) for w in closed_class(every))
    return _Tables(rx, labels, stop, boilerplate, interface, mid, closed)


def _stop_terms(locales: Iterable[LocaleRules]) -> frozenset[str]:
    """Folded field labels (other than keyword labels) and boilerplate phrases of ``locales``."""
    out: set[str] = set()
    for rules in locales:
        for key in rules.keys("labels"):
            if key not in _LIST_KEYS:
                out.update(fold(t).rstrip(":：").strip() for t in rules.terms("labels", key))
        out.update(fold(t) for t in rules.terms("boilerplate"))
    out.discard("")
    return frozenset(out)


@functools.cache
def _locale_tags() -> frozenset[str]:
    return frozenset(_loc.available())


@functools.cache
def _normalize_language(language: str) -> str:
    if _TAG_SHAPE.fullmatch(language):
        tag = language.replace("_", "-")
        import langcodes

        if langcodes.tag_is_valid(tag):
            return str(langcodes.standardize_tag(tag))
    try:
        return _loc.get(language).tag
    except LookupError:
        pass
    raise ValueError(f"language must be a BCP 47 tag or a known language name, not {language!r}")
