"""Locator shapes of session 26 (invented numbers): a Solar Hijri year closing a Persian
locator, a month written with the East Asian unit marks inside a locator, and the part,
supplement and page words the locales gained."""

from __future__ import annotations

import pytest

from comet.locators import find_locators, parse_locator


def _first(text: str) -> dict[str, object]:
    return next(iter(find_locators(text))).value.to_csl()


@pytest.mark.parametrize(
    "text",
    [
        "دوره ۵، شماره ۲، ۱۳۹۸",  # Persian digits
        "دوره 5، شماره 2، 1398",  # ASCII digits
        "المجلد 5، العدد 2، 1435",  # an Arabic line with a Hijri year
    ],
)
def test_a_bare_solar_year_after_the_issue_is_no_page(text: str) -> None:
    csl = _first(text)
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("5", "2", None)


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # a page after a page word, or a range: still pages
        ("دوره 12، شماره 3، ص. 1398-1402", "1398-1402"),
        ("دوره ۵، شماره ۲، ۱۳۹۸، صفحه ۴۵-۶۷", "45-67"),
    ],
)
def test_a_solar_year_shaped_page_with_its_word_stays(text: str, page: str) -> None:
    assert _first(text).get("page") == page


def test_a_latin_line_keeps_its_number() -> None:
    # no Arabic script: no Solar Hijri calendar to read the number in
    assert _first("Vol. 5, No. 2, 1398").get("page") == "1398"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Vol.12 No.3 (2031年3月) 45-67頁", 3),
        ("Vol.14 No.2 (2029년 11월) pp.101-119", 11),
    ],
)
def test_a_month_with_east_asian_marks_stays_in_the_locator(text: str, month: int) -> None:
    csl = _first(text)
    assert csl["issued"] == {"date-parts": [[int(text.split("(")[1][:4]), month]]}
    assert csl.get("page") in ("45-67", "101-119")


def test_two_lone_letters_after_a_year_are_no_month() -> None:
    # one Latin letter each side of a number: no marked month, the run ends at the year
    csl = _first("Vol. 12, No. 3 (2031 a 3 b)")
    assert csl["issued"] == {"date-parts": [[2031]]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom 12, Numer 3, Strony 45-67", ("12", "3", "45-67")),  # Polish, words in full
        ("roč. 12, č. 3, s. 45-67", ("12", "3", "45-67")),  # Czech and Slovak
        ("12. évfolyam 3. szám 45-67. o.", ("12", "3", "45-67")),  # Hungarian in full
        ("Jaarg. 12, nr. 3, p. 45-67", ("12", "3", "45-67")),  # Dutch
    ],
)
def test_locale_words_in_full(text: str, expected: tuple[str, str, str]) -> None:
    loc = parse_locator(text)
    assert (loc.volume, loc.issue, str(loc.pages)) == expected


def test_a_name_with_a_yearbook_word_is_no_volume() -> None:
    # 'Rocznik' names many Polish yearbooks: never a locator word before a year
    loc = parse_locator("Rocznik 2031, nr 3, s. 45-67")
    assert loc.volume is None
