"""The grammar of one date: day-month-year, month-day-year, year-month-day, seasons, with
ordinal days and pattern words (all-numeric dates read in :mod:`comet.dates._numeric_dates`,
the parts every order reads in :mod:`comet.dates._date_parts`)."""

from __future__ import annotations

from comet.dates._numeric_dates import _NumericDates
from comet.dates._reader import _Cand
from comet.dates._records import (
    _days_in,
    _plausible,
    _valid_day,
)
from comet.dates._tokens import (
    _NUM,
    _PUNCT,
    _WORD,
)
from comet.diagnostics import Diagnostic, Severity


class _DateReader(_NumericDates):
    """Reads single dates (see :meth:`date_at`)."""

    # -- single dates ----------------------------------------------------------

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
        if k < n and self.t.roman_months and (rm := self.roman_month(k)):
            k2 = k + 1 + self.punct(k + 1, ".")  # hu '2020. IV. 12.': year, month, day
            if k2 < n and toks[k2].kind == _NUM and _valid_day(v, rm, toks[k2].value):
                end = self.skip_ordinal(k2)
                out.append(self._cand(first, end, diags, year=v, month=rm, day=toks[k2].value))
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
        k = k0 = self.skip_ordinal(j)
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
        if k == k0 and k < n and self.t.roman_months and toks[k].kind == _WORD:
            rm = self.roman_month(k)  # pl '12 IV 2020', '12.IV.2020': day, month, year
            k2 = k + 1 + self.punct(k + 1, ".")
            if rm and self.is_year(k2) and _valid_day(toks[k2].value, rm, v):
                out.append(self._cand(first, k2 + 1, diags, year=toks[k2].value, month=rm, day=v))
            elif rm and partial and v <= _days_in(2000, rm):  # a range's start: '12 IV–'
                out.append(self._cand(first, k2, diags, month=rm, day=v))
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
            k1 = k0 + self.punct(k0, ",")  # (after an ordinal too: "June 3rd–5th, 2031")
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
