"""Journal references in China's national standard GB/T 7714 (authors, a full stop, the title,
the document type code ``[J]``, the journal, year and locator). Every reference here was
written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_reference


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("周岚. 湖泊候鸟越冬行为的调查研究[J]. 湿地学报, 2019, 12(3): 45-67.", [("周", "岚")]),
        (
            "周岚, 郑涛, 等. 湖泊候鸟越冬行为的调查研究[J]. 湿地学报, 2019, 12(3): 45-67.",
            [("周", "岚"), ("郑", "涛")],
        ),
        (
            "周岚. 湖泊候鸟越冬行为的调查研究[J/OL]. 湿地学报, 2019, 12(3): 45-67. "
            "doi: 10.5555/sdxb.2019.03.005",
            [("周", "岚")],
        ),
    ],
)
def test_a_gbt_journal_reference(text: str, authors: list[tuple[str, str]]) -> None:
    csl = parse_reference(text).to_csl()
    assert [(a["family"], a["given"]) for a in csl["author"]] == authors
    assert csl["title"] == "湖泊候鸟越冬行为的调查研究"  # the code '[J]' is no part of it
    assert csl["container-title"] == "湿地学报"
    assert (csl["volume"], csl["issue"], csl["page"]) == ("12", "3", "45-67")
    assert csl["issued"]["date-parts"][0] == [2019]
    assert csl["type"] == "article-journal"


def test_an_author_year_reference_in_chinese_reads_as_before() -> None:
    csl = parse_reference(
        "周岚 (2019). 湖泊候鸟越冬行为的调查研究. 湿地学报, 12(3), 45-67."
    ).to_csl()
    assert csl["title"] == "湖泊候鸟越冬行为的调查研究"
    assert csl["container-title"] == "湿地学报"


def test_a_gbt_book_is_not_read_as_a_journal_article() -> None:
    # only the journal code is rewritten: a book's '[M]' keeps the general reader's reading
    csl = parse_reference("周岚. 湿地候鸟研究[M]. 北京: 湿地出版社, 2010.").to_csl()
    assert csl.get("type") != "article-journal"
