"""A publishing house's name on the line right under a book's title (``comet.page.publishers
._publisher_line``): read on a book's page only (an ISBN, a shop's or a catalogue's page),
never a subtitle read into the title nor a news article's byline. Invented pages in the
shape of second-hand book shops' and library pages of the fresh ``books6`` set."""

from __future__ import annotations

import pytest

from comet import parse_record

BOOK = (
    "Harbour Days\n{under}\nISBN 978-3-16-148410-0\n"
    "Kategória: Kertészet\nÁllapot: jó, a borító kissé kopott\nÁr: 1200 Ft\n"
)

NEWS = (
    "Ferry to Holm Island stops for the winter\n{under}\nMarch 12, 2024\n\n"
    "The ferry to Holm Island stopped running in the winter, and the islanders have argued "
    "ever since about whether the council should buy a smaller boat.\n\n"
    "The old quay is now a meeting place for anglers, who fish for cod from its end on calm "
    "mornings and leave their buckets by the lamp post.\n"
)


@pytest.mark.parametrize(
    ("under", "publisher"),
    [
        ("Lanternwise Kiadó", "Lanternwise Kiadó"),
        ("Éditions du Marais", "Éditions du Marais"),
        ("Fenwick Verlag", "Fenwick Verlag"),
    ],
)
def test_a_books_publisher_under_its_title(under: str, publisher: str) -> None:
    assert parse_record(BOOK.format(under=under)).to_csl().get("publisher") == publisher


@pytest.mark.parametrize(
    "under", ["By Ola Berg, Associated Press", "Ola Berg | Fen Valley Press", "Associated Press"]
)
def test_a_news_bylines_press_is_no_publisher(under: str) -> None:
    assert parse_record(NEWS.format(under=under)).to_csl().get("publisher") is None


def test_a_subtitle_read_into_the_title_is_no_publisher() -> None:
    page = (
        "Tides and Dikes\nMarsh University Press\nby Ola Berg\n\nISBN 978-3-16-148410-0\n\n"
        "The book tells the story of a small printing house in the marshes and the families "
        "who ran it for three generations.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Tides and Dikes: Marsh University Press"
    assert csl.get("publisher") is None


# --- a publisher's line beside a book's ISBN lines (publisher23) ----------------------------


def test_a_publishers_line_beside_the_isbn_lines() -> None:
    page = (
        "Marsh birds of the north\nTom Berg\nPaperback\n"
        "ISBN: 978-0-8053-1111-2\nISBN-10: 0-8053-1111-4\nHeronsgate Publishing Company\n"
    )
    assert parse_record(page).to_csl().get("publisher") == "Heronsgate Publishing Company"


def test_a_line_beside_the_isbn_without_a_publishers_word_is_none() -> None:
    page = (
        "Marsh birds of the north\nTom Berg\nPaperback\n"
        "ISBN: 978-0-8053-1111-2\nISBN-10: 0-8053-1111-4\nHeronsgate Birding Company\n"
    )
    assert parse_record(page).to_csl().get("publisher") is None


def test_an_editors_role_beside_the_isbn_is_no_publisher() -> None:
    # (negative) 'Editora' is a publisher's word in Portuguese and a role in Spanish
    page = "Aves de los humedales del norte\nISBN 978-3-16-148410-0\nLucía Marín (Editora)\n"
    assert parse_record(page).to_csl().get("publisher") is None
