"""A page range printed with another issue's numbers (a list of the previous issue's
contents under the article) is another work's, not the page's own
(``comet.page.locator_cands``). Invented pages."""

from __future__ import annotations

from comet import parse_record

HEAD = (
    "Grazing Effects on Heath Moths\nOdo Quarrie\nNordic Heath Review, vol. 12, no. 3, 2029\n"
    "Abstract We counted moths on forty plots over three summers and compared grazed with "
    "ungrazed heath, finding more moths where sheep grazed lightly.\n"
)


def test_pages_of_another_issues_contents_are_not_the_works() -> None:
    page = HEAD + (
        "In the previous issue: Beetles on Burnt Heath (vol. 12, no. 2, pp. 101-118); "
        "Spiders of Wet Heath (vol. 12, no. 2, pp. 119-130).\n"
    )
    csl = parse_record(page).to_csl()
    assert (csl["volume"], csl["issue"]) == ("12", "3")
    assert "page" not in csl


def test_pages_printed_with_the_works_own_issue_are_kept() -> None:
    # near miss: a second citation line of the same issue gives the work's pages
    page = HEAD + "Cite as: Quarrie O. Nordic Heath Review, vol. 12, no. 3, pp. 44-59.\n"
    csl = parse_record(page).to_csl()
    assert csl["page"] == "44-59"
