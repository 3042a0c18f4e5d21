"""The elements several readers of one page look at, found in one walk of its tree.

Each query of lexbor's selector engine walks the whole tree: the page's ``<h1>`` (the
headline, :mod:`comet.html.heading_markup`; where a marked date may start,
:func:`comet.html.byline_markup.dateline_tags`), the elements whose class, id or
``itemprop`` may mark a date, and the elements :func:`comet.html.visible.quick_text`
drops (scripts, styles) are found by one query of their union, then told apart here.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from comet.html.byline_markup import _date_selector
from comet.html.visible import QUICK_SKIP

__all__ = ["PageNodes", "page_nodes"]

_SKIPPED = frozenset(QUICK_SKIP)


@attrs.frozen
class PageNodes:
    """A page's ``<h1>`` elements, the elements that may mark a date, and the elements
    :func:`~comet.html.visible.quick_text` drops, each in page order."""

    headings: list[Any]
    #: the elements the date selector matches, as its own query gives them (an element
    #: once for each of its selectors it matches)
    dates: list[Any]
    skipped: list[Any]


@functools.cache
def _union() -> str:
    return ", ".join(["h1", *QUICK_SKIP, _date_selector()])


def page_nodes(tree: Any) -> PageNodes | None:
    """The :class:`PageNodes` of a parsed page, or ``None`` for a tree without a root."""
    root = tree.root
    if root is None:
        return None
    headings: list[Any] = []
    dates: list[Any] = []
    skipped: list[Any] = []
    last = None
    # lexbor gives the elements in page order, each once for every selector of the union
    # it matches (one after the other): an <h1> or a script found again matched a date's
    for node in root.css(_union()):
        tag = node.tag
        if (tag == "h1" or tag in _SKIPPED) and node.mem_id != last:
            last = node.mem_id
            (headings if tag == "h1" else skipped).append(node)
            continue
        dates.append(node)
    return PageNodes(headings, dates, skipped)
