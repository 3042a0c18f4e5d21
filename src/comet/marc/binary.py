"""ISO 2709 (binary MARC 21) records from a byte stream, one at a time, in constant memory.

The stream is split on the record terminator (``0x1D``) rather than trusted by the
leader's record length, so a record whose length disagrees with its bytes is still read
(with a diagnostic); fields are found through the directory, or, where the directory's
offsets do not land on field terminators, by splitting the data on ``0x1E`` and pairing
the pieces with the directory's tags in order.  The character set follows leader/09
(``a`` UTF-8, blank MARC-8, decoded with pymarc), except that a record labelled MARC-8
whose bytes are valid UTF-8 is read as UTF-8 and says so.  A record that cannot be read
becomes one :class:`~comet.marc.fields.ReadError` naming its position; the next record
is read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

from comet.diagnostics import Severity
from comet.marc._deps import marc8_to_unicode
from comet.marc.fields import FieldBuilder, RawRecord, ReadError

__all__ = ["MAX_RECORD", "decode_record", "read_iso2709"]

RT, FT, SD = 0x1D, 0x1E, 0x1F
#: Bytes read without finding a record terminator before the record is given up
#: (ISO 2709 records are at most 99,999 bytes).
MAX_RECORD = 1 << 20
_CHUNK = 1 << 16
_FILLER = b" \t\r\n\x00\x1a"


def read_iso2709(
    stream: IO[bytes], keep: frozenset[str] | None = None
) -> Iterator[RawRecord | ReadError]:
    """Every record of ``stream`` (ISO 2709), or an error row in its place."""
    buf = b""
    base = 0  # file offset of buf[0]
    position = 0
    skipping = False
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        buf += chunk
        start = 0
        while True:
            end = buf.find(b"\x1d", start)
            if end < 0:
                break
            piece = buf[start : end + 1]
            at = base + start
            start = end + 1
            if skipping:
                skipping = False
                continue
            lead = len(piece) - len(piece.lstrip(_FILLER))
            piece = piece[lead:]
            if len(piece) <= 1:
                continue
            glued = _glued(piece)
            if glued:
                position += 1
                yield ReadError(position, at + lead, "marc-truncated", f"truncated record: "
                                f"its {glued:,} bytes end where the next record's leader "
                                "starts (no record terminator)", "marc21")  # fmt: skip
                lead, piece = lead + glued, piece[glued:]
            position += 1
            yield decode_record(piece, position, at + lead, keep)
        buf = buf[start:]
        base += start
        if len(buf) > MAX_RECORD and skipping:
            base += len(buf)
            buf = b""
        elif len(buf) > MAX_RECORD:
            position += 1
            yield ReadError(position, base, "marc-record-too-long", f"no record terminator "
                            f"(0x1D) in {MAX_RECORD:,} bytes: not ISO 2709, or a corrupt "
                            "record; skipped to the next terminator", "marc21")  # fmt: skip
            base += len(buf)
            buf = b""
            skipping = True
    tail = buf.strip(_FILLER)
    if tail and not skipping:
        position += 1
        at = base + buf.find(tail[:1])
        if position == 1 and not tail[:5].isdigit():
            yield ReadError(position, at, "not-marc", "not a MARC file: no ISO 2709 leader "
                            f"(starts {tail[:24]!r})", "marc21")  # fmt: skip
        else:
            yield ReadError(position, at, "marc-truncated", f"truncated record: {len(tail):,} "
                            "bytes end without a record terminator (0x1D)", "marc21")  # fmt: skip
    elif position == 0 and not skipping:
        yield ReadError(1, 0, "marc-empty", "empty input: no MARC record", "marc21")


_LEADER = re.compile(rb"(\d{5})[acdnp][acdefgijkmoprt][abcdims ]")


def _glued(piece: bytes) -> int:
    """Where a second record starts inside ``piece`` when the first was cut short (its
    leader's length is not the piece's, and a second leader's length runs exactly to the
    terminator); 0 when ``piece`` is one record."""
    if not piece[:5].isdigit() or int(piece[:5]) == len(piece):
        return 0
    for m in _LEADER.finditer(piece, 24):
        if int(m.group(1)) == len(piece) - m.start():
            return m.start()
    return 0


def _decoder(piece: bytes, leader: str, b: FieldBuilder) -> str:
    """``utf-8`` or ``marc-8`` for the record's bytes (leader/09 checked against them)."""
    if piece.isascii() and (leader[9] == "a" or b"\x1b" not in piece):
        return "utf-8"
    if leader[9] == "a":
        try:
            piece.decode("utf-8")
        except UnicodeDecodeError as exc:
            b.note("marc-invalid-utf8", f"leader/09 says UTF-8 but byte {exc.start} is not "
                   "UTF-8: such bytes are replaced by U+FFFD")  # fmt: skip
        return "utf-8"
    if piece.isascii():
        return "marc-8"  # escape sequences to other MARC-8 character sets
    try:
        piece.decode("utf-8")
    except UnicodeDecodeError:
        return "marc-8"
    b.note("marc-encoding-mislabelled", f"leader/09 is {leader[9]!r} (MARC-8) but the bytes are "
           "UTF-8: read as UTF-8", Severity.INFO)  # fmt: skip
    return "utf-8"


def _text(data: bytes, encoding: str) -> str:
    if data.isascii() and (encoding == "utf-8" or b"\x1b" not in data):
        return data.decode("ascii")
    if encoding == "utf-8":
        return data.decode("utf-8", "replace")
    return marc8_to_unicode(data)


def decode_record(
    piece: bytes, position: int = 1, offset: int = 0, keep: frozenset[str] | None = None
) -> RawRecord | ReadError:
    """One ISO 2709 record (``piece`` ends at its record terminator), or an error row."""
    b = FieldBuilder(position, offset, "marc21", keep)
    if len(piece) < 26:
        return b.error("marc-too-short", f"{len(piece)} bytes is too short for a MARC record "
                       "(a 24-byte leader, a directory and fields)")  # fmt: skip
    leader = piece[:24].decode("ascii", "replace")
    if not leader[:5].isdigit():
        b.note("marc-leader-record-length", f"the leader's record length {leader[:5]!r} is "
               "not a number: the record was read up to its terminator")  # fmt: skip
    elif int(leader[:5]) != len(piece):
        b.note("marc-leader-record-length", f"the leader says {int(leader[:5]):,} bytes, the "
               f"record has {len(piece):,}: read up to its terminator", Severity.INFO)  # fmt: skip
    first_ft = piece.find(b"\x1e", 24)
    if first_ft < 0:
        return b.error("marc-no-directory", "no field terminator (0x1E) after the leader: "
                       "no directory")  # fmt: skip
    base = int(leader[12:17]) if leader[12:17].isdigit() else -1
    if base != first_ft + 1:
        if base >= 0:
            b.note("marc-base-address", f"the leader's base address {base} does not follow "
                   f"the directory (ends at byte {first_ft}): used the directory's end",
                   Severity.INFO)  # fmt: skip
        base = first_ft + 1
    directory = piece[24 : base - 1]
    if len(directory) % 12:
        b.note("marc-directory-length", f"the directory has {len(directory)} bytes, not a "
               "multiple of 12: its last entry is ignored")  # fmt: skip
    entries: list[tuple[str, int, int]] = []
    for i in range(0, len(directory) - 11, 12):
        e = directory[i : i + 12]
        tag = e[:3].decode("ascii", "replace")
        if not (tag.isascii() and tag.isalnum() and e[3:12].isdigit()):
            return b.error("marc-bad-directory", f"directory entry {i // 12 + 1} ({e!r}) is "
                           "not a tag, a length and an offset")  # fmt: skip
        entries.append((tag, int(e[3:7]), int(e[7:12])))
    if not entries:
        return b.error("marc-no-directory", "the directory is empty: no fields")
    b.set_leader(leader)
    encoding = _decoder(piece, leader, b)
    data = piece[base:]
    bodies: list[bytes] = []
    for _tag, length, start in entries:
        body = data[start : start + length]
        if len(body) != length or not body.endswith(b"\x1e"):
            bodies = []
            break
        bodies.append(body[:-1])
    if not bodies:
        pieces = data.rstrip(b"\x1d").split(b"\x1e")
        if pieces and not pieces[-1]:
            pieces.pop()
        b.note("marc-directory-offsets", f"the directory's offsets do not land on field "
               f"terminators: the {len(pieces)} fields were split on 0x1E and paired with the "
               f"directory's {len(entries)} tags in order")  # fmt: skip
        bodies = pieces[: len(entries)]
    for (tag, _length, _start), body in zip(entries, bodies, strict=False):
        if tag < "010" and tag.isdigit():
            b.control(tag, _text(body, encoding))
            continue
        if body[:1] == b"\x1f":
            ind, rest = b"  ", body
            b.note("marc-missing-indicators", f"{tag}: no indicators: read as blank",
                   Severity.INFO)  # fmt: skip
        else:
            ind, rest = body[:2], body[2:]
        ind_text = ind.decode("ascii", "replace").ljust(2)
        if keep is not None and tag not in keep and encoding == "utf-8":
            # a field the mapping does not read: its text only, decoded in one go
            b.text_only(tag, ind_text, rest.decode("utf-8", "replace"))
            continue
        subs = [(s[:1].decode("ascii", "replace"), _text(s[1:], encoding))
                for s in rest.split(b"\x1f")[1:] if s]  # fmt: skip
        b.data(tag, ind_text[0], ind_text[1], subs)
    return b.build()
