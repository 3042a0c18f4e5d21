"""HTML pages in: :func:`parse_html` reads the visible text and the embedded metadata of
a page and reconciles them (``docs/html.md``).  Needs the ``html`` extra
(``pip install 'comet-meta[html]'``)."""

from __future__ import annotations

from comet.html.decode import decode_html
from comet.html.embedded import Tag
from comet.html.parse import MAX_HTML_LENGTH, embedded_metadata, parse_html
from comet.html.reconcile import Reconciled

__all__ = ["MAX_HTML_LENGTH", "Reconciled", "Tag", "decode_html", "embedded_metadata",
           "parse_html"]  # fmt: skip
