"""The Solar Hijri calendar, Iran's and Afghanistan's: dates printed in it (``۱۵ تیر ۱۳۹۳``,
``تابستان 1393``, ``1393/04/15``, ``1393 ه.ش``) read as the Gregorian dates they are.

The year starts at Nowruz, the March equinox (20 or 21 March); its first six months have 31
days, the next five 30, the last 29 (30 in a leap year). Nowruz is computed with Borkowski's
arithmetic of the leap years between the known breaks of the 33-year cycles (exact for the
years this module reads). The month, season and marker words are locale data (the
``[solar_hijri]`` section of a locale file: ``fa.toml``); nothing here names a word.

A date with a month name, a season or a calendar marker is the calendar's wherever it
stands; a bare number (``1393/04/15``, ``1393``) only where the text around it is Persian
(:func:`persian`): Arabic prose writes its years in the lunar Hijri calendar, a Latin page's
``1393`` is a medieval year, and a number alone is read as written (``parse_date("1393",
locales="fa")`` is the year 1393, as comet writes a Gregorian year in any locale).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs

__all__ = ["SolarHijri", "nowruz", "persian", "persian_near", "to_gregorian"]

#: the Solar Hijri years read as such (1833-2071 in the Gregorian calendar): a number
#: outside them is never one of this calendar's years
FIRST_YEAR, LAST_YEAR = 1212, 1450
#: the years that break the 33-year cycles of leap years (Borkowski)
_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181,
    1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
)  # fmt: skip
#: the day of its month on which a month's date is placed to name a Gregorian month
MID_MONTH = 15
#: the first month of each season (the seasons are the year's quarters)
SEASON_FIRST_MONTH = {"spring": 1, "summer": 4, "autumn": 7, "winter": 10}
#: the Arabic letters written for Persian's yeh and keheh (``تير`` is ``تیر``)
_PERSIAN_FORMS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"})
#: letters only Persian writes of the Arabic script (pe, che, zhe, gaf, Persian yeh,
#: keheh): a text holding one is Persian, not Arabic
_PERSIAN_LETTER = re.compile("[\u067e\u0686\u0698\u06af\u06cc\u06a9]")
#: Arabic-script letters; those only Arabic writes (teh marbuta, Arabic yeh and kaf, alef
#: maksura; its article is locale data, :func:`_joined_article`)
_ARABIC_SCRIPT = re.compile("[\u0620-\u064a\u066e-\u06d3]")
_ARABIC_ONLY = re.compile("[\u0629\u064a\u0643\u0649]")


@functools.cache
def nowruz(year: int) -> datetime.date:
    """The Gregorian date of the first day (1 Farvardin) of Solar Hijri ``year``.

    >>> nowruz(1403), nowruz(1404)
    (datetime.date(2024, 3, 20), datetime.date(2025, 3, 21))
    """
    leaps = -14
    before = _BREAKS[0]
    jump = 0
    for brk in _BREAKS[1:]:
        jump = brk - before
        if year < brk:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        before = brk
    n = year - before
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    gy = year + 621
    gregorian_leaps = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return datetime.date(gy, 3, 20 + leaps - gregorian_leaps)


def month_days(year: int, month: int) -> int:
    """The days of ``month`` (1-12) of Solar Hijri ``year``."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return (nowruz(year + 1) - nowruz(year)).days - 336


def _day_of(year: int, month: int, day: int) -> datetime.date:
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return nowruz(year) + datetime.timedelta(days=before + day - 1)


def to_gregorian(
    year: int, month: int | None = None, day: int | None = None
) -> tuple[int, int | None, int | None]:
    """The Gregorian year, month and day of a Solar Hijri date known to the year, the month
    or the day: a month is the Gregorian month of its middle day, a year the Gregorian
    year it starts in (nine months and more of it); ``ValueError`` on a day the month does
    not have.

    >>> to_gregorian(1393, 4, 15), to_gregorian(1393, 4), to_gregorian(1393)
    ((2014, 7, 6), (2014, 7, None), (2014, None, None))
    """
    if month is None:
        return year + 621, None, None
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month} in the Solar Hijri calendar")
    if day is None:
        mid = _day_of(year, month, MID_MONTH)
        return mid.year, mid.month, None
    if not 1 <= day <= month_days(year, month):
        raise ValueError(f"no day {day} in month {month} of the Solar Hijri year {year}")
    d = _day_of(year, month, day)
    return d.year, d.month, d.day


@attrs.frozen
class SolarHijri:
    """The words of the calendar in the locales read (month names, seasons, the markers
    written after a year, the word for year; the markers of the lunar Hijri calendar's
    years, which are not its years) and the pattern they make."""

    months: Mapping[str, int]
    seasons: Mapping[str, str]
    markers: tuple[str, ...]
    year_words: tuple[str, ...]
    pattern: re.Pattern[str] = attrs.field(eq=False)
    #: the first letters of the calendar's words (a text holding none, and no Arabic-script
    #: letter for a bare number's Persian line, holds none of its dates)
    firsts: frozenset[str] = attrs.field(default=frozenset(), eq=False)

    def may_hold(self, text: str) -> bool:
        """Whether ``text`` may hold a date of the calendar (a cheap test before
        :meth:`dates`): a first letter of its words, or an Arabic-script letter."""
        return _ARABIC_SCRIPT.search(text) is not None or any(c in text for c in self.firsts)

    @classmethod
    def of(
        cls,
        months: Mapping[str, int],
        seasons: Mapping[str, str],
        markers: tuple[str, ...],
        year_words: tuple[str, ...],
        lunar_markers: tuple[str, ...] = (),
    ) -> SolarHijri | None:
        """The calendar's words and pattern; ``None`` without month names."""
        if not months:
            return None
        months = {_key(k): v for k, v in months.items()}
        seasons = {_key(k): v for k, v in seasons.items()}

        def alt(words: Iterable[str]) -> str:
            # (a tatweel may stretch any letter: 'بهـار' is 'بهار')
            return "|".join(
                "\u0640*".join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True)
            )

        word = alt(year_words) if year_words else r"(?!x)x"
        year = rf"(?:(?:{word})\s+){{0,2}}"
        mark = rf"(?:\s*(?P<mark>{alt(markers)})(?!\w))?" if markers else ""
        # (a lunar Hijri year, '1445 هـ', is no year of this calendar)
        lunar = rf"(?!\s*(?:{alt(lunar_markers)})(?![\w.]))" if lunar_markers else ""
        seasons_alt = alt(seasons) if seasons else r"(?!x)x"
        pattern = re.compile(
            rf"(?<!\w)(?:"
            rf"(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{alt(months)})(?:\u200c?(?:{word}))?\s+{year}"
            rf"(?P<year>\d{{4}})"
            rf"|(?P<season>{seasons_alt})\s+{year}(?P<syear>\d{{4}})"
            rf"|(?P<ny>\d{{4}})\s*(?P<sep>[/.\-])\s*(?P<nm>\d{{1,2}})\s*(?P=sep)\s*(?P<nd>\d{{1,2}})"
            rf"|(?P<by>\d{{4}})"
            rf"){lunar}{mark}(?!\w)",
            re.IGNORECASE,
        )
        words = (*months, *seasons, *markers, *year_words)
        firsts = frozenset(c for w in words for c in {w[:1], w[:1].upper()} if c)
        return cls(months, seasons, markers, year_words, pattern, firsts)

    def dates(
        self, text: str, *, numbers: bool | Callable[[int, int], bool]
    ) -> Iterator[tuple[int, int, int, int | None, int | None, str | None, str, bool]]:
        """Each date of the calendar in ``text``: its span, the Gregorian year, month and
        day, the season, the Solar Hijri date as read (``1393-04-15``, ``summer
        1393``), and whether it is a bare number (no word, no marker). A bare number (numeric date, year) counts only with a marker after it or
        where ``numbers`` is true (Persian text, or the caller asked for these locales)."""
        folded = text.translate(_PERSIAN_FORMS)
        for m in self.pattern.finditer(folded):
            g = m.groupdict()
            bare = g["ny"] is not None or g["by"] is not None
            if bare and not g["mark"] and not _told(numbers, m.start(), m.end()):
                continue
            year = int(g["year"] or g["syear"] or g["ny"] or g["by"])
            if not FIRST_YEAR <= year <= LAST_YEAR:
                continue
            season = self.seasons.get(_key(g["season"])) if g["season"] else None
            month = self.months.get(_key(g["month"])) if g["month"] else None
            day = int(g["day"]) if g["day"] else None
            if g["ny"] is not None:
                month, day = int(g["nm"]), int(g["nd"])
            start = SEASON_FIRST_MONTH.get(season or "")
            try:
                gy, gm, gd = to_gregorian(year, month or start, day)
            except ValueError:
                continue
            if season is not None:
                gm = None  # (a season's year: the Gregorian year it starts in)
            read = (
                f"{season} {year}"
                if season
                else f"{year}" + (f"-{month:02d}" + (f"-{day:02d}" if day else "") if month else "")
            )
            yield m.start(), m.end(), gy, gm, gd, season, read, bare and not g["mark"]


def _told(numbers: bool | Callable[[int, int], bool], lo: int, hi: int) -> bool:
    return numbers(lo, hi) if callable(numbers) else numbers


def _key(word: str) -> str:
    return word.translate(_PERSIAN_FORMS).replace("\u0640", "").casefold()


def persian(text: str) -> bool:
    """Whether ``text`` is Persian: it holds a letter only Persian writes of the Arabic
    script, or Arabic-script letters and none that only Arabic writes (``منتشر شده در``
    has no letter of Persian's own, and no ``ة``, ``ي``, ``ك``, ``ى`` or ``ال``)."""
    if _PERSIAN_LETTER.search(text) is not None:
        return True
    return (
        _ARABIC_SCRIPT.search(text) is not None
        and _ARABIC_ONLY.search(text) is None
        and _joined_article().search(text) is None
    )


@functools.cache
def _joined_article() -> re.Pattern[str]:
    """An article written joined to the start of its word, of the locales whose script is
    Arabic's and whose years are no Solar Hijri ones (``[words].joined_articles``: ar
    ``ال``), opening a word."""
    from comet.locales import all_rules, alternation, terms_of

    alt = alternation(terms_of("words", all_rules(), "joined_articles"))
    return re.compile(rf"(?<!\w)(?:{alt})" if alt else "(?!)")


#: characters on either side of a bare number read for Persian letters (its line's words)
NEAR = 60


def persian_near(text: str, lo: int, hi: int) -> bool:
    """Whether the line of ``text[lo:hi]``, within :data:`NEAR` characters of it, is
    Persian (:func:`persian`)."""
    start = max(text.rfind("\n", 0, lo) + 1, lo - NEAR)
    end = text.find("\n", hi)
    end = min(len(text) if end < 0 else end, hi + NEAR)
    return persian(text[start:end])
