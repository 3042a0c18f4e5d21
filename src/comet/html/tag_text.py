"""A tag value's text: character references resolved, inline markup dropped, spaces
collapsed, and a field parser called leniently (the helpers every tag reader shares)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from comet.errors import ParseError
from comet.html.visible import unescape

_SPACE = re.compile(r"\s+")
_HAS_WORD = re.compile(r"[^\W_]")


#: A character reference left in a value (JSON-LD written from HTML-escaped text,
#: ``&#8211;``, ``&raquo;``; a ``<meta>`` escaped twice, ``&amp;amp;``).
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z\d]{1,31});", re.I)


def _unescaped(value: str) -> str:
    """``value`` with the character references left in it resolved."""
    return unescape(value) if _ENTITY.search(value) else value


#: An element's tag inside a text value: a publisher's title with its markup
#: (``<i>Species name</i>``, ``CO<sub>2</sub>``), which the page shows as text.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z\d]{0,15}(?:\s[^<>]{0,500})?/?>")
_BREAK = re.compile(r"<br\s*/?>", re.I)


def _text(value: str) -> str | None:
    value = _unescaped(value)
    if "<" in value:
        value = _MARKUP.sub("", _BREAK.sub(" ", value))
    cleaned = _SPACE.sub(" ", value).strip()
    return cleaned if _HAS_WORD.search(cleaned) else None


def _lenient(fn: Callable[..., Any], value: str, **kw: Any) -> Any:
    try:
        return fn(value, strict=False, **kw).value
    except ParseError:
        return None
