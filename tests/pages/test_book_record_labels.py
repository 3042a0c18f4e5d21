"""A book's record printed as label lines over value lines: an ISBN label's value without
the ``ISBN`` prefix (``ISBN`` / ``0-306-…``) is the book's ISBN (``comet.page.ids``), a
city label on a book's record with no event named or dated is its place of publication
(``comet.page.parse``), ``Autor/es`` (a form of ``Autor(es)``) labels the authors (Spanish locale). Invented records
in the shape of a departmental library's list."""

from __future__ import annotations

from comet import parse_record

RECORD = (
    "Categoría\nDerecho del mar\nAutor/es\nRuiz, Ana\nEditorial\nEdiciones del Faro\n"
    "Ciudad\nValencia\nAño\n2004\nNúmero de páginas\n312\nISBN\n{isbn}\n"
)


def test_a_label_over_value_book_record() -> None:
    csl = parse_record(RECORD.format(isbn="0-306-40615-2")).to_csl()
    assert csl["ISBN"].replace("-", "") == "0306406152"
    assert csl["type"] == "book"
    assert csl["publisher-place"] == "Valencia"
    assert "event-place" not in csl
    assert csl["author"][0]["family"] == "Ruiz"


def test_a_wrong_check_digit_is_no_isbn() -> None:
    # (negative) a number in an ISBN label's place that fails the check is no ISBN
    csl = parse_record(RECORD.format(isbn="0-306-40615-3")).to_csl()
    assert "ISBN" not in csl


def test_a_city_under_an_event_stays_the_event_s() -> None:
    # (negative) a book of a conference (an ISBN makes it a book): the named and dated
    # event keeps the city its place, not the publisher's
    text = (
        "Counting Gulls with Drones\n\nAna Ruiz\n\nISBN: 955-123-456-1\n"
        "Conference: 5th Workshop on Coastal Monitoring\nCity: Valencia\n"
        "Period: 3 May 2019 → 5 May 2019\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["type"] == "book"
    assert "publisher-place" not in csl
    assert csl["event-place"].startswith("Valencia")


def test_a_shelf_location_is_no_place_of_publication() -> None:
    # (negative, review) a holdings row: 'Location' names a shelf, not where the book came out
    text = (
        "Tidal Charts of the North Sea\nAuthor: Ruiz, Ana\nPublisher: Harbour Light Press\n"
        "ISBN: 0-306-40615-2\nLocation: Central Library, Floor 2\n"
    )
    assert "publisher-place" not in parse_record(text).to_csl()
