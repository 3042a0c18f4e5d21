"""Deprecated alias of :mod:`comet.formats.csl`."""

from __future__ import annotations

from comet.formats.csl import (
    CSL_TYPES,
    family_of,
    issued_parts,
    name_to_text,
    names_to_text,
    split_page,
)

__all__ = ["CSL_TYPES", "family_of", "issued_parts", "name_to_text", "names_to_text", "split_page"]
