"""Hypothesis strategies for reference strings and reference lists.

``reference_cases()`` draws an APA, Harvard or Vancouver journal reference together with
the fields it was built from, so a test can check that :func:`comet.parse_reference`
reads them back:

>>> from hypothesis import given
>>> from comet import strategies as cst
>>> from comet import parse_reference
>>> @given(cst.reference_cases())
... def test_round_trip(case):
...     text, fields = case
...     ref = parse_reference(text)
...     assert ref.issued.year == fields["year"]
"""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from comet.locales import all_rules, fold

__all__ = ["REFERENCE_STYLES", "reference_cases", "reference_lists", "reference_strings"]

#: The styles ``reference_cases`` writes.
REFERENCE_STYLES = ("apa", "harvard", "vancouver")

_LOWER = "abcdefghijklmnoprstuvwyzåäöøæé"
_UPPER = "ABCDEFGHIJKLMNOPRSTUVWZÅÄÖØ"


@functools.cache
def _reserved() -> frozenset[str]:
    """Every word some locale gives a meaning (link text, In:, vol, and, ed., …)."""
    words: set[str] = set()
    for rules in all_rules():
        for section in rules.sections:
            for term in rules.terms(section):
                for w in term.split():
                    words.add(fold(w).strip(".:()[]"))
    return frozenset(words)


def _ok(word: str) -> bool:
    return fold(word) not in _reserved()


def _lower_word() -> st.SearchStrategy[str]:
    return st.text(_LOWER, min_size=3, max_size=10).filter(_ok)


def _cap_word() -> st.SearchStrategy[str]:
    return st.builds(
        lambda a, b: a + b, st.sampled_from(_UPPER), st.text(_LOWER, min_size=3, max_size=9)
    ).filter(_ok)


def _title() -> st.SearchStrategy[str]:
    return st.builds(
        lambda first, rest: " ".join([first, *rest]),
        _cap_word(),
        st.lists(_lower_word(), min_size=2, max_size=9),
    )


def _journal() -> st.SearchStrategy[str]:
    return st.lists(_cap_word(), min_size=2, max_size=4).map(" ".join)


@st.composite
def reference_cases(draw: st.DrawFn, styles: tuple[str, ...] = REFERENCE_STYLES) -> Any:
    """``(text, fields)``: a journal reference and its ``families``, ``year``, ``title``,
    ``container``, ``volume``, ``issue`` and ``pages`` (``first-last``)."""
    style = draw(st.sampled_from(styles))
    families = draw(st.lists(_cap_word(), min_size=1, max_size=4, unique=True))
    initials = draw(
        st.lists(st.sampled_from(_UPPER), min_size=len(families), max_size=len(families))
    )
    year = draw(st.integers(1900, 2030))
    title = draw(_title())
    journal = draw(_journal())
    volume = str(draw(st.integers(1, 300)))
    issue = str(draw(st.integers(1, 12)))
    first = draw(st.integers(1, 2000))
    last = first + draw(st.integers(1, 60))
    if style == "apa":
        names = [f"{f}, {i}." for f, i in zip(families, initials, strict=True)]
        authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        text = f"{authors} ({year}). {title}. {journal}, {volume}({issue}), {first}–{last}."
    elif style == "harvard":
        names = [f"{f}, {i}." for f, i in zip(families, initials, strict=True)]
        authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        text = f"{authors} ({year}) '{title}', {journal}, {volume}({issue}), pp. {first}–{last}."
    else:
        names = [f"{f} {i}" for f, i in zip(families, initials, strict=True)]
        text = f"{', '.join(names)}. {title}. {journal}. {year};{volume}({issue}):{first}-{last}."
    fields = {
        "families": families,
        "year": year,
        "title": title,
        "container": journal,
        "volume": volume,
        "issue": issue,
        "pages": f"{first}-{last}",
    }
    return text, fields


def reference_strings(styles: tuple[str, ...] = REFERENCE_STYLES) -> st.SearchStrategy[str]:
    """Reference strings alone (see :func:`reference_cases`)."""
    return reference_cases(styles).map(lambda case: case[0])


@st.composite
def reference_lists(draw: st.DrawFn, min_size: int = 1, max_size: int = 6) -> Any:
    """``(block, n)``: ``n`` references, one per line, optionally numbered ``[1]``."""
    refs = draw(st.lists(reference_strings(), min_size=min_size, max_size=max_size))
    numbered = draw(st.booleans())
    lines = [f"[{i}] {r}" if numbered else r for i, r in enumerate(refs, 1)]
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return sep.join(lines), len(refs)
