"""Book records of shops and catalogues in many languages (invented pages in the shapes the
opac20 wide set met): a shop's product heading ``Title Binding – date``
(``comet.page.product_heading``), a book's record that labels its ISBN and extent however
its other lines read (``comet.page.book_record``), names under a role's label
(``comet.page.role_labels``), a language row under an author's name
(``comet.page.name_table``), a publisher's name in capitals under a byline
(``comet.page.name_checks``) and a catalogue heading with life dates under its label
(``comet.page.persons``)."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.names import Person
from comet.page.name_checks import publisher_named

SHOP = (
    "Deliver to Norway\nAll\nSearch\nHello, sign in\nBasket\nBooks\n\n"
    "{heading}\n\n{byline}\n4.4 4.4 out of 5 stars 312 ratings\nSee all formats and editions\n"
    "Only 2 left in stock. Quantity:1 2 3\nAdd to basket\n\n"
    "Product details\n\nPublisher : Marsh Lane Books (4 Mar. 2021)\nLanguage : English\n"
    "{count_label} : 412 pages\nISBN-10 : 0306406152\nISBN-13 : 978-0306406157\n"
    "Dimensions : 13 x 2.4 x 19.6 cm\n"
)


def _shop(
    heading: str, byline: str = "by Oda Brekke (Author)", count_label: str = "Paperback"
) -> dict:
    return parse_record(
        SHOP.format(heading=heading, byline=byline, count_label=count_label)
    ).to_csl()


def test_a_product_heading_gives_the_title_and_a_book() -> None:
    csl = _shop("The Salt Marsh Ledger Paperback – 4 Mar. 2021")
    assert csl["title"] == "The Salt Marsh Ledger"
    assert csl["type"] == "book"
    assert csl["author"] == [{"family": "Brekke", "given": "Oda"}]


def test_a_product_heading_in_german_and_spanish() -> None:
    de = _shop("Die Salzwiese. Eine Chronik Taschenbuch – 1. Juli 1998", "von Oda Brekke (Autor)")
    assert de["title"] == "Die Salzwiese. Eine Chronik"
    es = _shop("La marisma de sal Tapa dura – 14 junio 2019", "de Oda Brekke (Autor)")
    assert es["title"] == "La marisma de sal"


def test_a_heading_repeating_the_byline_names_loses_them() -> None:
    csl = _shop(
        "The Salt Marsh Ledger: Oda Brekke & Ivo Lund Paperback – 4 Mar. 2021",
        "by Oda Brekke (Author), Ivo Lund (Author)",
    )
    assert csl["title"] == "The Salt Marsh Ledger"


def test_a_real_subtitle_stays() -> None:
    # (negative) the part after the colon names no one of the byline: a subtitle
    csl = _shop("The Salt Marsh Ledger: Tides and Ledgers Paperback – 4 Mar. 2021")
    assert csl["title"] == "The Salt Marsh Ledger: Tides and Ledgers"


def test_a_binding_line_without_a_date_is_no_heading() -> None:
    # (negative) 'Paperback – Import': no date after the dash, no product heading
    text = "Tidal Notes\nby Oda Brekke\nPaperback – Import\nISBN: 0-306-40615-2\n"
    assert parse_record(text).to_csl()["title"] != "Tidal Notes Paperback"
    text = "Harbour Songs Paperback – Special Import\nby Oda Brekke\nISBN: 0-306-40615-2\n"
    assert parse_record(text).to_csl().get("title") != "Harbour Songs"


def test_print_length_labels_in_more_languages() -> None:
    text = (
        "Die Salzwiese\nvon Oda Brekke\n\nSeitenzahl der Print-Ausgabe\n412 Seiten\n"
        "Sprache\nDeutsch\nISBN-13 : 978-0306406157\n"
    )
    assert parse_record(text).to_csl()["number-of-pages"] == "412"
    text = "La marisma\nde Oda Brekke\n\nLongitud de impresión\n288 páginas\nIdioma\nEspañol\n"
    assert parse_record(text).to_csl()["number-of-pages"] == "288"


BOOK_ROWS = (
    "Tuz Bataklığı Defteri\nOda Brekke\n\nKitap Özellikleri\nBoyutlar\n13,50x20 cm\n"
    "Dil\nTürkçe\nSayfa Sayısı\n{count}\nISBN\n9786051234564\n{extra}"
)


def test_a_book_record_is_a_book_whatever_its_dimensions_read_as() -> None:
    # '13,50x20 cm' reads as a volume and an issue: the labelled ISBN and page count win
    csl = parse_record(BOOK_ROWS.format(count="152", extra="")).to_csl()
    assert csl["type"] == "book"
    assert csl["number-of-pages"] == "152"


def test_a_journal_label_keeps_the_record_an_article_s() -> None:
    # (negative) a periodical's label on the page: no book's record
    text = (
        "Tidal ledgers revisited\nOda Brekke\n\nJournal: Marsh Studies Quarterly\nVolume: 13\n"
        "Issue: 2\nPages: 45-67\nISBN: 978-0306406157\nNumber of pages: 23\n"
    )
    assert parse_record(text).to_csl()["type"] == "article-journal"


def test_a_material_type_other_than_a_book_keeps_its_type() -> None:
    # (negative) a catalogue's score with an ISBN and an extent: the label names the type
    text = (
        "Harbour songs for choir\nBy: Brekke, Oda\nMaterial type: Score\n"
        "Description: 48 p. ; 31 cm\nISBN: 9780306406157\n"
    )
    assert parse_record(text).to_csl()["type"] != "book"


def test_names_under_a_translator_label() -> None:
    text = "Tuz Bataklığı Defteri\nYazar: Oda Brekke\nÇevirmen: Ivo Lund\nYayınevi: Martı Yayınları\nSayfa Sayısı: 152\n"
    csl = parse_record(text).to_csl()
    assert csl["translator"] == [{"family": "Lund", "given": "Ivo"}]
    assert csl["author"] == [{"family": "Brekke", "given": "Oda"}]


def test_a_translator_label_takes_its_name_out_of_the_authors() -> None:
    text = (
        "Europa Een geschiedenis\n\nAuteur: Oda Brekke\nTaal: Nederlands\n\n"
        "Hoofdauteur\nOda Brekke\nHoofduitgeverij\nde Kaap\nEerste Vertaler\nIvo Lund\n"
        "Aantal pagina's\n408\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["author"] == [{"family": "Brekke", "given": "Oda"}]  # no 'Nederlands'
    assert csl["translator"] == [{"family": "Lund", "given": "Ivo"}]
    assert csl["publisher"] == "de Kaap"


def test_a_sentence_under_a_translator_label_is_no_name() -> None:
    # (negative) a label word over prose: no translator
    text = (
        "Tidal Notes\nby Oda Brekke\n\nTranslator: the notes were translated from Norwegian "
        "by the author herself over three winters.\nISBN: 0-306-40615-2\n"
    )
    assert "translator" not in parse_record(text).to_csl()


def test_a_publisher_s_name_in_capitals_is_no_person() -> None:
    rules = resolve(None)
    assert publisher_named(Person(family="YAYINLARI", given="MARTI"), rules)
    assert publisher_named(Person(family="PRESS", given="HARBOUR LIGHT"), rules)


def test_a_person_named_like_a_press_in_mixed_case_stays() -> None:
    # (negative) a family name that is a publisher's word, not in capitals: a person
    assert not publisher_named(Person(family="Press", given="William H."), resolve(None))
    assert not publisher_named(Person(family="BREKKE", given="ODA"), resolve(None))


def test_a_catalogue_heading_with_life_dates_under_its_label() -> None:
    text = (
        "Record details\n\nMain title:\nThe tide tables / Oda Brekke.\nAuthor:\nBrekke, Oda, 1958-\n"
        "Imprint:\nLondon : Marsh Lane, 2013.\nCollation:\n312 pages ; 21 cm\nISBN:\n9780306406157\n"
    )
    assert parse_record(text).to_csl()["author"] == [{"family": "Brekke", "given": "Oda"}]


def test_a_dated_line_under_an_author_label_that_is_no_name() -> None:
    # (negative) a year and a word under the label: no person
    text = "Record details\n\nMain title:\nThe tide tables\nAuthor:\nCopyright 2013-\nISBN:\n9780306406157\n"
    assert "author" not in parse_record(text).to_csl()


def test_a_translator_in_the_title_statement_of_a_catalogue_record() -> None:
    text = (
        "Oda Brekke und Ivo Lund\n\nDie Salzwiese : Roman\n\n"
        "Titel\tDie Salzwiese : Roman / Oda Brekke ; deutsche Übersetzung von Ivo Lund\n\n"
        "Umfang\t412 Seiten\n\nISBN\t978-0-306-40615-7\n\nSprache\tDeutsch\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["translator"] == [{"family": "Lund", "given": "Ivo"}]
    assert "Lund" not in [p.get("family") for p in csl.get("author", [])]


def test_a_title_statement_without_a_role_phrase_names_no_translator() -> None:
    # (negative) a second author after the semicolon, no role phrase: no translator
    text = (
        "Die Salzwiese : Roman\n\n"
        "Titel\tDie Salzwiese : Roman / Oda Brekke ; Ivo Lund\n\n"
        "Umfang\t412 Seiten\n\nISBN\t978-0-306-40615-7\n"
    )
    assert "translator" not in parse_record(text).to_csl()


UNNUMBERED = (
    "Ana Sayfa » Tuz Bataklığı Defteri\n\nTuz Bataklığı Defteri\nOda Brekke\n"
    "Kıyıda geçen yılların defteri, gelgitler ve tuz üzerine kısa notlar; her sayfada bir "
    "liman, bir rüzgâr ve bir isim var, okur da onlarla birlikte yol alıyor.\n\n"
    "Yayın Tarihi\t1994-12-31\n{edition}Dil\tTÜRKÇE\nSayfa Sayısı\t62\nCilt Tipi\tKarton Kapak\n"
)


def test_a_book_record_without_an_isbn() -> None:
    # an old edition's shop page: pages, binding, edition and date labelled, no ISBN
    csl = parse_record(UNNUMBERED.format(edition="Baskı Sayısı\t1. Baskı\n")).to_csl()
    assert csl["type"] == "book"


def test_a_product_without_an_edition_is_not_made_a_book_by_its_table() -> None:
    # (negative) pages, binding and date but no edition (a notebook's product table):
    # the record rule stays silent
    from comet.page.book_record import _unnumbered_book
    from comet.page.parse import _prepare

    page, _ = _prepare(UNNUMBERED.format(edition=""), None)
    assert _unnumbered_book(page) is None
    page, _ = _prepare(UNNUMBERED.format(edition="Baskı Sayısı\t1. Baskı\n"), None)
    assert _unnumbered_book(page) is not None


def test_an_imprint_line_with_the_month_before_the_year() -> None:
    for date in ("Juni 2024", "06/2024", "[2024]"):
        text = (
            f"Oda Brekke\n\nDie Salzwiese : Roman\n\nMünchen: Marschverlag, {date}\n\n"
            "Umfang\t412 Seiten\n\nISBN\t978-0-306-40615-7\n"
        )
        csl = parse_record(text).to_csl()
        assert csl["publisher"] == "Marschverlag", date
        assert csl["publisher-place"] == "München", date


def test_an_imprint_line_needs_its_year() -> None:
    # (negative) a month word and no year after the publisher: no imprint line
    text = (
        "Oda Brekke\n\nDie Salzwiese : Roman\n\nMünchen: Marschverlag, Juni\n\n"
        "Umfang\t412 Seiten\n\nISBN\t978-0-306-40615-7\n"
    )
    assert parse_record(text).to_csl().get("publisher") != "Marschverlag"


_SHOP = """Heathland Walks
By Ada Quill (Author)
★★★★☆ 4.8 (14)
Ships in 4-8 days
Product details
Publisher: Fernleaf Press
{binding}: 212 pages
ISBN-13: 978-1-916220-33-1
Edition: 3
"""


@pytest.mark.parametrize("binding", ["Paperback", "Hardcover"])
def test_a_book_record_keeps_no_unlabelled_volume_issue_or_pages(binding: str) -> None:
    # the rating's '(14)' and the delivery time's '4-8' are no volume, issue or pages; the
    # binding's line gives the number of pages
    csl = parse_record(_SHOP.format(binding=binding)).to_csl()
    assert csl["type"] == "book"
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == (None, None, None)
    assert csl["number-of-pages"] == "212"


def test_a_labelled_volume_stays_on_a_book_record() -> None:
    page = "Heathland Walks\nBy Ada Quill\nVolume: 2\nPaperback: 212 pages\nISBN-13: 978-1-916220-33-1\n"
    csl = parse_record(page).to_csl()
    assert csl["volume"] == "2"
    assert csl["number-of-pages"] == "212"


def test_a_count_after_a_colon_needs_a_book_fact_beside_it() -> None:
    # 'Comments: 12 pages' is no binding's count
    csl = parse_record("Reading notes\nComments: 12 pages\nPosted 2019\n").to_csl()
    assert csl.get("number-of-pages") is None


@pytest.mark.parametrize(
    ("value", "publisher"),
    [
        ("Fernleaf Press (May 3, 2019)", "Fernleaf Press"),  # the edition's date in brackets
        # (negative) no year: kept ('Fernleaf Press (Oxford)': a city, the place since labelvals27)
        ("Fernleaf Press (Publishers)", "Fernleaf Press (Publishers)"),
    ],
)
def test_a_dated_bracket_after_the_publisher_goes(value: str, publisher: str) -> None:
    page = (
        "Heathland Walks\nBy Ada Quill (Author)\nProduct details\n"
        f"Publisher: {value}\nPaperback: 212 pages\nISBN-13: 978-1-916220-33-1\n"
    )
    assert parse_record(page).to_csl()["publisher"] == publisher
