"""The attributes of a ``<meta>`` tag, its common shape read by one pattern.

Nearly every ``<meta>`` tag of a page is written ``<meta name="…" content="…">`` (or with
``property``, or with the value first): one match of :data:`_PAIR` reads its two
attributes, where the general reader (:func:`general_attributes`) finds each attribute
with its own match.  A scholarly page carries hundreds of such tags (an article's
references and authors' affiliations, one tag each).
"""

from __future__ import annotations

import re

__all__ = ["attributes", "general_attributes"]

_ATTR = re.compile(r"""([^\s=/<>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+)))?""")
#: A tag's attributes written as a name (or property) and a content, in either order,
#: double-quoted, lower-case, apart by white space (a closing ``/`` after them).
_PAIR = re.compile(
    r"""\s+(?:(name|property)="([^"]*)"\s+content="([^"]*)"|"""
    r"""content="([^"]*)"\s+(name|property)="([^"]*)")\s*/?"""
)


def attributes(chunk: str) -> dict[str, tuple[str, int]]:
    """The attributes of the text of a tag after its name (``chunk``): each lower-cased
    attribute name (its first occurrence) with its value and the value's offset in
    ``chunk`` (an attribute without a value: ``""`` and the offset after its name).

    >>> attributes(' name="citation_title" content="On Things"')
    {'name': ('citation_title', 7), 'content': ('On Things', 32)}
    """
    m = _PAIR.fullmatch(chunk)
    if m is not None:
        if m.group(1) is not None:
            return {m.group(1): (m.group(2), m.start(2)), "content": (m.group(3), m.start(3))}
        return {"content": (m.group(4), m.start(4)), m.group(5): (m.group(6), m.start(6))}
    return general_attributes(chunk)


def general_attributes(chunk: str) -> dict[str, tuple[str, int]]:
    """:func:`attributes` of a tag of any shape: each attribute found by its own match."""
    out: dict[str, tuple[str, int]] = {}
    for a in _ATTR.finditer(chunk):
        key = a.group(1).lower()
        if key in out:
            continue
        for g in (2, 3, 4):
            if a.group(g) is not None:
                out[key] = (a.group(g), a.start(g))
                break
        else:
            out[key] = ("", a.end())
    return out
