"""Dates inside a locator (``Aug, 2023``, ``17.03.2005``), read by :func:`comet.dates.parse_date`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from comet.dates import PartialDate, Precision, parse_date
from comet.diagnostics import Diagnostic, Severity
from comet.locales import LocaleRules, alternation, terms_of
from comet.locators._tokens import _DAY_RE, _YEAR_RE, _diag, _glued, _Tok


@functools.cache
def _read_date(locales: tuple[LocaleRules, ...]) -> Callable[[str], PartialDate | None]:
    """A reader of one date piece through :func:`comet.dates.parse_date` (no month tables here).

    A piece is accepted only when the date parser reads it whole: a diagnostic of
    warning severity (skipped words) rejects it.
    """

    @functools.lru_cache(maxsize=4096)
    def read(piece: str) -> PartialDate | None:
        res = parse_date(piece, locales=locales, strict=False)
        if res.value is None or any(d.severity is not Severity.INFO for d in res.diagnostics):
            return None
        return res.value

    return read


_RANK = {Precision.YEAR: 0, Precision.SEASON: 1, Precision.MONTH: 2, Precision.DAY: 3}


#: a year of the Solar Hijri calendar's span (:mod:`comet.dates._solar_hijri`)
_SOLAR_YEAR = re.compile(r"1[2-4]\d\d\Z")


#: a letter of the Arabic script (Persian, Arabic, Urdu): a text whose calendar may be the
#: Solar Hijri one
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")


def _bare_solar_year(text: str, toks: list[_Tok], i: int) -> bool:
    """``toks[i]``, a number of a Solar Hijri year's shape, closes a run of Arabic script on
    its own after a comma (``دوره ۵، شماره ۲، ۱۳۹۸``: the issue's year, printed without its
    season or month): no page. A number after a label (``ص. ۱۳۹۸``) or in a range stays."""
    if _ARABIC_LETTER.search(text) is None or i < 2:
        return False
    rest = [t for t in toks[i + 1 :] if t.kind != "space"]
    if rest and not (rest[0].kind in ("punct", "close") and rest[0].text != "-"):
        return False
    sep, before = toks[i - 1], toks[i - 2]
    return sep.kind == "punct" and sep.text in ",،" and before.kind == "num"


def _marked_month(toks: list[_Tok], i: int) -> bool:
    """The year ``toks[i]`` and its month written with the unit marks of the East Asian
    scripts (``2031年3月``, ``2031년 3월``): the year glued to one character, the month's
    number, one character glued to it (which characters, the date parser decides)."""
    if i + 3 >= len(toks):
        return False
    mark, month, mark2 = toks[i + 1], toks[i + 2], toks[i + 3]
    return (
        mark.kind == mark2.kind == "word"
        and len(mark.text) == len(mark2.text) == 1
        and month.kind == "num"
        and len(month.text) <= 2
        and not (mark.used or month.used or mark2.used)
        and _glued(toks[i], mark)
        and _glued(month, mark2)
    )


def _solar(value: PartialDate) -> bool:
    """``value`` was read from a date of the Solar Hijri calendar."""
    return any(d.code == "solar-hijri" for d in value.diagnostics)


def _is_day(tok: _Tok) -> bool:
    return tok.kind == "num" and _DAY_RE.match(tok.text) is not None


def _dotted_date(toks: list[_Tok], i: int) -> int | None:
    """Start index of ``D.M.YYYY`` (dots, optional spaces) ending at the year ``toks[i]``."""
    if i < 4:
        return None
    d, p1, m, p2 = toks[i - 4], toks[i - 3], toks[i - 2], toks[i - 1]
    if (
        p1.text == "."
        and p2.text == "."
        and _is_day(d)
        and m.kind == "num"
        and len(m.text) <= 2
        and m.text.isdecimal()
        and 1 <= int(m.text) <= 12
        and _glued(d, p1)
        and _glued(m, p2)
        and not (d.used or m.used)
    ):
        return i - 4
    return None


def _season_years(a: _Tok, b: _Tok) -> bool:
    """``a/b`` is a year and the next one (``2019/20``, ``2019/2020``, ``1999/00``): the
    two years of a season or an academic year, dated by the first, never a volume, an
    issue or a fraction."""
    if not (a.kind == "num" and _YEAR_RE.match(a.text) and b.kind == "num"):
        return False
    year, nxt = int(a.text), b.text
    if not nxt.isdecimal():
        return False
    if len(nxt) == 4:
        return int(nxt) == year + 1
    return len(nxt) == 2 and int(nxt) == (year + 1) % 100


def _next_year_after(toks: list[_Tok], i: int) -> bool:
    """Whether the year ``toks[i]`` has the next year glued after a slash (``Winter
    2019/20``): a season across the turn of a year."""
    if i + 2 >= len(toks) or toks[i + 1].text != "/":
        return False
    a, slash, b = toks[i], toks[i + 1], toks[i + 2]
    return (
        _glued(a, slash) and _glued(slash, b) and not (slash.used or b.used)
        and _season_years(a, b)
    )  # fmt: skip


@functools.cache
def _year_part(locales: tuple[LocaleRules, ...]) -> re.Pattern[str] | None:
    """A part of a year named before the year (``1er Cuatrimestre,``, ``2nd Quarter``,
    ``primer semestre``, ``1. Halbjahr``): a word of the locales'
    ``[date_words].year_part``, after an ordinal (digits and a suffix of at most three
    letters or a full stop) or one word, closing the text before the year."""
    terms = terms_of("date_words", locales, "year_part")
    if not terms:
        return None
    return re.compile(
        rf"(?<!\S)(?:\d{{1,2}}(?:\.|[º°ª]|[^\W\d_]{{1,3}})?\s+|[^\W\d_]{{2,12}}\s+)?"
        rf"(?:{alternation(terms)})\s*,?\s*$",
        re.I,
    )


#: how far before a year a part of the year's words may begin (characters)
_YEAR_PART_REACH = 40


def _part_of_year(text: str, toks: list[_Tok], i: int, part: re.Pattern[str] | None) -> int | None:
    """The index of the first token of a part of the year closing the text before the
    year ``toks[i]`` (``1er Cuatrimestre, 2016``), when none of its tokens is used."""
    if part is None:
        return None
    lo = max(0, toks[i].start - _YEAR_PART_REACH)
    m = part.search(text, lo, toks[i].start)
    if m is None:
        return None
    s = i
    while s > 0 and toks[s - 1].start >= m.start():
        s -= 1
    if s == i or any(toks[k].used for k in range(s, i)):
        return None
    return s


#: a year printed by its last two digits after a month's name (``March 98``): no day of a
#: month (32 to 99), a year of the twentieth century
_SHORT_YEAR = re.compile(r"(?:3[2-9]|[4-9]\d)\Z")


#: a range's dash and its second number after a number (``45-67``, ``56 – 78``)
_RANGE_ON = re.compile(r"\s*[-‐‑–—]\s*\d")


def _short_year_date(
    text: str, toks: list[_Tok], i: int, read: Callable[[str], PartialDate | None]
) -> PartialDate | None:
    """The date of a month's name and a two-digit number that no day can be (``Vol. 7,
    March 98``, ``Dec. 87``): the month of the year 19xx, so that the number is read as no
    volume; ``None`` when the word before it is no month (``Vol. 98``) or the number could
    be a day (``March 12``)."""
    tok = toks[i]
    if i == 0 or not _SHORT_YEAR.match(tok.text) or tok.used:
        return None
    word = toks[i - 1]
    if word.kind != "word" or word.used or _glued(word, tok) or not word.text[:1].isalpha():
        return None
    if i + 1 < len(toks) and toks[i + 1].kind in ("word", "num") and _glued(tok, toks[i + 1]):
        return None  # ('March 98a': no year)
    if _RANGE_ON.match(text, tok.end):
        return None  # ('Mai 45-67': a range's first number, no year)
    value = read(f"{word.text} 19{tok.text}")
    if value is None or value.precision is not Precision.MONTH:
        return None
    return PartialDate(value.year, value.month, raw=text[word.start : tok.end])


def _find_dates(
    text: str,
    toks: list[_Tok],
    read: Callable[[str], PartialDate | None],
    part: re.Pattern[str] | None = None,
) -> list[tuple[int, int, PartialDate, list[Diagnostic]]]:
    """Dates of month precision or finer around each year (step 1), and a year after a part
    of it (``1er Cuatrimestre, 2016``); marks their tokens used."""
    found: list[tuple[int, int, PartialDate, list[Diagnostic]]] = []
    other_calendar = not text.isascii()  # (a Solar Hijri year, 'تابستان 1393', is no
    for i, tok in enumerate(toks):  # citation year: its words make it a date)
        if tok.used or tok.kind != "num":
            continue
        solar = False
        if not _YEAR_RE.match(tok.text):
            if _short_year_date(text, toks, i, read) is not None:
                # 'Vol. 7, March 98': a month and its year's last digits, no volume (read
                # past: the century is a guess, so no date is made of it)
                toks[i - 1].used = tok.used = True
                continue
            if not (other_calendar and _SOLAR_YEAR.match(tok.text)):
                continue
            solar = True
        # left context: [t2] t1 [,] YEAR where t1/t2 are words or day numbers
        j = i - 1
        if j >= 0 and toks[j].kind == "punct" and toks[j].text == ",":
            j -= 1
        chain: list[int] = []
        while j >= 0 and len(chain) < 2:
            t = toks[j]
            if t.used or t.kind not in ("word", "num"):
                break
            if t.kind == "num" and not _is_day(t):
                break
            if t.kind == "num" and j > 0 and toks[j - 1].kind == "label":
                break
            chain.append(j)
            if j > 0 and toks[j - 1].kind in ("word", "num") and not _glued(toks[j - 1], t):
                j -= 1
                continue
            break
        spans = [(s, i) for s in chain if any(toks[k].kind == "word" for k in range(s, i))]
        # right context: YEAR Month [day] ("2018 May 1;187(5)")
        r = i + 1
        if (
            r < len(toks)
            and toks[r].kind == "word"
            and not toks[r].used
            and not _glued(tok, toks[r])
        ):
            spans.append((i, r))
            if r + 1 < len(toks) and _is_day(toks[r + 1]) and not toks[r + 1].used:
                spans.append((i, r + 1))
        if _marked_month(toks, i):  # '(2031年3月)', '(2031년 3월)'
            spans.append((i, i + 3))
        # numeric day-first dates with dots: "17.03.2005", "24. 7. 1997"
        dotted = _dotted_date(toks, i)
        if dotted is not None:
            spans.append((dotted, i))
        best: tuple[int, int, PartialDate] | None = None
        for lo, hi in spans:  # shortest first
            value = read(text[toks[lo].start : toks[hi].end])
            if value is None and (lo, hi) == (dotted, i):
                value = PartialDate(int(tok.text), raw=text[toks[lo].start : tok.end])
            if value is None or (value.precision is Precision.YEAR and (lo, hi) != (dotted, i)):
                continue
            if best is None or _RANK[value.precision] > _RANK[best[2].precision]:
                best = (lo, hi, value)
        if best is None or (solar and not _solar(best[2])):
            if solar:  # (a number of a Solar Hijri year's shape without its words)
                tok.used = tok.used or _bare_solar_year(text, toks, i)  # read past
                continue
            p = _part_of_year(text, toks, i, part)
            if p is None:
                continue
            best = (p, i, PartialDate(int(tok.text), raw=text[toks[p].start : tok.end]))
        s, e, value = best
        diags: list[Diagnostic] = []
        if e == i and _next_year_after(toks, i):  # 'Winter 2019/20': both years
            e = i + 2
            diags.append(
                _diag(
                    "locator-date-range",
                    "a season's years: kept the first",
                    toks[s].start,
                    toks[e].end,
                )
            )
        # a month range "March/April 2014", "October - December 2022": the year only
        if toks[s].kind == "word" and s >= 2:
            sep, w0 = toks[s - 1], toks[s - 2]
            if (sep.kind == "dash" or sep.text == "/") and w0.kind == "word" and not w0.used:
                other = read(f"{w0.text} {tok.text}")
                if other is not None and other.precision is not Precision.YEAR:
                    s -= 2
                    value = PartialDate(value.year, raw=text[toks[s].start : tok.end])
                    diags.append(
                        _diag(
                            "locator-date-range",
                            "a range of months: kept the year only",
                            toks[s].start,
                            tok.end,
                        )
                    )
        for k in range(s, e + 1):
            toks[k].used = True
        found.append((s, e, value, diags))
    return found
