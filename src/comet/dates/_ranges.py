"""Ranges: two dates joined by a dash or a range word, parts filled from the other end."""

from __future__ import annotations

import datetime

from comet.dates._grammar import _DateReader
from comet.dates._numeric_dates import AMBIGUOUS_ORDER
from comet.dates._reader import _Cand
from comet.dates._records import (
    _SEASON_MONTH,
    _valid_day,
)
from comet.dates._tables import (
    _RANGE_PUNCT,
)
from comet.dates._tokens import (
    _NUM,
)
from comet.diagnostics import Diagnostic, Severity
from comet.locales import fold

#: brackets around a weekday after a date (``3日（水）``)
_OPEN = frozenset({"(", "（"})
_CLOSE = frozenset({")", "）"})
#: characters of a date's marker glued to its day at most (``日``, ``일``, ``にち``)
MARK_CHARS = 2


class _RangeReader(_DateReader):
    """Reads a date or a range of dates (see :meth:`range_at`)."""

    # -- ranges ----------------------------------------------------------------
    def connector_ends(self, j: int) -> list[int]:
        """Token indices where a second date may start after a range connector at ``j``."""
        out: list[int] = []
        j = self._after_time(self._after_weekday(self._after_day_marker(j)))
        if j >= self.n:
            return out
        if self.toks[j].glued:
            out.append(j)
        if self.toks[j].text[0].casefold() not in self.t.range_firsts:
            return out  # no range word or dash starts here (a number never does)
        for k in range(j + 1, min(j + 4, self.n + 1)):
            gap_end = self.toks[k].start if k < self.n else self.hi
            gap = self.text[self.toks[j].start : gap_end].strip()
            if gap in _RANGE_PUNCT or (
                # (a word glued to the year ends no open range: '1533A')
                (k < self.n or self.toks[j].start > self.toks[j - 1].end)
                and len(gap) <= 2 * self.t.longest_range_word
                and fold(gap) in self.t.range_words
            ):
                out.append(k)
                if fold(gap) in self.t.and_words:
                    self.joined_ends.add((j, k))
        return out

    def _after_day_marker(self, j: int) -> int:
        """The token after a day's marker glued to the day number before it (ko ``3일 ~
        5일``): the range's connector follows it; ``j`` where none is."""
        if (
            0 < j < self.n
            and self.toks[j - 1].kind == _NUM
            and self.toks[j].start == self.toks[j - 1].end
            and self.toks[j].key in self.t.day_markers
        ):
            return j + 1
        return j

    def _after_weekday(self, j: int) -> int:
        """The token after a weekday in brackets at ``j`` (``2031年6月3日（水）～5日``,
        ``3 June (Wed) – 5 June``): the range's connector follows it; ``j`` where none is."""
        if (
            j + 2 < self.n
            and self.toks[j].text in _OPEN
            and self.toks[j + 2].text in _CLOSE
            and self.toks[j + 1].text.casefold().rstrip(".") in self.t.weekdays
        ):
            return j + 3
        return j

    def _after_time(self, j: int) -> int:
        """The token after a time of day at ``j`` (after a comma or not: ``June 3, 2031
        9:00 AM – June 5, 2031 5:00 PM``, ``3 Jun 2031, 09:00 – 5 Jun 2031, 17:00``): the
        range's connector follows it; ``j`` where none is."""
        k = j + 1 if j < self.n and self.punct(j, ",") else j
        end = self._time_end(k) if k < self.n else k
        if end == k:
            return j
        if end < self.n and self.toks[end].text.casefold() in self.t.day_periods:
            end += 1  # ('9:00 AM', where a locale reads 'am' as a word of its own)
        return end

    def range_at(self, i: int, ctx_year: int | None) -> tuple[_Cand, _Cand | None, int] | None:
        """The best ``(start, end | None, next index)`` at ``i``; ``end is start`` for one date."""
        starts = self.date_at(i, partial=True)
        if not starts:
            return None
        best: tuple[_Cand, _Cand | None, int] | None = None
        orders: dict[int, set[str | None]] = {}
        self.inverted = None
        for c1 in starts:
            self.joined_ends = set()
            for k in self.connector_ends(c1.end):
                joined = any(end == k for _j, end in self.joined_ends)
                if k >= self.n:  # "2014-": open end
                    if c1.year is not None and c1.bare_year:
                        cand = (c1, None, k)
                        if best is None or k > best[2]:
                            best = cand
                    continue
                ends = self.date_at(k, partial=True)
                if c1.year is not None and c1.bare_year:
                    ends += self._short_year_end(c1, k)
                for c2 in ends:
                    c1_copy = _Cand(
                        c1.first,
                        c1.end,
                        c1.year,
                        c1.month,
                        c1.day,
                        c1.season,
                        c1.order,
                        list(c1.diags),
                        c1.num_start,
                    )
                    ok = self._combine(c1_copy, c2, ctx_year)
                    if ok and joined and not _adjacent(c1_copy, c2):
                        ok = None  # ('3 and 5 June': two days, no range)
                    if ok:
                        orders.setdefault(c2.end, set()).add(c1.order)
                        if best is None or c2.end > best[2]:
                            best = (c1_copy, c2, c2.end)
                    elif ok is False and self.inverted is None:
                        self.inverted = (c1.first, c2.end)
        # the longest reading that is a date (the first of equally long ones)
        single: tuple[_Cand, _Cand | None, int] | None = None
        for c1 in starts:
            if c1.year is None and ctx_year is None:
                continue
            if c1.month is None and c1.season is None and c1.day is not None:
                continue  # a bare day number
            if single is None or c1.end > single[2]:
                single = (c1, c1, c1.end)
        if best is not None and (single is None or best[2] >= single[2]):
            if best[1] is not None and len(orders.get(best[2], ())) == 1:
                for c in (best[0], best[1]):  # the range settles the order of day and month
                    c.diags = [d for d in c.diags if d.code != AMBIGUOUS_ORDER]
            return best
        return single

    def _short_year_end(self, c1: _Cand, k: int) -> list[_Cand]:
        """``2014/15``, ``2014–16``: a two-digit end year."""
        tok = self.toks[k]
        if tok.kind != _NUM or len(tok.text) != 2 or c1.year is None:
            return []
        y = c1.year - c1.year % 100 + tok.value
        if y <= c1.year:
            return []
        if 1 <= tok.value <= 12 and self.adjacent(k) and self.toks[k - 1].text == "-":
            return []  # 2019-12 is December 2019 (ISO 8601), not 2019–2012
        return [_Cand(k, k + 1, year=y)]

    def _marked_day(self, c: _Cand) -> bool:
        """A bare day glued to the marker that follows it (a CLDR date's glue word:
        ``5日``, ``5일``): a day of the month the range's start names."""
        tok = self.toks[c.first]
        if tok.kind != _NUM or c.end != self._after_day_marker(c.first + 1):
            return False
        after = self.text[tok.end : tok.end + MARK_CHARS]
        marks = (*self.t.glue, *self.t.day_markers)
        return any(after.startswith(g) for g in marks if not g.isascii())

    def _combine(self, c1: _Cand, c2: _Cand, ctx_year: int | None) -> bool | None:
        """Fill the parts one end lacks from the other.

        ``None`` if they do not form a range, ``False`` if the end is before the start.
        """
        if c1.order != c2.order and not (_bare_day(c1) or _bare_day(c2)):
            return None  # (a bare day takes the other end's order: '03.–05.06.2031')
        if (c1.season is None) != (c2.season is None) and not (c1.bare_year or c2.bare_year):
            return None
        # a bare day needs a day-precision partner
        if c1.month is None and c1.season is None and c1.day is not None:
            if c2.day is None or c2.month is None:
                return None
            c1.month = c2.month
            c1.diags.append(Diagnostic("range-filled", "start month taken from the end", None))
        if c2.month is None and c2.season is None and c2.day is not None:
            if c1.day is None or c1.month is None:
                return None
            if c1.year is not None and c2.year is None and not self._marked_day(c2):
                return None  # ('3 June 2031 – 5': no range; '2031年6月3日～5日' is one)
            c2.month = c1.month
            c2.diags.append(Diagnostic("range-filled", "end month taken from the start", None))
        if (c1.day is None) != (c2.day is None):
            return None
        if (c1.month is None) != (c2.month is None) and not (c1.bare_year and c2.bare_year):
            return None
        if c1.year is None and c2.year is None:
            if ctx_year is None:
                return None
            c1.year = c2.year = ctx_year
            c1.diags.append(
                Diagnostic("year-from-context", f"year {ctx_year} given by the caller", None)
            )
        elif c1.year is None:
            c1.year = c2.year
            c1.diags.append(Diagnostic("range-filled", "start year taken from the end", None))
            assert c1.year is not None
            if _order_key_c(c1) > _order_key_c(c2):
                c1.year -= 1
                c1.diags.append(
                    Diagnostic(
                        "range-year-inferred",
                        "the start falls in the year before the end",
                        None,
                        Severity.WARNING,
                    )
                )
        elif c2.year is None:
            c2.year = c1.year
            c2.diags.append(Diagnostic("range-filled", "end year taken from the start", None))
        for c in (c1, c2):
            assert c.year is not None
            if c.day is not None and (c.month is None or not _valid_day(c.year, c.month, c.day)):
                return None
        return _order_key_c(c1) <= _order_key_c(c2)


def _adjacent(c1: _Cand, c2: _Cand) -> bool:
    """Whether the end follows the start with nothing between them at their precision
    (the next day, month or year): two ends joined by a conjunction (``[date_words]
    .range_and``) are a range only so (``3 and 4 June``; ``3 and 5 June`` are two days)."""
    if c1.year is None or c2.year is None or c1.season is not None or c2.season is not None:
        return False
    if c1.day is not None and c2.day is not None and c1.month and c2.month:
        try:
            d1 = datetime.date(c1.year, c1.month, c1.day)
            d2 = datetime.date(c2.year, c2.month, c2.day)
        except ValueError:
            return False
        return (d2 - d1).days == 1
    if c1.month is not None and c2.month is not None:
        return (c2.year * 12 + c2.month) - (c1.year * 12 + c1.month) == 1
    return c2.year - c1.year == 1


def _bare_day(c: _Cand) -> bool:
    return c.order is None and c.month is None and c.season is None and c.day is not None


def _order_key_c(c: _Cand) -> tuple[int, int, int]:
    month = c.month or (_SEASON_MONTH[c.season] if c.season else 0)
    return (c.year or 0, month, c.day or 0)


def _reduce(c1: _Cand, c2: _Cand | None, span: tuple[int, int]) -> tuple[_Cand, Diagnostic]:
    """One date for a range: the parts both ends share (at least the start's year)."""
    if c2 is None:
        return c1, Diagnostic(
            "date-range", "an open range: its start is given", span, Severity.WARNING
        )
    if c1.year != c2.year:
        return _Cand(c1.first, c1.end, year=c1.year), Diagnostic(
            "date-range", "a range of years: its first year is given", span, Severity.WARNING
        )
    same_m = c1.month is not None and c1.month == c2.month
    same_d = same_m and c1.day == c2.day
    out = _Cand(
        c1.first,
        c1.end,
        year=c1.year,
        month=c1.month if same_m else None,
        day=c1.day if same_d else None,
        season=c1.season if c1.season == c2.season else None,
    )
    return out, Diagnostic(
        "date-range", "a range: the parts both ends share are given", span, Severity.WARNING
    )
