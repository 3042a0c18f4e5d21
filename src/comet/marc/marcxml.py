"""MARCXML records (a ``<collection>``, a single ``<record>``, or records inside an OAI-PMH
response) from a byte stream, read incrementally: each record is dropped from the tree
once read, so memory stays flat however long the file is.

Elements are matched by local name (``record``, ``leader``, ``controlfield``,
``datafield``, ``subfield``), with or without the MARC namespace; an OAI-PMH ``<record>``
wrapper has no MARC children and is passed over.  XML that is not well formed ends the
file with one error row naming the line and column (the records before it are kept).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import IO

from comet.marc.fields import FieldBuilder, RawRecord, ReadError

__all__ = ["read_marcxml"]


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _record(
    elem: ET.Element, position: int, keep: frozenset[str] | None = None
) -> RawRecord | ReadError:
    b = FieldBuilder(position, None, "marcxml", keep)
    leader: str | None = None
    for child in elem:
        name = _local(child.tag)
        if name == "leader":
            leader = child.text or ""
            b.set_leader(leader)
        elif name == "controlfield":
            b.control(str(child.get("tag", "   "))[:3], child.text or "")
        elif name == "datafield":
            subs = [(str(s.get("code", "?"))[:1] or "?", s.text or "")
                    for s in child if _local(s.tag) == "subfield"]  # fmt: skip
            b.data(str(child.get("tag", "   "))[:3], child.get("ind1", " ") or " ",
                   child.get("ind2", " ") or " ", subs)  # fmt: skip
    if leader is None:
        b.note("marc-no-leader", "the record has no leader: type and encoding unknown")
        b.leader = " " * 24
    return b.build()


def read_marcxml(
    stream: IO[bytes], keep: frozenset[str] | None = None
) -> Iterator[RawRecord | ReadError]:
    """Every MARC record of the XML in ``stream``, or an error row in its place."""
    position = 0
    stack: list[ET.Element] = []
    root_name = ""
    try:
        for event, elem in ET.iterparse(stream, events=("start", "end")):
            if event == "start":
                if not stack:
                    root_name = _local(elem.tag)
                stack.append(elem)
                continue
            stack.pop()
            if _local(elem.tag) != "record":
                continue
            marc = any(_local(c.tag) in ("leader", "controlfield", "datafield") for c in elem)
            if marc:
                position += 1
                yield _record(elem, position, keep)
            if stack:  # drop the record (or its OAI-PMH wrapper) from the tree
                stack[-1].remove(elem)
            elem.clear()
    except ET.ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        yield ReadError(position + 1, None, "marc-bad-xml", f"the XML is not well formed at "
                        f"line {line}, column {col}: {exc}", "marcxml")  # fmt: skip
        return
    if position == 0:
        yield ReadError(1, None, "marc-no-record", f"no MARC record in the XML (root element "
                        f"<{root_name or '?'}>)", "marcxml")  # fmt: skip
