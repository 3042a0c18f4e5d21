"""One check of a page's record against a few expected fields, for the locale tests."""

from __future__ import annotations

import comet


def assert_record(text: str, want: dict[str, str]) -> None:
    """``parse_record(text)`` gives each field of ``want``: the first name's family for
    ``author`` and ``editor``, the value itself for any other field."""
    item = comet.parse_record(text).to_csl()
    for field, value in want.items():
        got = item.get(field)
        if field in ("author", "editor"):
            assert got and got[0].get("family") == value, (field, got)
        else:
            assert got == value, (field, got)
