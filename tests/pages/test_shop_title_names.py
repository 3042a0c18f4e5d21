"""A shop's title line that closes with its authors after a dash (``Marsh Birds of the North
- Ana Lindqvist, Tomas Berg``, as book shops name a product): the names are the authors, the
rest the title, on a page that prints a book's number. Invented pages; the negative cases
keep the title whole and give no author."""

from __future__ import annotations

import pytest

from comet import parse_record

BLURB = "Książka opisuje ptaki bagien północnych i ich pieśni w każdej porze roku.\n"


def _csl(title: str, number: str = "EAN: 9788301234569") -> dict[str, object]:
    return parse_record(f"{title}\nOpis produktu\n{BLURB}{number}\n").to_csl()


@pytest.mark.parametrize(
    ("line", "title", "families"),
    [
        (
            "Ptaki bagien północy - Anna Lindqvist, Tomasz Berg",
            "Ptaki bagien północy",
            ["Lindqvist", "Berg"],
        ),
        ("Marsh Birds of the North – Ana Lindqvist", "Marsh Birds of the North", ["Lindqvist"]),
    ],
)
def test_title_closing_with_its_authors(line: str, title: str, families: list[str]) -> None:
    csl = _csl(line)
    assert csl.get("title") == title
    assert [a["family"] for a in csl.get("author", [])] == families


def test_isbn_label_is_a_book_number_too() -> None:
    csl = _csl("Marsh Birds of the North - Ana Lindqvist", "ISBN 978-83-01-23456-9")
    assert csl.get("title") == "Marsh Birds of the North"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Marsh Birds of the North - A Field Guide", "EAN: 9788301234569"),  # a subtitle
        ("Travels between two cities - Paris Berlin", "EAN: 9788301234569"),  # places
        ("Marsh Birds of the North - Marsh Press Ltd", "EAN: 9788301234569"),  # a company
        ("Marsh Birds of the North - Ana Lindqvist", "Kod: 5901234123457"),  # no book's number
    ],
)
def test_no_names_closing_the_title(line: str, number: str) -> None:
    csl = _csl(line, number)
    assert csl.get("title") == line
    assert not csl.get("author")


def test_a_cover_image_s_alt_text_is_cut_from_the_title() -> None:
    # a book page whose first line is its cover image's alt text
    from comet import parse_record

    text = (
        "Cover of book: Reeds and Rivers\nBook Titles Open Access\n\nReeds and Rivers\n\n"
        "Publisher\nHeron Press, Marshtown\nISBN-Print\n978-3-16-148410-0\nPages\n212\n"
    )
    assert parse_record(text).to_csl()["title"] == "Reeds and Rivers"


def test_a_binding_label_is_no_cover_alt_text() -> None:
    # (negative) 'Cover: Paperback' names a binding: the prefix list holds alt texts only
    from comet.locales import resolve
    from comet.page.chrome import cover_image_alt

    assert cover_image_alt("Cover of book", resolve(None))
    assert not cover_image_alt("Cover", resolve(None))
    assert not cover_image_alt("Copertina", resolve(None))
