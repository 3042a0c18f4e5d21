"""ISBN parsing and finding: ISBN-10/13, labels, qualifiers, check digits, conversion."""

from __future__ import annotations

import pytest

from comet import ErrorCode, Isbn, ParseError, find_identifiers, parse_isbn
from comet.identifiers import find_isbns
from comet.identifiers import isbn as isbn_mod
from tests.conftest import seed_text

REAL = [
    # the shape of dev pages 004, 005 (BibTeX on a conference page; invented ISBNs)
    ("isbn = {978-1-931971-46-1},", "9781931971461"),
    ("isbn = {978-1-931971-53-9},", "9781931971539"),
    # shapes of dev references (hand-written, invented ISBNs)
    ("Leiden, Netherlands: Brill Academic, 1987. [ISBN: 978-90-247-3518-1]", "9789024735181"),
    ("Dostupné na: www.example.sk/subory/manual_2017.pdf. ISBN 978-80-89306-41-1", "9788089306411"),
    # seed 002: the book's ISBN inside the chapter DOI
    ("DOI: 10.4018/978-1-7998-4975-9.ch001", "9781799849759"),
]


@pytest.mark.parametrize(("text", "isbn13"), REAL)
def test_real_isbns(text: str, isbn13: str) -> None:
    assert parse_isbn(text).isbn13 == isbn13
    assert isbn13 in [m.value.isbn13 for m in find_isbns(text)]


def test_seed_002_isbn_inside_the_doi() -> None:
    page = seed_text("002")
    hits = [m for m in find_identifiers(page)]
    assert [type(m.value).__name__ for m in hits] == ["Doi", "Isbn"]
    isbn = hits[1]
    assert isbn.value.isbn13 == "9781799849759" and isbn.raw == "978-1-7998-4975-9"
    assert hits[0].start < isbn.start < isbn.end < hits[0].end


def test_typo_in_real_reference_is_caught() -> None:
    # a dev reference prints an ISBN-10 whose check digit fails; the same shape, invented
    with pytest.raises(ParseError) as info:
        parse_isbn("Tirana, 2005, ISBN 99953-982-1-5.")
    assert info.value.code is ErrorCode.INVALID_CHECKSUM


FORMS = [
    ("ISBN-13: 978-1-7998-4975-9 (pbk.)", "9781799849759", "pbk"),
    ("ISBN 978-1-7998-4975-9 (hbk.)", "9781799849759", "hbk"),
    ("ISBN 978 1 7998 4975 9 (ebook)", "9781799849759", "ebook"),
    ("ISBN 978-0-19-852663-6 (paperback)", "9780198526636", "pbk"),
    ("ISBN 978-0-19-852663-6 (hardcover)", "9780198526636", "hbk"),
    ("ISBN 978-0-19-852663-6 pbk.", "9780198526636", "pbk"),
    ("eISBN 9780198526636", "9780198526636", "ebook"),
    ("ISBN (e-book) 978-0-19-852663-6", "9780198526636", "ebook"),
    ("ISBN 978-0-19-852663-6 (hæftet)", "9780198526636", "pbk"),
    ("ISBN 978-0-19-852663-6 (v. 2)", "9780198526636", "v. 2"),
    ("ISBN 0-7167-0344-0", "9780716703440", None),
    ("ISBN-10: 080442957x", "9780804429573", None),
    ("0716703440", "9780716703440", None),
    ("9791090636071", "9791090636071", None),
]


@pytest.mark.parametrize(("text", "isbn13", "qualifier"), FORMS)
def test_forms_and_qualifiers(text: str, isbn13: str, qualifier: str | None) -> None:
    d = parse_isbn(text)
    assert (d.isbn13, d.qualifier) == (isbn13, qualifier)
    if qualifier is not None:
        assert "read-qualifier" in {x.code for x in d.diagnostics}


def test_conversion_10_13() -> None:
    d = parse_isbn("ISBN 0-7167-0344-0")
    assert (d.isbn13, d.isbn10, d.to_isbn10(), d.to_isbn13()) == (
        "9780716703440", "0716703440", "0716703440", "9780716703440"
    )  # fmt: skip
    assert "converted-isbn10" in {x.code for x in d.diagnostics}
    assert d == parse_isbn("978-0-7167-0344-0")
    assert parse_isbn("979-10-90636-07-1").isbn10 is None
    assert isbn_mod.to_isbn10("978-0-7167-0344-0") == "0716703440"
    assert isbn_mod.to_isbn13("0716703440") == "9780716703440"


def test_spaced_isbn10_followed_by_numbers() -> None:
    assert parse_isbn("ISBN 0716703440 320 pp.").isbn10 == "0716703440"


ERRORS = [
    ("ISBN 978-1-7998-4975-8", ErrorCode.INVALID_CHECKSUM),
    ("978-1-7998-4975-8", ErrorCode.INVALID_CHECKSUM),
    ("ISBN 0-7167-0344-1", ErrorCode.INVALID_CHECKSUM),
    ("ISBN 978-1-7998-4975", ErrorCode.INVALID_LENGTH),
    ("ISBN", ErrorCode.INVALID_FORMAT),
    ("no number here", ErrorCode.NOT_FOUND),
    (" ", ErrorCode.EMPTY),
    ("ISBN 978-0-19-852663-6; ISBN 978-0-7167-0344-0", ErrorCode.AMBIGUOUS),
    ("x" * 2001, ErrorCode.TOO_LONG),
]


@pytest.mark.parametrize(("text", "code"), ERRORS)
def test_errors(text: str, code: ErrorCode) -> None:
    with pytest.raises(ParseError) as info:
        parse_isbn(text)
    assert info.value.code is code


def test_find_lists_and_bare() -> None:
    text = "ISBN 978-0-19-852663-6 (hbk.); 978-0-19-852664-3 (pbk.). Also 9780716703440 and 0716703440."
    hits = list(find_isbns(text))
    assert [(m.value.isbn13, m.value.qualifier) for m in hits] == [
        ("9780198526636", "hbk"),
        ("9780198526643", "pbk"),
        ("9780716703440", None),
    ]  # a bare ISBN-10 needs a label


def test_record() -> None:
    d = parse_isbn("ISBN 978-1-7998-4975-9 (pbk.)")
    assert d == Isbn("9781799849759", "1799849759")  # qualifier is not identity
    assert str(d) == "9781799849759" == d.value
    assert d.to_dict()["qualifier"] == "pbk"
    assert isbn_mod.compact("ISBN 0-7167-0344-0") == "9780716703440"
    assert isbn_mod.format(d) == "9781799849759"
    assert isbn_mod.is_valid("ISBN-13: 978-1-7998-4975-9")
    assert not isbn_mod.is_valid("978-1-7998-4975-8")
