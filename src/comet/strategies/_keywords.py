"""Hypothesis strategies for keyword lists (:mod:`comet.keywords`).

>>> from hypothesis import given
>>> from comet.keywords import parse_keywords
>>> @given(formatted_keyword_lists())
... def test_round_trip(case):
...     text, items = case
...     assert list(parse_keywords(text).texts) == items
>>> test_round_trip()
"""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from comet import locales as _loc
from comet.keywords import Keyword, keyword_key
from comet.locales import fold

__all__ = [
    "KEYWORD_FORMATS",
    "formatted_keyword_lists",
    "keyword_lists",
    "keyword_records",
    "keyword_texts",
]

#: The layouts :func:`formatted_keyword_lists` draws from.
KEYWORD_FORMATS = (
    "comma",
    "semicolon",
    "mixed",
    "middle-dot",
    "bullets",
    "lines",
    "labelled-inline",
    "labelled-lines",
    "labelled-bullets",
)

_LETTERS = "abcdefghijklmnopqrstuvwxyzæøåäöüéèçñß"
_BULLETS = ("•", "·", "-", "*", "▪", "–")


@functools.cache
def _reserved() -> frozenset[str]:
    """Folded label and boilerplate terms: a keyword equal to one would read as page chrome."""
    out: set[str] = set()
    for rules in _loc.all_rules():
        out.update(fold(t) for t in rules.terms("labels"))
        out.update(fold(t) for t in rules.terms("boilerplate"))
    return frozenset(out)


@functools.cache
def _english_labels() -> tuple[str, ...]:
    labels = _loc.get("en").terms("labels", "keywords")
    return labels or ("Keywords",)


def _word() -> st.SearchStrategy[str]:
    return st.text(alphabet=_LETTERS, min_size=3, max_size=12)


@st.composite
def _keyword(draw: st.DrawFn) -> str:
    words = draw(st.lists(_word(), min_size=1, max_size=4))
    shape = draw(st.integers(0, 15))  # bit 0: capitalised; bits 1-3: '-' joins word n
    text = words[0] + "".join(
        ("-" if shape >> n & 1 else " ") + w for n, w in enumerate(words[1:], start=1)
    )
    return text[0].upper() + text[1:] if shape & 1 else text


def keyword_texts() -> st.SearchStrategy[str]:
    """One realistic keyword: one to four words of letters (diacritics included), joined by
    spaces or hyphens, sometimes capitalised.  Never a label or boilerplate phrase."""
    return _keyword().filter(lambda s: fold(s) not in _reserved())


def keyword_lists(*, min_size: int = 0, max_size: int = 8) -> st.SearchStrategy[list[str]]:
    """Lists of keyword texts, unique by :func:`comet.keywords.keyword_key`."""
    return st.lists(keyword_texts(), min_size=min_size, max_size=max_size, unique_by=keyword_key)


def _join(fmt: str, items: list[str], bullet: str, label: str) -> str:
    if fmt == "comma":
        return ", ".join(items)
    if fmt == "semicolon":
        return "; ".join(items)
    if fmt == "mixed":
        return "".join(
            (item if n == 0 else (", " if n % 2 else "; ") + item) for n, item in enumerate(items)
        )
    if fmt == "middle-dot":
        return " · ".join(items)
    if fmt == "bullets":
        return "\n".join(f"  {bullet} {item}" for item in items)
    if fmt == "lines":
        return "\n".join(items)
    if fmt == "labelled-inline":
        return f"{label}: " + ", ".join(items)
    if fmt == "labelled-lines":
        return f"{label}\n" + "\n".join(items)
    if fmt == "labelled-bullets":
        return f"{label}:\n" + "\n".join(f"{bullet} {item}" for item in items)
    raise ValueError(f"unknown keyword format {fmt!r}")


@st.composite
def formatted_keyword_lists(
    draw: st.DrawFn,
    *,
    min_size: int = 0,
    max_size: int = 8,
    formats: tuple[str, ...] = KEYWORD_FORMATS,
) -> tuple[str, list[str]]:
    """``(text, items)``: a keyword list laid out as a page prints it, and its items.

    ``parse_keywords(text).texts`` gives back ``items`` exactly.
    """
    items = draw(keyword_lists(min_size=min_size, max_size=max_size))
    fmt = draw(st.sampled_from(formats))
    bullet = draw(st.sampled_from(_BULLETS))
    label = draw(st.sampled_from(_english_labels()))
    return _join(fmt, items, bullet, label), items


@st.composite
def keyword_records(draw: st.DrawFn) -> Keyword:
    """:class:`comet.Keyword` records with an optional language tag and definition."""
    text = draw(keyword_texts())
    language = draw(st.sampled_from([None, *_loc.available()]))
    definition = draw(st.none() | st.text(alphabet=_LETTERS + " ", min_size=1, max_size=40))
    return Keyword(text=text, language=language, definition=definition, raw=text)
