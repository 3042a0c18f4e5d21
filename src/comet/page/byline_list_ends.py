"""How a byline's list of names goes on or ends: a line opening with the list's comma or word,
a closing conjunction, an *et al.*, a name printed again.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person
from comet.page.byline_text import _et_al, _list_words
from comet.page.evidence import _Page


@functools.cache
def _et_al_tail(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """The locales' *et al.* phrases closing a list of names (``et al.``, ``и др.``, ``y
    col.``, ``u. a.``), after a comma or a space."""
    terms = sorted((t for t in _et_al(rules) if any(c.isalpha() for c in t)), key=len, reverse=True)
    return re.compile(r"[,;]?\s+(?:" + "|".join(map(re.escape, terms)) + r")$", re.I)


@functools.cache
def _et_al_ends(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The last word of each *et al.* phrase of the locales, folded (``al.``, ``др.``)."""
    return frozenset(t.split()[-1] for t in _et_al(rules) if any(c.isalpha() for c in t))


def _without_et_al(core: str, page: _Page) -> str:
    """``core`` without the *et al.* that closes a list of names printed before it: a
    byline cut short still names its first authors (``Ana Ruiz, Ida Moe et al.``)."""
    if " " not in core or core.rsplit(None, 1)[-1].casefold() not in _et_al_ends(page.rules):
        return core
    m = _et_al_tail(page.rules).search(core)
    return core[: m.start()].rstrip(" ,;") if m is not None and m.start() > 0 else core


def _echo(text: str, last: Person) -> bool:
    """``text`` is the name ``last`` as printed again (its author card under a byline)."""
    return bool(last.raw) and text.strip().casefold() == last.raw.strip().casefold()


def _continued(text: str, page: _Page) -> bool:
    """A line that goes on with a list of names: it opens with the list's comma or one of
    its words (``, Ida Moe``, ``and Ida Moe``), as a platform prints a byline with each
    author's card (the name again, ``ORCID logo EMAIL logo``) between its names."""
    t = text.strip()
    if t.startswith((",", ";", "&")):
        return True
    first = t.split(maxsplit=1)[:1]
    return bool(first) and first[0].casefold() in _list_words(page.rules)


@functools.cache
def _closing_and(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    words = [w for w in _loc.terms_of("person_names", rules, "and") if w.isalpha()]
    return re.compile(rf"[,;]?\s(?:{_loc.alternation(words) or '(?!)'})\s+[^,;]+$", re.I)


def _closed_list(text: str, page: _Page) -> bool:
    """A byline of several names whose last one follows the list's conjunction (``A; B;
    and C``, ``A, B et C``): the list ends on this line."""
    return _closing_and(page.rules).search(text.strip()) is not None
