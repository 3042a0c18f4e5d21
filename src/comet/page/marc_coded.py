"""A coded MARC view: each subfield printed as a row of its code, its *name* and its value.

Some catalogues (MegaPro and catalogues like it, in their RUSMARC and MARC 21 views) print a
record as a table whose rows give the tag, the indicators, the subfield code, the subfield's
name and the value; a scraper gets the table with bars, or flattened with spaces::

    | 245 | 10 | a | Заглавие | Электронные библиотеки |        (a tag row and its first subfield)
    | b | Продолж. заглавия | принципы создания | ||             (a subfield of the same field)

    200 Заглавие и сведения об ответственности 1_               (a field heading: tag, name, indicators)
    a Заглавие Электронные библиотеки                          (code, subfield name, value)
    245 10 a Заглавие Электронные библиотеки                   (tag, indicators, code, name, value)

The code is printed, so the name is only to be stepped over: in a table it is a cell of its
own; in flattened rows it is one of the format's subfield names listed for the tag (``[labels]``
of ``marc_fields.toml``), and a row whose name is not listed is left out.  Rows that print a
leader position by name (``Тип записи a``, ``Библиографический уровень m``; ``[labels].leader``)
give the leader's record type and level.  A page is a coded view when two or more rows name
a subfield the lexicon knows *with the code printed beside it* and a title field (245, or
UNIMARC 200) has its ``$a``.  Linear in the length of the text; never raises on a ``str``.
"""

from __future__ import annotations

import functools
import re

from comet.page.marc_labelled import _is_control, _Reader, _title_tags
from comet.page.marc_map import MarcMap, load_map
from comet.page.marc_view import MarcField, Subfield, _lines
from comet.page.marc_view import _norm as _nfc

__all__ = ["may_hold", "read_coded_fields"]


@functools.cache
def _quick() -> re.Pattern[str]:
    """A title field's row (``marc_fields.toml``'s title tags: 245, UNIMARC 200) with its
    code, or the heading of a UNIMARC title field (``200 <name> 1_``)."""
    tags = "|".join(_title_tags())
    return re.compile(
        rf"(?m)^[ \t|]*(?:{tags})[ \t|]+(?:[0-9_#]{{2}}[ \t|]+)?(?:[a-z][ \t|]|[^\W\d_])"
    )


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold a coded view: the quick test :func:`read_coded_fields`
    makes first, for a caller that decides on it earlier (a title tag's digits first, in C)."""
    if _tagged(text) and _quick().search(text) is not None:
        return True
    joined = joined_cell_lines(text)  # the text itself on most pages: searched once
    return joined is not text and _tagged(joined) and _quick().search(joined) is not None


def _tagged(text: str) -> bool:
    """A title field's tag stands in ``text`` (a necessary condition of :func:`_quick`)."""
    return any(tag in text for tag in _title_tags())


#: a table cell a page put on a line of its own: its text (maybe none) and the closing bar
_CELL_LINE = re.compile(r"[ \t]*(?:[^|\n]*[^|\s])?[ \t]*\|[ \t]*")
#: a column name of the header: words, no digits
_HEAD_CELL = re.compile(r"[ \t]*[^\W\d_][^|\d\n]{0,30}?\|[ \t]*")
#: cell lines a run needs (the header and two rows) to be read as a table
_MIN_CELL_LINES = 12


def joined_cell_lines(text: str) -> str:
    """``text`` with a table that was printed one cell a line (``Поле |`` / ``Инд. |`` / …,
    an empty cell as a bar alone) joined again into its rows: the header's column names (lines
    of words closed by a bar, before the first empty or numeric cell) give the number of
    columns, and each run of that many cell lines after it becomes one row (the line breaks
    joined become spaces, so every offset stays the same). ``text`` itself when it has no such
    table."""
    if text.count("|\n") < _MIN_CELL_LINES:
        return text
    lines = text.split("\n")
    out = list(text)
    pos = 0
    i = 0
    changed = False
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    while i < len(lines):
        j = i
        while j < len(lines) and _HEAD_CELL.fullmatch(lines[j]):
            j += 1
        width = j - i
        k = j
        while k < len(lines) and _CELL_LINE.fullmatch(lines[k]):
            k += 1
        if width >= 3 and k - j >= 2 * width and (k - i) >= _MIN_CELL_LINES:
            for r in range(j, k - (k - j) % width, width):
                for c in range(r, r + width - 1):
                    out[starts[c] + len(lines[c])] = " "
                    changed = True
            i = k
        else:
            i = max(k, i + 1)
    return "".join(out) if changed else text


_TAG = re.compile(r"\d{3}")
_IND = re.compile(r"[0-9_#]{2}")
_CODE = re.compile(r"[a-z0-9]")
#: flattened rows: a tag row with its first subfield; a field heading; a subfield row
_FLAT_FIELD = re.compile(r"[ \t]*(\d{3})(?:[ \t]+([0-9_#]{2}))?[ \t]+([a-z0-9])[ \t]+(\S.*?)[ \t]*")
_FLAT_HEAD = re.compile(r"[ \t]*(\d{3})[ \t]+\S.*?[ \t]+([0-9_#])([0-9_#])[ \t]*")
_FLAT_SUB = re.compile(r"[ \t]*([a-z0-9])[ \t]+(\S.*?)[ \t]*")
_BLANK = {"_": " ", "#": " "}
#: a page is a coded view with at least this many rows whose name the lexicon knows with the
#: printed code
_MIN_KNOWN = 2


def _cells(line: str) -> list[tuple[str, int]]:
    """The cells of a table row (``| a | b |``) with their offsets in the line; trailing
    empty cells dropped."""
    out: list[tuple[str, int]] = []
    pos = 0
    for part in line.split("|"):
        core = part.strip()
        out.append((core, pos + (part.index(core) if core else 0)))
        pos += len(part) + 1
    if line.lstrip().startswith("|"):
        out = out[1:]
    while out and not out[-1][0]:
        out.pop()
    return out


class _Row:
    """One row read: a field start (tag, indicators, maybe its first subfield), a subfield,
    a leader position, or nothing (``kind`` ``None``)."""

    __slots__ = ("code", "i1", "i2", "kind", "known", "tag", "value", "vstart")

    def __init__(self, kind: str | None = None) -> None:
        self.kind = kind
        self.tag = ""
        self.i1 = self.i2 = " "
        self.code: str | None = None
        self.value = ""
        self.vstart = 0
        self.known = False  # the name is the lexicon's name for the printed code


class _Open:
    """The field being read: tag, indicators, where its first row starts, its subfields."""

    __slots__ = ("i1", "i2", "start", "subs", "tag")

    def __init__(self, tag: str, i1: str, i2: str, start: int) -> None:
        self.tag, self.i1, self.i2, self.start = tag, i1, i2, start
        self.subs: list[Subfield] = []


def _ind(pair: str | None) -> tuple[str, str]:
    if not pair:
        return " ", " "
    return _BLANK.get(pair[0], pair[0]), _BLANK.get(pair[1], pair[1])


def _leader_label(text: str, mm: MarcMap) -> tuple[int, str] | None:
    """The leader position whose name (``[labels].leader`` of ``marc_fields.toml``) opens
    ``text``, case and spacing folded, word for word (the longest name that does), and the
    rest of ``text`` after it (words joined by one space): ``Тип записи a`` → ``(6, "a")``."""
    words = text.split()
    best: tuple[int, int] | None = None  # (words of the name, position)
    for name, pos in mm.leader_labels:
        key = name.casefold().split()
        if (best is None or len(key) > best[0]) and [
            w.casefold() for w in words[: len(key)]
        ] == key:
            best = (len(key), pos)
    return None if best is None else (best[1], " ".join(words[best[0] :]))


def _named(tag: str, code: str, rest: str, row: _Row, base: int) -> None:
    """The value of a flattened subfield row after its name (``rest`` starts at ``base``)."""
    got, at = _Reader(tag).name_of(rest)
    if got is None or at >= len(rest):
        return
    row.code = code
    row.value = rest[at:].strip()
    row.vstart = base + at
    row.known = got == code


def _filled(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``cells`` from the first one with text on: a row's empty tag and indicator cells off
    (a subfield's row of a table printed one cell a line, ``| | b | Издательство | Мир |``)."""
    k = 0
    while k < len(cells) and not cells[k][0]:
        k += 1
    return cells[k:]


def _table_row(line: str, mm: MarcMap) -> _Row:
    cells = _filled(_cells(line))
    row = _Row()
    if not cells:
        return row
    first = cells[0][0]
    if _TAG.fullmatch(first):
        rest = _filled(cells[1:])
        if _is_control(first):
            return row
        row.kind, row.tag = "field", first
        if rest and _IND.fullmatch(rest[0][0]):
            row.i1, row.i2 = _ind(rest[0][0])
            rest = _filled(rest[1:])
        if len(rest) >= 3 and _CODE.fullmatch(rest[0][0]) and rest[2][0]:
            row.code, row.value, row.vstart = rest[0][0], rest[2][0], rest[2][1]
            row.known = _Reader(first).name_of(rest[1][0])[0] == row.code
        return row
    if _CODE.fullmatch(first) and len(cells) >= 3 and cells[2][0]:
        row.kind, row.code, row.value, row.vstart = "sub", first, cells[2][0], cells[2][1]
        row.tag = cells[1][0]  # the name, checked against the field's tag by the caller
        return row
    if len(cells) >= 2 and (got := _leader_label(first, mm)) is not None and not got[1]:
        row.kind, row.value, row.code = "leader", cells[1][0], str(got[0])
    return row


def _flat_row(line: str, tag: str | None, mm: MarcMap) -> _Row:
    row = _Row()
    m = _FLAT_FIELD.fullmatch(line)
    if m is not None:
        row.kind, row.tag = "field", m.group(1)
        row.i1, row.i2 = _ind(m.group(2))
        if not _is_control(row.tag):
            _named(row.tag, m.group(3), m.group(4), row, m.start(4))
            return row
        return _Row()
    m = _FLAT_HEAD.fullmatch(line)
    if m is not None:
        if _is_control(m.group(1)):
            return row
        row.kind, row.tag = "field", m.group(1)
        row.i1, row.i2 = _ind(m.group(2) + m.group(3))
        return row
    m = _FLAT_SUB.fullmatch(line)
    if m is not None:
        row.kind = "sub"
        if tag is not None:
            _named(tag, m.group(1), m.group(2), row, m.start(2))
        return row
    got = _leader_label(line, mm)
    if got is not None and len(got[1]) == 1:
        row.kind, row.value, row.code = "leader", got[1], str(got[0])
    return row


def read_coded_fields(text: str, mm: MarcMap | None = None) -> tuple[MarcField, ...]:
    """The fields of a coded MARC view in ``text`` (empty when it is not one).

    >>> page = "200 Заглавие и сведения об ответственности 1_\\na Заглавие Фьорды\\n"
    >>> page += "210 Выходные данные __\\na Место издания Осло\\nd Дата издания 1999"
    >>> [(f.tag, [(s.code, s.value) for s in f.subfields]) for f in read_coded_fields(page)]
    [('200', [('a', 'Фьорды')]), ('210', [('a', 'Осло'), ('d', '1999')])]
    """
    if not isinstance(text, str):
        return ()
    joined = joined_cell_lines(text)
    if _quick().search(text) is None and (joined is text or _quick().search(joined) is None):
        return ()
    text = joined
    mm = mm or load_map()
    fields: list[MarcField] = []
    leader = [" "] * 24
    leader_span: tuple[int, int] | None = None
    known = 0
    cur: _Open | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None and cur.subs:
            span = (cur.start, cur.subs[-1].span[1])
            fields.append(MarcField(cur.tag, cur.i1, cur.i2, tuple(cur.subs), None, span))
        cur = None

    for start, line in _lines(text):
        if not line.strip():
            continue
        tag = cur.tag if cur is not None else None
        row = _table_row(line, mm) if "|" in line else _flat_row(line, tag, mm)
        if row.kind == "sub" and "|" in line:
            name = row.tag
            row.tag = ""
            row.known = tag is not None and _Reader(tag).name_of(name)[0] == row.code
        if row.kind == "field":
            close()
            cur = _Open(row.tag, row.i1, row.i2, start)
        elif row.kind == "leader":
            leader[int(str(row.code))] = row.value[:1]
            end = start + len(line)
            leader_span = (start, end) if leader_span is None else (leader_span[0], end)
            continue
        elif row.kind is None:
            close()
            continue
        if cur is None or row.code is None or not row.value:
            continue
        a = start + row.vstart
        cur.subs.append(Subfield(row.code, _nfc(row.value), (a, a + len(row.value))))
        known += bool(row.known)
    close()
    if known < _MIN_KNOWN:
        return ()
    if not any(f.tag in (mm.title_tag, mm.unimarc_title) and f.get("a") for f in fields):
        return ()
    if leader_span is not None and leader[6] != " ":
        leader[5] = "n"
        fields.insert(0, MarcField("000", value="00000" + "".join(leader[5:]), span=leader_span))
    return tuple(fields)
