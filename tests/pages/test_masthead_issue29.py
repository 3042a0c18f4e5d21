"""A journal numbered by issue alone prints the issue with no volume near the top of an
article's page: after its name in its masthead (``Lápi Szemle 2015. 2. szám``,
``FENLAND REVIEW № 3 (2019)``) or on a line of its own on a journal's page (``Heft 3/2019``
under an ISSN) (``comet.page.masthead_issue``). Invented pages, in the shape of a
journal archive's plain article page; other names, other words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

BODY = (
    "The reed beds of the eastern shore were cut back in the winter, and the counts of "
    "nesting birds in the spring that followed were the lowest since the survey began.\n\n"
    "Volunteers walked the same paths each week and noted every singing male they heard, "
    "as the survey's first warden asked them to do forty years ago.\n"
)


def _page(head: str, *, issn: bool = False, title: str = "Reed Cutting and Its Birds") -> str:
    top = "Archive | Issues | About\n" + ("ISSN 1234-5679\n" if issn else "")
    return f"{top}{head}\n\n{title}\n\nHarald Végh, Orsolya Kiss\n\n{BODY}"


def _csl(head: str, **kw: object) -> dict[str, object]:
    return parse_record(_page(head, **kw)).to_csl()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("head", "journal", "issue", "year"),
    [
        # Hungarian prints the year, then the issue's number before its word
        ("Lápi Szemle 2015. 2. szám", "Lápi Szemle", "2", 2015),
        ("NÁDASI FÜZETEK 2009. 4. szám", "NÁDASI FÜZETEK", "4", 2009),
        # a masthead in capitals, the issue's sign or word before its number
        ("FENLAND REVIEW № 3 (2019)", "FENLAND REVIEW", "3", 2019),
        ("BATAKLIK DERGİSİ Sayı 7, 2018", "BATAKLIK DERGİSİ", "7", 2018),
    ],
)
def test_a_mastheads_issue_without_volume(head: str, journal: str, issue: str, year: int) -> None:
    csl = _csl(head)
    assert csl.get("issue") == issue
    assert csl.get("volume") is None
    assert csl.get("container-title") == journal
    assert csl["issued"]["date-parts"] == [[year]]  # type: ignore[index]


@pytest.mark.parametrize(
    ("head", "issue", "year"),
    [
        ("Heft 3/2019", "3", 2019),
        ("No. 6, 2021", "6", 2021),
        ("Číslo 2/2017", "2", 2017),
        ("2014. 3. szám", "3", 2014),
    ],
)
def test_an_issue_alone_on_a_journals_page(head: str, issue: str, year: int) -> None:
    csl = _csl(head, issn=True)
    assert (csl.get("volume"), csl.get("issue")) == (None, issue)
    assert csl["issued"]["date-parts"] == [[year]]  # type: ignore[index]


@pytest.mark.parametrize(
    ("head", "issn"),
    [
        ("Heft 3/2019", False),  # no ISSN, no DOI: no journal's page shown
        ("Heft 3/2019\nHeft 2/2019", True),  # an archive's list of issues
        ("FENLAND REVIEW № 3 (2019) brings new counts from the coast", False),  # a sentence
        ("Working Paper No. 12, 2019", True),  # a report's number in its series
        ("Dernier numéro : n° 12, 2019", True),  # the journal's newest issue, a sidebar's
    ],
)
def test_no_issue_without_a_masthead_or_a_journals_page(head: str, issn: bool) -> None:
    assert _csl(head, issn=issn).get("issue") is None


def test_an_issue_far_below_the_top_is_not_the_pages() -> None:
    text = _page("FENLAND NOTES", issn=True) + "\n".join(["Reed", "Sedge"] * 8)
    text += "\nFENLAND REVIEW № 3 (2019)\n"
    assert parse_record(text).to_csl().get("issue") is None


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet="ABCDÉŐÜ abcdéőü", min_size=0, max_size=20),
    number=st.integers(min_value=0, max_value=9999),
    year=st.integers(min_value=1000, max_value=2999),
    word=st.sampled_from(["szám", "sz.", "No.", "№", "Heft", "Sayı", "n°", ""]),
)
def test_any_masthead_line_parses(name: str, number: int, year: int, word: str) -> None:
    for head in (f"{name} {year}. {number}. {word}", f"{name} {word} {number} ({year})"):
        csl = parse_record(_page(head, issn=True)).to_csl()
        assert csl.get("volume") is None or isinstance(csl["volume"], str)
