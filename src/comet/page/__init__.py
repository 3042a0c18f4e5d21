"""Whole pages to records: :func:`parse_record` and :class:`Record`."""

from __future__ import annotations

from comet.page.model import Event, Holding, Record
from comet.page.parse import MAX_PAGE_LENGTH, parse_record

__all__ = ["MAX_PAGE_LENGTH", "Event", "Holding", "Record", "parse_record"]
