"""All-numeric dates: three numbers with one separator (``2019-05-27``, ``27.5.2019``,
``10/18/25``) read in the locales' orders of day, month and year, three numbers one space
apart (``20 02 2014``), a month and its year (``2/2013``, ``2014/10``) and an ISO year and
month (``2019-05``); a year-first date with a day (and month) of ``00`` is read to the month
(or year) printed (``2003-08-00``).
"""

from __future__ import annotations

from comet.dates._date_parts import _century, _DateParts
from comet.dates._reader import _Cand
from comet.dates._records import _plausible, _valid_day
from comet.dates._tables import _NUM_SEPS
from comet.dates._tokens import _NUM, _PUNCT
from comet.diagnostics import Diagnostic, Severity

#: the code of the warning on a numeric date whose locales disagree on the order of day and
#: month (``07/01/2014``); the page reader and the HTML reader test for it by this name
AMBIGUOUS_ORDER = "ambiguous-date-order"


class _NumericDates(_DateParts):
    """The all-numeric readings of one date."""

    def _numeric_triple(self, j: int) -> bool:
        """Whether three numbers with one separator start at ``toks[j]`` (``2019-05-27``,
        ``27.5.2019``), not the first three of a longer chain."""
        toks, n = self.toks, self.n
        return (
            j + 4 < n
            and toks[j + 1].kind == _PUNCT
            and toks[j + 1].text in _NUM_SEPS
            and toks[j + 3].kind == _PUNCT
            and toks[j + 3].text == toks[j + 1].text
            and toks[j + 2].kind == _NUM
            and toks[j + 4].kind == _NUM
            and self.adjacent(j + 1)
            and self.adjacent(j + 3)
            and all(self.adjacent(k) or self._dot_space(k) for k in (j + 2, j + 4))
            and not (
                j + 6 < n
                and self.adjacent(j + 5)
                and toks[j + 5].text == toks[j + 1].text
                and self.adjacent(j + 6)
                and toks[j + 6].kind == _NUM
                and len(toks[j + 6].text) != 4
            )
        )

    def _iso_month(self, j: int) -> bool:
        """Whether the year ``toks[j]`` starts an ISO year-month (``2019-05``) with no day."""
        toks, n = self.toks, self.n
        return (
            self.punct(j + 1, "-")
            and self.adjacent(j + 1)
            and j + 2 < n
            and toks[j + 2].kind == _NUM
            and len(toks[j + 2].text) == 2
            and 1 <= toks[j + 2].value <= 12
            and self.adjacent(j + 2)
            and not (
                self.punct(j + 3, "-")
                and self.adjacent(j + 3)
                and j + 4 < n
                and toks[j + 4].kind == _NUM
                and len(toks[j + 4].text) <= 2
            )
        )

    def _dot_space(self, k: int) -> bool:
        """Token ``k`` follows a dot after one space (``11. 1. 1987``)."""
        return (
            self.toks[k - 1].text == "."
            and self.toks[k].start - self.toks[k - 1].end == 1
            and self.text[self.toks[k].start - 1] == " "
        )

    def _spaced_chain(self, j: int) -> bool:
        """``20 02 2014``, ``2014 02 20``: three numbers one space apart (a date field only)."""
        toks = self.toks
        if j + 2 >= self.n or any(toks[k].kind != _NUM for k in (j, j + 1, j + 2)):
            return False
        if any(toks[k].start - toks[k - 1].end != 1 for k in (j + 1, j + 2)):
            return False
        if j + 3 < self.n and toks[j + 3].kind == _NUM:
            return False
        lens = [len(toks[k].text) for k in (j, j + 1, j + 2)]
        return lens[1] <= 2 and (lens[0] == 4) != (lens[2] == 4) and min(lens) <= 2

    def _month_year(self, first: int, j: int, diags: list[Diagnostic], out: list[_Cand]) -> bool:
        """``2/2013``, ``11.2004``, ``2014/10`` (a date field only): a month and its year."""
        toks = self.toks
        if not (
            j + 2 < self.n
            and toks[j + 1].kind == _PUNCT
            and toks[j + 1].text in "/.-"
            and toks[j + 2].kind == _NUM
            and toks[j + 2].start - toks[j].end <= 5  # 2016 / 11
        ):
            return False
        if (
            j + 4 < self.n
            and self.adjacent(j + 3)
            and toks[j + 3].kind == _PUNCT
            and toks[j + 4].kind == _NUM
        ):
            return False  # a third number: a full date, not a month
        a, b = toks[j], toks[j + 2]
        if len(a.text) <= 2 and len(b.text) == 4:
            m, y = a.value, b.value
        elif len(a.text) == 4 and len(b.text) <= 2:
            y, m = a.value, b.value
        else:
            return False
        if not (_plausible(y) and 1 <= m <= 12):
            return False
        out.append(self._cand(first, j + 3, diags, year=y, month=m))
        return True

    def _zero_parts(
        self, first: int, j: int, end: int, diags: list[Diagnostic], out: list[_Cand]
    ) -> None:
        """``2003-08-00``, ``1999-00-00``: a catalogue's or a database's full date whose
        unknown day (and month) are zeros, read to the month (or the year) printed."""
        year, month = self.toks[j].value, self.toks[j + 2].value
        part = "day and month" if month == 0 else "day"
        dg = [*diags, Diagnostic("zero-date-part", f"the {part} printed as 00: unknown",
                                 self.span(j, end))]  # fmt: skip
        if month == 0:
            out.append(self._cand(first, end, dg, year=year))
        else:
            out.append(self._cand(first, end, dg, year=year, month=month))

    def _numeric(
        self, first: int, j: int, diags: list[Diagnostic], out: list[_Cand], step: int = 2
    ) -> None:
        toks = self.toks
        a, b, c = toks[j], toks[j + step], toks[j + 2 * step]
        la, lb, lc = len(a.text), len(b.text), len(c.text)
        if lb > 2:
            return
        end = j + 2 * step + 1
        if la == 4:
            if lc <= 2 and _plausible(a.value) and _valid_day(a.value, b.value, c.value):
                out.append(self._cand(first, end, diags, year=a.value, month=b.value, day=c.value))
            elif lb == lc == 2 and c.value == 0 and _plausible(a.value) and b.value <= 12:
                self._zero_parts(first, j, end, diags, out)
            return
        if la > 2:
            return
        readings: list[tuple[str, int, int, int, bool]] = []
        for order in self.t.orders:
            if order == "YMD":
                if lc > 2 or la != 2:
                    continue  # a two-digit year has two digits ('1.5.1' is a section number)
                y, m, d, short = a.value, b.value, c.value, True
            elif lc not in (2, 4):
                continue
            elif order == "DMY":
                y, m, d, short = c.value, b.value, a.value, lc == 2
            else:
                y, m, d, short = c.value, a.value, b.value, lc == 2
            if short:
                y = _century(y)
            elif not _plausible(y):
                continue
            if _valid_day(y, m, d):
                readings.append((order, y, m, d, short))
        own = [r for r in readings if r[0] in self.t.own_orders]
        distinct = {(r[1], r[2], r[3]) for r in own}
        span = self.span(j, end)
        if step == 1:
            diags = [*diags, Diagnostic("spaced-numeric", "numbers separated by spaces", span)]
        for order, y, m, d, short in readings:
            dg = list(diags)
            if short:
                dg.append(
                    Diagnostic(
                        "two-digit-year",
                        f"read the two-digit year as {y}",
                        span,
                    )
                )
            if order not in self.t.own_orders:
                dg.append(
                    Diagnostic(
                        "date-order-swapped",
                        f"read as {order}: the locales' own order gives no valid date",
                        span,
                        Severity.WARNING,
                    )
                )
            elif len(distinct) > 1:
                dg.append(
                    Diagnostic(
                        AMBIGUOUS_ORDER,
                        f"read as {order}; the locales tried disagree on the order of "
                        "day and month",
                        span,
                        Severity.WARNING,
                    )
                )
            out.append(self._cand(first, end, dg, year=y, month=m, day=d, order=order))
