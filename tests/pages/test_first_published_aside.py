"""A book's listing states its first publication in parentheses beside a reprint's or an
edition's date (``Hardback; 2011 reprint (first published in 1994)``): that date is the
work's issued date where nothing stronger dates the page (``comet.page.issued``). Invented
listings in the shape of second-hand bookshops'."""

from __future__ import annotations

import pytest

from comet import parse_record


def _issued(text: str) -> list[int] | None:
    issued = parse_record(text).to_csl().get("issued")
    return issued["date-parts"][0] if issued else None


def test_a_first_publication_in_parentheses() -> None:
    assert _issued("Hardback; 2011 reprint (first published in 1994). Clean copy.\n") == [1994]


def test_a_labelled_date_outweighs_a_mention() -> None:
    # (negative) a post mentioning a book's first publication keeps its own date
    text = (
        "Books I reread this spring\n\nBy Tom Lane\n\nPublished: 3 May 2021\n\n"
        "The first one (first published in 1992) still holds up.\n"
    )
    assert _issued(text) == [2021, 5, 3]


def test_no_date_in_the_parentheses() -> None:
    # (negative) no date in the aside: nothing read from it
    assert _issued("Paperback (first published by a small press). Clean copy.\n") is None


@pytest.mark.parametrize(
    "text",
    [
        # (negative, review) an aside after a title or a name in prose: no year before it
        "The Lantern Keeper\n\nThe Lantern Keeper is a novel by the Welsh writer Owen Price "
        "(first published in 1954).\n",
        "Speakers\n\nHer debut novel, Red Earth (first published in 2001), won the City Prize.\n",
    ],
)
def test_an_aside_in_prose_gives_no_date(text: str) -> None:
    assert _issued(text) is None


def test_a_post_about_a_book_is_not_dated_by_its_first_edition() -> None:
    # (negative, review) an undated reading blog prints the book's edition line: no date
    text = (
        "Quiet Shelf – a reading blog\n\nThe Lantern Keeper, again\n\n"
        "Penguin Classics, 2019 reprint (first published in 1954)\n\n"
        "I picked it up again this winter and it still holds.\nThe harbour chapters are the best.\n"
    )
    assert _issued(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a catalogue's detail list: the edition's date, the work's first beside it
        (
            "- ISBN13 9780000000001\n- Publish Date 3 May 2010 (first published 7 June 1999)\n"
            "- Pages 210\n- Language English\n",
            [1999, 6, 7],
        ),
        (
            "Verlag: Kranich & Sohn\nErschienen: 12. März 2019 (Erstveröffentlichung 4. Mai 1962)\n"
            "Seiten: 318\n",
            [1962, 5, 4],
        ),
    ],
)
def test_a_first_publication_beside_the_publication_date(text: str, want: list[int]) -> None:
    assert _issued(text) == want


def test_a_first_publication_on_its_own_line_stays_weaker() -> None:
    # (negative) a first publication on a line of its own (a journal's first year): the
    # labelled publication date stands
    text = (
        "- ISBN13 9780000000001\n- Publish Date 3 May 2010\n"
        "- Series: Harbour Tales (first published 7 June 1999)\n"
    )
    assert _issued(text) == [2010, 5, 3]
