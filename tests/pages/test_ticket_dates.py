"""A date with a clock time by the title of a page that prints a price under it dates an
event (a concert's, a match's), not the page: it gives no positional issued date
(``comet.page.date_cells._ticket_lines``; final review #14). Invented pages."""

from __future__ import annotations

from comet import parse_record


def _issued(text: str) -> list[int] | None:
    issued = parse_record(text).to_csl().get("issued")
    return list(issued["date-parts"][0]) if issued else None


TICKETS = (
    "Theatre tickets\nWinter Revue\nFriday, January 20, 20238:00 PM\n"
    "Seats from 18 EUR. The bar opens an hour before the show.\nBook now\n"
)


def test_a_ticket_pages_event_date_is_no_issued_date() -> None:
    assert _issued(TICKETS) is None


def test_a_forum_posts_glued_time_still_dates_it() -> None:
    text = (
        "Village Forum\nRe: Bins on Elm Road\nPosted by oakleaf on Feb 2, 20219:15 AM\n"
        "The collection moved to Tuesdays. Has anyone had a letter about it?\nReply\n"
    )
    assert _issued(text) == [2021, 2, 2]


def test_a_news_dateline_with_a_time_and_no_price_stays() -> None:
    text = (
        "Town Gazette\nBridge reopens after repairs\nFriday, January 20, 2023 8:00 PM\n"
        "The old stone bridge is open to cars again after six months of work on its arches.\n"
    )
    assert _issued(text) == [2023, 1, 20]
