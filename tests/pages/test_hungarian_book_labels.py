"""Hungarian book labels (``hu.toml``): a bookshop's or an antiquarian's table of a book's
fields, ``Kiadó`` (publisher), ``Kiadás helye`` (place), ``Oldalszám`` (pages),
``Sorozatcím`` (series), ``Nyelv`` (language), ``Kötés típusa`` (binding: a book), and the
editor's label ``szerkesztette``. Invented records in the shape of such tables."""

from __future__ import annotations

from comet import parse_record

TABLE = (
    "| Kiadó: | Tölgyfa Könyvkiadó |\n|---|---|\n| Kiadás helye: | Szeged |\n"
    "| Kötés típusa: | Ragasztott papírkötés |\n| Oldalszám: | 148 oldal |\n"
    "| Sorozatcím: | Vízparti füzetek |\n| Nyelv: | Magyar |\n"
)


def test_a_hungarian_book_table() -> None:
    csl = parse_record(TABLE).to_csl()
    assert csl["publisher"] == "Tölgyfa Könyvkiadó"
    assert csl["publisher-place"] == "Szeged"
    assert csl["number-of-pages"] == "148"
    assert csl["collection-title"] == "Vízparti füzetek"
    assert csl["language"] == "hu"
    assert csl["type"] == "book"


def test_an_editor_label() -> None:
    csl = parse_record(
        "szerkesztette: Kovács Anna\nA Balaton madarai\nTölgyfa Könyvkiadó\n"
    ).to_csl()
    assert csl.get("editor")


def test_a_hungarian_word_in_prose_is_no_label() -> None:
    # (negative) 'Kiadó' inside a sentence, not opening a line: no publisher
    text = (
        "Egy nap a tónál\n\nÍrta: Kovács Anna\n\nA kiadó tavaly nyáron adta ki a könyvet, "
        "amelyet sokan olvastak a tó partján.\n"
    )
    assert "publisher" not in parse_record(text).to_csl()
