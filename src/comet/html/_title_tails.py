"""A title that ends with the record's other fields: a shop's or a catalogue's heading
writes the work's series in brackets, its edition, the language of the edition in brackets
or its author's name after the title (``Title (Series) 2nd Edition``, ``Title (French)``,
``Title Jane Doe``). A step of :func:`comet.html.reconcile.reconcile`, after every field
is decided: each such tail is cut where the record holds its value in its own field.
"""

from __future__ import annotations

import functools
import itertools
import re

from comet.diagnostics import Diagnostic, Severity
from comet.html._merge import _Merge, key
from comet.html._titles import _SITE_SEP
from comet.html.mapping import _short
from comet.html.tag_text import _lenient
from comet.locales import LocaleRules, terms_of
from comet.vocab import parse_language

__all__ = ["title_tails"]

#: A bracketed group at a title's end, its words as group ``b`` (no nested brackets).
_BRACKETED = re.compile(r"\s*\((?P<b>[^()]{2,80})\)\s*$")
#: A series' number after its name in brackets (``Series ; 12``).
_SERIES_NUMBER = re.compile(r"\s*[;,]\s*\d+\s*$")
#: The words of a title, as :func:`comet.html._merge.key` reads them.
_WORD = re.compile(r"[^\W\d_]+|\d+")
#: Separators left at the end of a title once its tail is cut.
_TRAILING = " \t-–—|:;,/·•(["
#: Most tails cut off one title.
_MAX_TAILS = 4
#: Fewest letters a title keeps once its tails are cut.
_MIN_LETTERS = 3


def title_tails(m: _Merge) -> None:
    """The record's title without the tails that repeat its series, edition, language or
    author (:func:`_tail`), with a diagnostic naming each; the title itself otherwise."""
    title = m.changes.get("title", m.rec.full_title)
    if not title:
        return
    cut, whys = str(title), []
    for _ in range(_MAX_TAILS):
        step = _tail(m, cut)
        if step is None:
            break
        cut, why = step
        whys.append(why)
    if not whys:
        return
    m.diags.append(Diagnostic("title-tail", f"title: {_short(str(title))} ends with its "
                              f"{', '.join(whys)}: read {_short(cut)}", m.spans.get("title"),
                              Severity.INFO))  # fmt: skip
    m.changes["title"] = cut
    m.changes["subtitle"] = None


def _tail(m: _Merge, title: str) -> tuple[str, str] | None:
    """``title`` without one tail that repeats another field, and that field's name."""
    for why, fn in (("series", _series_tail), ("edition's language", _language_tail),
                    ("edition", _edition_tail), ("author's name", _author_tail)):  # fmt: skip
        rest = fn(m, title)
        if rest is not None:
            rest = rest.rstrip(_TRAILING)
            if sum(len(w) for w in _WORD.findall(rest) if not w.isdigit()) >= _MIN_LETTERS:
                return rest, why
    return None


def _series_tail(m: _Merge, title: str) -> str | None:
    """The title before the record's series in brackets (``Title (Series ; 12)``)."""
    series = m.changes.get("collection_title", m.rec.collection_title)
    found = _BRACKETED.search(title)
    if not series or found is None:
        return None
    name = _SERIES_NUMBER.sub("", found.group("b"))
    return title[: found.start()] if key(name) == key(str(series)) else None


def _language_tail(m: _Merge, title: str) -> str | None:
    """The title before the name of the record's language in brackets (``Title
    (Français)``: the language of a shop's edition)."""
    language = m.changes.get("language", m.rec.language)
    found = _BRACKETED.search(title)
    if not language or found is None or any(c.isdigit() for c in found.group("b")):
        return None
    named = _lenient(parse_language, found.group("b").strip())
    same = named is not None and str(named).split("-")[0] == str(language).split("-")[0]
    return title[: found.start()] if same else None


def _edition_tail(m: _Merge, title: str) -> str | None:
    """The title before the record's edition and an edition word after it (``Title 2nd
    Edition``, ``Title (3rd ed.)``), or before the record's edition where that holds an
    edition word itself."""
    edition = m.changes.get("edition", m.rec.edition)
    if not edition:
        return None
    ek = key(str(edition))
    words = _edition_keys(m.rules)
    tails = [ek] if set(ek.split()) & words else [f"{ek} {w}" for w in words]
    return _cut_words(title, tails)


@functools.cache
def _edition_keys(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' edition words (``[references] edition``, ``[labels] edition``), keys of
    one word."""
    terms = (*terms_of("references", rules, "edition"), *terms_of("labels", rules, "edition"))
    return frozenset(k for t in terms if (k := key(t)) and " " not in k)


def _author_tail(m: _Merge, title: str) -> str | None:
    """The title before an author's whole name, where the page's ``<title>`` writes the
    two apart (``Title - Jane Doe - Shop`` beside the heading ``Title Jane Doe``: the
    heading's element holds the title and its author's name): the ``<title>``'s part
    before the name is the title."""
    people = m.changes.get("authors", m.rec.authors) or ()
    names = {key(f"{p.given} {p.family}") for p in people if p.given and p.family}
    names |= {key(f"{p.family} {p.given}") for p in people if p.given and p.family}
    if not names:
        return None
    tk = key(title)
    for tv in m.by_field.get("title", []):
        if tv.tag.name != "html:title":
            continue
        parts = [key(p) for p in _SITE_SEP.split(str(tv.tag.value))]
        for head, name in itertools.pairwise(parts):
            if name in names and head and tk == f"{head} {name}":
                return _cut_words(title, [name])
    return None


def _cut_words(title: str, tails: list[str]) -> str | None:
    """``title`` before its last words, where their key is one of ``tails`` (and words
    are left before them)."""
    words = list(_WORD.finditer(title))
    for tail in tails:
        n = len(tail.split())
        if 0 < n < len(words) and key(" ".join(w.group() for w in words[-n:])) == tail:
            return title[: words[-n].start()]
    return None
