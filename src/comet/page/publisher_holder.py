"""A publisher's value read as a grammar: what a copyright line or a citation's pointer
prints round the body's name, taken off.

A publisher candidate may be a whole copyright statement (``© 1999-2006 Fen Press Ltd
unless otherwise stated``: a ``Published by`` label over the footer's line), a copyright
holder with the rights phrase after it (``Fen Publishing Ltd and individual
contributors``), or a citation's pointer to where the work is kept (``Retrieved from Marsh
Institute``). The body's name is what stands between: without the copyright mark and its
years, without the legal form a copyright line gives the holder (``Ltd``, ``GmbH``: the
locales' ``[words].company_suffixes``; the gold conventions name the body, as a label or a
``Published by`` statement names it with its form kept), and without the trailing rights
phrases (the locales' ``[words].copyright_words`` phrases and
``[words].copyright_tails``: *and individual contributors*, *unless otherwise stated*,
*sauf mention contraire*) or the leading pointer phrase (the locales' multi-word
``[references].available`` terms: *retrieved from*, *recuperado de*, *hämtad från*).

A value that is only a date (``21 Marzo 2022`` under a ``Publicación`` label: the label
names the date of publication) names no publisher: :func:`date_only`.

Pure: string in, string out; the patterns are built once per choice of locales.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate, parse_date
from comet.page.copyright_holders import without_preposition
from comet.page.copyright_marks import copyright_statement
from comet.page.site_words import _rights_reserved

__all__ = ["date_only", "holder_name", "pointer_phrase"]


#: a copyright statement's sign or year before its holder (``Copyright Clearance Center``
#: alone is a name, no statement)
_MARKED = re.compile(r"©|\(c\)|\d{4}", re.I)


@functools.cache
def pointer_phrase(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A citation's pointer phrase opening a value (``Retrieved from``, ``Available from:``):
    the locales' ``[references].available`` terms of two words or more (one word, ``from``,
    ``at``, may open a name), anchored at the value's start (also
    :func:`comet.page.cited_report.cited_report`'s publisher)."""
    terms = [t for t in _loc.terms_of("references", rules, "available") if " " in t.strip()]
    if not terms:
        return None
    return re.compile(rf"^(?:{_loc.alternation(terms)})\s*:?\s+(?=\S)", re.I)


@functools.cache
def _tails(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A rights phrase after a copyright holder's name and all after it (``and individual
    contributors``, ``unless otherwise stated < info@… >``): ``[words].copyright_tails``."""
    terms = _loc.terms_of("words", rules, "copyright_tails")
    if not terms:
        return None
    return re.compile(rf"[,;]?\s+(?:{_loc.alternation(terms)})(?!\w).*$", re.I | re.S)


@functools.cache
def _form(rules: tuple[_loc.LocaleRules, ...], end: str) -> re.Pattern[str] | None:
    """A legal form after a name (the locales' ``[words].company_suffixes``: ``, Inc.``,
    `` Ltd``, `` GmbH``), then ``end``: :data:`_CLOSING` a name, :data:`_INNER` inside a
    statement (``Garza S.L. Todos …``)."""
    terms = _loc.terms_of("words", rules, "company_suffixes")
    if not terms:
        return None
    return re.compile(rf",?\s+(?:{_loc.alternation(terms)}){end}")


#: where a legal form ends: closing the value, or before a space or a separator inside it
_CLOSING = r"\s*$"
_INNER = r"(?=[\s,;]|$)"


def holder_name(value: str, rules: tuple[_loc.LocaleRules, ...], *, holder: bool = False) -> str:
    """The body's name in a publisher's ``value`` (see the module). ``holder``: the value
    was read as a copyright line's holder already (its mark and years gone), so its
    legal form and rights phrases go too; a value opening with a copyright statement is
    read as one. Any other value only loses a leading pointer phrase."""
    v = value.strip()
    pointer = pointer_phrase(rules)
    if pointer is not None:
        v = pointer.sub("", v, count=1)
    m = copyright_statement(rules).match(v)
    if m is not None and _MARKED.search(v[: m.start("holder")]) is not None:
        inner = _form(rules, _INNER)  # ('© 2020 Garza S.L. …': the form's stops end no holder)
        if inner is not None:
            m = copyright_statement(rules).match(inner.sub("", v)) or m
        v = without_preposition(m.group("holder").strip(" ,"), rules)
        holder = True
    if not holder:
        return v
    tails = _tails(rules)
    for pattern in (tails, _rights_reserved(rules)):
        if pattern is not None:
            v = pattern.sub("", v)
    form = _form(rules, _CLOSING)
    if form is not None:
        cut = form.sub("", v).strip(" ,")
        if cut:
            v = cut
    return v.strip(" ,;.–—-")  # (a dash before a cut rights phrase: "X – All rights …")


#: words of a value at most for it to be read as a date alone (``21 Marzo 2022``)
DATE_WORDS = 5


def date_only(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``value`` is a date with its month named and nothing else (``21 Marzo 2022``,
    ``13. Juni 2023``): a publisher's label over the date of publication. A bare year or a
    number's date is the imprint reader's (``Publisher: 1984`` names no publisher either,
    and says so)."""
    v = value.strip(" .,;")
    if not v or len(v.split()) > DATE_WORDS or not any(c.isalpha() for c in v):
        return False
    parsed = parse_date(v, locales=rules, strict=False)
    date = parsed.value
    return (
        isinstance(date, PartialDate)
        and date.month is not None
        and not any(d.code == "ignored-text" for d in parsed.diagnostics)
    )
