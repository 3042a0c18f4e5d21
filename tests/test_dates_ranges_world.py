"""Ranges of days in many languages: the range words as locale data, an ordinal or a bare day
at either end, a day's marker before the range's dash (invented dates)."""

from __future__ import annotations

import pytest

from comet import parse_date, parse_date_range


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "3 a 5 de junho de 2031"),
        ("pt", "de 3 a 5 de junho de 2031"),
        ("es", "del 3 al 5 de junio de 2031"),
        ("es", "3 a 5 de junio de 2031"),
        ("de", "03.-05.06.2031"),  # a bare day takes the end's all-numeric order
        ("en", "June 3rd-5th, 2031"),  # ordinal days, the year after the end's
        ("ko", "2031년 6월 3일 ~ 5일"),  # the day's marker, spaced, before the tilde
        ("de", "3. bis 5. Juni 2031"),
        ("it", "dal 3 al 5 giugno 2031"),
        ("nl", "3 t/m 5 juni 2031"),
        ("ru", "3–5 июня 2031 г."),
        ("ru", "с 3 по 5 июня 2031 г."),
        ("pl", "3-5 czerwca 2031 r."),
        ("pl", "od 3 do 5 czerwca 2031 r."),
    ],
)
def test_ranges_of_days(lang: str, text: str) -> None:
    r = parse_date_range(text, locales=[lang])
    assert r.end is not None
    assert (r.start.iso(), r.end.iso()) == ("2031-06-03", "2031-06-05")
    assert parse_date(text, locales=[lang]).iso() == "2031-06"  # the parts both ends share


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "3 et 4 juin 2031"),
        ("en", "June 3 and 4, 2031"),
        ("de", "3. und 4. Juni 2031"),
        ("it", "3 e 4 giugno 2031"),
        ("nl", "3 en 4 juni 2031"),
        ("es", "3 y 4 de junio de 2031"),
        ("pt", "3 e 4 de junho de 2031"),
        ("ru", "3 и 4 июня 2031 г."),
    ],
)
def test_two_adjacent_days_joined_are_a_range(lang: str, text: str) -> None:
    # two days joined by a conjunction ([date_words].range_and) span the event when adjacent
    r = parse_date_range(text, locales=[lang])
    assert r.end is not None
    assert (r.start.iso(), r.end.iso()) == ("2031-06-03", "2031-06-04")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "3 et 5 juin 2031"),
        ("en", "June 3 and 5, 2031"),
        ("de", "3. und 5. Juni 2031"),
        ("en", "2019 and 2021"),
        ("es", "marzo y mayo de 2031"),
    ],
)
def test_days_apart_joined_are_no_range(lang: str, text: str) -> None:
    # '3 and 5 June' are two days: a range 3-5 would hold the 4th, which the text does not
    r = parse_date_range(text, locales=[lang])
    assert r.end is None or r.start == r.end


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # near misses: a number after a full date is no range's end, a day without its
        # marker ends no Korean range, a counted thing between the numbers is no date
        ("en", "3 June 2031 and 5", "2031-06-03"),
        ("ko", "2031년 6월 3일 ~ 5", "2031-06-03"),
        ("de", "03.06.2031 - 05", "2031-06-03"),
        ("fr", "pages 3 et 4, 2031", "2031"),
        ("pt", "3 a 5 exemplares, 2031", "2031"),
        ("en", "3rd-5th, 2031", "2031"),  # no month at either end
    ],
)
def test_no_range_of_days(lang: str, text: str, want: str) -> None:
    r = parse_date_range(text, locales=[lang])
    assert r.end is not None
    assert (r.start.iso(), r.end.iso()) == (want, want)


def test_an_ordinal_day_with_its_year_alone() -> None:
    assert parse_date("June 3rd, 2031", locales=["en"]).iso() == "2031-06-03"


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("pl", "12 IV 2020 r.", "2020-04-12"),  # a month as a roman numeral
        ("pl", "12.IV.2020", "2020-04-12"),
        ("cs", "7. XI. 2018", "2018-11-07"),
        ("hu", "2020. IV. 12.", "2020-04-12"),  # year, month, day
        ("sk", "Augusta 2019", "2019-08"),  # a case form the locale lists
        ("ru", "в августе 2019", "2019-08"),  # a case ending of a declined name
    ],
)
def test_roman_months_and_case_forms(lang: str, text: str, want: str) -> None:
    assert parse_date(text, locales=[lang]).iso() == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Vol. III 2021"),  # a roman numeral after a volume word is a volume
        ("pl", "t. IX 2019"),
        ("pl", "IV 2020"),  # no day: no roman month
        ("pl", "12 iv 2020"),  # lower case
        ("pl", "31 II 2020"),  # no such day
        ("en", "12 IV 2020"),  # English writes no roman months
        ("en", "Augusta 2019"),  # English declines no month name: a place or a name
    ],
)
def test_no_roman_month_nor_case_form(lang: str, text: str) -> None:
    assert parse_date(text, locales=[lang]).iso() == text.split()[-1]


def test_a_range_of_roman_months() -> None:
    r = parse_date_range("12 IV – 14 V 2020", locales=["pl"])
    assert r.end is not None
    assert (r.start.iso(), r.end.iso()) == ("2020-04-12", "2020-05-14")
