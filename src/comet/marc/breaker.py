"""MARCMaker ("breaker", ``.mrk``) text: ``=LDR  …``, ``=001  …``, ``=245  10$aTitle :$bsub``.

Records are separated by blank lines (or start at each ``=LDR``); ``\\`` or ``#`` is a blank
indicator; ``{dollar}`` is a literal ``$`` (and ``{lcub}``, ``{rcub}``, ``{bsol}`` their
characters).  A line that does not start with ``=`` continues the line before it.  Read
line by line, so memory stays flat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

from comet.marc.fields import FieldBuilder, RawRecord, ReadError

__all__ = ["read_breaker"]

_LINE = re.compile(r"=(LDR|[0-9A-Za-z]{3}) ?(.*)")
_ESCAPES = {"{dollar}": "$", "{lcub}": "{", "{rcub}": "}", "{bsol}": "\\"}
_ESCAPE = re.compile("|".join(re.escape(k) for k in _ESCAPES))


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group()], text) if "{" in text else text


def _record(
    lines: list[str], position: int, keep: frozenset[str] | None = None
) -> RawRecord | ReadError:
    b = FieldBuilder(position, None, "mrk", keep)
    leader = False
    for line in lines:
        m = _LINE.match(line)
        if m is None:
            b.note("marc-bad-line", f"not a MARCMaker line: {line[:60]!r}")
            continue
        tag, rest = m.group(1), m.group(2)
        rest = rest[1:] if rest.startswith(" ") else rest
        if tag == "LDR":
            b.set_leader(rest.replace("\\", " "))
            leader = True
        elif tag < "010" and tag.isdigit():
            b.control(tag, _unescape(rest.replace("\\", " ")))
        else:
            ind = (rest[:2] + "  ")[:2].replace("\\", " ").replace("#", " ")
            body = rest[2:]
            subs = [(s[:1], _unescape(s[1:])) for s in body.split("$")[1:] if s]
            if not subs:
                b.note("marc-bad-line", f"{tag}: a data field without subfields")
                continue
            b.data(tag, ind[0], ind[1], subs)
    if not leader:
        b.note("marc-no-leader", "the record has no =LDR line: type and encoding unknown")
        b.leader = " " * 24
    if not b.fields:
        return b.error("marc-no-fields", "a MARCMaker record without fields")
    return b.build()


def read_breaker(
    stream: IO[bytes], keep: frozenset[str] | None = None
) -> Iterator[RawRecord | ReadError]:
    """Every record of the MARCMaker text in ``stream`` (UTF-8), or an error row."""
    position = 0
    current: list[str] = []
    for raw in stream:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line.startswith("\ufeff"):
            line = line[1:]
        if not line.strip() or line.startswith("=LDR"):
            if current and (line.strip() or current):
                position += 1
                yield _record(current, position, keep)
                current = []
            if line.strip():
                current.append(line)
            continue
        if not line.startswith("=") and current:
            current[-1] += " " + line.strip()
        else:
            current.append(line)
    if current:
        position += 1
        yield _record(current, position, keep)
    if position == 0:
        yield ReadError(1, None, "marc-empty", "empty input: no MARC record", "mrk")
