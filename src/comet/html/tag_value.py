"""One tag's typed value for one field (:class:`TagValue`): what the tag readers of
:mod:`comet.html.mapping` make and the reconciliation weighs (its own module, so that a
reader the mapping imports can name it without importing the mapping back)."""

from __future__ import annotations

from typing import Any

import attrs

from comet.html.embedded import Tag

__all__ = ["TagValue"]


@attrs.frozen
class TagValue:
    """A typed value read from one tag, for one field."""

    field: str
    value: Any
    tag: Tag
    weight: float
