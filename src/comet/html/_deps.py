"""The optional dependencies of :mod:`comet.html`, imported on first use.

``selectolax`` (the lexbor HTML5 parser) reads the page.  It comes with the
``comet-meta[html]`` extra; without it :func:`comet.parse_html` raises
:class:`ImportError` naming the extra.
"""

from __future__ import annotations

from typing import Any

EXTRA_HINT = "HTML input needs the 'html' extra: pip install 'comet-meta[html]'"


def lexbor() -> Any:
    """The ``LexborHTMLParser`` class of selectolax, or ``ImportError`` naming the extra."""
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as exc:  # pragma: no cover - exercised by a monkeypatched test
        raise ImportError(f"{EXTRA_HINT} (selectolax is missing: {exc})") from exc
    return LexborHTMLParser
