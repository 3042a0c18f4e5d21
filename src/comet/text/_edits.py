"""Edit lists: how a transformed text maps back to the text it came from.

A transformation replaces some non-overlapping spans of its input and keeps the
rest.  It is recorded as a sorted tuple of :class:`TextEdit` (``raw_start``,
``raw_end``) → (``clean_start``, ``clean_end``); between edits the two texts are
identical.  Stages are chained with :func:`compose`, so the final list maps the
cleaned text straight back to the caller's raw input.  Everything here is
linear in the number of edits (lookups are binary searches).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from comet.diagnostics import Severity

__all__ = ["Stage", "TextEdit", "compose", "from_raw", "span_to_raw", "to_raw"]


class TextEdit(NamedTuple):
    """``raw[raw_start:raw_end]`` became ``clean[clean_start:clean_end]``.

    A deletion has ``clean_start == clean_end``; an insertion
    ``raw_start == raw_end``.  (A named tuple: cleaning a megabyte may make
    hundreds of thousands of them.)
    """

    raw_start: int
    raw_end: int
    clean_start: int
    clean_end: int

    def to_dict(self) -> dict[str, int]:
        """A JSON-ready ``dict``."""
        return self._asdict()


_clean_start = itemgetter(2)
_new_edit = partial(tuple.__new__, TextEdit)
_raw_start = itemgetter(0)


def to_raw(edits: Sequence[TextEdit], clean_len: int, raw_len: int, offset: int) -> int:
    """The raw index of the character at clean ``offset`` (``raw_len`` at the end).

    A character that replaced several raw ones maps to the first of them; an
    offset just after a deletion maps past the deleted text.
    """
    if offset >= clean_len:
        return raw_len
    offset = max(offset, 0)
    k = bisect_right(edits, offset, key=_clean_start) - 1
    if k < 0:
        return offset
    e = edits[k]
    if offset < e.clean_end:
        raw_len_e = e.raw_end - e.raw_start
        return e.raw_start + min(offset - e.clean_start, max(raw_len_e - 1, 0))
    return offset - e.clean_end + e.raw_end


def _char_end(edits: Sequence[TextEdit], clean_len: int, raw_len: int, offset: int) -> int:
    """The raw index just after the character at clean ``offset``."""
    if offset >= clean_len:
        return raw_len
    k = bisect_right(edits, offset, key=_clean_start) - 1
    if k < 0:
        return offset + 1
    e = edits[k]
    if offset < e.clean_end:
        if offset == e.clean_end - 1:
            return e.raw_end
        return min(e.raw_start + offset - e.clean_start + 1, e.raw_end)
    return offset - e.clean_end + e.raw_end + 1


def span_to_raw(
    edits: Sequence[TextEdit], clean_len: int, raw_len: int, start: int, end: int
) -> tuple[int, int]:
    """The raw span holding the clean characters ``start:end``."""
    start = min(max(start, 0), clean_len)
    end = min(max(end, start), clean_len)
    lo = to_raw(edits, clean_len, raw_len, start)
    if end == start:
        return (lo, lo)
    return (lo, max(lo, _char_end(edits, clean_len, raw_len, end - 1)))


def from_raw(edits: Sequence[TextEdit], clean_len: int, raw_len: int, offset: int) -> int:
    """The clean offset where raw ``offset`` ended up (deleted text maps to where it was)."""
    if offset >= raw_len:
        return clean_len
    offset = max(offset, 0)
    k = bisect_right(edits, offset, key=_raw_start) - 1
    if k < 0:
        return offset
    e = edits[k]
    if offset < e.raw_end:
        return e.clean_start + min(offset - e.raw_start, max(e.clean_end - e.clean_start - 1, 0))
    return offset - e.raw_end + e.clean_end


def compose(first: Sequence[TextEdit], second: Sequence[TextEdit]) -> tuple[TextEdit, ...]:
    """Chain ``first`` (a → b) and ``second`` (b → c) into one list (a → c).

    Edits that overlap or touch in the middle text ``b`` become one edit.
    """
    if not first:
        return tuple(second)
    if not second:
        return tuple(first)
    # intervals in b: first's (clean_start, clean_end), second's (raw_start, raw_end)
    out: list[TextEdit] = []
    i = j = 0
    d1 = 0  # b - a in identity regions after the processed edits of `first`
    d2 = 0  # c - b in identity regions after the processed edits of `second`
    n1, n2 = len(first), len(second)
    while i < n1 or j < n2:
        # open a group with whichever interval starts first
        if j >= n2 or (i < n1 and first[i].clean_start <= second[j].raw_start):
            lo = first[i].clean_start
        else:
            lo = second[j].raw_start
        hi = lo
        raw_lo: int | None = None
        out_lo: int | None = None
        d1_before, d2_before = d1, d2
        last1: TextEdit | None = None
        last2: TextEdit | None = None
        while True:
            if i < n1 and first[i].clean_start <= hi:
                e = first[i]
                if raw_lo is None and e.clean_start == lo:
                    raw_lo = e.raw_start
                hi = max(hi, e.clean_end)
                d1 += (e.clean_end - e.clean_start) - (e.raw_end - e.raw_start)
                last1 = e
                i += 1
            elif j < n2 and second[j].raw_start <= hi:
                e = second[j]
                if out_lo is None and e.raw_start == lo:
                    out_lo = e.clean_start
                hi = max(hi, e.raw_end)
                d2 += (e.clean_end - e.clean_start) - (e.raw_end - e.raw_start)
                last2 = e
                j += 1
            else:
                break
        if raw_lo is None:
            raw_lo = lo - d1_before
        if out_lo is None:
            out_lo = lo + d2_before
        raw_hi = last1.raw_end if last1 is not None and last1.clean_end == hi else hi - d1
        out_hi = last2.clean_end if last2 is not None and last2.raw_end == hi else hi + d2
        out.append(TextEdit(raw_lo, raw_hi, out_lo, out_hi))
    return tuple(out)


class Stage:
    """Collects the replacements of one pass over ``text`` and applies them in one go.

    Replacements must be added in order and must not overlap.  Each may carry a
    diagnostic (code, message, severity); its span is in ``text``.
    """

    __slots__ = ("_diags", "_groups", "_reps", "_sorted", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._reps: list[tuple[int, int, str]] = []
        self._diags: list[tuple[str, str, int, int, Severity]] = []
        self._groups: list[tuple[str, str, Severity, list[tuple[int, int, str]]]] = []
        self._sorted = True

    def replace(
        self,
        start: int,
        end: int,
        new: str,
        code: str | None = None,
        message: str = "",
        severity: Severity = Severity.INFO,
        span: tuple[int, int] | None = None,
    ) -> None:
        if self._reps and start < self._reps[-1][1]:
            raise ValueError("overlapping or unordered replacement")  # pragma: no cover
        self._reps.append((start, end, new))
        if code is not None:
            s, e = span if span is not None else (start, end)
            self._diags.append((code, message, s, e, severity))

    def note(
        self, code: str, message: str, start: int, end: int, severity: Severity = Severity.INFO
    ) -> None:
        """A diagnostic that goes with replacements added separately."""
        self._diags.append((code, message, start, end, severity))

    def replace_many(
        self,
        reps: list[tuple[int, int, str]],
        code: str,
        message: str,
        severity: Severity = Severity.INFO,
    ) -> None:
        """Many ``(start, end, new)`` replacements of one kind, one diagnostic each.

        For passes that find hundreds of thousands of repairs of a kind with one
        ``finditer``: ``reps`` is kept as given (in order, not overlapping each other);
        replacements of different calls may interleave (they are sorted once in
        :meth:`result`) but must not overlap.
        """
        if not reps:
            return
        if self._reps and reps[0][0] < self._reps[-1][1]:
            self._sorted = False
        self._reps.extend(reps)
        self._groups.append((code, message, severity, reps))

    def __bool__(self) -> bool:
        return bool(self._reps)

    def result(self) -> tuple[str, tuple[TextEdit, ...]]:
        """The new text and the edits (``text`` → new text)."""
        reps = self._reps
        if not reps:
            return self.text, ()
        if not self._sorted:
            reps.sort()
            self._sorted = True
        # built column by column with comprehensions and C-level maps: a megabyte of junk
        # can hold a replacement every other character
        t = self.text
        starts = [r[0] for r in reps]
        ends = [r[1] for r in reps]
        news = [r[2] for r in reps]
        after = list(accumulate(len(new) - (e - s) for s, e, new in reps))  # new - old offset
        outs = [s + d for s, d in zip(starts, [0, *after[:-1]], strict=True)]
        out_ends = [e + d for e, d in zip(ends, after, strict=True)]
        parts: list[str] = [""] * (2 * len(reps) + 1)
        parts[0:-1:2] = [t[p:s] for p, s in zip([0, *ends[:-1]], starts, strict=True)]
        parts[1::2] = news
        parts[-1] = t[ends[-1] :]
        edits = tuple(map(_new_edit, zip(starts, ends, outs, out_ends, strict=True)))
        return "".join(parts), edits

    def pending_groups(
        self,
    ) -> tuple[
        list[tuple[str, str, int, int, Severity]],
        list[tuple[str, str, Severity, list[tuple[int, int, str]]]],
    ]:
        """The single diagnostics and the :meth:`replace_many` groups, as added."""
        return self._diags, self._groups
