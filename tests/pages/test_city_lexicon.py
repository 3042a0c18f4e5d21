"""The locales' lexicon of cities (``[places].cities``, ``comet.page.places``): where it tells
an imprint's place from its publisher without ISBD's colon (a catalogue's ISBD line, a book
page's imprint line), and where it must not. Invented records (publishers' names made up) in
the shape of the catalogue and book pages of the fresh sets."""

from __future__ import annotations

import pytest
from tests.test_pages_grammar import _book

from comet import locales as _loc
from comet import parse_record
from comet.page.places import city_prefix, is_city, printed_city

RULES = _loc.resolve(None)


@pytest.mark.parametrize(
    "city",
    ["London", "BARCELONA", "Warszawa", "New Delhi", "Frankfurt am Main", "Москва", "서울",
     "Washington, D.C.", "São Paulo", "İstanbul", "København", "СПб.", "Chichester",
     "Cambridge, Mass.", "Lucknow"],
)  # fmt: skip
def test_cities_of_the_lexicon(city: str) -> None:
    assert is_city(city, RULES)


@pytest.mark.parametrize(
    "word", ["Marshtown", "Press", "Review", "Anna", "", "The", "Norman", "Victoria", "Male"]
)  # (given names and common words that are also cities' names are left out)
def test_words_that_are_no_city(word: str) -> None:
    assert not is_city(word, RULES)


def test_the_longest_city_opens_the_words() -> None:
    assert city_prefix(["New", "Delhi", "Heronway"], RULES) == 2
    assert city_prefix(["Heronway", "New", "Delhi"], RULES) == 0
    assert printed_city(["New", "Delhi."], RULES) == ("New Delhi", ".")
    assert printed_city(["Washington,", "D.C."], RULES) == ("Washington, D.C.", "")


def _isbd(line: str) -> dict[str, object]:
    return parse_record(f"Berglund, Anna\n{line}\n").to_csl()


@pytest.mark.parametrize(
    ("line", "publisher", "place"),
    [
        ("Fen ecology / Anna Berglund - New Delhi Heronway 2001 - 212 p.", "Heronway",
         "New Delhi"),
        ("Fen ecology / Anna Berglund - 2nd ed. - MADRID HERONWAY 1988 - 96 p.", "HERONWAY",
         "MADRID"),
        ("Fen ecology / Anna Berglund - London, Heronway Books, 1990 - 212 p.",
         "Heronway Books", "London"),
        ("Marsh Letters. - New Delhi. Heronway Publication.", "Heronway Publication",
         "New Delhi"),
        ("Fen ecology / Anna Berglund - Kraków Heronway 2001", "Heronway", "Kraków"),
    ],
)  # fmt: skip
def test_an_isbd_imprint_without_colon_at_a_known_city(
    line: str, publisher: str, place: str
) -> None:
    csl = _isbd(line)
    assert (csl.get("publisher"), csl.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize(
    "line",
    [
        "Fen ecology / Anna Berglund - Marshtown Heronway 2001 - 212 p.",  # no known city
        "Fen ecology / Anna Berglund - Paris London 2001 - 212 p.",  # two places
        "Storm closes the ferry to Holm - New York Fen Times",  # a headline and its site
        "Storm closes the ferry to Holm - Paris, Fen Monde",  # the same, a comma
        "Storm closes the ferry to Holm - Chicago Fen Tribune 2019",  # a city's newspaper
        "Storm closes the ferry to Holm - London Fen Times, 2019",
        "Fen ecology / Anna Berglund - London the city of fens 2001 - 212 p.",  # a phrase
    ],
)
def test_no_imprint_without_colon_elsewhere(line: str) -> None:
    csl = _isbd(line)
    assert csl.get("publisher") is None
    assert csl.get("publisher-place") is None


@pytest.mark.parametrize(
    ("imprint", "publisher", "place"),
    [
        ("London, Heronway, 2019", "Heronway", "London"),
        ("Heronway, Stockholm 2019", "Heronway", "Stockholm"),
    ],
)
def test_a_book_pages_imprint_at_a_known_city(imprint: str, publisher: str, place: str) -> None:
    csl = _book(imprint)
    assert (csl.get("publisher"), csl.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize(
    "line",
    [
        "London, Paris, 2019",  # two places, no publisher
        "Anna Berglund, London, 2019",  # an author and a place: no publisher's name
        "London, Heronway, 2019",  # the same line on a page that is no book's
    ],
)
def test_no_book_imprint_from_cities_alone_or_off_a_book_page(line: str) -> None:
    csl = _book(line, isbn=not line.startswith("London, Heronway"))
    assert csl.get("publisher") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Heronway, London, 2019", ("Heronway", "London", 2019)),  # was read the other way
        ("Heronway, Madrid, 2005", ("Heronway", "Madrid", 2005)),
        ("Fen Press, London", ("Fen Press", "London", None)),
        ("Springer, Berlin", ("Springer", "Berlin", None)),
        ("Heronway, Cambridge, Mass., 2019", ("Heronway", "Cambridge, Mass.", 2019)),
        ("Heronway, Washington, D.C., 2019", ("Heronway", "Washington, D.C.", 2019)),
        ("London, Heronway, 2019", ("Heronway", "London", 2019)),  # the place first, as before
    ],
)
def test_a_publisher_then_a_known_city(value: str, expected: tuple[object, ...]) -> None:
    from comet.page.imprint import _imprint

    assert _imprint(value, RULES) == expected


@pytest.mark.parametrize(
    "value",
    [
        "Paris, London",  # two places
        "Oslo, Norway",  # a city and its country
        "Fen Press, 12 Dyke Road, Marshtown",  # an address, no known city
    ],
)
def test_no_publisher_then_city_reading(value: str) -> None:
    from comet.page.imprint import _imprint

    publisher, place, _ = _imprint(value, RULES)
    assert place not in ("London", "Norway", "Marshtown")
    assert publisher not in ("Paris", "Oslo")


def test_a_labelled_publisher_with_its_city_after() -> None:
    page = (
        "Drainage and the early modern fen\nAnna Berglund\nPublisher: Heronway, London, 2019\n"
        "ISBN 978-0-415-83547-3\n"
    )
    csl = parse_record(page).to_csl()
    assert (csl.get("publisher"), csl.get("publisher-place")) == ("Heronway", "London")


@pytest.mark.parametrize(
    "line",
    [
        "Funded by the Heron Foundation, London, 2019",  # a funder's credit
        "Funded by the Heron Foundation, Marshtown, 2019",
        "Department of History, University of Marshtown, London, 2019",  # an affiliation
        "University of Marshtown, London",
        "© 2024 WordPress, San Francisco",  # the site's software
        "We use cookies to improve your experience. London, 2019",  # a cookie notice
        "Home | London | Paris | Berlin | Contact",  # a menu
    ],
)
def test_no_publisher_from_a_book_pages_credits_and_chrome(line: str) -> None:
    page = (
        "Drainage and the early modern fen\nAnna Berglund\nISBN 978-0-415-83547-3\n\n"
        "The drainage of the fens changed the landscape and the lives of those who lived "
        f"there, as this study shows in detail over several chapters.\n\n{line}\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("publisher") is None
    assert csl.get("publisher-place") is None


def test_a_list_of_places_names_and_years_is_no_imprint() -> None:
    """(review) A book shop's list of launch events, one ``City, Venue, Year`` a line: a
    run of lines of an imprint's shape is a list, never the book's imprint."""
    page = (
        "Bookshop\nThe Harbour Road\nMarta Lind\nISBN 978-0-306-40615-7\nHardback, 320 pages\n"
        "Launch events\nEdinburgh, Heronway Bookshop, 2024\nOxford, Fen Town Hall, 2024\n"
        "Add to basket\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("publisher") is None
    assert csl.get("publisher-place") is None


def test_a_printers_line_with_a_legal_form_is_no_publisher() -> None:
    """(review) A colophon's last line names the printer, a company with its legal form
    (``Oy``) and no publisher's word, at a known city: not the publisher."""
    csl = _book("Oy Painotalo Kaisla, Helsinki 2001")
    assert csl.get("publisher") is None


def test_an_isbd_record_of_a_serial_with_its_issn() -> None:
    """(review) A serial's ISBD line without an extent, its ISSN on the line under it: a
    periodical's record, no book, with its publisher and place."""
    page = "Marsh Letters.\n\nMarsh Letters. - New Delhi. Heronway Publication.\n\n0340-0352\n"
    csl = parse_record(page).to_csl()
    assert csl.get("type") == "periodical"
    assert (csl.get("publisher"), csl.get("publisher-place")) == (
        "Heronway Publication",
        "New Delhi",
    )


@pytest.mark.parametrize("name", ["Florence Ito", "Sydney Brooks", "Santiago Ruiz"])
def test_given_names_that_are_cities_elsewhere_are_no_place(name: str) -> None:
    """(review) Given names that are also cities' names are left out of the lists, and a
    place opening with a known given name is none anyway."""
    assert not is_city(name.split()[0], RULES)
    csl = _book(f"{name}, Harbour Studio, 2023")
    assert csl.get("publisher-place") is None


def test_no_city_of_the_lists_is_a_known_given_name() -> None:
    """(review) The lists hold no one-word city that is a given name the locales know
    (``Florence``, ``Sydney``, ``Nancy``, ``Salvador`` are left out): a line opening with a
    person's name never reads as a place by the lexicon (a hyphenated city, ``Vitoria-Gasteiz``,
    is no name)."""
    from comet.page.name_plausible import known_given

    cities = _loc.terms_of("places", RULES, "cities")
    assert not [c for c in cities if len(c.split()) == 1 and "-" not in c and known_given(c)]
