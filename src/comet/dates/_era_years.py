"""Years counted in a locale's own era, read as the Gregorian years they are: a Thai date's
year of the Buddhist era (``12 มกราคม 2566`` is 12 January 2023; BE = CE + 543).

The era is locale data (``[date_words]`` of the locale file: ``era_offset``, the years the
era counts beyond the Gregorian ones; ``era_first_year``, the smallest year read as one of
the era's; ``era_marks``, the era's own marks): nothing here names a word or an era. A year
is shifted only in the locale's context, a month name of the locale file or one of its era
marks in the text, so a bare ``2566`` stays no date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

__all__ = ["EraYears", "era_shifted", "era_years_of"]

#: a year's four digits, no digit beside them
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@attrs.frozen(slots=True)
class EraYears:
    """One locale's era: ``offset`` years beyond the Gregorian count, from
    ``first_year`` on, in a text holding one of ``cues`` (its month names and marks,
    casefolded); ``marks`` are left out of the text read."""

    tag: str
    offset: int
    first_year: int
    marks: tuple[str, ...]
    cues: tuple[str, ...]

    def shift(self, text: str) -> tuple[str, tuple[tuple[int, int, int], ...]] | None:
        """``text`` with each of the era's years written as its Gregorian year (same length)
        and its marks blanked, and each year shifted (start, era year, Gregorian year);
        ``None`` where the text holds no cue of the locale or no year of the era."""
        folded = text.casefold()
        if not any(c in folded for c in self.cues):
            return None
        years = []
        out = []
        last = 0
        for m in _YEAR.finditer(text):
            year = int(m.group())
            if year < self.first_year or year - self.offset < 0:
                continue
            out += [text[last : m.start()], f"{year - self.offset:04d}"]
            last = m.end()
            years.append((m.start(), year, year - self.offset))
        if not years:
            return None
        shifted = "".join([*out, text[last:]])
        for mark in self.marks:
            shifted = shifted.replace(mark, " " * len(mark))
        return shifted, tuple(years)


def era_years_of(
    tag: str, words: Mapping[str, Iterable[str]], months: Iterable[str]
) -> EraYears | None:
    """The era of a locale file's ``[date_words]`` (``era_offset``, ``era_first_year``,
    ``era_marks``) and its month names; ``None`` where it declares none or a number is
    not one."""
    offset = next(iter(words.get("era_offset", ())), "")
    first = next(iter(words.get("era_first_year", ())), "")
    if not (offset.isdecimal() and first.isdecimal()):
        return None
    marks = tuple(sorted(set(words.get("era_marks", ())), key=len, reverse=True))
    cues = tuple(sorted({t.casefold() for t in (*marks, *months) if t.strip()}))
    if not cues:
        return None
    return EraYears(tag, int(offset), int(first), marks, cues)


def era_shifted(text: str, eras: Iterable[EraYears]) -> str:
    """``text`` with the years of the first of ``eras`` it holds written as Gregorian years
    (the same length: every offset stays; :meth:`EraYears.shift`), or ``text`` itself."""
    for era in eras:
        shifted = era.shift(text)
        if shifted is not None:
            return shifted[0]
    return text
