"""The parts every order of one date reads: where a year starts after its day and month
(past a connector word: ``de``, ``of``), a two-digit year closing a date (``3 Aug 96``,
``Aug '96``) and its diagnostic, a reading's candidate and the diagnostics of its month
word (a month the locales tried disagree on, a month matched without its accents).
"""

from __future__ import annotations

from comet.dates._reader import _Cand, _Reader
from comet.dates._tables import _RANGE_PUNCT
from comet.dates._tokens import _NUM, _PUNCT, _WORD
from comet.diagnostics import Diagnostic, Severity

#: Two-digit years (in all-numeric dates such as ``10/18/25``, and closing a date field
#: with a month name: ``3 Aug 96``): below the pivot they are 20xx, from it on 19xx.
TWO_DIGIT_PIVOT = 50
#: apostrophes before a two-digit year (``Aug '96``)
_APOSTROPHES = "'’‘"


def _century(yy: int) -> int:
    return yy + (2000 if yy < TWO_DIGIT_PIVOT else 1900)


class _DateParts(_Reader):
    """The parts of one date that :class:`~comet.dates._grammar._DateReader` reads in
    every order."""

    def to_year(self, k: int) -> int:
        """Where a year may start after token ``k``: past dots and commas, and past a
        connector word of the locales that stands before a year (``de``, ``of``)."""
        toks, n = self.toks, len(self.toks)
        while self.punct(k, ".,"):
            k += 1
        if (
            k + 1 < n
            and toks[k].kind == _WORD
            and toks[k].key in self.t.connectors
            and self.is_year(k + 1)
        ):
            k += 1
        return k

    def short_year(self, k: int, *, bare: bool = True) -> tuple[int, int] | None:
        """``(year, end)`` of a two-digit year at token ``k`` that closes a date field
        (``3 Aug 96``, ``Aug '96``): nothing but a comma, a bracket, a dot, a range dash or
        word (``3 Aug 96 – 5 Aug 96``) or a time after it.
        Without ``bare`` it needs its apostrophe or a number over 31 (``Aug 96``, not the
        day of ``Aug 15``)."""
        if not self.loose:
            return None
        apos = self.punct(k, _APOSTROPHES) and self.adjacent(k + 1)
        k += apos
        if k >= self.n:
            return None
        tok = self.toks[k]
        if tok.kind != _NUM or len(tok.text) != 2 or not (bare or apos or tok.value > 31):
            return None
        if self.text[tok.end : tok.end + 1].isalpha() or (
            not apos and self.adjacent(k) and self.toks[k - 1].kind != _PUNCT
        ):
            return None  # ja "12月29日": a day glued to its marker, not a year
        end = k + 1
        if end < self.n and self._time_end(end) == end:
            nxt = self.toks[end]
            if nxt.kind == _WORD and nxt.key in self.t.range_words:
                return _century(tok.value), end  # 3 Aug 96 to 5 Aug 96
            if self.punct(end, _RANGE_PUNCT) and nxt.text != ".":
                return _century(tok.value), end  # 3 Aug 96–5 Aug 96
            if not self.punct(end, ",;)]."):
                return None
            if end + 1 < self.n and self.adjacent(end + 1) and self.toks[end + 1].kind != _PUNCT:
                return None  # 19.30, 19,5: not a year
        return _century(tok.value), end

    def _short_note(self, a: int, b: int, year: int) -> Diagnostic:
        return Diagnostic("two-digit-year", f"read the two-digit year as {year}", self.span(a, b))

    def _cand(self, first: int, end: int, diags: list[Diagnostic], **kw: object) -> _Cand:
        c = _Cand(first, end, diags=list(diags), **kw)  # type: ignore[arg-type]
        return c

    def _month_diags(
        self, j: int, months: tuple[int, ...], folded: bool, diags: list[Diagnostic]
    ) -> list[Diagnostic]:
        out = list(diags)
        if len(months) > 1:
            out.append(
                Diagnostic(
                    "ambiguous-month",
                    f"{self.toks[j].text!r} names different months in the locales tried",
                    self.span(j, j + 1),
                    Severity.WARNING,
                )
            )
        if folded:
            out.append(
                Diagnostic(
                    "accent-folded",
                    f"{self.toks[j].text!r} matched a month name without its accents",
                    self.span(j, j + 1),
                )
            )
        return out
