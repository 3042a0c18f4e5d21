"""Names run together with nothing between them: a list of a page's authors copied as text
without its separators (``Sandra Ruiz Henry Moe`` under ``Authors:``, a cover's ``Ana Lind
Ida Berg Per Holm Eva Strand``), which the name parser reads as one long name or splits at
the wrong words.

Such a run is read as pairs, each a given name and a family name, where the shape says so:
an even number of capitalised words, nothing else (no comma, initial, particle or list word),
the first word of every pair a known given name
(:func:`~comet.page.name_plausible.known_given`). Two pairs may be one person's name with two
given names and two family names (``Mary Ann Louise Smith``, ``Ana María Ruiz Moe``): they
are split only where neither family word is a known given name. Three pairs or more are read
as pairs where most family words are no given names (a person's name of six words or more,
each capitalised, is rarer than three people's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comet.names import Person
from comet.page.evidence import Cand, _Page
from comet.page.name_plausible import known_given

__all__ = ["paired_run", "with_runs_paired"]

#: a word of a name: a capital, then lower-case letters (an inner hyphen or apostrophe)
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*")
#: words of a run at least (two pairs) and at most (a long cover's list of authors)
MIN_WORDS, MAX_WORDS = 4, 24


def paired_run(text: str, *, in_column: bool = False) -> tuple[Person, ...] | None:
    """The people of a run of names with nothing between them (see the module), one a pair
    of words; ``None`` where ``text`` has not that shape. ``in_column``: the run is a line
    among names of two words one a line (``Ana Lind Ida Berg`` over ``Per Holm``), whose
    shape says two pairs are two people even where a family word is a given name too."""
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(words) % 2:
        return None
    if not all(_WORD.fullmatch(w) for w in words):
        return None
    pairs = [(words[i], words[i + 1]) for i in range(0, len(words), 2)]
    if not all(known_given(g) for g, _ in pairs):
        return None
    given_families = sum(known_given(f) for _, f in pairs)
    if len(pairs) == 2 and given_families and not in_column:
        return None  # 'Mary Ann Louise Smith': one person's names, maybe
    if in_column:
        return _persons(pairs) if len(set(pairs)) == len(pairs) else None
    if given_families * 2 >= len(pairs):
        return None
    if len(set(pairs)) < len(pairs):
        return None  # 'Ana Ruiz Ana Ruiz': one name printed twice, no list
    return _persons(pairs)


def _persons(pairs: Sequence[tuple[str, str]]) -> tuple[Person, ...]:
    return tuple(Person(family=f, given=g, raw=f"{g} {f}") for g, f in pairs)


def _column(text: str) -> tuple[Person, ...] | None:
    """The people of names one a line, two words each, where one line or more runs two or
    more names together (``Ana Lind Ida Berg`` / ``Per Holm`` / ``Eva Strand``); ``None``
    where no line does or a line has another shape."""
    lines = [ln.split() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2 or not any(len(ln) > 2 for ln in lines):
        return None
    if sum(len(ln) == 2 for ln in lines) < len(lines) / 2:
        return None  # (most lines one name of two words: the column's shape)
    out: list[Person] = []
    for ln in lines:
        got = paired_run(" ".join(ln), in_column=True) if len(ln) > 2 else None
        if len(ln) == 2 and all(_WORD.fullmatch(w) for w in ln):  # (read as a name already)
            got = _persons([(ln[0], ln[1])])
        if got is None:
            return None
        out.extend(got)
    return tuple(out)


def with_runs_paired(page: _Page, cands: Sequence[Cand]) -> list[Cand]:
    """``cands`` with each candidate whose text is a run of names with nothing between them
    (:func:`paired_run`) read as its pairs, where the parser read fewer people."""
    out = []
    for c in cands:
        if len(c.value) < MAX_WORDS // 2 and all(isinstance(p, Person) for p in c.value):
            text = page.text[c.span[0] : c.span[1]].strip()
            if " " in text and "," not in text:
                # (names one a line: each line a name, or a run of them in a column of names)
                pairs = _column(text) if "\n" in text else paired_run(text)
                if pairs is not None and len(pairs) > len(c.value):
                    c.value = pairs
        out.append(c)
    return out
