"""Which MARC format a file is in, and the raw records of any of them.

:func:`detect_format` looks at the first bytes (and the file name's extension when the
bytes do not decide); :func:`iter_raw` streams :class:`~comet.marc.fields.RawRecord`
values (or :class:`~comet.marc.fields.ReadError` rows) from a path, ``bytes`` or a binary
file object.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from comet.marc.fields import RawRecord, ReadError

__all__ = ["FORMATS", "detect_format", "iter_raw", "looks_like_marc"]

#: The formats read: ISO 2709, MARCXML (also in OAI-PMH), MARC-in-JSON, MARCMaker text.
FORMATS = ("marc21", "marcxml", "marcjson", "mrk")
_EXTENSIONS = {
    ".mrc": "marc21", ".marc": "marc21", ".iso": "marc21", ".dat": "marc21", ".out": "marc21",
    ".xml": "marcxml", ".marcxml": "marcxml", ".json": "marcjson", ".jsonl": "marcjson",
    ".mrk": "mrk", ".mrk8": "mrk", ".txt": "mrk",
}  # fmt: skip
_ISO = re.compile(rb"\d{5}[ a-z|]{3}[ a-z|0-9]{2}")
_MRK = re.compile(rb"=(?:LDR|\d{3})  ")


def detect_format(head: bytes, name: str = "") -> str | None:
    """``marc21``, ``marcxml``, ``marcjson`` or ``mrk`` for a file starting with ``head``
    (``None`` when it is none of them); the bytes decide before the extension."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if text.startswith(b"<"):
        return "marcxml"
    if text[:1] in (b"{", b"["):
        return "marcjson"
    if _MRK.match(text):
        return "mrk"
    if _ISO.match(text) or b"\x1d" in text or b"\x1e" in text:
        return "marc21"
    if not text:
        return _EXTENSIONS.get(Path(name).suffix.lower())
    return None


def looks_like_marc(name: str, head: bytes) -> bool:
    """Whether a file is MARC by its extension and first bytes (for ``comet`` commands)."""
    ext = Path(name).suffix.lower()
    if ext in (".mrc", ".marc", ".mrk", ".mrk8", ".iso"):
        return True
    if not head.strip():
        return False
    fmt = detect_format(head, name)
    if fmt == "marcxml":
        return b"MARC21/slim" in head or b"<record" in head or b"<marc:" in head
    if fmt == "marcjson":
        return b'"leader"' in head and b'"fields"' in head
    return fmt in ("marc21", "mrk")


class _Prefixed(io.RawIOBase):
    """A binary stream with bytes already read put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = len(buffer)
        if self.head:
            got, self.head = self.head[:n], self.head[n:]
        else:
            got = self.rest.read(n)
        buffer[: len(got)] = got
        return len(got)


def iter_raw(
    source: str | Path | bytes | IO[bytes],
    format: str | None = None,
    keep: frozenset[str] | None = None,
) -> Iterator[RawRecord | ReadError]:
    """The raw records of ``source`` (a path, the bytes, or a binary file object), each a
    :class:`RawRecord` or a :class:`ReadError` naming its position.  ``format`` is one of
    :data:`FORMATS`; by default it is detected from the first bytes.  With ``keep``, only
    fields with those tags (and control fields) become ``MarcField`` values; the others are
    still in the record's text."""
    if isinstance(source, bytes | bytearray):
        yield from _iter(io.BytesIO(bytes(source)), format, "", keep)
        return
    if isinstance(source, str | Path):
        with open(source, "rb") as fh:
            yield from _iter(fh, format, str(source), keep)
        return
    yield from _iter(source, format, getattr(source, "name", "") or "", keep)


def _iter(
    stream: IO[bytes], format: str | None, name: str, keep: frozenset[str] | None
) -> Iterator[RawRecord | ReadError]:
    from comet.marc.binary import read_iso2709
    from comet.marc.breaker import read_breaker
    from comet.marc.marcjson import read_marcjson
    from comet.marc.marcxml import read_marcxml

    head = stream.read(4096)
    fmt = format or detect_format(head, str(name))
    if fmt not in FORMATS:
        if not head.strip():
            yield ReadError(1, 0, "marc-empty", "empty input: no MARC record")
        else:
            yield ReadError(1, 0, "not-marc", "not a MARC file (not ISO 2709, MARCXML, "
                            f"MARC-in-JSON or MARCMaker text): starts {head[:40]!r}")  # fmt: skip
        return
    body = io.BufferedReader(_Prefixed(head, stream), 1 << 16)
    reader = {"marc21": read_iso2709, "marcxml": read_marcxml, "marcjson": read_marcjson,
              "mrk": read_breaker}[fmt]  # fmt: skip
    yield from reader(body, keep)
