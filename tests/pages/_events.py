"""Shared by the event page tests: a paragraph of the page's prose, and an event's fields."""

from __future__ import annotations

from comet import parse_record

#: a paragraph of prose under an event's lines (no event word, place or date in it)
PROSE = (
    "\nThe fen keepers meet every year to compare their counts of the reed birds and to walk "
    "the dikes together before the autumn floods.\n"
)


def event_fields(text: str, *fields: str) -> tuple[object, ...] | None:
    """The named fields of the event ``parse_record`` reads from ``text`` (``name``,
    ``place``, ``start``, ``end``; a date as its ISO text), or ``None`` where it reads none."""
    ev = parse_record(text).event
    if ev is None:
        return None
    values = ((f, getattr(ev, f)) for f in fields)
    return tuple(str(v) if f in ("start", "end") and v else v for f, v in values)
