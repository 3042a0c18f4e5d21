"""Reading one keyword passage line by line into sections of items."""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.keywords._shapes import (
    _BULLET,
    _NEWLINE,
    _REFERENCE,
    _SEPARATOR_ONLY,
    _STRIP,
    _TAG_LINE,
    _is_numeric,
    _is_prose,
    _stop_reason,
    _term_shape,
    _words,
)
from comet.keywords._tables import _locale_tags, _Tables
from comet.locales import fold


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


class _Reader:
    """Reads keyword sections from ``text`` (line by line, offsets into ``text``)."""

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
        """A keyword label at the start of line ``i`` followed by ``:``, a dash or nothing."""
        rx = self.tables.label_re
        if rx is None or self.blank(i):
            return None
        lo, hi = self.lines[i]
        m = rx.match(self.text, lo, hi)
        if m is None:
            return None
        if m.end() < hi and not m.group("after").strip():
            return None  # 'Keywords are …': a label must be followed by ':' or end the line
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
        for n in range(lo, hi):
            c = t[n]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(0, depth - 1)
            elif depth == 0 and (
                c in ",;，；、|•▪◦‣"
                or (c == "·" and n > lo and t[n - 1] == " " and n + 1 < hi and t[n + 1] == " ")
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

    # -- sections

    def read_labelled(self, i: int, m: re.Match[str]) -> _Section:
        label = m.group("label")
        key, tags = self.tables.labels[fold(label)]
        _, hi = self.lines[i]
        sec = _Section(
            start=m.start("label"),
            end=m.end("label"),
            next_line=i + 1,
            items=[],
            label=label,
            label_key=key,
            label_span=(m.start("label"), m.end("label")),
            label_tags=tags,
        )
        rest_lo, rest_hi = self._strip(m.end(), hi)
        if rest_lo < rest_hi:
            self._read_inline(sec, i, rest_lo, rest_hi)
            if sec.kind == "glossary":
                self._read_lines(sec, i + 1, glossary=True, mode="glossary")
            if sec.items or sec.kind == "prose":
                return sec
        self._read_lines(sec, i + 1, glossary=key == "key_terms")
        return sec

    def _read_inline(self, sec: _Section, i: int, lo: int, hi: int) -> None:
        s = self.text[lo:hi]
        shape = _term_shape(s, self.tables.stop)
        if shape is not None and _is_glossary_entry(s, shape, sec.label_key == "key_terms"):
            self._glossary_item(sec, lo, hi, shape)
            sec.kind = "glossary"
            return
        if _REFERENCE.search(s) or _is_prose(s):
            sec.kind = "prose"
            sec.diags.append(
                Diagnostic(
                    "keywords-label-without-items",
                    "the label is followed by running text, not a list",
                    (lo, hi),
                    Severity.WARNING,
                )
            )
            return
        sec.kind = "inline"
        self.pieces(lo, hi, sec.items, sec.diags)
        sec.end = hi
        j = i + 1
        # a list wrapped over lines continues only after a trailing or leading separator
        while j < len(self.lines) and not self.blank(j):
            nxt = self.content(j)
            prev_end = self.text[sec.end - 1] if sec.end > 0 else ""
            if prev_end not in ",;" and nxt[0] not in ",;":
                break
            if self.label_at(j) or _stop_reason(nxt, self.tables.stop) is not None:
                break
            a, b = self.lines[j]
            self.pieces(a, b, sec.items, sec.diags)
            sec.end = b
            j += 1
        sec.next_line = j

    def _glossary_item(self, sec: _Section, lo: int, hi: int, shape: tuple[int, int]) -> None:
        colon, dstart = shape
        a, b = self._strip(lo, lo + colon)
        diags: list[Diagnostic] = []
        item = self.clean(a, b, diags)
        sec.diags.extend(diags)
        if item is None:
            return
        item.lo, item.hi = lo, hi
        item.definition = " ".join(self.text[lo + dstart : hi].split())
        sec.items.append(item)
        sec.end = hi

    def read_unlabelled(self, i: int) -> _Section:
        lo, _ = self.lines[i]
        sec = _Section(start=lo, end=lo, next_line=i, items=[])
        self._read_lines(sec, i, glossary=False)
        return sec

    def _read_lines(
        self, sec: _Section, i: int, *, glossary: bool, mode: str | None = None
    ) -> None:
        """Read item lines from line ``i`` until the block ends (rules in the module docs)."""
        rhythm: bool | None = None  # are the items separated by blank lines?
        blank = False
        after_sep = False
        item_lines = 1 if mode else 0
        j = i
        n = len(self.lines)
        while j < n:
            if self.blank(j):
                blank = True
                j += 1
                continue
            if item_lines:
                if rhythm is None and blank and mode == "lines" and len(sec.items) >= 2:
                    break  # a whole list on one line, then a blank line: the list is over
                if rhythm is None:
                    rhythm = blank
                elif blank and not rhythm:
                    break
            lo, hi = self.lines[j]
            c = self.text[lo:hi]
            if self.label_at(j):
                break
            if (
                sec.label is not None
                and mode is None
                and not sec.items
                and _TAG_LINE.fullmatch(c)
                and _is_tag(c)
            ):
                sec.tags.append((c, (lo, hi)))
                sec.end = hi
                blank = False
                j += 1
                continue
            if _SEPARATOR_ONLY.fullmatch(c) and mode in (None, "lines"):
                after_sep = True
                sec.end = hi
                blank = False
                j += 1
                continue
            b = self.bullet_at(j)
            if mode == "glossary":
                shape = _term_shape(c, self.tables.stop)
                if shape is not None:
                    self._glossary_item(sec, lo, hi, shape)
                elif not blank and sec.items and sec.items[-1].definition is not None:
                    if _stop_reason(c, self.tables.stop, label_value=False) in (
                        "label",
                        "reference",
                        "numeric",
                    ):
                        break
                    last = sec.items[-1]
                    last.definition = f"{last.definition} {' '.join(c.split())}"
                    last.hi = hi
                    sec.end = hi
                else:
                    break
            elif b is not None:
                if mode not in (None, "bullets"):
                    break
                reason = _stop_reason(self.text[b:hi], self.tables.stop, label_value=False)
                if reason in ("reference", "numeric", "prose"):
                    break
                mode = "bullets"
                diags: list[Diagnostic] = []
                it = self.clean(b, hi, diags)
                sec.diags.extend(diags)
                if it is not None:
                    sec.items.append(it)
                sec.end = hi
            else:
                if mode == "bullets":
                    break
                shape = _term_shape(c, self.tables.stop) if mode is None else None
                if shape is not None and _is_glossary_entry(c, shape, glossary):
                    mode = "glossary"
                    self._glossary_item(sec, lo, hi, shape)
                else:
                    if _stop_reason(c, self.tables.stop) is not None:
                        break
                    if not after_sep and self._heads_text(j):
                        break
                    mode = "lines"
                    self.pieces(lo, hi, sec.items, sec.diags)
                    sec.end = hi
            item_lines += 1
            blank = False
            after_sep = False
            j += 1
        sec.next_line = j
        sec.kind = mode or "lines"

    def _heads_text(self, j: int) -> bool:
        """Line ``j`` is a capitalised heading of the running text or label line after it."""
        c = _SECTION_NUMBER.sub("", self.content(j), count=1)  # '1. Introduction'
        if not c or not c[0].isupper() or _words(c) > 6:
            return False
        k = self.next_nonblank(j + 1)
        if k is None or self.label_at(k):
            return False
        if k > j + 1 and j > 0 and not self.blank(j - 1):
            return False  # a blank line after it: the last item of a list, not a heading
        nxt = self.content(k)
        if self.bullet_at(k) is not None:
            return False
        return _stop_reason(nxt, self.tables.stop) in (
            "prose",
            "reference",
            "numeric",
            "label-value",
        )


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _is_glossary_entry(s: str, shape: tuple[int, int], glossary: bool) -> bool:
    """``Term: definition`` starts a glossary: under a key-terms label, or with a real definition."""
    definition = s[shape[1] :]
    if _REFERENCE.search(definition) or _is_numeric(definition):
        return False
    return glossary or _words(definition) >= 4


@functools.cache
def _is_tag(s: str) -> bool:
    if s in _locale_tags():
        return True
    import langcodes

    return bool(langcodes.tag_is_valid(s))
