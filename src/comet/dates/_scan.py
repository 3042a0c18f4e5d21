"""Scanning a text for dates: where a date may start, and which numbers are not dates."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from comet.dates._ranges import _RangeReader
from comet.dates._reader import _Cand
from comet.dates._records import (
    _plausible,
)
from comet.dates._tables import (
    _NUM_SEPS,
    _YEAR_REACH,
)
from comet.dates._tokens import (
    _NUM,
    _PUNCT,
    _WORD,
)


class _Scanner(_RangeReader):
    """Reads every date or range of one text, left to right (see :meth:`scan`)."""

    def _near_year(self) -> list[bool]:
        """Per token: is a year source at most :data:`_YEAR_REACH` words ahead?

        With no year from the caller, every date has a year in it: a plausible
        four-digit number or the last number of an all-numeric ``D.M.YY``.  A date
        or range starting at a token with no such year within reach cannot be
        found, so :meth:`scan` skips it (a megabyte of ``1-1-1``-free digits and
        words is read in one pass instead of trying a date at every number).
        """
        toks, n = self.toks, self.n
        source = [False] * n
        for k, tok in enumerate(toks):
            if tok.kind != _NUM:
                continue
            # (a chain's numbers have at most two digits: a four-digit one is a year
            # source itself, and longer ones give no reading in _numeric)
            source[k] = (len(tok.text) == 4 and _plausible(tok.value)) or (
                k >= 4
                and len(tok.text) <= 2
                and toks[k - 2].kind == _NUM
                and len(toks[k - 2].text) <= 2
                and toks[k - 4].kind == _NUM
                and len(toks[k - 4].text) <= 2
                and toks[k - 1].kind == _PUNCT
                and toks[k - 1].text in _NUM_SEPS
                and toks[k - 3].text == toks[k - 1].text
                # as in _from_number: a longer chain (1-2-3-4) is no D-M-Y
                and not (
                    k + 2 < n
                    and self.adjacent(k + 1)
                    and toks[k + 1].text == toks[k - 1].text
                    and self.adjacent(k + 2)
                    and toks[k + 2].kind == _NUM
                    and len(toks[k + 2].text) != 4
                )
            )
        near = [False] * n
        words_to_next: int | None = None  # non-punctuation tokens up to the next source
        for k in range(n - 1, -1, -1):
            if source[k]:
                words_to_next = 0
            elif words_to_next is not None and toks[k].kind != _PUNCT:
                words_to_next += 1
            near[k] = words_to_next is not None and words_to_next <= _YEAR_REACH
        return near

    def _unblocked(self, near: list[bool] | None) -> list[bool]:
        """``near`` (or all ``True``) with the tokens inside :attr:`blocked` spans off."""
        out = [True] * self.n if near is None else list(near)
        spans = self.blocked
        k = 0
        for i, tok in enumerate(self.toks):
            while k < len(spans) and spans[k][1] <= tok.start:
                k += 1
            if k < len(spans) and spans[k][0] <= tok.start:
                out[i] = False
        return out

    def scan(
        self, ctx_year: int | None, *, skip_yearless: bool = False
    ) -> Iterator[tuple[_Cand, _Cand | None, int]]:
        """Every date or range, left to right.

        ``skip_yearless`` (only without ``ctx_year``): do not try positions with no
        year within reach (see :meth:`_near_year`); they can give no date.
        """
        near = self._near_year() if skip_yearless and ctx_year is None else None
        if self.blocked:  # no date starts inside a DOI or a URL
            near = self._unblocked(near)
        t = self.t
        i = 0
        while i < self.n:
            tok = self.toks[i]
            if (
                tok.kind == _PUNCT
                or (near is not None and not near[i])
                # a word starts a date only as a month, season, weekday or prefix
                or (
                    tok.kind == _WORD
                    and tok.key not in t.circa
                    and tok.key not in t.weekdays
                    and tok.key not in t.prefixes
                    and tok.key not in t.seasons
                    and not self.months_of(tok)[0]
                )
            ):
                i += 1
                continue
            found = self.range_at(i, ctx_year)
            if found is None:
                i += 1
                continue
            year_only = self._year_before_locator(found)
            if year_only is not None:
                yield year_only
            elif self._acceptable(*found):
                yield found
            elif self._words_after_locator(found[0]):
                # 'Issue 4, December 2020': the number is the issue's, the month and year
                # after it may still be a date (read from the next token)
                i += 1
                continue
            i = max(found[2], i + 1)

    def _after_locator(self, c1: _Cand) -> bool:
        """The date read opens with a number after a locator word (``Issue 4``, ``S. 12``)."""
        toks = self.toks
        j = c1.first
        if not (c1.num_start or toks[j].kind == _NUM):
            return False
        p = j - 1
        while p >= 0 and toks[p].kind == _PUNCT and toks[p].text in ".:":
            p -= 1
        return p >= 0 and toks[p].kind == _WORD and toks[p].key in self.t.locator

    def _words_after_locator(self, c1: _Cand) -> bool:
        """A locator's number (:meth:`_after_locator`) with a word after it, beyond its
        punctuation (``Issue 4, December 2020``): a date may start at that word. A number
        after it (``Vol. 12, 2019``) stays the locator's."""
        if not self._after_locator(c1):
            return False
        k = c1.first + 1
        while k < self.n and self.toks[k].kind == _PUNCT:
            k += 1
        return k < self.n and self.toks[k].kind == _WORD

    def _year_before_locator(
        self, found: tuple[_Cand, _Cand | None, int]
    ) -> tuple[_Cand, _Cand, int] | None:
        """An all-numeric date, year first, whose last number is followed by a locator word
        that stands after its number (hu ``1997. 2. szám``: the 2 numbers the issue): only
        its year is a date."""
        c1, c2, end = found
        if c2 is not c1 or c1.bare_year or c1.year is None:
            return None
        head = self.toks[c1.first]
        if head.kind != _NUM or head.text != str(c1.year):
            return None
        if not self._numbers_a_locator(c1.first, end):
            return None
        year = attrs.evolve(c1, end=c1.first + 1, month=None, day=None, order=None)
        return year, year, year.end

    def _numbers_a_locator(self, first: int, end: int) -> bool:
        """The numbers ``first:end`` end with an ordinal, not a year, that a locator word
        right after it counts (``2. szám``); the word may close the date read, a locale's
        month name too (hu ``sz.``, also CLDR's narrow ``Sz`` of September): no other word."""
        toks = self.toks
        last = self._before_punct(end - 1, first)
        counter = end  # where the counting word stands
        if toks[last].kind == _WORD:
            if toks[last].key not in self.t.locator:
                return False
            counter, last = last, self._before_punct(last - 1, first)
        if any(toks[k].kind == _WORD for k in range(first, last + 1)):
            return False
        if toks[last].kind != _NUM or len(toks[last].text) == 4:
            return False
        # an ordinal, its stop glued (``2.``), as languages that print the number before its
        # word write it (comet.locators' order): a number closing an ISO date (``…-04-18T``,
        # ``2019-03-04 Vol. 5``) is no ordinal
        k = last + 1
        if not (k < self.n and toks[k].text == "." and toks[k].start == toks[last].end):
            return False
        k += 1
        if counter < end:
            return k == counter
        return k < self.n and toks[k].kind == _WORD and toks[k].key in self.t.locator

    def _before_punct(self, k: int, first: int) -> int:
        """The last token at or before ``k`` (not before ``first``) that is no punctuation."""
        while k > first and self.toks[k].kind == _PUNCT:
            k -= 1
        return k

    def _acceptable(self, c1: _Cand, c2: _Cand | None, end: int) -> bool:
        """Reject numbers that are locators, identifiers or statute numbers."""
        toks = self.toks
        j = c1.first
        if c1.num_start or toks[j].kind == _NUM:
            if self._after_locator(c1):
                return False
            if (
                j >= 2
                and self.adjacent(j)
                and toks[j - 1].text in "./:"
                and self.adjacent(j - 1)
                and toks[j - 2].kind == _NUM
            ):
                return False
            if j >= 1 and self.adjacent(j) and toks[j - 1].text == "/":
                return False  # a path or DOI suffix: heapro/11.1.11
        if (
            end + 1 < self.n
            and toks[end - 1].kind == _NUM
            and self.adjacent(end)
            and toks[end].text == "/"
            and self.adjacent(end + 1)
            and not (
                any(toks[k].kind == _WORD for k in range(j, end)) and len(toks[end + 1].text) != 4
            )
        ):  # (a month's name in the date: no DOI's, 'October 12, 2018/0 Comments/in News';
            # a year after the slash, 'May 2019/2020', is no date's end either)
            return False  # a DOI prefix: 18.10.1093/heapro
        if c2 is c1 and c1.bare_year and c1.year is not None:
            if j > 0 and self.adjacent(j) and toks[j - 1].kind == _WORD:
                return False  # Horizon2020

            k = c1.end
            if k < self.n and self.adjacent(k):
                nxt = toks[k]
                if nxt.kind == _WORD:
                    return False
                if (
                    nxt.text in ":./,-–"
                    and k + 1 < self.n
                    and self.adjacent(k + 1)
                    and toks[k + 1].kind == _NUM
                ):
                    return False
            if j > 0 and self.adjacent(j) and toks[j - 1].kind == _NUM:
                return False
        return True
