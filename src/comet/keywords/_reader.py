"""Reading one keyword passage line by line into sections of items."""

from __future__ import annotations

import functools
import re

from comet.diagnostics import Diagnostic, Severity
from comet.keywords._echo import printed_elsewhere, wrapped_tail
from comet.keywords._lines import _STRONG_SEPARATORS, _Lines, _Section
from comet.keywords._shapes import (
    _REFERENCE,
    _SEPARATOR_ONLY,
    _SPLIT,
    _TAG_LINE,
    _is_numeric,
    _is_prose,
    _stop_reason,
    _term_shape,
    _words,
)
from comet.keywords._tables import _locale_tags
from comet.keywords.tuning import DEFINITION_WORDS, HEADING_WORDS
from comet.locales import fold

#: another field's label after a list's terms on its line: a colon and a space after one to
#: three words, the first capitalised (``… sea level rise JEL: Q54``, ``… Received: 3 May``)
_FIELD_COLON = re.compile(r"[:：]\s")
LABEL_WORDS = 3
#: a list's line ending in one of these goes on at the next line with the list's next term
_TRAILING_SEPARATORS = tuple(",;，；、،؛")
#: a list's line ending in one of these is not broken inside a term
_CLOSED_LINE = (".", *_TRAILING_SEPARATORS)
#: lines of a one-value-a-line cell at most, and words of each
MAX_VALUE_LINES = 12
VALUE_LINE_WORDS = 5


def _before_next_field(s: str) -> int:
    """Where another field's capitalised label opens after the first separator of a list
    of terms on one line (``salt marsh, sea level rise JEL: Q54, Q57``), else its end."""
    sep = _SPLIT.search(s)
    if sep is None:
        return len(s)
    for m in _FIELD_COLON.finditer(s, sep.end()):
        last = sep.end()
        for other in _SPLIT.finditer(s, sep.end(), m.start()):
            last = other.end()  # (the words after the colon's own term's separator)
        words = s[last : m.start()].split()[-LABEL_WORDS:]
        first = next((n for n, w in enumerate(words) if w[:1].isupper()), None)
        if first is not None and (first > 0 or len(s[last : m.start()].split()) > len(words)):
            return s.rindex(words[first], last, m.start())
    return len(s)


class _Reader(_Lines):
    """Reads keyword sections from ``text`` (line by line, offsets into ``text``)."""

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
        hi = lo + _before_next_field(s)
        self.pieces(lo, hi, sec.items, sec.diags)
        sec.end = hi
        j = i + 1
        # a list wrapped over lines continues only after a trailing or leading separator
        while j < len(self.lines) and not self.blank(j):
            nxt = self.content(j)
            prev_end = self.text[sec.end - 1] if sec.end > 0 else ""
            closing = (
                _closing_piece(nxt)
                and not any(fold(w.strip(".")) in self.tables.interface for w in nxt.split())
                and prev_end not in ".;,"
                and len(sec.items) >= 2
                and sec.items[-1].text.split()[-1][:1].isupper()
            )
            wrapped = not closing and nxt[0] not in ",;" and self._wraps_term(sec, j)
            if prev_end not in ",;" and nxt[0] not in ",;" and not closing and not wrapped:
                break
            if self.label_at(j) or _stop_reason(nxt, self.tables.stop) is not None:
                break
            a, b = self.lines[j]
            # 'Interaction' / 'Quality, Website Quality.': the term cut in two, the list going
            # on; 'Archivo Central' / 'del Humedal.': one term wrapped, the list's last line
            if wrapped or (closing and sec.items):
                self._join_last(sec, b)
                j += 1
                if wrapped:
                    continue
                break
            self.pieces(a, b, sec.items, sec.diags)
            sec.end = b
            j += 1
        if j == i + 1 and len(sec.items) == 1:
            j = self._value_lines(sec, j)
        sec.next_line = j

    def _join_last(self, sec: _Section, hi: int) -> None:
        """The list's last term goes on up to ``hi`` (the end of the line that wraps it): it
        is read again from its start to there, and the list is read up to there."""
        last = sec.items.pop()
        self.pieces(last.lo, hi, sec.items, sec.diags)
        sec.end = hi

    def _wraps_term(self, sec: _Section, j: int) -> bool:
        """The list's last term goes on at the start of line ``j`` (a PDF's line broken in
        the middle of a term): two terms read at least, the last line not closed by a full
        stop or a separator, and the last term joined to the line's first piece printed
        elsewhere on the page (:mod:`comet.keywords._echo`)."""
        if len(sec.items) < 2 or sec.end < 1 or self.text[sec.end - 1] in _CLOSED_LINE:
            return False
        tail = wrapped_tail(self.content(j))
        if tail is None:
            return False
        phrase = f"{sec.items[-1].text} {tail}"
        return printed_elsewhere(self.text, phrase, sec.start, self.lines[j][1])

    def _value_lines(self, sec: _Section, j: int) -> int:
        """``Keywords:⇥lake ice`` / ``permafrost`` / ``remote sensing`` / ``Issue Date: …``:
        a record table's cell of one value a line, read when its run of short lines ends at
        the next label (a heading or prose after it ends nothing: the run is not read)."""
        k = j
        while k < len(self.lines) and not self.blank(k) and k - j < MAX_VALUE_LINES:
            c = self.content(k).strip()
            if self.label_at(k) or _stop_reason(c, self.tables.stop) in ("label", "label-value"):
                break
            if _SPLIT.search(c) or len(c.split()) > VALUE_LINE_WORDS or c.endswith("."):
                return j
            k += 1
        if k == j or k >= len(self.lines) or self.blank(k):
            return j
        c = self.content(k).strip()
        if not self.label_at(k) and _stop_reason(c, self.tables.stop) not in (
            "label",
            "label-value",
        ):
            return j
        for n in range(j, k):
            a, b = self.lines[n]
            self.pieces(a, b, sec.items, sec.diags)
            sec.end = b
        return k

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
        listed = False  # has an item line held separators?
        trailing = False  # did the last item line end with a separator?
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
                go = self._glossary_line(sec, c, lo, hi, blank=blank)
            elif b is not None:
                go = mode in (None, "bullets") and self._bullet_line(sec, b, hi)
                mode = "bullets" if go else mode
            else:
                if mode == "bullets":
                    break
                next_mode = self._plain_line(sec, j, glossary=glossary, first=mode is None)
                go = next_mode is not None
                if next_mode == "lines" and (
                    listed and not trailing and not blank and self._wraps_term(sec, j)
                ):
                    self._join_last(sec, hi)  # 'a, b, Interaction' / 'Quality, c': one term
                elif next_mode == "lines":
                    go = after_sep or not self._heads_text(j)
                    if go and listed and not trailing and _SPLIT.search(c) is None:
                        # 'a; b;' / 'c; d' / 'Introduction': a separated list wrapped over
                        # lines goes on after a separator or with one, not with a bare line
                        go = False
                    if go:
                        self.pieces(lo, hi, sec.items, sec.diags)
                        sec.end = hi
                mode = next_mode if go else mode
            if not go:
                break
            listed = listed or _SPLIT.search(c) is not None
            trailing = c.rstrip()[-1:] in _TRAILING_SEPARATORS
            item_lines += 1
            blank = False
            after_sep = False
            j += 1
        sec.next_line = j
        sec.kind = mode or "lines"

    def _glossary_line(self, sec: _Section, c: str, lo: int, hi: int, *, blank: bool) -> bool:
        """A line of a glossary: a new entry, or the definition of the last going on."""
        shape = _term_shape(c, self.tables.stop)
        if shape is not None:
            self._glossary_item(sec, lo, hi, shape)
            return True
        if blank or not sec.items or sec.items[-1].definition is None:
            return False
        if _stop_reason(c, self.tables.stop, label_value=False) in (
            "label",
            "reference",
            "numeric",
        ):
            return False
        last = sec.items[-1]
        last.definition = f"{last.definition} {' '.join(c.split())}"
        last.hi = hi
        sec.end = hi
        return True

    def _bullet_line(self, sec: _Section, b: int, hi: int) -> bool:
        """A bullet item (``False``: the line is a reference, a number or prose)."""
        reason = _stop_reason(self.text[b:hi], self.tables.stop, label_value=False)
        if reason in ("reference", "numeric", "prose"):
            return False
        diags: list[Diagnostic] = []
        it = self.clean(b, hi, diags)
        sec.diags.extend(diags)
        if it is not None:
            sec.items.append(it)
        sec.end = hi
        return True

    def _plain_line(self, sec: _Section, j: int, *, glossary: bool, first: bool) -> str | None:
        """A line without bullet: the first glossary entry, or a line of items (its mode).

        ``None`` when the line ends the block.  A ``"lines"`` answer is checked by the
        caller against :meth:`_heads_text`.
        """
        lo, hi = self.lines[j]
        c = self.text[lo:hi]
        shape = _term_shape(c, self.tables.stop) if first else None
        if shape is not None and _is_glossary_entry(c, shape, glossary):
            self._glossary_item(sec, lo, hi, shape)
            return "glossary"
        if _stop_reason(c, self.tables.stop) is not None:
            return None
        return "lines"

    def _heads_text(self, j: int) -> bool:
        """Line ``j`` is a capitalised heading of the running text or label line after it."""
        c = _SECTION_NUMBER.sub("", self.content(j), count=1)  # '1. Introduction'
        if not c or not c[0].isupper() or _words(c) > HEADING_WORDS:
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
    return glossary or _words(definition) >= DEFINITION_WORDS


@functools.cache
def _is_tag(s: str) -> bool:
    if s in _locale_tags():
        return True
    import langcodes

    return bool(langcodes.tag_is_valid(s))


#: words of a line at most for it to be the wrapped end of a keyword list's last term
CLOSING_PIECE_WORDS = 4


def _closing_piece(line: str) -> bool:
    """The end of a keyword list's last term wrapped to its own line (``del Humedal.`` after
    ``…, archivo, Archivo Central``, a name cut in two): two to four capitalised words, no
    separator, closed by the list's full stop; a sentence, a one-word heading or a line
    holding a separator is none."""
    s = line.strip()
    words = s.rstrip(".").split()
    return (
        s.endswith(".")
        and not s.endswith("..")
        and 2 <= len(words) <= CLOSING_PIECE_WORDS
        and not any(c in _STRONG_SEPARATORS for c in s)
        and all(w[:1].isupper() for w in words)
    )
