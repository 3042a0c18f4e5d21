"""A report's year printed right before its number on its series line (``Diskussionsbeiträge
2016, No. 1``): the series numbers its reports by year, and the year dates the report
(``comet.page.issued._year_before_number``). Invented pages in the shape of an institute's
working-paper page."""

from __future__ import annotations

from comet import parse_record


def _issued(series: str) -> list[int] | None:
    text = "\n\n".join([
        "Skip to main content",
        "Fiscal Rules and the Harbour Towns",
        "Marta Lindqvist",
        f"{series} https://doi.org/10.99999/hi.wp.77",
        "Abstract",
        "We ask how fiscal rules shaped the budgets of the harbour towns of the north coast "
        "and find that they kept spending steady through the downturn.",
    ])  # fmt: skip
    issued = parse_record(text).to_csl().get("issued")
    return list(issued["date-parts"][0]) if issued else None


def test_the_year_before_the_number() -> None:
    assert _issued("Harbour Institute Discussion Papers 2016, No. 1") == [2016]


def test_the_year_before_a_number_word_without_a_comma() -> None:
    assert _issued("Harbour Institute Working Papers 2019 Nr. 4") == [2019]


# -- where the rule must not fire ----------------------------------------------------------


def test_no_year_before_the_number() -> None:
    assert _issued("Harbour Institute Discussion Papers No. 7") is None


def test_a_year_behind_words_is_none() -> None:
    """A founding year behind the series' words is no report's year."""
    assert _issued("Harbour Institute since 1998 Discussion Papers No. 7") is None
