"""One-word ``Label value`` rows without a colon (``Publisher Harbour Light Press`` / ``Pages 412`` /
``Edition 3rd edition``) are read where they run with other label rows, three lines in a
row at least: the details list of a bookshop's or a book database's page, bulleted or not
(``comet.page.line_labels``). Invented pages in the shape of such lists."""

from __future__ import annotations

from comet import parse_record


def _csl(text: str) -> dict:
    return parse_record(text).to_csl()


def test_a_bulleted_details_list_without_colons() -> None:
    csl = _csl(
        "Tidewater Ecology\n\n"
        "- ISBN13 9780306406157\n"
        "- Publish Date 3 May 2011\n"
        "- Publisher Harbour Light Press\n"
        "- Edition 3rd edition\n"
        "- Format Paperback\n"
        "- Pages 412\n"
        "- Language English\n"
    )
    assert csl["publisher"] == "Harbour Light Press"
    assert csl["edition"] == "3rd edition"
    assert csl["number-of-pages"] == "412"
    assert csl["language"] == "en"
    assert csl["type"] == "book"


def test_a_details_block_of_spaced_rows() -> None:
    csl = _csl(
        "Saltmarsh Voices\n\nPublishing Details\n\n"
        "Publisher Fenwick Books Ltd\n"
        "Imprint Grey Heron\n"
        "Publication Date 4 August 2022\n\n"
        "Description\n\nA walk along the estuary and its people over a long year of tides.\n"
    )
    assert csl["publisher"] == "Fenwick Books Ltd"
    assert csl["issued"]["date-parts"][0] == [2022, 8, 4]


def test_a_label_word_opening_a_lone_line_is_no_row() -> None:
    # (negative) one line opening with a label word among prose: no list, no field
    csl = _csl(
        "Notes from the orchard\n\nBy Mira Olsen\n\n"
        "Publisher Marta Lind visited the orchard in 2019.\n\n"
        "The trees were planted in 1950 and still bear fruit every autumn.\n"
    )
    assert "publisher" not in csl


def test_two_rows_are_no_list() -> None:
    # (negative) two label-word lines in a row are not enough for a list
    csl = _csl(
        "Winter Field Notes\n\nEdition 2 Highlights\nPublisher News\n\n"
        "A short walk through the frozen fields near the river, with photographs.\n"
    )
    assert "publisher" not in csl and "edition" not in csl


def test_a_row_whose_value_opens_in_lower_case_is_no_row() -> None:
    # (negative) 'Authors and contributors …' is a heading's words, not an author's value
    csl = _csl(
        "Stone Bridges of the North\n\n"
        "Title Stone Bridges of the North\n"
        "Series and collections of the museum\n"
        "Pages 120\n"
        "Format Hardback\n"
    )
    assert "collection-title" not in csl


def test_a_news_fact_box_names_no_container() -> None:
    # (negative) one-word rows of a news page's fact box: no container, no event
    csl = _csl(
        "Harbour reopens after storm\n\nBy Tom Lane\n\n"
        "Source Reuters\nLocation Bergen\nDate 3 May 2021\n\n"
        "The harbour reopened on Monday after the storm damaged two piers last week.\n"
    )
    assert "container-title" not in csl
    assert "event-place" not in csl


def test_teaser_headlines_opening_with_label_words_are_no_rows() -> None:
    # (negative, review) a city magazine's teasers: no title, publisher, edition or book
    csl = _csl(
        "Stadtmagazin Nord\n\nTitel Kampf um den Hafen\nVerlag Nord erweitert sein Programm\n"
        "Auflage Zwei der Lesereihe beginnt\nSprache Lernen im Quartier\n"
    )
    assert "publisher" not in csl and "edition" not in csl
    assert csl.get("type") != "book"
