"""A journal numbered by issue within its year in a script written without spaces, its name
before the year (``湿地学报 2019年3期``, ``《湿地学报》2019年第3期``): the year, the issue and
the journal, no volume. Invented pages; every name and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_PAGE = """湿地候鸟越冬行为的调查研究

{loc}

摘要:本文研究了湿地候鸟在三个湖泊的越冬行为,记录了十年的观察结果。

关键词:候鸟;湿地;越冬
"""


@pytest.mark.parametrize(
    "loc", ["湿地学报 2019年3期", "《湿地学报》2019年第3期", "濕地學報 2019年 第3期"]
)
def test_a_year_numbered_issue_gives_the_year_the_issue_and_the_journal(loc: str) -> None:
    item = parse_record(_PAGE.format(loc=loc)).to_csl()
    assert item.get("issue") == "3"
    assert item.get("issued") == {"date-parts": [[2019]]}
    assert item.get("container-title") in ("湿地学报", "濕地學報")
    assert item.get("volume") is None


@pytest.mark.parametrize(
    "loc",
    [
        "我们在本刊2019年3期发表了一篇关于湿地候鸟越冬行为的调查文章。",  # a sentence
        "2019年3期",  # no journal's name before it: a menu's issue
        "湿地学报 2019年3月",  # a month, no issue
    ],
)
def test_no_issue_without_a_journal_line(loc: str) -> None:
    assert parse_record(_PAGE.format(loc=loc)).to_csl().get("issue") is None
