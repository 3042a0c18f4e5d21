"""Hand-written HTML pages for the ``parse_html`` tests: a page around a head and a body,
and a ``<meta>`` tag."""

from __future__ import annotations


def page(head: str = "", body: str = "") -> str:
    """A whole HTML document (UTF-8 declared) with ``head`` and ``body`` inside."""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def meta(name: str, content: str, attr: str = "name") -> str:
    """A ``<meta>`` tag: ``name`` (or another attribute, ``property``) and its content."""
    return f'<meta {attr}="{name}" content="{content}">'
