"""A book's facts line under its title and byline, as publishers and catalogues print it:
the year opening it before the page count (``2019, 212 S., 89 Abb., 16 Tab., Hardcover``,
``comet.page.page_count_lines.facts_line_year``) and the publisher's name on the line next to
it (``comet.page.publishers._publisher_line``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = (
    "Marschland im Wandel\n\nFenland Studien, Band 7\nJonas Weber, Lea Brandt\n"
    "Hrsg.: Anna Reed, Tom Heron\n2019, 212 S., 89 Abb., 16 Tab., Hardcover\nHeronsee Verlag\n"
    "ISBN 978-3-16-148410-0\n"
)


def test_a_facts_line_dates_the_book_and_its_publisher_follows() -> None:
    csl = parse_record(PAGE).to_csl()
    assert csl["issued"]["date-parts"][0] == [2019]
    assert csl["number-of-pages"] == "212"
    assert csl["publisher"] == "Heronsee Verlag"


def test_an_english_facts_line() -> None:
    text = (
        "Reeds and Rivers\n\nAnna Reed\n2021, 245 pp., 30 figs., paperback\nHarbour Light Press\n"
        "ISBN 978-0-00-000000-2\n"
    )
    assert parse_record(text).to_csl()["issued"]["date-parts"][0] == [2021]


@pytest.mark.parametrize(
    "line",
    [
        "2019, Berlin",  # (negative) a year and a place: no page count
        "1998, 3 vols.",  # (negative) a count of volumes, no pages
    ],
)
def test_a_year_before_no_page_count(line: str) -> None:
    from comet.page.page_count_lines import facts_line_year
    from comet.page.parse import _prepare

    page, _ = _prepare(f"Reeds and Rivers\n\nAnna Reed\n{line}\n", None)
    assert facts_line_year(page) is None
