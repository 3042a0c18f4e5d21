"""An issue numbered with a named part of its year and no volume (a quarterly's or a
special issue's masthead line, ``n° 31, 3e trimestre 2011``) is the work's locator
(``comet.page.locator``). Invented pages, in the shape of a magazine archive's page.
"""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "The harbour's cranes were sold in the spring, and the port authority has argued "
    "since about what to build on the quay where they stood for sixty years.\n\n"
    "The old warehouses are now studios for painters, who rent them by the month from "
    "the town and open them to visitors on the first Sunday of each month.\n"
)


def _page(line: str) -> str:
    return "Les grues du port et leurs acheteurs\n\nPar Anne Morel\n\n" + line + "\n\n" + BODY


@pytest.mark.parametrize(
    ("line", "issue", "year"),
    [
        ("Hors-série n° 31, 3e trimestre 2011", "31", 2011),
        ("Cahiers du Port, n° 14, printemps 2019", "14", 2019),
        ("Port Quarterly No. 9, 3rd quarter 2021", "9", 2021),
    ],
)
def test_an_issue_dated_by_a_part_of_its_year(line: str, issue: str, year: int) -> None:
    csl = parse_record(_page(line)).to_csl()
    assert csl.get("issue") == issue
    assert "volume" not in csl
    assert csl["issued"]["date-parts"][0][0] == year


@pytest.mark.parametrize(
    "line",
    [
        "Working Paper No. 12, 2019",  # a bare year: a report's number, no issue
        "No. 3, 2019",
        "Sales rose by 12 per cent in the second quarter 2019.",  # prose
    ],
)
def test_a_number_and_a_bare_year_make_no_issue(line: str) -> None:
    csl = parse_record(_page(line)).to_csl()
    assert "issue" not in csl and "volume" not in csl


def test_a_numbered_thing_before_a_dated_issue_is_no_journal() -> None:
    csl = parse_record(_page("Ticket No. 12, summer 2019")).to_csl()
    assert "container-title" not in csl


def test_a_club_over_its_newsletters_dated_issue_is_no_journal() -> None:
    # (review) the issue and its year are read, the club's name over the line is no journal
    page = _page("Harbour Rowing Club\n\nNewsletter No. 12, summer 2019")
    csl = parse_record(page).to_csl()
    assert "container-title" not in csl


# --- an issue dated by its month, under a journal's ISSN (locatorwide) ----------------------

_MASTHEAD = '"Cahiers du Port" ISSN 1234-5679\n\n'


@pytest.mark.parametrize(
    ("line", "issue", "month"),
    [("n° 312, octobre 2019", "312", 10), ("No. 64, March 2021", "64", 3)],
)
def test_an_issue_dated_by_its_month_under_an_issn(line: str, issue: str, month: int) -> None:
    csl = parse_record(_MASTHEAD + _page(line)).to_csl()
    assert csl.get("issue") == issue and "volume" not in csl
    assert csl["issued"]["date-parts"][0][:2][1] == month


def test_a_month_dated_number_without_an_issn_or_far_down_is_no_issue() -> None:
    # a club's newsletter line, no ISSN on the page
    assert "issue" not in parse_record(_page("Newsletter No. 12, June 2019")).to_csl()
    # under an ISSN, but deep in the page: a related issue's line
    deep = _MASTHEAD + _page("Marsh notes") + BODY * 8 + "\n\nNo. 12, June 2019\n"
    assert "issue" not in parse_record(deep).to_csl()


@pytest.mark.parametrize(
    ("line", "issue", "month"),
    [("312 | octobre 2019", "312", 10), ("Issue 64 · March 2021", "64", 3), ("No. 7 – May 2020", "7", 5)],
)  # fmt: skip
def test_an_issues_dateline_under_an_issn(line: str, issue: str, month: int) -> None:
    csl = parse_record(_MASTHEAD + line + "\n\n" + _page("")).to_csl()
    assert csl.get("issue") == issue and "volume" not in csl
    assert csl["issued"]["date-parts"][0][:2] == [int(line[-4:]), month]


@pytest.mark.parametrize(
    "line",
    [
        "12 | 3 mars 2023",  # a date to the day: a post's dateline
        "2 | 2023",  # no month's or season's name
        "2023 | mars",  # a year is no issue's number
        "3 | Actualités du port",  # words, no date
        "3 | Commentaires mars 2021",  # words beside the date
    ],
)
def test_no_issue_from_a_line_that_is_no_issues_dateline(line: str) -> None:
    csl = parse_record(_MASTHEAD + line + "\n\n" + _page("")).to_csl()
    assert "issue" not in csl, line


def test_an_issues_dateline_without_an_issn_is_none() -> None:
    csl = parse_record("312 | octobre 2019\n\n" + _page("")).to_csl()
    assert "issue" not in csl


# --- the journal's current issue on a menu or sidebar is never the page's (review) ---------

_SIDEBAR = """Revue des Marais et des Étangs
ISSN 1234-5679
{line}
Accueil
Numéros
Les grues du port et leurs acheteurs
Par Anne Morel
Mis en ligne le 12 janvier 2023
"""


@pytest.mark.parametrize(
    "line",
    [
        "Dernier numéro : n° 205, mars 2024",  # a current-issue label before the issue
        "Latest issue\nIssue 64 · March 2024",  # a current-issue heading over a dateline
        "Ultimo numero: 210 | aprile 2024",
        "Latest issue: Issue 64 · March 2024",  # (review) the label on the issue's line
        "Av. Libertador N° 1234, Buenos Aires",  # (review) a street address's number
        "Sommaire : n° 205, mars 2024",  # any label before the issue: no journal's name
    ],
)
def test_the_journals_current_issue_is_not_the_pages(line: str) -> None:
    csl = parse_record(_SIDEBAR.format(line=line) + "\n" + BODY).to_csl()
    assert "issue" not in csl, line


def test_the_journals_name_before_a_month_dated_issue_keeps_it() -> None:
    line = "Revue des marais, n° 312, octobre 2019"
    csl = parse_record(_SIDEBAR.format(line=line) + "\n" + BODY).to_csl()
    assert csl.get("issue") == "312"
