"""Labels of a record's host and series (venue30): ``Source document`` names the journal
an article is in (a digital library's record), ``Pub. Series`` a book's publisher's series
(a bibliographic database's publication record). Every record here was invented."""

from __future__ import annotations

from comet import parse_record


def test_source_document_names_the_journal() -> None:
    text = (
        "Salt meadows of the eastern estuary\n\n"
        "Title: Salt meadows of the eastern estuary\n"
        "Author: Fenwick, Orla\n"
        "Source document: Fen Studies. 2021, vol. 12, iss. 3, pp. 45-67\n"
        "Extent\n45-67\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("container-title") == "Fen Studies"
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


def test_pub_series_names_the_books_series() -> None:
    text = (
        "Publication: The Heron Clock\n"
        "\tAuthor: Tamsin Riley\n"
        "\tDate: 2014-05-02\n"
        "\tISBN: 978-0-306-40615-7\n"
        "\tPublisher: Heronsgate Press\n"
        "\tPub. Series: The Marshland Collector's Library\n"
        "\tPages: 312\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("collection-title") == "The Marshland Collector's Library"
    assert csl.get("publisher") == "Heronsgate Press"
