"""The heading the markup marks: the page's ``<h1>`` that is the work's title.

A news or blog page's title tags are often written for search engines or social media
(``<title>`` with the site's name appended, an ``og:title`` reworded from the printed
headline), and its text has menus and teasers set as large as its title; but its
template sets the headline in an ``<h1>``.  Of the page's ``<h1>`` elements, the
headline is the only one that is not the site's name (a logo), or else the one that
shares most words with the title tags.  It is one :class:`Tag` (``html:h1``, of the ``html``
family); :mod:`comet.html.reconcile` decides where it is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from comet.html.byline_markup import body_start
from comet.html.embedded import Tag
from comet.html.tag_text import _SPACE

__all__ = ["heading_tags"]

#: ``<h1>`` elements looked at.
MAX_HEADINGS = 12
#: Longest heading read (characters).
MAX_HEADING = 400
#: Share of a heading's words the title tags must hold where the page has several.
MIN_SHARED = 0.5

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def heading_tags(
    raw: str, tree: Any, titles: Iterable[str], sites: Iterable[str], nodes: Any = None
) -> list[Tag]:
    """The page's headline ``<h1>`` as an ``html:h1`` tag (none, or one): the only
    ``<h1>`` of two words or more that is not one of the ``sites`` names, else the one
    that shares most words with the ``titles`` (and at least :data:`MIN_SHARED` of its
    own).  ``nodes``: the page's :class:`~comet.html.page_nodes.PageNodes`, when the
    caller has them."""
    root = tree.root
    if root is None:
        return []
    site_keys = {" ".join(sorted(_words(s))) for s in sites}
    heads: list[str] = []
    found = root.css("h1") if nodes is None else nodes.headings
    for node in found[:MAX_HEADINGS]:
        text = _SPACE.sub(" ", str(node.text(separator=" ", strip=True) or "")).strip()
        words = _words(text)
        if len(text) > MAX_HEADING or len(words) < 2 or " ".join(sorted(words)) in site_keys:
            continue
        heads.append(text)
    if not heads:
        return []
    if len(heads) > 1:
        wanted = set().union(*(_words(t) for t in titles)) if titles else set()
        # the most shared words (a site's short logo shares all of its few words with a
        # title tag that appends the site's name), of at least MIN_SHARED of its own
        shared = [(len(_words(h) & wanted), h) for h in heads]
        scored = [(n, h) for n, h in shared if n >= MIN_SHARED * len(_words(h))]
        if not scored:
            return []
        heads = [max(scored, key=lambda nh: nh[0])[1]]
    text = heads[0]
    at = raw.find(text, body_start(raw))
    return [Tag("html", "html:h1", text, (at, at + len(text)) if at >= 0 else None)]
