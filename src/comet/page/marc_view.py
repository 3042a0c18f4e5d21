"""MARC-tagged text inside scraped pages: a catalogue's "MARC view" and MARC breaker text.

:func:`read_marc_fields` finds MARC rows in page text in the shapes catalogues print them:

- table cells separated by tabs, one subfield per line (Koha's plain view:
  ``245<TAB>1<TAB>0<TAB>_aTitle :`` then ``<TAB><TAB><TAB>_bsubtitle``);
- breaker (MARCMaker) text: ``=245  10$aTitle :$bsubtitle /$cstatement.``, ``\\`` for a
  blank indicator, ``=LDR  …`` and ``=008  …`` for the control fields;
- one field per line with ``$a``, ``$$a``, ``|a``, ``‡a``/``ǂa`` or ``_a`` markers, the
  indicators glued (``10``), spaced (``1 0``), blank as ``#``/``_``/``\\`` or left out;
- a field split over lines: the tag (and indicators) on one line, each subfield on the
  next lines; a first subfield without a marker (``245 10 Title : ‡b subtitle``).

:func:`comet.page.marc_record.read_marc_view` decides whether a page *is* a MARC view (a 245 and enough other
fields) and maps its fields to :class:`~comet.page.model.Record` values through the data
file ``marc_fields.toml``; :meth:`~comet.page.marc_record.MarcView.apply` puts them into the record that
:func:`comet.parse_record` read from the rest of the page.  Everything here is pure,
linear in the length of the text and never raises on a ``str``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import attrs

__all__ = ["MarcField", "Subfield", "read_marc_fields"]


#: a field's tag: alone before a space, a cell bar or a marker; or, as Korean catalogues print
#: KORMARC, glued to its indicators before the subfield marks (``24510 ▼a``, ``1001 ▼a``), or a
#: control field glued to its value in the forms the format fixes (the leader's five-digit
#: length then its status, 005's fourteen-digit timestamp, 008's six-digit entry date)
_TAG = re.compile(
    r"\s*(?:\|\s*)?[■▪]?(=?)(LDR(?=\d{5}[a-z])|005(?=\d{14})|008(?=\d{6}[a-z|])|"
    r"LDR|LEADER|Leader|\d{3}(?:(?=[\s|$‡ǂ▼▾_]|$)|(?=[0-9#_]{1,2}\s?[▼▾])))"
)
_MARKERS: dict[str, re.Pattern[str]] = {
    "$": re.compile(r"\$\$?([a-zA-Z]|[0-9](?![0-9]*[.,][0-9]))"),  # not a price ($2.50)
    # ▼/▾: KORMARC's delimiter as Korean catalogues print it
    "‡": re.compile(r"[‡ǂ▼▾]([0-9a-zA-Z])"),
    "|": re.compile(r"\|([0-9a-z])"),
    "_": re.compile(r"(?:(?<=[\s|])|^)_([0-9a-zA-Z])"),
    "\t": re.compile(r"(?:(?<=\t)|^)([a-z])\t"),  # the code in a cell of its own
}
_IND_CHARS = frozenset("0123456789#\\_-")
_IND_LEAD = re.compile(r"[\s|]*(?:([0-9#\\_-]{1,2})[\s|]+(?:([0-9#\\_-])[\s|]+)?)?")
_CELL_LEAD = re.compile(r"\s*(?:\|\s+)?")
_QUICK = re.compile(
    r"(?m)^[^\S\n]*(?:\|[^\S\n]*)?[■▪]?=?(?:(?:245|LDR|LEADER|Leader|000)(?![0-9A-Za-z])"
    r"|245[0-9#_]{0,2}\s?[▼▾]|LDR\d{5}[a-z])"
)
_BLANK_IND = {"#": " ", "\\": " ", "_": " ", "-": " ", "": " ", "|": " "}


@attrs.frozen
class Subfield:
    """One subfield: its code, its value (NFC, whitespace collapsed) and the value's span."""

    code: str
    value: str
    span: tuple[int, int]


@attrs.frozen
class MarcField:
    """One MARC field as printed: tag, indicators (``" "`` for blank) and subfields,
    or, for a control field (leader, 001–009), its ``value``."""

    tag: str
    ind1: str = " "
    ind2: str = " "
    subfields: tuple[Subfield, ...] = ()
    value: str | None = None
    span: tuple[int, int] = (0, 0)

    @property
    def is_control(self) -> bool:
        return self.value is not None

    def get(self, code: str) -> Subfield | None:
        """The first subfield with ``code`` (``None`` when there is none)."""
        return next((s for s in self.subfields if s.code == code), None)

    def all(self, code: str) -> tuple[Subfield, ...]:
        """Every subfield with ``code``, in order."""
        return tuple(s for s in self.subfields if s.code == code)


def _without_empty_cells(raw: str) -> str:
    """A subfield's text without the table's empty cells closing its row (``152 S. | ||``, a
    VuFind staff view printing its spare columns as bars after the last subfield)."""
    stripped = raw.rstrip(" \t|")
    tail = raw[len(stripped) :]
    return stripped if "|" in tail and tail[:1].isspace() else raw


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        yield start, text[start:end].rstrip("\r")
        start = end + 1


def _dominant_marker(text: str) -> re.Pattern[str] | None:
    """The subfield marker the page uses most on its MARC-like lines."""
    counts = dict.fromkeys(_MARKERS, 0)
    for _start, line in _lines(text):
        m = _TAG.match(line)
        pos = m.end() if m else _CELL_LEAD.match(line).end()  # type: ignore[union-attr]
        if m is None and not any(rx.match(line, pos) for rx in _MARKERS.values()):
            continue  # neither a tagged row nor a row of subfields
        for key, rx in _MARKERS.items():
            counts[key] += sum(1 for _ in rx.finditer(line, pos))
    best = max(counts, key=lambda k: counts[k])
    return _MARKERS[best] if counts[best] else None


def _subfields(line: str, base: int, pos: int, rx: re.Pattern[str], first: str | None
               ) -> list[Subfield]:  # fmt: skip
    """Subfields of ``line[pos:]``; text before the first marker is ``$<first>``."""
    out: list[Subfield] = []
    matches = list(rx.finditer(line, pos))
    bounds: list[tuple[str, int, int]] = []
    if first is not None and (not matches or matches[0].start() > pos):
        bounds.append((first, pos, matches[0].start() if matches else len(line)))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        bounds.append((m.group(1), m.end(), end))
    for code, a, b in bounds:
        raw = _without_empty_cells(line[a:b])  # '152 S. | ||': the table's empty cells
        lead = len(raw) - len(raw.lstrip())
        core = raw.strip()
        value = _norm(core.replace("{dollar}", "$"))
        out.append(Subfield(code, value, (base + a + lead, base + a + lead + len(core))))
    return out


def _cells(rest: str) -> tuple[str, str, int] | None:
    """Indicators of a tab-separated row (``<TAB>1<TAB>0<TAB>…``) and where the body starts."""
    if not rest.startswith("\t") and "\t" not in rest[:4]:
        return None
    parts = rest.split("\t")
    if parts[0].strip(" |"):
        return None
    inds: list[str] = []
    pos = len(parts[0]) + 1
    for cell in parts[1:-1]:
        c = cell.strip(" |")
        if len(inds) >= 2 or len(c) > 2 or not set(c) <= _IND_CHARS or len(inds) + len(c) > 2:
            break
        inds.extend(c if len(c) == 2 else [c])
        pos += len(cell) + 1
    inds += [" "] * (2 - len(inds))
    return inds[0], inds[1], pos


def _zone(prefix: str) -> tuple[str, str] | None:
    """Indicators when ``prefix`` (between the tag and the first marker) holds nothing else."""
    chars = [c for c in prefix if not c.isspace() and c != "|"]
    if len(chars) > 2 or not set(chars) <= _IND_CHARS:
        return None
    if len(chars) == 2:
        return chars[0], chars[1]
    if len(chars) == 1:
        lead = len(prefix) - len(prefix.lstrip())
        trail = len(prefix) - len(prefix.rstrip())
        return (" ", chars[0]) if lead >= 2 and trail <= 1 else (chars[0], " ")
    return " ", " "


def _ind(c: str) -> str:
    return _BLANK_IND.get(c, c)


def _data_row(line: str, base: int, pos: int, rx: re.Pattern[str]
              ) -> tuple[str, str, list[Subfield]] | None:  # fmt: skip
    """Indicators and subfields of the part of a data-field row after its tag."""
    cells = _cells(line[pos:])
    i1, i2, body = (cells[0], cells[1], pos + cells[2]) if cells else (" ", " ", pos)
    m = rx.search(line, body)
    if m is None:
        return None
    prefix = line[body : m.start()]
    zone = _zone(prefix)
    if zone is not None:
        if cells is None or (i1 == i2 == " " and prefix.strip(" \t|")):
            i1, i2 = zone  # indicators in the subfield cell (``245⇥10 |a …``)
        return _ind(i1), _ind(i2), _subfields(line, base, m.start(), rx, None)
    if cells is None:
        lead = _IND_LEAD.match(line, pos)
        assert lead is not None  # the pattern matches the empty string
        both = (lead.group(1) or "") + (lead.group(2) or "")
        i1, i2 = (both[0], both[1]) if len(both) == 2 else (both, "")
        body = lead.end()
    return _ind(i1), _ind(i2), _subfields(line, base, body, rx, "a")


def _explicit(line: str, base: int, rx: re.Pattern[str]
              ) -> tuple[str, str, list[Subfield]] | None:  # fmt: skip
    """Indicators and subfields of a line that is only indicators then marked subfields."""
    m = rx.search(line)
    zone = _zone(line[: m.start()]) if m is not None else None
    if m is None or zone is None:
        return None
    return _ind(zone[0]), _ind(zone[1]), _subfields(line, base, m.start(), rx, None)


def _is_control(tag: str) -> bool:
    return tag in ("LDR", "LEADER", "Leader", "000") or tag.startswith("00")


#: a table cell holding only a subfield marker (``_a``, ``$a``, ``‡a``) or only a tag
_MARKER_CELL = re.compile(r"[ \t|]*(?:[_$‡ǂ▼▾]\$?[0-9a-z])[ \t|]*")
_TAG_CELL = re.compile(r"[ \t|]*(?:\d{3}|LDR|LEADER|Leader)[ \t|]*")


def _joined_cells(text: str) -> str:
    """``text`` with a table's cells that a page put on lines of their own joined again:
    a line holding only a subfield marker (``_a``) joined to the value on the next line,
    and a line holding only a tag to the next line (a control field's value or the first
    subfield), as a Koha MARC view reads when its table cells are copied one per line.
    Each joining line break becomes a space, so every offset stays the same."""
    lines = text.split("\n")
    if len(lines) < 4 or sum(1 for ln in lines if _MARKER_CELL.fullmatch(ln)) < 2:
        return text
    out = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if (
            nxt.strip()
            and not _TAG_CELL.fullmatch(nxt)
            and (
                (_MARKER_CELL.fullmatch(line) and not _MARKER_CELL.fullmatch(nxt))
                or _TAG_CELL.fullmatch(line)
            )
        ):
            out[pos] = " "
        pos += 1
    return "".join(out)


def read_marc_fields(text: str) -> tuple[MarcField, ...]:
    """The MARC fields printed in ``text`` (empty when it has no data field with a subfield).

    >>> fields = read_marc_fields("=245  10$aA study of moss :$ba field guide /$cJ. Ray.")
    >>> [(f.tag, f.ind1, f.ind2, [(s.code, s.value) for s in f.subfields]) for f in fields]
    [('245', '1', '0', [('a', 'A study of moss :'), ('b', 'a field guide /'), ('c', 'J. Ray.')])]
    """
    if not isinstance(text, str):
        return ()
    text = _joined_cells(text)
    rx = _dominant_marker(text)
    if rx is None:
        return ()
    fields: list[MarcField] = []
    # the open data field: tag, ind1, ind2, subfields, start; or a tag waiting for its cells
    tag = ""
    ind: list[str] = []
    subs: list[Subfield] = []
    start = 0
    pending: tuple[str, int, list[str], int] | None = None  # tag, start, inds, lines waited
    prev_blank = True

    wrap: list[str] = []  # text of indented lines wrapped from the last subfield's value
    wrap_end = 0

    def flush() -> None:
        nonlocal wrap
        if wrap and subs:
            last = subs[-1]
            subs[-1] = Subfield(last.code, _norm(" ".join([last.value, *wrap])),
                                (last.span[0], wrap_end))  # fmt: skip
        wrap = []

    def close() -> None:
        nonlocal tag, subs
        flush()
        if tag and subs:
            i1, i2 = [*ind, " ", " "][:2]
            fields.append(MarcField(tag, i1, i2, tuple(subs), None, (start, subs[-1].span[1])))
        tag, subs = "", []

    for base, line in _lines(text):
        blank = not line.strip()
        m = _TAG.match(line)
        if m is not None:
            close()
            pending = None
            t, pos = m.group(2), m.end()
            rest = line[pos:]
            at = base + m.start(2)
            if _is_control(t):
                value = rest.strip()
                if value[:1] == "|" and value[1:2].isspace():
                    value = value[1:].strip()  # a table cell separator
                if line.lstrip()[:1] == "|" and value.endswith("|"):
                    value = value[:-1].strip()
                value = _without_empty_cells(value)  # '990101s1999 xx 000 und | |'
                if value.endswith(" |"):
                    value = value[:-1].rstrip()
                mk = rx.match(value)
                if mk is not None:
                    value = value[mk.end() :].strip()
                if value:
                    a = base + line.index(value[:1], pos)
                    fields.append(MarcField(t, value=_norm(value) if t != "008" else value,
                                            span=(at, a + len(value))))  # fmt: skip
                elif not rest.strip():
                    pending = (t, at, [], 0)
            else:
                row = _data_row(line, base, pos, rx)
                if m.group(1) and rest[:2].isspace() and rx.match(line, pos + 4):
                    # breaker text: two spaces, then the indicators in two fixed positions
                    i1, i2 = (" " if c.isspace() else _ind(c) for c in rest[2:4])
                    row = i1, i2, _subfields(line, base, pos + 4, rx, None)
                if row is not None:
                    tag, ind, subs, start = t, [row[0], row[1]], row[2], at
                else:
                    raw = [c for c in rest if c not in " \t|"]
                    if len(raw) <= 2 and set(raw) <= _IND_CHARS:
                        pending = (t, at, [_ind(c) for c in raw], 0)
            prev_blank = blank
            continue
        lead = _CELL_LEAD.match(line)
        pos = lead.end() if lead else 0
        mk = rx.match(line, pos)
        if pending is not None:
            ptag, pstart, pinds, waited = pending
            if _is_control(ptag):
                if not line.strip(" \t|") and waited < 3:  # an empty table cell
                    pending = (ptag, pstart, pinds, waited + 1)
                elif not blank and mk is None and len(line.strip()) <= 80:
                    v = line.strip()
                    if v.endswith(" |"):  # the cell closing the value's row
                        v = v[:-1].rstrip()
                    a = base + line.index(v[:1])
                    fields.append(MarcField(ptag, value=_norm(v) if ptag != "008" else v,
                                            span=(pstart, a + len(v))))  # fmt: skip
                    pending = None
                elif not blank or waited >= 1:
                    pending = None
                else:
                    pending = (ptag, pstart, pinds, waited + 1)
                prev_blank = blank
                continue
            if mk is not None:
                tag, ind, start = ptag, [*pinds, " ", " "][:2], pstart
                subs = _subfields(line, base, mk.start(), rx, None)
                pending = None
            elif (not line.strip(" \t|") or (len(line.strip(" \t|")) <= 2 - len(pinds)
                  and set(line.strip(" \t|")) <= _IND_CHARS)) and waited < 3:  # fmt: skip
                c = line.strip(" \t|")
                pending = (ptag, pstart, [*pinds, *(_ind(x) for x in c)], waited + 1)
            else:
                row = _explicit(line, base, rx)
                if row is not None:
                    tag, ind, subs, start = ptag, [row[0], row[1]], row[2], pstart
                pending = None
            prev_blank = blank
            continue
        if tag and mk is not None:
            flush()
            subs.extend(_subfields(line, base, mk.start(), rx, None))
        elif tag and not blank and not prev_blank and line[:1].isspace() and subs:
            # a value wrapped onto an indented line: its text before any marker goes on
            more = _subfields(line, base, pos, rx, "\0")
            wrap.append(more[0].value)
            wrap_end = more[0].span[1]
            if len(more) > 1:
                flush()
                subs.extend(more[1:])
        elif not (tag and blank):
            close()
        prev_blank = blank
    close()
    if not any(not f.is_control for f in fields):
        return ()
    return tuple(fields)
