"""Deprecated alias of :mod:`comet.formats.ris`."""

from __future__ import annotations

from comet.formats.ris import dumps, loads, ris_type

__all__ = ["dumps", "loads", "ris_type"]
