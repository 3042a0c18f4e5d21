"""The grammar of one date: numeric, day-month-year, month-day-year, year-month-day,
seasons, with ordinal days and pattern words."""

from __future__ import annotations

from comet.dates._reader import _Cand, _Reader
from comet.dates._records import (
    _days_in,
    _plausible,
    _valid_day,
)
from comet.dates._tables import (
    _NUM_SEPS,
    _RANGE_PUNCT,
)
from comet.dates._tokens import (
    _NUM,
    _PUNCT,
    _WORD,
)
from comet.diagnostics import Diagnostic, Severity

#: Two-digit years (in all-numeric dates such as ``10/18/25``, and closing a date field
#: with a month name: ``3 Aug 96``): below the pivot they are 20xx, from it on 19xx.
TWO_DIGIT_PIVOT = 50
#: apostrophes before a two-digit year (``Aug '96``)
_APOSTROPHES = "'’‘"


def _century(yy: int) -> int:
    return yy + (2000 if yy < TWO_DIGIT_PIVOT else 1900)


class _DateReader(_Reader):
    """Reads single dates (see :meth:`date_at`)."""

    # -- single dates ----------------------------------------------------------

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

    def date_at(self, i: int, partial: bool) -> list[_Cand]:
        """Readings of a date starting at token ``i`` (longest first is not implied)."""
        out: list[_Cand] = []
        self._date_from(i, i, partial, [], out)
        j = i
        diags: list[Diagnostic] = []
        for _ in range(3):  # weekday / "den" / "ca." before the date
            if j >= self.n or self.toks[j].kind != _WORD:
                break
            key = self.toks[j].key
            if key in self.t.circa:
                diags.append(
                    Diagnostic(
                        "approximate",
                        f"{self.toks[j].text!r} marks an approximate date",
                        self.span(j, j + 1),
                        Severity.WARNING,
                    )
                )
            elif key not in self.t.weekdays and key not in self.t.prefixes:
                break
            j += 1
            while self.punct(j, ".,"):
                j += 1
            self._date_from(i, j, partial, list(diags), out)
        return out

    def _date_from(
        self, first: int, j: int, partial: bool, diags: list[Diagnostic], out: list[_Cand]
    ) -> None:
        if j >= self.n:
            return
        tok = self.toks[j]
        if tok.kind == _NUM:
            self._from_number(first, j, partial, diags, out)
        elif tok.kind == _WORD:
            months, folded = self.months_of(tok)
            season = self.t.seasons.get(tok.key)
            if months and self.t.homographs and self.bare_homograph(j):
                # 'pro 2019' is 'for 2019': such a word is a month only beside a day
                dated: list[_Cand] = []
                self._from_month(first, j, months, folded, season, partial, diags, dated)
                out.extend(c for c in dated if c.day is not None)
            elif months:
                self._from_month(first, j, months, folded, season, partial, diags, out)
            if season:
                self._from_season(first, j, season, partial, diags, out)
        if (
            self.loose
            and tok.kind != _PUNCT
            and j + 4 < self.n
            and self.toks[j + 1].kind == _PUNCT  # (the first test of _any_order, inlined)
        ):
            self._any_order(first, j, diags, out)

    def _any_order(self, first: int, j: int, diags: list[Diagnostic], out: list[_Cand]) -> None:
        """``23-2020-september``: a day, a year and a month name joined by one separator in
        an unusual order (a date field only), read when each part can be only one of them."""
        toks = self.toks
        sep = toks[j + 1].text
        if not (
            toks[j + 1].kind == _PUNCT
            and sep in "-/."
            and toks[j + 3].text == sep
            and all(self.adjacent(k) for k in range(j + 1, j + 5))
        ):
            return
        if j + 5 < self.n and self.adjacent(j + 5) and toks[j + 5].kind != _PUNCT:
            return
        year = month = day = None
        for k in (j, j + 2, j + 4):
            t = toks[k]
            if t.kind == _WORD:
                months = self.months_of(t)[0]
                if not months or month is not None:
                    return
                month = months[0]
            elif t.kind == _NUM and len(t.text) == 4 and _plausible(t.value) and year is None:
                year = t.value
            elif t.kind == _NUM and len(t.text) <= 2 and day is None:
                day = t.value
            else:
                return
        if year is None or month is None or day is None or not _valid_day(year, month, day):
            return
        note = Diagnostic(
            "unusual-order",
            "day, month and year in an unusual order: each part could be only one of them",
            self.span(j, j + 5),
            Severity.WARNING,
        )
        out.append(self._cand(first, j + 5, [*diags, note], year=year, month=month, day=day))

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

    def _from_number(
        self, first: int, j: int, partial: bool, diags: list[Diagnostic], out: list[_Cand]
    ) -> None:
        """The candidates of a date that starts with the number ``toks[j]``: all-numeric,
        year first, or day first."""
        tok = self.toks[j]
        nd = len(tok.text)
        v = tok.value
        # all-numeric: Y-M-D, D.M.Y, M/D/YY, YY/M/D (each needs a next token: a number
        # or a punctuation mark)
        nxt = self.toks[j + 1].kind if j + 1 < self.n else _WORD
        if nxt == _WORD:
            pass
        elif self._numeric_triple(j):
            self._numeric(first, j, diags, out)
        elif self.loose and self._spaced_chain(j):
            self._numeric(first, j, diags, out, step=1)
        elif self.loose and self._month_year(first, j, diags, out):
            pass
        elif nd == 4 and _plausible(v) and self._iso_month(j):  # ISO year-month 2019-05
            out.append(self._cand(first, j + 3, diags, year=v, month=self.toks[j + 2].value))
        if nd == 4 and _plausible(v):
            self._year_first(first, j, diags, out)
            return
        if nd > 2 or not 1 <= v <= 31:
            return
        self._day_first(first, j, partial, diags, out)

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

    def _year_first(self, first: int, j: int, diags: list[Diagnostic], out: list[_Cand]) -> None:
        """The candidates of a date that starts with the year ``toks[j]``: the year alone,
        year day month (lv), year month (day)."""
        toks, n = self.toks, self.n
        v = toks[j].value
        out.append(self._year_only(first, j, diags))
        k = j + 1
        sep = ""
        while self.punct(k, ".,"):
            k += 1
        if k == j + 1 and self.punct(k, "-/") and self.adjacent(k) and self.adjacent(k + 1):
            sep = toks[k].text
            k += 1
        elif self.punct(k, "-") and self.punct(k + 1, ".,"):
            k += 1  # ky "1998-ж., 9-март" (the glue word dropped)
            while self.punct(k, ".,"):
                k += 1
        if (
            k > j + 1
            and k + 1 < n
            and toks[k].kind == _NUM
            and len(toks[k].text) <= 2
            and not self.months_of(toks[k])[0]
        ):  # lv "1987. gada 11. martā": the year, then the day and the month
            for c in self.date_at(k, partial=True):
                if (
                    c.year is None
                    and c.day is not None
                    and c.month is not None
                    and _valid_day(v, c.month, c.day)
                ):
                    dg = [*diags, *c.diags]
                    out.append(self._cand(first, c.end, dg, year=v, month=c.month, day=c.day))
        if k < n:
            months, folded = self.months_of(toks[k])
            if months:  # 2025 Oct 17
                md = self._month_diags(k, months, folded, diags)
                k2 = k + 1 + self.punct(k + 1, ".")
                if self.punct(k2, ",") and k2 + 1 < n and toks[k2 + 1].kind == _NUM:
                    k2 += 1  # cv "1974, ҫӗртме, 16"
                if sep and self.punct(k2, sep) and self.adjacent(k2):
                    k2 += 1
                if not self.bare_homograph(k):  # '2019 pro' (a day must follow)
                    out.append(self._cand(first, k2, md, year=v, month=months[0]))
                if k2 < n and toks[k2].kind == _NUM and len(toks[k2].text) <= 2:
                    d = toks[k2].value
                    if _valid_day(v, months[0], d):
                        end = self.skip_ordinal(k2)
                        out.append(self._cand(first, end, md, year=v, month=months[0], day=d))

    def _day_first(
        self, first: int, j: int, partial: bool, diags: list[Diagnostic], out: list[_Cand]
    ) -> None:
        """The candidates of a date that starts with the day ``toks[j]``."""
        toks, n = self.toks, self.n
        v = toks[j].value
        # day first: 27 maj 2019, 3. März 2019, 1st of May 2019, 27–28 May 2019
        k = self.skip_ordinal(j)
        sep = ""
        if k < n and toks[k].kind == _WORD and toks[k].key in self.t.connectors:
            k += 1
        elif (
            k == j + 1
            and self.punct(k, "/-.")
            and self.adjacent(k)
            and self.adjacent(k + 1)
            and k + 1 < n
            and self.months_of(toks[k + 1])[0]
        ):  # 31/Oct/1974
            sep = toks[k].text
            k += 1
        elif self.punct(k, ",") and k + 1 < n and self.months_of(toks[k + 1])[0]:
            k += 1  # 11, იან, 1987 (the year must follow)
            partial = False
        if k < n:
            months, folded = self.months_of(toks[k])
            if months:
                md = self._month_diags(k, months, folded, diags)
                m = months[0]
                k2 = k + 1 + self.punct(k + 1, ".")
                if sep and self.punct(k2, sep) and self.adjacent(k2) and self.adjacent(k2 + 1):
                    k2 += 1
                k3 = self.to_year(k2)  # 3 de marzo de 2019: a connector before the year too
                if self.is_year(k3):
                    y = toks[k3].value
                    if _valid_day(y, m, v):
                        out.append(self._cand(first, k3 + 1, md, year=y, month=m, day=v))
                    elif self.invalid is None:
                        self.invalid = self.span(j, k3 + 1)
                elif (sy := self.short_year(k3)) and _valid_day(sy[0], m, v):
                    dg = [*md, self._short_note(first, sy[1], sy[0])]
                    out.append(self._cand(first, sy[1], dg, year=sy[0], month=m, day=v))
                elif partial and (v <= _days_in(2000, m)):
                    out.append(self._cand(first, k2, md, month=m, day=v))
                return
        if partial:
            k1 = j + 1 + self.punct(j + 1, ",")
            if self.is_year(k1):  # the "28, 2019" of "May 27–28, 2019"
                y = toks[k1].value
                out.append(self._cand(first, k1 + 1, diags, day=v, year=y, num_start=True))
            out.append(self._cand(first, k, diags, day=v, num_start=True))

    def _year_only(self, first: int, j: int, diags: list[Diagnostic]) -> _Cand:
        tok = self.toks[j]
        end = j + 1
        d = list(diags)
        nxt = self.toks[end] if end < self.n else None
        if (
            nxt is not None
            and nxt.kind == _WORD
            and len(nxt.text) == 1
            and nxt.text.islower()
            and self.adjacent(end)
        ):
            d.append(
                Diagnostic(
                    "year-suffix",
                    f"dropped the letter {nxt.text!r} after the year (a reference-list suffix)",
                    (nxt.start, nxt.end),
                )
            )
            end += 1
        return self._cand(first, end, d, year=tok.value, num_start=True)

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
                        "ambiguous-date-order",
                        f"read as {order}; the locales tried disagree on the order of "
                        "day and month",
                        span,
                        Severity.WARNING,
                    )
                )
            out.append(self._cand(first, end, dg, year=y, month=m, day=d, order=order))

    def _from_month(
        self,
        first: int,
        j: int,
        months: tuple[int, ...],
        folded: bool,
        season: str | None,
        partial: bool,
        diags: list[Diagnostic],
        out: list[_Cand],
    ) -> None:
        toks, n = self.toks, self.n
        md = self._month_diags(j, months, folded, diags)
        m = months[0]
        k = j + 1 + self.punct(j + 1, ".")
        if j > 0 and self.punct(j - 1, "[(") and self.punct(k, "])"):
            k += 1  # [Sept] 04, 2014: a month supplied in brackets
        k1 = k + self.punct(k, ",")
        sep = ""
        if (
            k1 == j + 1
            and self.punct(k1, "-/")
            and self.adjacent(k1 + 1 if self.loose else k1)
            and k1 + 1 < n
            and toks[k1 + 1].kind == _NUM
        ):
            sep = toks[k1].text  # dec-2018, sep-23-2020, dec / 2018 (a date field)
            k = k1 = k1 + 1
        if (
            k1 + 1 < n
            and toks[k1].kind == _WORD
            and toks[k1].key in self.t.connectors
            and self.is_year(k1 + 1)
        ):
            k1 += 1  # marzo de 2019: a connector between month and year
        if self.is_year(k1):
            if season is None:  # fi "kesä 2020" is a summer, not June
                out.append(self._cand(first, k1 + 1, md, year=toks[k1].value, month=m))
            return
        if season is None and (sy := self.short_year(k1, bare=False)):
            dg = [*md, self._short_note(first, sy[1], sy[0])]
            out.append(self._cand(first, sy[1], dg, year=sy[0], month=m))
            return
        if k < n and toks[k].kind == _NUM and len(toks[k].text) <= 2 and 1 <= toks[k].value <= 31:
            d = toks[k].value
            k2 = self.skip_ordinal(k)
            k3 = k2
            if sep and self.punct(k3, sep) and self.adjacent(k3) and self.adjacent(k3 + 1):
                k3 += 1
            k3 = self.to_year(k3)  # July 4th of 1995: a connector before the year
            if self.is_year(k3):
                y = toks[k3].value
                if _valid_day(y, m, d):
                    out.append(self._cand(first, k3 + 1, md, year=y, month=m, day=d))
                return
            sy = self.short_year(k3) if k3 > k2 else None  # Aug 3, 96 (a comma between)
            if sy and _valid_day(sy[0], m, d):
                dg = [*md, self._short_note(first, sy[1], sy[0])]
                out.append(self._cand(first, sy[1], dg, year=sy[0], month=m, day=d))
                return
            if partial and d <= _days_in(2000, m):
                out.append(self._cand(first, k2, md, month=m, day=d))
            return
        if partial:
            out.append(self._cand(first, k, md, month=m))

    def _from_season(
        self,
        first: int,
        j: int,
        season: str,
        partial: bool,
        diags: list[Diagnostic],
        out: list[_Cand],
    ) -> None:
        k = j + 1
        k1 = k + self.punct(k, ",")
        if self.is_year(k1):
            out.append(self._cand(first, k1 + 1, diags, year=self.toks[k1].value, season=season))
        elif partial:
            out.append(self._cand(first, k, diags, season=season))
