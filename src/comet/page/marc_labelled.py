"""A labelled MARC view: a field heading per field, then the subfields by *name*.

Koha's "MARC view" (``opac-MARCdetail``) and catalogues like it print a record as::

    245 10 - TITLE STATEMENT
    Title
    Forests of the north :
    Remainder of title
    a field guide /

or with name and value on one line (``Title Forests of the north :``).  The heading row gives
the tag and indicators (its field name is in the catalogue's language and not needed); the
rows under it give each subfield's name, not its code.  :func:`read_labelled_fields` reads
the codes from the subfield names of the formats (``[labels]`` of ``marc_fields.toml``:
MARC 21's Library of Congress names, UNIMARC's IFLA names, as catalogues print them), and
where a name is not listed, from the row's place: the first row of a field is ``$a``, and in
a title or imprint field the ISBD punctuation ending a value says which subfield follows
(`` :`` then ``$b``, `` /`` then ``$c``; in an imprint ``,`` then ``$c``).

The fields it returns are :class:`~comet.page.marc_view.MarcField`s, read like any other
MARC view.  Linear in the length of the text; never raises on a ``str``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence

from comet.page.marc_map import load_map
from comet.page.marc_view import MarcField, Subfield

__all__ = ["may_hold", "read_labelled_fields"]

#: a field heading row: tag, two indicators (``#``/``_`` blank) or none, `` - `` and the
#: field's name (may be empty: ``593 ## -``), table bars round the row allowed
_HEAD = re.compile(
    r"[ \t|]*(\d{3})(?:[ \t]+([0-9#_\\])[ \t]?([0-9#_\\]))?[ \t]+-(?:[ \t]+|$|(?=[^\W\d_]))"
    r"([^\n]*?)[ \t|]*"
)
#: a leader or 008 value inside a one-line control row (after its name)
_LEADER_VALUE = re.compile(r"[0-9]{5}[ a-z0-9]{0,2}[a-z]")
_FIXED_VALUE = re.compile(r"[0-9]{6}[a-z|]")
_BLANK = {"#": " ", "_": " ", "\\": " "}
#: at most this many rows under one heading are read (a field has a few subfields; past
#: the last field a page's holdings table and footer follow)
_MAX_ROWS = 40
#: a page is a labelled view with at least this many field headings, one of them a title
_MIN_HEADINGS = 3


@functools.cache
def _title_tags() -> tuple[str, ...]:
    """The title fields' tags (MARC 21 245, UNIMARC 200: ``marc_fields.toml``)."""
    mm = load_map()
    return (mm.title_tag, mm.unimarc_title)


@functools.cache
def _quick() -> re.Pattern[str]:
    """A title field's heading row: a page that may hold a labelled view."""
    tags = "|".join(_title_tags())
    return re.compile(rf"(?m)^[ \t|]*(?:{tags})(?:[ \t]+[0-9#_\\][ \t]?[0-9#_\\])?[ \t]+-(?!-)")


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold a labelled view (a title field's heading row): the quick
    test :func:`read_labelled_fields` makes first, for a caller that decides on it earlier;
    a title tag's digits first, in C)."""
    return any(tag in text for tag in _title_tags()) and _quick().search(text) is not None


def _is_control(tag: str) -> bool:
    mm = load_map()
    return tag in mm.control_tags or tag in mm.leader_tags


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _name_pattern(name: str) -> str:
    """A subfield name as a pattern: case-free, any spacing after a period (``т.д.`` and
    ``т. д.`` are one name), runs of spaces as one."""
    out: list[str] = []
    for ch in name.strip():
        if ch == ".":
            out.append(r"\.[ \t]*")
        elif ch.isspace():
            if not out or out[-1] != r"[ \t]+":
                out.append(r"[ \t]+")
        else:
            out.append(re.escape(ch))
    return "".join(out).replace(r"\.[ \t]*[ \t]+", r"\.[ \t]*")


@functools.cache
def _names(tag: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for the subfield names of ``tag`` (longest first) and name → code."""
    mm = load_map()
    pairs = mm.labels.get(tag, ()) if tag != "control" else tuple(
        (n, "") for n in mm.control_labels)  # fmt: skip
    if not pairs:
        return None
    by_key = {_key(n): code for n, code in pairs}
    alts = sorted({_name_pattern(n) for n, _ in pairs}, key=len, reverse=True)
    return re.compile(rf"(?i)(?:{'|'.join(alts)})(?=[ \t:]|$)"), by_key


#: spacing after a period inside a subfield name (``т. д.`` and ``т.д.`` are one name)
_PERIOD_SPACE = re.compile(r"\.\s+")


def _key(name: str) -> str:
    return _PERIOD_SPACE.sub(".", " ".join(name.casefold().split())).strip(" .:;,")


def _rows(text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """The non-blank rows of ``text[start:end]`` without table bars, with their offsets."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop]
        core = line.strip(" \t|\r")
        if core:
            yield core, pos + line.index(core)
        pos = stop + 1


class _Reader:
    """The rows of one field read into subfields."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.names = _names(tag)
        self.marks = load_map().label_marks.get(tag, ())

    def name_of(self, row: str) -> tuple[str | None, int]:
        """The code of the subfield name ``row`` starts with and where its value starts;
        ``(None, 0)`` when it starts with no known name."""
        if self.names is None:
            return None, 0
        rx, by_key = self.names
        m = rx.match(row)
        if m is None:
            return None, 0
        code = by_key.get(_key(m.group()))
        rest = m.end()
        while rest < len(row) and row[rest] in " \t:":
            rest += 1
        return code, rest

    def paired(self, rows: Sequence[tuple[str, int]]) -> list[Subfield]:
        """Rows that alternate name and value."""
        out: list[Subfield] = []
        prev = ""
        for i in range(0, len(rows) - 1, 2):
            (name, _), (value, at) = rows[i], rows[i + 1]
            code, rest = self.name_of(name)
            if code is None or rest < len(name):
                code = self.by_place(i // 2, prev, out)
            if code is not None:
                out.append(Subfield(code, _nfc(value), (at, at + len(value))))
            prev = value
        return out

    def inline(self, rows: Sequence[tuple[str, int]]) -> list[Subfield]:
        """Rows that hold a name and its value each."""
        out: list[Subfield] = []
        for row, at in rows:
            code, rest = self.name_of(row)
            if code is not None and rest < len(row):
                value = row[rest:].strip()
                out.append(Subfield(code, _nfc(value), (at + rest, at + len(row))))
        return out

    def by_place(self, index: int, prev: str, done: Sequence[Subfield]) -> str | None:
        """The code of an unnamed row from its place: the first row is ``$a``; in a title
        or imprint field the ISBD punctuation that ends the previous value names the next."""
        if index == 0:
            return "a"
        end = prev.rstrip()[-1:]
        for mark, code, after in self.marks:  # [labels.by_place] of marc_fields.toml
            if end == mark and (not after or any(s.code == after for s in done)):
                return code
        return None


def _control(tag: str, rows: Sequence[tuple[str, int]]) -> tuple[str, int] | None:
    """The value of a control field (leader, 001–009) and its offset."""
    if len(rows) >= 2:
        return rows[1]
    if not rows:
        return None
    row, at = rows[0]
    reader = _Reader("control")
    code, rest = reader.name_of(row)
    if code is not None and rest < len(row):
        return row[rest:].strip(), at + rest
    mm = load_map()
    rx = _LEADER_VALUE if tag in mm.leader_tags else _FIXED_VALUE if tag == mm.fixed_tag else None
    m = rx.search(row) if rx is not None else None
    return (row[m.start() :], at + m.start()) if m is not None else None


def read_labelled_fields(text: str, *, checked: bool = False) -> tuple[MarcField, ...]:
    """The fields of a labelled MARC view in ``text`` (empty when it is not one: fewer than
    three field headings, or none of them a title field); ``checked``: the caller has made
    the quick test (:func:`may_hold`) and it passed.

    >>> page = "245 10 - TITLE STATEMENT\\nTitle Fjords :\\nRemainder of title a survey /"
    >>> page += "\\n260 ## - PUBLICATION\\nPlace of publication, distribution, etc. Oslo :"
    >>> page += "\\n300 ## - PHYSICAL DESCRIPTION\\nExtent 212 p."
    >>> [(f.tag, [(s.code, s.value) for s in f.subfields]) for f in read_labelled_fields(page)]
    [('245', [('a', 'Fjords :'), ('b', 'a survey /')]), ('260', [('a', 'Oslo :')]), ('300', [('a', '212 p.')])]
    """
    if not isinstance(text, str) or (not checked and not may_hold(text)):
        return ()
    titles, fixed = _title_tags(), load_map().fixed_tag
    heads: list[tuple[re.Match[str], int, int]] = []  # heading, line start, line end
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        m = _HEAD.fullmatch(text, pos, end)
        if m is not None:
            heads.append((m, pos, end))
        pos = end + 1
    if len(heads) < _MIN_HEADINGS or not any(h[0].group(1) in titles for h in heads):
        return ()
    blocks: list[tuple[re.Match[str], int, list[tuple[str, int]]]] = []
    for i, (m, start, end) in enumerate(heads):
        stop = heads[i + 1][1] if i + 1 < len(heads) else n
        rows = [r for _, r in zip(range(_MAX_ROWS), _rows(text, end, stop), strict=False)]
        blocks.append((m, start, rows))
    if not _proven(blocks):
        return ()
    paired = _layout(blocks)
    fields: list[MarcField] = []
    for m, start, rows in blocks:
        tag = m.group(1)
        if _is_control(tag):
            got = _control(tag, rows)
            if got is not None:
                value, at = got
                fields.append(MarcField(tag, value=value if tag == fixed else _nfc(value),
                                        span=(start, at + len(value))))  # fmt: skip
            continue
        reader = _Reader(tag)
        subs = reader.paired(rows) if paired else reader.inline(rows)
        if subs:
            i1, i2 = (_BLANK.get(c, c) if c else " " for c in (m.group(2), m.group(3)))
            fields.append(MarcField(tag, i1, i2, tuple(subs), None, (start, subs[-1].span[1])))
    if not any(f.tag in titles and f.subfields for f in fields):
        return ()
    return tuple(fields)


def _proven(blocks: Sequence[tuple[re.Match[str], int, list[tuple[str, int]]]]) -> bool:
    """The headings are a MARC record's: most data-field headings carry their two
    indicators (``245 10 -``), or a title field's rows hold two of its subfield names in the
    format's order (``Title`` … ``Remainder of title``). A numbered list (``200 - Religion`` /
    ``300 - Social sciences``, a course plan with ``Title`` and ``Author`` rows) has neither."""
    data = [(m, rows) for m, _s, rows in blocks if not _is_control(m.group(1))]
    if sum(1 for m, _r in data if m.group(2)) * 2 > len(data):
        return True
    for m, rows in data:
        if m.group(1) not in _title_tags():
            continue
        reader = _Reader(m.group(1))
        codes = [c for row, _at in rows if (c := reader.name_of(row)[0]) is not None]
        if len(codes) >= 2 and codes == sorted(codes) and len(set(codes)) == len(codes):
            return True
    return False


def _layout(blocks: Sequence[tuple[re.Match[str], int, list[tuple[str, int]]]]) -> bool:
    """Whether the page puts each subfield's name and value on rows of their own: most
    data fields whose first row is a known name hold that name alone."""
    alone = inline = 0
    for m, _start, rows in blocks:
        if not rows or _is_control(m.group(1)):
            continue
        row = rows[0][0]
        code, rest = _Reader(m.group(1)).name_of(row)
        if code is None:
            continue
        if rest >= len(row):
            alone += 1
        else:
            inline += 1
    if alone or inline:
        return alone >= inline
    data = [rows for m, _s, rows in blocks if not _is_control(m.group(1)) and rows]
    return bool(data) and sum(len(r) % 2 == 0 for r in data) * 2 > len(data)
