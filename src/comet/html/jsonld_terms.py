"""A JSON-LD document's terms as schema.org's own names.

JSON-LD lets a document write a term as a compact IRI (``"schema:headline"``, with
``"schema": "http://schema.org/"`` in its ``@context``) or as a whole IRI
(``"http://schema.org/headline"``), and an item's type so too (``"@type":
"schema:ScholarlyArticle"``).  The readers of :mod:`comet.html.embedded` look properties and
types up by their names alone (``headline``, ``ScholarlyArticle``): :func:`local_terms`
rewrites the keys and the types of a document that writes them otherwise.  The walk is
bounded as the readers' own (depth, nodes).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["local_name", "local_terms", "writes_iris"]

#: A JSON key or string opening with a prefix and a colon before a letter (``"schema:name``,
#: ``"http://schema.org/``'s host is not one: a slash follows its colon).
_COMPACT = re.compile(r'"[A-Za-z][\w.-]{0,30}:(?!//)[A-Za-z]')
#: A whole schema.org IRI as a key (``"http://schema.org/name":``).
_WHOLE = re.compile(r'"https?://schema\.org/\w+"\s*:')


def writes_iris(body: str) -> bool:
    """Whether a JSON-LD block's text may write a term as a compact or a whole IRI (only
    such a block is rewritten)."""
    return _COMPACT.search(body) is not None or _WHOLE.search(body) is not None


def local_name(term: str) -> str:
    """A term's name without its vocabulary (``schema:name``, ``http://schema.org/name``:
    ``name``); a keyword (``@type``) as it is. A JSON-LD key or type, and an RDFa property
    or ``typeof`` (:mod:`comet.html.microdata`), are read so.

    >>> local_name("schema:headline"), local_name("http://schema.org/Book"), local_name("@id")
    ('headline', 'Book', '@id')
    """
    if term.startswith("@"):
        return term
    return term.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1].rsplit(":", 1)[-1]


def local_terms(node: Any, depth: int = 0, budget: list[int] | None = None,
                max_depth: int = 12, max_nodes: int = 5000) -> Any:  # fmt: skip
    """``node`` with every key and every ``@type`` value written by its name alone (a key
    of a term defined twice keeps its first value); values and ``@id`` references as they
    are.  Past ``max_depth`` levels or ``max_nodes`` nodes the rest is left as it is."""
    budget = [0] if budget is None else budget
    budget[0] += 1
    if depth > max_depth or budget[0] > max_nodes:
        return node
    if isinstance(node, list):
        return [local_terms(v, depth + 1, budget, max_depth, max_nodes) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        name = local_name(key) if isinstance(key, str) else key
        if name == "@context" or name in out:
            if name not in out:
                out[name] = value
            continue
        if name == "@type":
            types = value if isinstance(value, list) else [value]
            out[name] = [local_name(t) if isinstance(t, str) else t for t in types]
        else:
            out[name] = local_terms(value, depth + 1, budget, max_depth, max_nodes)
    return out
