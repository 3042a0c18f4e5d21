"""Imprints and dates of session 25 (publisher25), on invented pages.

* an imprint line whose place holds an interface word: a city of the lexicon (``New York,
  NY``) or a place's name of two parts joined by a particle (``Frankfurt am Main``);
* ``Publisher, Place`` with the publisher's word first (``Heronweg Verlag, Sankt Augustin``);
* a tagged export's publisher named by a type word (RIS ``PB  - Книга``);
* a Persian label's bare date, read in the Solar Hijri calendar;
* a book's copyright year, on its copyright page, where no other date is printed.
"""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.imprint import _imprint

RULES = tuple(_loc.all_rules())


@pytest.mark.parametrize(
    ("line", "publisher", "place"),
    [
        ("Frankfurt am Main: Reiherweg Verlag, 2019", "Reiherweg Verlag", "Frankfurt am Main"),
        ("New York, NY: Fenlight Press, 2018", "Fenlight Press", "New York, NY"),
        ("Halle an der Saale: Schilfkamp Verlag, 2016", "Schilfkamp Verlag", "Halle an der Saale"),
    ],
)
def test_an_imprint_line_with_a_place_of_several_words(
    line: str, publisher: str, place: str
) -> None:
    text = f"Wörter am Flussufer\nvon Jonas Brelling\n{line}\n245 S.\nISBN 978-3-16-148410-0\n"
    csl = parse_record(text).to_csl()
    assert (csl.get("publisher"), csl.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize("place", ["Main Menu", "New Releases"])
def test_an_interface_line_shaped_as_an_imprint_is_none(place: str) -> None:
    # (negative) interface words before the colon: a menu's line, no place
    text = f"The Marsh Book\nby Ola Fenwick\n{place}: Fenlight Press, 2018\n312 p.\n"
    csl = parse_record(text).to_csl()
    assert csl.get("publisher-place") != place


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Heronweg Verlag, Sankt Augustin", ("Heronweg Verlag", "Sankt Augustin", None)),
        ("Fenlight Press, Marshtown, 2018", ("Fenlight Press", "Marshtown", 2018)),
        (
            "Reedbank Publishing, Halle an der Saale",
            ("Reedbank Publishing", "Halle an der Saale", None),
        ),
        ("Marshtown, Fen Press, 2015", ("Fen Press", "Marshtown", 2015)),
    ],
)
def test_publisher_then_place(value: str, want: tuple[str, str, int | None]) -> None:
    assert _imprint(value, RULES) == want


@pytest.mark.parametrize(
    "value", ["Fen Press, Inc.", "Fen Press, NY", "Heron Books, Marsh Institute"]
)
def test_a_legal_form_an_abbreviation_or_a_body_after_the_comma_is_no_place(value: str) -> None:
    # (negative) what follows the publisher is its legal form, a code or another body
    _, place, _ = _imprint(value, RULES)
    assert place not in ("Inc", "Inc.", "NY", "Marsh Institute")


def test_a_publisher_label_with_publisher_then_place() -> None:
    text = (
        "Sumpfbuch\nJonas Brelling\nVerlag: Heronweg Verlag, Sankt Augustin\n"
        "Erschienen: 2019\nISBN 978-3-16-148410-0\n"
    )
    csl = parse_record(text).to_csl()
    assert (csl.get("publisher"), csl.get("publisher-place")) == (
        "Heronweg Verlag",
        "Sankt Augustin",
    )


def test_a_ris_publisher_named_by_a_type_word() -> None:
    text = (
        "TY  - BOOK\nTI  - Заметки о болотах\nAU  - Цаплин, Иван\nPY  - 1987\n"
        "CY  - М.\nPB  - Книга\nER  - \n"
    )
    assert parse_record(text).to_csl().get("publisher") == "Книга"


def test_a_cited_resource_type_is_still_no_publisher() -> None:
    # (negative) a data repository's citation read by the reference reader: 'Dataset' is
    # the resource's type, no publisher
    text = (
        "Tidal gauge records of the fen\n\nCite as\nBerg, O. (2017). Tidal gauge records of "
        "the fen. Reedbank. Dataset. https://doi.org/10.1234/reed.5678\n"
    )
    assert parse_record(text).to_csl().get("publisher") != "Dataset"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("تاریخ انتشار: ۱۴۰۰/۰۱/۱۵", [2021, 4, 4]),
        ("سال انتشار: ۱۳۹۷", [2018]),
    ],
)
def test_a_persian_labels_bare_date_is_solar_hijri(line: str, want: list[int]) -> None:
    text = f"یادداشت‌های مرداب\nنویسنده: علی حواصیل\nناشر: انتشارات نیزار\n{line}\n"
    assert parse_record(text).to_csl()["issued"]["date-parts"][0] == want


def test_a_latin_labels_number_is_read_as_written() -> None:
    # (negative) a Latin label: a number of the calendar's range is a year as written
    text = "Marsh notes\nAuthor: Ali Heron\nYear: 1397\nPublisher: Fen Press\n"
    assert parse_record(text).to_csl()["issued"]["date-parts"][0] == [1397]


def test_a_books_copyright_page_gives_its_year() -> None:
    text = (
        "The Marsh Book\nOla Fenwick\n\n© 2018 Fenlight Press. All rights reserved.\n"
        "ISBN 978-0-306-40615-7\n312 pages\n"
    )
    assert parse_record(text).to_csl()["issued"]["date-parts"][0] == [2018]


@pytest.mark.parametrize("mark", ["COPYRIGHT", "(C)", "Copyright (c)"])
def test_a_copyright_page_in_any_case_gives_its_year(mark: str) -> None:
    # the copyright line's pattern ignores case: so does the page's quick pre-test
    text = (
        f"The Marsh Book\nOla Fenwick\n\n{mark} 2018 Fenlight Press. All rights reserved.\n"
        "ISBN 978-0-306-40615-7\n312 pages\n"
    )
    record = parse_record(text)
    assert record.to_csl()["issued"]["date-parts"][0] == [2018]
    assert "copyright-year" in [d.code for d in record.diagnostics]


@pytest.mark.parametrize(
    "footer",
    ["© 2024 Fenlight Press\nImprint | Privacy", "© 1998–2024 Fenlight Press\nPrivacy"],
)
def test_a_sites_footer_gives_no_copyright_year(footer: str) -> None:
    # (negative) the copyright line under the book's ISBN (a shop's footer), or a span of years
    text = f"The Marsh Book\nOla Fenwick\nISBN 978-0-306-40615-7\nAdd to basket\n\n{footer}\n"
    codes = [d.code for d in parse_record(text).diagnostics]
    assert "copyright-year" not in codes


def test_a_copyright_page_with_a_span_of_years_gives_no_copyright_year() -> None:
    # (negative) '© 1998–2024': a site's span, even with an ISBN under it
    text = "The Marsh Book\nOla Fenwick\n\n© 1998–2024 Fenlight Press\nISBN 978-0-306-40615-7\n"
    codes = [d.code for d in parse_record(text).diagnostics]
    assert "copyright-year" not in codes


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Copyright © 2018 by Fenlight Press", "Fenlight Press"),
        ("© 2016 par Éditions du Héron", "Éditions du Héron"),
    ],
)
def test_a_copyright_holder_after_a_preposition(line: str, publisher: str) -> None:
    text = f"The Marsh Book\nOla Fenwick\n\n{line}\nISBN 978-0-306-40615-7\n"
    assert parse_record(text).to_csl()["publisher"] == publisher


@pytest.mark.parametrize(
    ("line", "publisher", "place"),
    [
        ("Fenlight Press, 2018 - 312 pages", "Fenlight Press", None),
        ("Éditions du Héron, Paris, 2016, 210 p.", "Éditions du Héron", "Paris"),
        ("Reedbank Publishing, 2017", "Reedbank Publishing", None),
    ],
)
def test_a_books_imprint_line_with_its_extent_or_without_a_place(
    line: str, publisher: str, place: str | None
) -> None:
    text = f"The Marsh Book\nby Ola Fenwick\n{line}\nISBN 978-0-306-40615-7\n"
    csl = parse_record(text).to_csl()
    assert (csl.get("publisher"), csl.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize("line", ["Marshtown Harbour, 2017", "Ola Fenwick, 2017"])
def test_a_name_and_a_year_without_a_publishers_word_is_no_imprint(line: str) -> None:
    # (negative) no word of a publisher's or a body's name: a place's or a person's line
    text = f"The Marsh Book\nby Ola Fenwick\n{line}\nISBN 978-0-306-40615-7\n"
    assert "publisher" not in parse_record(text).to_csl()


def test_a_persian_imprint_line() -> None:
    text = "یادداشت‌های مرداب\nعلی حواصیل\nتهران: نشر نیزار، ۱۳۹۷\nشابک: 978-0-306-40615-7\n"
    csl = parse_record(text).to_csl()
    assert (csl.get("publisher"), csl.get("publisher-place")) == ("نشر نیزار", "تهران")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Published March 12th 2018 by Fenlight Press", "Fenlight Press"),
        ("First published 1994 by Reedbank Publishing", "Reedbank Publishing"),
        ("Publié en 2016 par Éditions du Héron", "Éditions du Héron"),
        ("Publicado en 2011 por Editorial Junco", "Editorial Junco"),
    ],
)
def test_a_dated_publication_statement(line: str, publisher: str) -> None:
    text = f"The Marsh Book\nby Ola Fenwick\n{line}\n312 pages\n"
    assert parse_record(text).to_csl().get("publisher") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Published 2018 by Ola Fenwick",  # a person: a self-published author
        "The book was published in 2018 by Fenlight Press after years of work.",  # prose
        "Published by the way 2018 in Marshtown",  # no date before the preposition
    ],
)
def test_no_dated_statement(line: str) -> None:
    # (negative) a person's name, a sentence, no statement's shape
    text = f"The Marsh Book\nby Ola Fenwick\n{line}\n312 pages\n"
    assert parse_record(text).to_csl().get("publisher") is None


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("تهران: نشر نیزار، ۱۳۹۷", 2018),  # Persian: the Solar Hijri year
        ("القاهرة: دار النشر، ١٩٩٨", 1998),  # Arabic digits of a Gregorian year
    ],
)
def test_an_imprints_year_in_eastern_digits(line: str, year: int) -> None:
    text = f"یادداشت‌های مرداب\nعلی حواصیل\n{line}\nشابک: 978-0-306-40615-7\n"
    assert parse_record(text).to_csl()["issued"]["date-parts"][0] == [year]


def test_a_lunar_hijri_imprint_year_is_no_issued_year() -> None:
    # (negative) a lunar Hijri year (its marker after it) stays unconverted: no issued
    text = "ملاحظات\nبيروت: دار الكتب، ١٤٢٠ هـ\nردمك: 978-0-306-40615-7\n"
    assert "issued" not in parse_record(text).to_csl()
