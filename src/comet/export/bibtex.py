"""Deprecated alias of :mod:`comet.formats.bibtex`."""

from __future__ import annotations

from comet.formats.bibtex import dumps, entry_type, loads

__all__ = ["dumps", "entry_type", "loads"]
