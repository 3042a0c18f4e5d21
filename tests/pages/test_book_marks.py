"""A record with no periodical is a book's where the page prints a book's marks: its
binding (a line opening with ``Paperback, 1998``, beside a year, a page count or a book's fact label, a binding label ``Einband: Broschur``; the
locales' ``[words].book_bindings`` and ``[labels].binding``), its edition or its number of
pages (``comet.page.book_marks._book_mark``). Invented pages in the shape of bookshop and
second-hand listings."""

from __future__ import annotations

import pytest

from comet import parse_record


def _csl(text: str) -> dict:
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    "text",
    [
        "Hardback; 2011 reprint. Light wear to the jacket, text clean and tight.\n",
        "Paperback; 1998 printing, very good condition, a little shelf wear.\n",
        "Verlag: Kranich & Sohn\nEinband: Broschur\nZustand: gut\n",
        "Editorial: Ediciones del Faro\nEncuadernación: Tapa blanda\nIdioma: Español\n",
        "Vydavatel: Nakladatelství Mlýn\nVazba: brožovaná\nStav: dobrý\n",
        "Publisher: Harbour Light Press\nEdition: 2nd ed.\n",
        "Editorial: Ediciones del Faro\nNúmero de páginas: 212\n",
    ],
)
def test_a_book_s_marks_make_a_book(text: str) -> None:
    assert _csl(text)["type"] == "book"


def test_a_size_label_closes_a_page_count_glued_before_it() -> None:
    csl = _csl(
        "Editorial:Ediciones del Faro Número de páginas:212 Tamaño:21x14 cm Idioma:Español\n"
    )
    assert csl["number-of-pages"] == "212"


@pytest.mark.parametrize(
    "text",
    [
        # (negative) a title opening with a binding word, no punctuation after it (a
        # publisher's label beside it: only the binding's shape keeps it from a book)
        "Hardcover Design for Small Presses\n\nBy Ana Ruiz\nPublisher: Harbour Press\n\n"
        "Published: 3 May 2020\n",
        # (negative) a binding word inside prose, not opening a line
        "Why I still buy books\n\nBy Tom Lane\n\nI bought the paperback last week, and the "
        "hardcover of its sequel will follow; both are lovely.\n",
    ],
)
def test_no_book_without_its_marks(text: str) -> None:
    assert _csl(text).get("type") != "book"


def test_a_journal_article_stays_an_article() -> None:
    # (negative) a periodical named with its volume: a binding beside a publisher's label in
    # a shop box is no book
    csl = _csl(
        "Tidal flats of the north\n\nAna Ruiz\n\nJournal: Coastal Studies\nVolume: 12\n"
        "Issue: 3\nPages: 45-67\n\nPaperback\nPublisher: Harbour Press\n"
    )
    assert csl["type"] == "article-journal"


@pytest.mark.parametrize(
    "place",
    ["Volume: 12", "Issue: 3", "In: Coastal Studies"],
)
def test_a_binding_beside_a_periodical_s_place_makes_no_book(place: str) -> None:
    # (negative) a periodical's volume, issue or container: the binding and the publisher's
    # label of a shop box under it make no book (the periodical check of comet.page.content)
    text = (
        f"Tidal flats of the north\n\nAna Ruiz\n\n{place}\n\nPaperback\nPublisher: Harbour Press\n"
    )
    assert _csl(text).get("type") != "book"


def test_a_review_s_book_box_under_its_prose_makes_no_book() -> None:
    # (negative) a news review: the reviewed book's box under the review's prose
    text = (
        "The quiet sea of Ana Ruiz\n\nBy Tom Lane\n\nMay 3, 2021\n\nAna Ruiz's new novel "
        "follows a lighthouse keeper through a long winter on the coast, and it is her best "
        "book yet. The prose is calm and precise, and the characters stay with you long "
        "after the last page.\n\nThe Quiet Sea\nPublisher: Harbour Press\nHardcover; 320 pages; $28\n\n"
        "More from Books\n"
    )
    assert _csl(text).get("type") != "book"


def test_a_product_s_variant_label_makes_no_book() -> None:
    # (negative) a shop's product variant ('Uitvoering', 'Bindung' of a ski): no binding label
    for text in ("Fietsbel Deluxe\nUitvoering: Zwart\nPrijs: 12 euro\n",
                 "Tourenski Alpin\nBindung: Rahmenbindung\nPreis: 399 Euro\n"):  # fmt: skip
        assert _csl(text).get("type") != "book"


@pytest.mark.parametrize(
    "text",
    [
        # (negative, review) a stationery shop's binding lines with no book's facts: no book
        "Skizzenbuch Kraftpapier A4\n12,50 €\nTaschenbuch\nFarbe: Natur\n",
        "Cuaderno de notas A5\nTapa blanda\nColor: Verde\n",
        "Sketchbook Kraft A4\n$12.50\nPaperback\nColour: Natural\n",
        # (negative, review) a post's heading opening with a binding word, no book's facts
        "Taschenbuch, E-Book oder Hörbuch: was lesen wir 2024?\n\nVon Tom Lane\n\n"
        "Gebunden, weil es schöner im Regal steht – so sagen viele.\n",
    ],
)
def test_a_binding_word_without_a_book_s_facts_makes_no_book(text: str) -> None:
    assert _csl(text).get("type") != "book"


def test_a_notebook_s_binding_and_page_count_make_no_book() -> None:
    # (negative, review) a stationery product prints a binding and a page count too
    assert (
        _csl("Notizbuch A5 liniert\nHardcover, 192 Seiten\n14,90 €\nIn den Warenkorb\n").get("type")
        != "book"
    )
