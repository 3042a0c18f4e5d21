"""MARC 21 catalogue records in, comet records out.

Reads ISO 2709 (binary ``.mrc``), MARCXML (also inside OAI-PMH responses), MARC-in-JSON
and MARCMaker ("breaker", ``.mrk``) text, streaming, and maps each record through the
tag/subfield rules of ``comet/page/marc_fields.toml`` (the same rules as the "MARC view"
reader of :mod:`comet.page`) into a :class:`~comet.page.model.Record` with diagnostics.
Needs the ``marc`` extra (``pip install 'comet-meta[marc]'``, for pymarc's MARC-8
decoder); a missing extra raises :class:`MissingExtraError` naming it.

>>> from comet.marc import read_marc
>>> rows = list(read_marc(b"=LDR  00000nam a2200000 a 4500\\n=245  10$aA field guide :$bbirds /$cA. Author."))
>>> rows[0].to_csl()["title"]
'A field guide: birds'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from comet.errors import ErrorCode, ParseError
from comet.marc._deps import MissingExtraError, require_pymarc
from comet.marc.fields import RawRecord, ReadError
from comet.marc.mapping import MarcRecord, country_code, map_record, used_tags
from comet.marc.reader import FORMATS, detect_format, iter_raw

__all__ = [
    "FORMATS",
    "MarcRecord",
    "MissingExtraError",
    "RawRecord",
    "ReadError",
    "country_code",
    "detect_format",
    "parse_marc",
    "read_marc",
]


def read_marc(
    source: str | Path | bytes | IO[bytes], *, format: str | None = None
) -> Iterator[MarcRecord | ReadError]:
    """Every record of ``source`` (a path, bytes or a binary file), in order, as a
    :class:`MarcRecord`, or a :class:`ReadError` row naming the position of a record that
    could not be read; the records after it are still read.  Streams: memory does not grow
    with the file.  ``format`` is one of :data:`FORMATS` (default: detected)."""
    require_pymarc()
    for raw in iter_raw(source, format, used_tags()):
        yield raw if isinstance(raw, ReadError) else map_record(raw)


def parse_marc(data: bytes | str, *, format: str | None = None) -> MarcRecord:
    """The first record of ``data`` (bytes of any format, or MARCMaker/MARCXML text).

    Raises :class:`~comet.ParseError` when it cannot be read: ``empty`` for empty input,
    ``invalid-format`` for anything else that is not a readable record (the message is
    the :class:`ReadError`'s, naming the record and the problem)."""
    blob = data.encode("utf-8") if isinstance(data, str) else data
    for row in read_marc(blob, format=format):
        if isinstance(row, ReadError):
            text = data if isinstance(data, str) else data[:2000].decode("latin-1")
            code = ErrorCode.EMPTY if row.code == "marc-empty" else ErrorCode.INVALID_FORMAT
            raise ParseError(str(row), code=code, input=text[:2000])
        return row
    raise ParseError("no MARC record", code=ErrorCode.NOT_FOUND)  # pragma: no cover
