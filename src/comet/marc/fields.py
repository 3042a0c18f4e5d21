"""One MARC record as comet reads it, whatever the format it came in.

:class:`FieldBuilder` collects a record's leader and fields (as :class:`~comet.page.marc_view.MarcField`,
the shape the MARC-view reader already maps) and writes the record's breaker (MARCMaker)
text as it goes: that text is the record's ``raw``, and every subfield's ``span`` points
into it.  Values are cleaned on the way in: Unicode NFC, runs of whitespace collapsed,
control characters removed (each removal is a diagnostic).
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.page.marc_view import MarcField, Subfield

__all__ = ["FieldBuilder", "RawRecord", "ReadError"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")
#: Largest value kept whole (a field in ISO 2709 is at most 9,999 bytes; XML and JSON have no limit).
MAX_VALUE = 20_000


@attrs.frozen
class RawRecord:
    """A record's fields as read, before mapping: its position in the file (1-based),
    byte offset (where the format has one), format, leader, fields, breaker text and
    the diagnostics of reading it."""

    position: int
    offset: int | None
    format: str
    leader: str
    fields: tuple[MarcField, ...]
    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


@attrs.frozen
class ReadError:
    """A record (or a whole input) that could not be read: one error row, naming where."""

    position: int  #: 1-based number of the record in the file
    offset: int | None  #: byte offset of the record (ISO 2709), else ``None``
    code: str
    message: str
    format: str = "unknown"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready ``dict`` (the error row of ``comet normalize``)."""
        return {
            "position": self.position,
            "offset": self.offset,
            "error": self.code,
            "message": self.message,
            "format": self.format,
        }

    def __str__(self) -> str:
        where = f"record {self.position}" + (
            f" (byte {self.offset})" if self.offset is not None else ""
        )
        return f"{where}: {self.message} [{self.code}]"


class FieldBuilder:
    """Builds one :class:`RawRecord`: ``leader``, ``control`` and ``data`` in record order."""

    def __init__(
        self, position: int, offset: int | None, fmt: str, keep: frozenset[str] | None = None
    ) -> None:
        self.position, self.offset, self.format = position, offset, fmt
        self.keep = keep
        self.leader = ""
        self.fields: list[MarcField] = []
        self.lines: list[str] = []
        self.size = 0
        self.diags: list[Diagnostic] = []

    def note(self, code: str, message: str, severity: Severity = Severity.WARNING,
             span: tuple[int, int] | None = None) -> None:  # fmt: skip
        self.diags.append(Diagnostic(code, message, span, severity))

    def clean(self, value: str, where: str) -> str:
        if value.isascii() and value.isprintable() and len(value) <= MAX_VALUE:
            if "  " in value or value[:1] == " " or value[-1:] == " ":
                value = " ".join(value.split())
            return value
        if not value.isascii() and ("Ã" in value or "Â" in value or "Ä" in value):
            value = self._repaired(value, where)
        if not value.isascii() or not value.isprintable():
            if _CONTROL.search(value):
                self.note("marc-control-characters", f"{where}: removed control characters "
                          f"from {value[:60]!r}")  # fmt: skip
                value = _CONTROL.sub(" ", value)
            value = unicodedata.normalize("NFC", value)
        if len(value) > MAX_VALUE:
            self.note("marc-value-truncated", f"{where}: a value of {len(value):,} characters "
                      f"was cut to {MAX_VALUE:,}")  # fmt: skip
            value = value[:MAX_VALUE]
        if "  " in value or "\t" in value or "\n" in value or value[:1] == " " or value[-1:] == " ":
            value = _SPACE.sub(" ", value).strip()
        return value

    def _repaired(self, value: str, where: str) -> str:
        """``value`` decoded again where it is UTF-8 read as Latin-1 or Windows-1252 (double
        encoding: ``rÃ¶misch`` for ``römisch``); unchanged when that does not decode, or
        decodes to control characters the value did not hold (``ÂŸ``: a C1 control, no
        letter; such a value is a value as written)."""
        for codec in ("latin-1", "cp1252"):
            try:
                fixed = value.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if fixed != value and len(_CONTROL.findall(fixed)) <= len(_CONTROL.findall(value)):
                self.note("marc-double-encoded", f"{where}: {value[:40]!r} was UTF-8 decoded "
                          f"twice: repaired to {fixed[:40]!r}", Severity.INFO)  # fmt: skip
                return fixed
        return value

    def _line(self, line: str) -> int:
        start = self.size
        self.lines.append(line)
        self.size += len(line) + 1
        return start

    def set_leader(self, leader: str) -> None:
        leader = _CONTROL.sub(" ", leader)
        if len(leader) != 24:
            self.note("marc-leader-length", f"the leader has {len(leader)} characters, not 24; "
                      "read as far as it goes")  # fmt: skip
            leader = (leader + " " * 24)[:24]
        self.leader = leader
        self._line(f"=LDR  {leader}")

    def control(self, tag: str, value: str) -> None:
        value = _CONTROL.sub(" ", value)
        if tag == "008":
            value = value.replace("\x00", " ")
        start = self._line(f"={tag}  {value}")
        self.fields.append(MarcField(tag, value=value, span=(start, start + 6 + len(value))))

    def data(self, tag: str, ind1: str, ind2: str, subfields: list[tuple[str, str]]) -> None:
        if self.keep is not None and tag not in self.keep:  # in the text only
            ind = (ind1 + ind2).replace(" ", "\\")
            self._line(f"={tag}  {ind}" + "".join(f"${c}{v}" for c, v in subfields))
            return
        i1 = ind1 if len(ind1) == 1 and (ind1.isalnum() or ind1 == " ") else " "
        i2 = ind2 if len(ind2) == 1 and (ind2.isalnum() or ind2 == " ") else " "
        if (i1, i2) != (ind1, ind2):
            self.note("marc-invalid-indicator", f"{tag}: indicators {ind1!r} {ind2!r} read as "
                      f"{i1!r} {i2!r}", Severity.INFO)  # fmt: skip
        head = f"={tag}  {i1.replace(' ', chr(92))}{i2.replace(' ', chr(92))}"
        parts = [head]
        pos = len(head)
        subs: list[Subfield] = []
        start = self.size
        at = start + pos + 2
        for code, raw in subfields:
            value = self.clean(raw, tag)
            if len(code) != 1 or not code.isprintable():
                code = "?"
            parts.append("$" + code + value)
            n = len(value)
            subs.append(Subfield(code, value, (at, at + n)))
            at += 2 + n
        line = "".join(parts)
        self._line(line)  # starts at `start`
        self.fields.append(MarcField(tag, i1, i2, tuple(subs), span=(start, start + len(line))))

    def text_only(self, tag: str, ind: str, body: str) -> None:
        """A data field kept in the record's text only (``body``: subfields after ``0x1F``)."""
        self._line(f"={tag}  {ind.replace(' ', chr(92))}" + body.replace("\x1f", "$"))

    def build(self) -> RawRecord:
        return RawRecord(self.position, self.offset, self.format, self.leader,
                         tuple(self.fields), "\n".join(self.lines), tuple(self.diags))  # fmt: skip

    def error(self, code: str, message: str) -> ReadError:
        return ReadError(self.position, self.offset, code, message, self.format)
