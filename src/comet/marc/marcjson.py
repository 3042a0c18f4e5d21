"""MARC-in-JSON records: one object (``{"leader", "fields": [...]}``), an array of them, or
JSON lines with one per line.  ruby-marc's "marc-hash" fields (``["245", "1", "0",
[["a", "Title"]]]``, ``["001", "value"]``) are read too.

A field is ``{"001": "value"}`` for a control field or ``{"245": {"ind1", "ind2",
"subfields": [{"a": "..."}]}}``.  A record without a leader, or JSON that does not parse,
is one error row naming its position.  A JSON array is read whole (use JSON lines for
files too large for memory).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from comet.marc.fields import FieldBuilder, RawRecord, ReadError

__all__ = ["read_marcjson", "record_from_json"]


def record_from_json(
    obj: Any, position: int = 1, keep: frozenset[str] | None = None
) -> RawRecord | ReadError:
    """One MARC-in-JSON object as a record, or an error row."""
    b = FieldBuilder(position, None, "marcjson", keep)
    if isinstance(obj, dict) and isinstance(obj.get("content"), dict):
        obj = obj["content"]  # a FOLIO parsedRecord wrapper
    if not isinstance(obj, dict):
        return b.error("marc-bad-json", f"a MARC-in-JSON record is an object, not "
                       f"{type(obj).__name__}")  # fmt: skip
    leader = obj.get("leader")
    if not isinstance(leader, str):
        return b.error("marc-no-leader", "MARC-in-JSON record without a leader")
    fields = obj.get("fields")
    if not isinstance(fields, list):
        return b.error("marc-bad-json", "MARC-in-JSON record without a list of fields")
    b.set_leader(leader)
    for field in fields:
        if isinstance(field, list) and field and isinstance(field[0], str):
            _hash_field(b, field)  # ruby-marc's marc-hash: [tag, value] or [tag, i1, i2, subs]
            continue
        if not isinstance(field, dict) or len(field) != 1:
            b.note("marc-bad-field", f"skipped a field that is not {{tag: value}}: {field!r:.60}")
            continue
        ((tag, value),) = field.items()
        tag = str(tag)[:3]
        if isinstance(value, str):
            b.control(tag, value)
        elif isinstance(value, dict):
            subs: list[tuple[str, str]] = []
            for s in value.get("subfields") or []:
                if isinstance(s, dict):
                    subs.extend((str(k)[:1] or "?", str(v)) for k, v in s.items())
            b.data(tag, str(value.get("ind1", " "))[:1] or " ",
                   str(value.get("ind2", " "))[:1] or " ", subs)  # fmt: skip
        else:
            b.note("marc-bad-field", f"{tag}: a value that is neither text nor subfields")
    return b.build()


def _hash_field(b: FieldBuilder, field: list[Any]) -> None:
    tag = str(field[0])[:3]
    if len(field) == 2 and isinstance(field[1], str):
        b.control(tag, field[1])
    elif len(field) == 4 and isinstance(field[3], list):
        subs = [(str(s[0])[:1] or "?", str(s[1])) for s in field[3]
                if isinstance(s, list | tuple) and len(s) == 2]  # fmt: skip
        b.data(tag, str(field[1])[:1] or " ", str(field[2])[:1] or " ", subs)
    else:
        b.note("marc-bad-field", f"{tag}: a marc-hash field that is not [tag, value] or "
               "[tag, ind1, ind2, subfields]")  # fmt: skip


def read_marcjson(
    stream: IO[bytes], keep: frozenset[str] | None = None
) -> Iterator[RawRecord | ReadError]:
    """Every record of the MARC-in-JSON in ``stream``, or an error row in its place."""
    head = stream.read(1 << 16)
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"[" or b"\n{" not in head.strip():
        data = head + stream.read()
        try:
            obj = json.loads(data.decode("utf-8", "replace"))
        except json.JSONDecodeError as exc:
            yield ReadError(1, None, "marc-bad-json", f"not valid JSON at line {exc.lineno}, "
                            f"column {exc.colno}: {exc.msg}", "marcjson")  # fmt: skip
            return
        items = obj if isinstance(obj, list) else [obj]
        if not items:
            yield ReadError(1, None, "marc-no-record", "an empty JSON array", "marcjson")
        for i, item in enumerate(items, 1):
            yield record_from_json(item, i, keep)
        return
    position = 0
    for line in _lines(head, stream):
        if not line.strip():
            continue
        position += 1
        try:
            obj = json.loads(line.decode("utf-8", "replace"))
        except json.JSONDecodeError as exc:
            yield ReadError(position, None, "marc-bad-json", f"line {position} is not valid "
                            f"JSON (column {exc.colno}): {exc.msg}", "marcjson")  # fmt: skip
            continue
        yield record_from_json(obj, position, keep)


def _lines(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    pending = head
    while True:
        more = stream.read(1 << 16)
        if not more:
            yield from pending.split(b"\n")
            return
        pending += more
        *lines, pending = pending.split(b"\n")
        yield from lines
