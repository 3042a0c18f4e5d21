"""The lines of a keyword passage, and cutting a line into clean items."""

from __future__ import annotations

import re
import unicodedata

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.keywords._shapes import (
    _BULLET,
    _NEWLINE,
    _SPLIT,
    _STRIP,
    _is_prose,
)
from comet.keywords._tables import _Tables
from comet.locales import fold

#: a sentence's end inside a line
_SENTENCE_END = re.compile(r"[.!?。]")
#: separators a list after a label with no colon holds at least (three terms)
BARE_LIST_SEPARATORS = 2


@attrs.define
class _Item:
    text: str
    lo: int
    hi: int
    definition: str | None = None
    diags: list[Diagnostic] = attrs.Factory(list)


@attrs.define
class _Section:
    start: int  # offset of the label (or first item)
    end: int  # offset after the last consumed content
    next_line: int  # index of the first line not consumed
    items: list[_Item]
    label: str | None = None
    label_key: str | None = None
    label_span: tuple[int, int] | None = None
    label_tags: frozenset[str] = frozenset()
    tags: list[tuple[str, tuple[int, int]]] = attrs.Factory(list)
    diags: list[Diagnostic] = attrs.Factory(list)
    kind: str = "lines"


#: separators of a keyword list wherever they stand
_STRONG_SEPARATORS = ",;，；、،؛|•▪◦‣"  # (Arabic script's comma and semicolon too)
#: a slash or dash between spaces separates a list's items only where nothing else does
#: (``A / B / C``, ``A – B``), never between two numbers: the range in ``memory; 1914 –
#: 1918`` stays whole
WEAK_SEPARATORS = "/–—"
#: items a list parted by weak separators alone has at least
WEAK_LIST_ITEMS = 2


#: a parenthesised note after a keyword list's final full stop: the list's source or
#: thesaurus (``uso del suelo. (Tesauro UNESCO)``), not a keyword of its own
_SOURCE_NOTE = re.compile(r"(?<=[^\W\d_])\.\s*\([^()]{2,60}\)\.?$")


def cut_source_note(s: str, lo: int, *, keep_stop: bool) -> tuple[str, Diagnostic | None]:
    """``s`` (at offset ``lo``) without a source note after its final full stop, and the
    diagnostic saying so (``None``: no note). ``keep_stop``: the full stop stays, for the
    item reader to read as the list's end (a whole list); else it goes too (one item)."""
    note = _SOURCE_NOTE.search(s)
    if note is None:
        return s, None
    cut = note.start() + keep_stop
    return s[:cut], Diagnostic(
        "keyword-source-note-dropped",
        f"dropped {note.group().strip(' .')!r} after the list's final full stop",
        (lo + cut, lo + len(s)),
    )


def _spaced(t: str, n: int, lo: int, hi: int) -> bool:
    return n > lo and t[n - 1] == " " and n + 1 < hi and t[n + 1] == " "


def _weak_separators(t: str, lo: int, hi: int) -> frozenset[int]:
    """Offsets in ``t[lo:hi]`` of the spaced slashes and dashes that part a list's items
    (:data:`WEAK_SEPARATORS`): none where a strong separator stands, where fewer than
    :data:`WEAK_LIST_ITEMS` items would come out, or between two numbers (a range)."""
    part = t[lo:hi]
    if any(c in _STRONG_SEPARATORS for c in part):
        return frozenset()
    found = [
        n
        for n in range(lo, hi)
        if t[n] in WEAK_SEPARATORS
        and _spaced(t, n, lo, hi)
        and not (n - 2 >= lo and n + 2 < hi and t[n - 2].isdigit() and t[n + 2].isdigit())
    ]
    return frozenset(found) if len(found) + 1 >= WEAK_LIST_ITEMS else frozenset()


class _Lines:
    """The lines of a keyword passage (offsets into ``text``) and the items cut from them."""

    def __init__(self, text: str, tables: _Tables) -> None:
        self.text = text
        self.tables = tables
        self.lines: list[tuple[int, int]] = []
        pos = 0
        for m in _NEWLINE.finditer(text):
            self.lines.append(self._strip(pos, m.start()))
            pos = m.end()
        self.lines.append(self._strip(pos, len(text)))

    def _strip(self, lo: int, hi: int) -> tuple[int, int]:
        t = self.text
        while lo < hi and t[lo] in _STRIP:
            lo += 1
        while hi > lo and t[hi - 1] in _STRIP:
            hi -= 1
        return (lo, hi)

    def content(self, i: int) -> str:
        lo, hi = self.lines[i]
        return self.text[lo:hi]

    def blank(self, i: int) -> bool:
        lo, hi = self.lines[i]
        return lo == hi

    def next_nonblank(self, i: int) -> int | None:
        while i < len(self.lines):
            if not self.blank(i):
                return i
            i += 1
        return None

    def label_at(self, i: int) -> re.Match[str] | None:
        """A keyword label at the start of line ``i`` followed by ``:``, a dash or nothing
        (or in brackets: ``[Keywords]``, ``【关键词】``)."""
        rx = self.tables.label_re
        if rx is None or self.blank(i):
            return None
        lo, hi = self.lines[i]
        m = rx.match(self.text, lo, hi)
        if m is None:
            return None
        if m.end() < hi and not m.group("after").strip() and not m.group("open"):
            # 'Keywords are …': a label must be followed by ':' or end the line, or open a
            # list of its own ('Key words salt marsh; sediment supply; sea level')
            return m if self._bare_list(m.end(), hi) else None
        return m

    def _bare_list(self, lo: int, hi: int) -> bool:
        """``text[lo:hi]``, after a label with no colon, is a list of terms: two separators
        at least, no piece of running text, its first word a term's (not a closed-class
        word: ``Keywords are useful, cheap, and fast`` is a sentence)."""
        rest = self.text[lo:hi].strip()
        words = rest.split()
        if not words or not rest[0].isalnum() or len(_SPLIT.findall(rest)) < BARE_LIST_SEPARATORS:
            return False
        if fold(words[0].strip(",;")) in self.tables.closed:
            return False
        return not _is_prose(rest)

    def mid_label(self, i: int) -> re.Match[str] | None:
        """A keyword label with its colon after a sentence's end inside line ``i``, a list
        of terms after it to the line's end (``… for planning. Keywords: salt marsh, …``)."""
        rx = self.tables.mid_label_re
        if rx is None or self.blank(i):
            return None
        lo, hi = self.lines[i]
        colon = max(self.text.rfind(":", lo, hi), self.text.rfind("：", lo, hi))
        if colon < 0:
            return None  # (no colon on the line: no label with its colon)
        m = None
        for end in _SENTENCE_END.finditer(self.text, lo, colon):
            m = rx.match(self.text, end.end(), hi)
            if m is not None:
                break
        if m is None:
            return None
        rest = self.text[m.end() : hi].strip()
        if not rest or len(_SPLIT.findall(rest)) < 1 or _is_prose(rest):
            return None
        return m

    def bullet_at(self, i: int) -> int | None:
        """Offset of the item after a leading bullet on line ``i``."""
        lo, hi = self.lines[i]
        m = _BULLET.match(self.text, lo, hi)
        return m.end() if m else None

    # -- items

    def pieces(self, lo: int, hi: int, out: list[_Item], diags: list[Diagnostic]) -> None:
        """Split ``text[lo:hi]`` on separators outside brackets and clean each piece."""
        t = self.text
        depth = 0
        start = lo
        spans: list[tuple[int, int]] = []
        weak = _weak_separators(t, lo, hi)
        for n in range(lo, hi):
            c = t[n]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(0, depth - 1)
            elif depth == 0 and (
                c in _STRONG_SEPARATORS or (c == "·" and _spaced(t, n, lo, hi)) or (n in weak)
            ):
                spans.append((start, n))
                start = n + 1
        spans.append((start, hi))
        last = len(spans) - 1
        for k, (a, b) in enumerate(spans):
            a, b = self._strip(a, b)
            if a == b:
                if 0 < k < last:
                    diags.append(
                        Diagnostic("keyword-empty-dropped", "empty item between separators", (a, b))
                    )
                continue
            item = self.clean(a, b, diags)
            if item is not None:
                out.append(item)

    def clean(self, lo: int, hi: int, diags: list[Diagnostic]) -> _Item | None:
        raw = self.text[lo:hi]
        s = raw
        item_diags: list[Diagnostic] = []
        if not any(c.isalnum() for c in s):
            diags.append(
                Diagnostic("keyword-empty-dropped", f"{raw!r} has no letter or digit", (lo, hi))
            )
            return None
        if fold(s) in self.tables.boilerplate:
            diags.append(
                Diagnostic(
                    "keyword-boilerplate-dropped",
                    f"{raw!r} is page chrome, not a keyword",
                    (lo, hi),
                    Severity.WARNING,
                )
            )
            return None
        s, dropped = cut_source_note(s, lo, keep_stop=False)
        if dropped is not None:  # 'uso del suelo. (Tesauro UNESCO)': the list's source
            item_diags.append(dropped)
        if s.endswith(".") and not s.endswith(".."):
            last = s.split()[-1]
            if "." not in last[:-1]:
                s = s[:-1].rstrip(_STRIP)
                item_diags.append(
                    Diagnostic("keyword-trailing-period-removed", "removed a final '.'", (lo, hi))
                )
        collapsed = " ".join(s.split())
        if collapsed != s:
            item_diags.append(
                Diagnostic("keyword-whitespace-collapsed", "collapsed inner whitespace", (lo, hi))
            )
            s = collapsed
        nfc = unicodedata.normalize("NFC", s)
        if nfc != s:
            item_diags.append(
                Diagnostic("keyword-normalized", "normalised to Unicode NFC", (lo, hi))
            )
            s = nfc
        return _Item(s, lo, hi, None, item_diags)
