"""A shop's publisher value and the series a shop names without a label (invented pages):
``Publisher: Name; 2nd edition (date)`` (``comet.page.publisher_value``), a one-word
publisher before the year under a publisher's label (``comet.page.imprint``), a series in
brackets after the title of a product heading and a series after the publisher on a
product's path line (``comet.page.series_names``)."""

from __future__ import annotations

from comet import parse_record
from comet.locales import resolve
from comet.page.publisher_value import shop_publisher
from comet.page.series_names import bracket_series

SHOP = (
    "Deliver to Norway\nAll\nSearch\nHello, sign in\nBasket\nBooks\n\n"
    "{heading}\n\nby Oda Brekke (Author)\n4.4 out of 5 stars 312 ratings\n"
    "See all formats and editions\n\n"
    "Product details\n\nPublisher : {publisher}\nLanguage : English\n"
    "Paperback : 412 pages\nISBN-10 : 0306406152\nISBN-13 : 978-0306406157\n"
)


def _shop(heading: str, publisher: str = "Marsh Lane Books (4 Mar. 2021)") -> dict:
    return parse_record(SHOP.format(heading=heading, publisher=publisher)).to_csl()


def test_the_edition_and_its_date_leave_the_publisher() -> None:
    csl = _shop("The Salt Ledger", "Marsh Lane Books; 2nd edition (14 March 2019)")
    assert csl["publisher"] == "Marsh Lane Books"
    assert csl["edition"] == "2nd edition"
    assert csl["issued"] == {"date-parts": [[2019, 3, 14]]}


def test_shop_publisher_values_in_several_languages() -> None:
    rules = resolve(["de", "es", "fr", "en"])
    de = shop_publisher("Reiher Verlag; 3. Aufl. (1. Mai 2019)", rules)
    assert (de.name, de.edition, de.date and de.date.iso()) == (
        "Reiher Verlag",
        "3. Aufl.",
        "2019-05-01",
    )
    es = shop_publisher("Ediciones Junco; N.º 1 edición (14 junio 2023)", rules)
    assert (es.name, es.edition) == ("Ediciones Junco", "N.º 1 edición")
    assert shop_publisher("Fen Press; Reprint edition", rules).edition == "Reprint edition"


def test_a_catalogue_imprint_after_a_semicolon_stays() -> None:
    # (negative) a second imprint after ISBD's semicolon is no edition
    value = "Oxford [England] ; New York : Fenland University Press, 2004"
    got = shop_publisher(value, resolve(["en"]))
    assert (got.name, got.edition, got.date) == (value, None, None)
    assert shop_publisher("Fen Press; Unabridged", resolve(["en"])).edition is None


def test_a_one_word_publisher_before_the_year() -> None:
    page = "Rule of Reeds\n\nby Hollis, Jane\n\nISBN: 9780306406157\nPublisher: {}\nLanguage: English\n"
    csl = parse_record(page.format("Heron , 2011")).to_csl()
    assert csl["publisher"] == "Heron"
    assert "publisher-place" not in csl
    assert csl["issued"] == {"date-parts": [[2011]]}
    # (negative) a city of the lexicon, or a place the cataloguer bracketed, stays a place
    for value, place in (("Boston, 2011", "Boston"), ("[Fenwick?], 2011", "Fenwick")):
        csl = parse_record(page.format(value)).to_csl()
        assert csl.get("publisher-place") == place and "publisher" not in csl


def test_a_series_in_brackets_after_a_product_heading_title() -> None:
    csl = _shop("The Salt Ledger (Marsh Field Guides) Paperback – 4 Mar. 2021")
    assert csl["title"] == "The Salt Ledger"
    assert csl["collection-title"] == "Marsh Field Guides"
    es = _shop("La marisma: Una crónica (Autores del Junco) Tapa dura – 14 junio 2019")
    assert es["title"] == "La marisma: Una crónica"
    assert es["collection-title"] == "Autores del Junco"


def test_an_edition_or_a_binding_in_brackets_is_no_series() -> None:
    # (negative) an edition statement or a binding in the brackets stays in the title
    rules = resolve(["en", "es"])
    for title in ("The Salt Ledger (Spanish Edition)", "The Salt Ledger (2nd ed.)",
                  "The Salt Ledger (Paperback)", "The Salt Ledger (with an index)"):  # fmt: skip
        assert bracket_series(title, rules) == (title, None)
    assert bracket_series("The Salt Ledger (Reed Series)", rules) == (
        "The Salt Ledger",
        "Reed Series",
    )


PATH_PAGE = (
    "Sign in / Basket\nBOOKS E-BOOKS MUSIC\nNew titles\n\n"
    "Bataklık Günlüğü\n\n{path}\nKARTON KAPAK\nAdd to list\n\n"
    "Sayfa Sayısı\n331\nISBN\n9789757004226\n"
)


def test_a_publisher_and_its_series_on_a_path_line() -> None:
    csl = parse_record(PATH_PAGE.format(path="Oda Brekke / Heron Yayınları / Saz Dizisi")).to_csl()
    assert csl["publisher"] == "Heron Yayınları"
    assert csl["collection-title"] == "Saz Dizisi"
    de = parse_record(PATH_PAGE.format(path="Reiher Verlag > Reihe Moorkunde")).to_csl()
    assert de["publisher"] == "Reiher Verlag"
    assert de["collection-title"] == "Reihe Moorkunde"


def test_a_path_line_without_a_publisher_word_names_no_series() -> None:
    # (negative) a breadcrumb of sections: no part is a publisher's name
    csl = parse_record(PATH_PAGE.format(path="Home / Books / Saz Dizisi")).to_csl()
    assert "collection-title" not in csl
    assert csl.get("publisher") != "Books"


def test_a_short_statement_after_the_semicolon_of_a_dated_shop_value() -> None:
    rules = resolve(["en", "fr"])
    assert shop_publisher("Heron; Reissue (2015)", rules).edition == "Reissue"
    assert shop_publisher("Heron; 1st Printing (2011)", rules).edition == "1st Printing"
    assert shop_publisher("Héron; Édition en anglais (2 mars 2021)", rules).edition == (
        "Édition en anglais"
    )
    # (negative) a city after the semicolon is a second place, no edition
    assert shop_publisher("Fen Press; London (2004)", rules).edition is None


BOOK = "Home > Books > Nature\n\n{title}\n\nby Oda Brekke\n\nISBN: 9780306406157\nPublisher: Heron Books\nPages: 212\n"


def test_a_book_title_closed_by_a_named_series() -> None:
    csl = parse_record(BOOK.format(title="The Reed Cutter (Marsh Field Guides Series)")).to_csl()
    assert (csl["title"], csl["collection-title"]) == (
        "The Reed Cutter",
        "Marsh Field Guides Series",
    )
    sub = parse_record(BOOK.format(title="The Reed Cutter: A Fen Year (Reihe Moorkunde)")).to_csl()
    assert (sub["title"], sub["collection-title"]) == (
        "The Reed Cutter: A Fen Year",
        "Reihe Moorkunde",
    )


def test_a_bracket_without_a_series_word_stays_in_the_title() -> None:
    # (negative) an edition or a name in brackets is the title's own
    for title in ("The Reed Cutter (Second Edition)", "The Reed Cutter (Marsh Letters)"):
        csl = parse_record(BOOK.format(title=title)).to_csl()
        assert csl["title"] == title and "collection-title" not in csl


def test_a_title_bracket_repeating_the_labelled_series_leaves_the_title() -> None:
    page = (
        "{title}\n\nby Oda Brekke\n\nPublisher: Heron Books\nSeries: Fenland Classics\n"
        "Pages: 212\nISBN: 9780306406157\n"
    )
    csl = parse_record(page.format(title="The Reed Book (Fenland Classics Book 3)")).to_csl()
    assert (csl["title"], csl["collection-title"]) == ("The Reed Book", "Fenland Classics")
    # (negative) another name in the brackets stays the title's
    other = parse_record(page.format(title="The Reed Book (Fenland Companion)")).to_csl()
    assert other["title"] == "The Reed Book (Fenland Companion)"
