"""The type a record's fields give where the page prints no type label (``comet.page.content.
_record_types``): an ISBN with no container is a book's, weaker than a genre the page prints
(a thesis or a report carries an ISBN too); a report number's label names a report; a
container with an ISBN and the work's pages or editors makes the work a chapter. Every page,
name and title here was written for these tests."""

from __future__ import annotations

from comet import parse_record


def _type(text: str) -> str:
    return str(parse_record(text).to_csl()["type"])


def test_an_isbn_and_no_container_is_a_book() -> None:
    text = (
        "Reed beds of the northern marshes\nMaria Lindqvist\nPublisher: Clarendon Press\n"
        "Year: 2019\nISBN: 978-0-306-40615-7\n324 pages\n"
    )
    assert _type(text) == "book"


def test_a_thesis_with_an_isbn_is_a_thesis() -> None:
    text = (
        "Reed beds of the northern marshes\nMaria Lindqvist\n"
        "Doctoral thesis, Uppsala University, 2019\n"
        "Series: Acta Universitatis Upsaliensis; 1812\nISBN 978-0-306-40615-7\n"
    )
    assert _type(text) == "thesis"


def test_a_report_number_s_label_names_a_report() -> None:
    text = (
        "Reed beds of the northern marshes\nMaria Lindqvist\nReport number: 2019-12\n"
        "ISBN 978-0-306-40615-7\nPublisher: Institute of Marsh Ecology\nYear: 2019\n"
    )
    assert _type(text) == "report"


def test_a_plain_number_label_with_an_isbn_stays_a_book() -> None:
    # (negative) 'Number' names no report series
    text = (
        "Reed beds of the northern marshes\nMaria Lindqvist\nNumber: 12\n"
        "ISBN 978-0-306-40615-7\nPublisher: Clarendon Press\nYear: 2019\n"
    )
    assert _type(text) == "book"


def test_a_container_with_an_isbn_and_the_work_s_pages_is_a_chapter() -> None:
    text = (
        "Reed beds of the northern marshes\nAuthors: Maria Lindqvist\n"
        "Book title: Handbook of Marsh Ecology\nEditors: Peter Holm, Sara Berg\n"
        "Publisher: Clarendon Press\nPages: 112-134\nISBN: 978-0-306-40615-7\n"
    )
    assert _type(text) == "chapter"


def test_a_journal_s_article_with_an_isbn_stays_an_article() -> None:
    # (negative) a volume and an issue make the container a journal, whatever ISBN is printed
    text = (
        "Reed beds of the northern marshes\nMaria Lindqvist\nJournal: Marsh Studies\n"
        "Volume: 12\nIssue: 3\nPages: 112-134\nISBN: 978-0-306-40615-7\n"
    )
    assert _type(text) == "article-journal"


def test_a_news_story_about_a_handbook_is_no_chapter() -> None:
    # (negative) a story that names a book, its ISBN and its editors in the prose
    text = (
        "Marsh News\nHome\nNews\nA new handbook for the marshes\nBy Tom Lane\n12 May 2024\n"
        "The Handbook of Marsh Ecology, edited by Peter Holm and Sara Berg (Clarendon Press, "
        "ISBN 978-0-306-40615-7), gathers twenty chapters by people who have worked in the "
        "reed beds for years. Its chapter on winter birds runs from page 112 to page 134 and "
        "is the one most readers will turn to first, the editors told us.\n"
    )
    assert _type(text) != "chapter"


def test_an_isbn_editors_and_pages_inside_the_book_are_a_chapter_s() -> None:
    # (the book's title on a line of its own, not read as the container)
    text = (
        "Reed beds of the northern marshes\nMaria Lindqvist\nHandbook of Marsh Ecology\n"
        "Editors: Peter Holm, Sara Berg\nPublisher: Clarendon Press\nYear: 2019\n"
        "Pages: 112-134\nISBN: 978-0-306-40615-7\n"
    )
    assert _type(text) == "chapter"


def test_an_edited_book_s_own_pages_keep_it_a_book() -> None:
    # (negative) the whole run from page 1, or a count, is the book's
    for extent in ("Pages: 1-324", "324 pages"):
        text = (
            "Handbook of Marsh Ecology\nEditors: Peter Holm, Sara Berg\n"
            f"Publisher: Clarendon Press\n{extent}\nISBN: 978-0-306-40615-7\n"
        )
        assert _type(text) == "book"


def test_a_catalogue_s_physical_description_with_a_count_is_a_book_s_mark() -> None:
    text = (
        "Full record\nTitle: Reed beds of the north\nAuthor: Berg, Tomas\n"
        "Published: Oslo : Fjord Press, 2019\nDescription: 212 p. : ill. ; 24 cm\n"
    )
    assert _type(text) == "book"


def test_a_long_title_statement_is_no_prose_before_the_book_s_marks() -> None:
    # a catalogue's title and responsibility statement of twenty words and more, closed by
    # no sentence's end, over the physical description
    text = (
        "Record | n |\n"
        "Reed beds of the north a practical guide for the wardens of the marsh reserves "
        "Ministry of the Environment, National Board of Wetlands ; edited by T. Berg and "
        "A. Holm |\n"
        "Place | Oslo |\nPublisher | Fjord Press |\nYear | 2019 |\nDescription | 121, [7] p. |\n"
    )
    assert _type(text) == "book"


def test_a_review_s_box_after_its_prose_names_no_book() -> None:
    # (negative) the page is a review: the reviewed book's description under the prose
    text = (
        "Marsh Notes\nA guide the wardens will keep in their pockets\nBy Ida Moe\n"
        "This slim guide to the reed beds of the north is the first in years that the wardens "
        "of the reserves will actually carry with them, and it earns its place in the pocket.\n"
        "Title: Reed beds of the north\nDescription: 212 p. : ill. ; 24 cm\n"
    )
    assert _type(text) != "book"


def test_pages_inside_a_book_take_any_first_page() -> None:
    from comet.locators import PageRange
    from comet.page.content import _pages_inside

    got = [_pages_inside({"pages": PageRange(f, "300")}) for f in ("²", "١٢", "12", "1", "xii")]
    assert got == [False, True, True, False, False]


def test_a_blog_post_citing_a_thesis_and_its_isbn_stays_a_post() -> None:
    # (negative) the ISBN is of the thesis the post discusses
    text = (
        "Field notes from the marsh\nPosted on 3 June 2024 by Ida Moe\n"
        "What I learned from a thesis on winter birds\n"
        "Last week I finally read Maria Lindqvist's doctoral thesis (Uppsala University, 2019, "
        "ISBN 978-0-306-40615-7), and it changed how I count the birds in the reed beds every "
        "morning before work.\nLeave a comment\n"
    )
    assert _type(text) == "post-weblog"


def test_a_news_item_headed_report_stays_untyped() -> None:
    # (negative) 'Report:' opening a headline is the story's genre, no report
    text = (
        "Marsh News\nHome\nWorld\nReport: marsh birds return early as winters grow warmer\n"
        "By Tom Lane\n12 May 2024\nBirds that used to arrive in April now come back to the "
        "reed beds in March, a new study of twenty winters shows. The wardens counted more "
        "than ten thousand birds this spring.\n"
    )
    assert _type(text) not in ("report", "book", "chapter")


def test_a_shop_s_book_under_its_menu_stays_a_book() -> None:
    text = (
        "Home\nBooks\nNature\nReed beds of the north\nTomas Berg\nPaperback\n"
        "ISBN: 978-0-306-40615-7\nPrice: 24.00 EUR\nAdd to basket\n"
    )
    assert _type(text) == "book"


def test_a_notebook_s_description_with_a_page_count_is_no_book() -> None:
    # (negative) a shop's product description: no author, no imprint labelled
    for value in ("192 pages, dotted grid, hard cover, elastic band", "192 p."):
        text = (
            "Home\nStationery\nDotted notebook A5 in forest green\n"
            f"Description: {value}\nPrice: 12.00 EUR\nAdd to basket\n"
        )
        assert _type(text) == "document"


def test_a_catalogue_s_thesis_note_keeps_the_description_from_making_a_book() -> None:
    # (negative) a dissertation note: the physical description is a thesis's
    text = (
        "Library catalogue\nWinter birds of the salt marsh\nMoe, Ida\nPublished: 2021\n"
        "Description: 212 p. : ill. ; 30 cm\nNotes: Thesis (Ph.D.)--University of Elver, 2021\n"
        "Subjects: Birds -- Salt marshes\n"
    )
    assert _type(text) != "book"
