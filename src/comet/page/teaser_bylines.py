"""Names of teasers: one author label over several lists of people apart from each other (a
news page's other stories, a book's chapters each with its author), none of them the page's
own authors; and the family names a list of people is compared by.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from comet.names import Person
from comet.page.evidence import Cand, _key, _Page

#: different name lists one author label gives, on lines apart, that make it a list of
#: other works' bylines (``By`` / ``Ana Ruiz`` under each headline of ``More News``)
TEASER_NAMES = 3
#: lines under the title where such a label's names are the title's byline all the same
TEASER_TITLE_REACH = 3


def _teaser_bylines(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` (labelled names) without the names of an author label that names
    :data:`TEASER_NAMES` or more different lists of people, no two on neighbouring lines:
    teasers of other works each with its byline (a news page's ``More News``, a book's
    contents with each chapter's author), none of them the page's author, where a record's
    rows of one label (``Author: Ruiz, Ana`` / ``Author: Moe, Ida``) stand together. The
    first of them stays when it stands in the :data:`TEASER_TITLE_REACH` lines under the
    title: the title's own byline, over a list of related items. The teasers' lines are
    kept in the page's memo (``teaser-lines``): no other reading of them names the author
    (:func:`_without_teasers`)."""
    by_label: dict[str, list[Cand]] = {}
    for c in cands:
        by_label.setdefault(c.evidence.casefold(), []).append(c)
    dropped: set[int] = set()
    teasers: set[int] = set()
    for group in by_label.values():
        if len({_families(c.value) for c in group}) < TEASER_NAMES:
            continue
        found = [page.layout.line_at(c.span[0]) for c in group]
        lines = sorted({line.index for line in found if line is not None})
        if any(b - a <= 1 for a, b in itertools.pairwise(lines)):
            continue
        for c, line in zip(group, found, strict=True):
            if line is None:
                continue
            if (
                line.index == lines[0]
                and page.title_line is not None
                and 0 < line.index - page.title_line <= TEASER_TITLE_REACH
            ):
                continue  # the title's own byline, right under it, before the list
            dropped.add(id(c))
            teasers.add(line.index)
    if teasers:
        page.memo["teaser-lines"] = frozenset(teasers)
    return [c for c in cands if id(c) not in dropped]


def _without_teasers(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` without those read from a teaser's byline (:func:`_teaser_bylines`): the
    byline under a title read in the list, names near the top there."""
    teasers = page.memo.get("teaser-lines")
    if not teasers:
        return cands
    out = []
    for c in cands:
        line = page.layout.line_at(c.span[0])
        if line is None or line.index not in teasers:
            out.append(c)
    return out


def _families(persons: Sequence[Person]) -> tuple[str, ...]:
    return tuple(_key(p.family or p.literal or "") for p in persons)
