"""A report's head line ``Title - Body`` read whole as the title (no other line prints the
title alone): the part after the dash is still the issuing body, hence the publisher
(``comet.page.issuing_body``). Invented pages in the shape of a document-sharing site's
report page of the fresh ``reports5`` set."""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = (
    "{head}\n"
    "Policy Brief No. 12\n"
    "June 2019\n"
    "Rising tides have pushed many families off the low islands of the delta, and this "
    "brief sets out what the councils on the coast can do to help them settle inland.\n"
)


def test_the_body_after_the_dash_of_a_head_line_read_as_the_title() -> None:
    csl = parse_record(
        PAGE.format(head="Coastal Change and Migration - Harbour Policy Institute")
    ).to_csl()
    assert csl["type"] == "report"
    assert csl.get("publisher") == "Harbour Policy Institute"


@pytest.mark.parametrize(
    "head",
    [
        "Coastal Change and Migration - Ola Berg",  # a person after the dash
        "Coastal Change and Migration - Harbour Policy Institute Working Paper",  # a series
        "Harbour Policy Institute - Coastal Change and Migration",  # the body first: no head line
    ],
)
def test_no_body_from_a_head_line_without_one_after_the_dash(head: str) -> None:
    assert parse_record(PAGE.format(head=head)).to_csl().get("publisher") is None
