"""Property test: a date rendered with a CLDR pattern of a supported language parses back.

Babel renders the date (a test-time dependency, in the ``test`` extra); the test is skipped
without it.  Every language of the generated data is drawn, with the full, long, medium and
short date patterns and the year-month, year-abbreviated-month and year skeletons; the date
must come back at the precision the pattern shows.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_date
from comet.dates import _cldr
from comet.locales import resolve

babel = pytest.importorskip("babel")
from babel import Locale  # noqa: E402
from babel.dates import format_date  # noqa: E402

#: languages whose patterns use forms comet does not read yet: Tibetan and Dzongkha syllable
#: numbers, Basque "(e)ko"/"(a)" case endings, toki pona "#", Adlam, N'Ko, Zhuang, Buriat,
#: Prussian, Uyghur and Arabic-script Kazakh/Uzbek/Balochi day-month orders, Bambara-like
#: "la 22/1907" (blo)
UNREAD = frozenset(
    {
        "blo", "bo", "bua", "bal-Latn", "dz", "eu", "ff-Adlm", "kk-Arab", "nqo", "prg",
        "tok", "ug", "uz-Arab", "za",
    }
)  # fmt: skip
#: pattern name -> the precision it shows (1 year, 2 month, 3 day)
PATTERNS = {"full": 3, "long": 3, "medium": 3, "short": 3, "yMMMM": 2, "yMMM": 2, "y": 1}
LANGS = [t for t in _cldr.languages() if t not in UNREAD]


def _pattern(loc: Locale, name: str) -> str | None:
    if name in ("full", "long", "medium", "short"):
        pattern = str(loc.date_formats[name].pattern)
    elif name in loc.datetime_skeletons:
        pattern = str(loc.datetime_skeletons[name].pattern)
    else:
        return None
    if "yy" in pattern.replace("yyyy", "") or "G" in pattern:
        return None  # a two-digit year or an era: not the same date at every century
    return pattern


def _season_word(tag: str, text: str) -> bool:
    words = {
        w.casefold()
        for rules in resolve([tag])
        for terms in rules.sections.get("seasons", {}).values()
        for w in terms
    }
    return any(w.strip(".,").casefold() in words for w in text.split())


@settings(max_examples=300, deadline=None)
@given(
    tag=st.sampled_from(LANGS),
    name=st.sampled_from(sorted(PATTERNS)),
    day=st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)),
)
def test_cldr_rendered_dates_parse_back(tag: str, name: str, day: datetime.date) -> None:
    loc = Locale.parse(tag.replace("-", "_"))
    pattern = _pattern(loc, name)
    if pattern is None:
        return
    text = format_date(day, pattern, locale=loc)
    got = parse_date(text, locales=[tag], strict=False).value
    prec = PATTERNS[name]
    assert got is not None, (tag, name, text)
    if got.season is not None and _season_word(tag, text):
        return  # a month abbreviation that is also the word for a season (fi "kesä 2000"):
        # comet reads the season, as a Finnish reader does; docs/dates.md says so
    assert (got.year, got.month, got.day) == (
        day.year,
        day.month if prec > 1 else None,
        day.day if prec > 2 else None,
    ), (tag, name, text)


def test_a_month_abbreviation_that_names_a_season_reads_as_the_season() -> None:
    assert _season_word("fi", "kesä 2000")
    got = parse_date("kesä 2000", locales=["fi"], strict=False).value
    assert got is not None and got.year == 2000 and got.season is not None and got.month is None
