"""Korean locator words after their numbers (``ko.toml`` ``[locator]``: ``권``, ``호``, ``쪽``)
and the ordinal prefix before them (``[words].locator_prefixes``: ``제``, as ``第`` in
Chinese and Japanese). Invented article pages; every name and title was written for these
tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_ARTICLE = """습지 새의 겨울

김민수, 이지은

{loc}

초록

습지 새는 겨울에 남쪽으로 이동하지만 일부 개체는 호수에 남는다. 본 연구는 세 호수에서 십 년간 조사하였다.
"""


@pytest.mark.parametrize(
    "loc", ["습지연구, 제12권 제3호, 45-67쪽, 2019", "습지연구, 12권 3호, pp. 45-67, 2019"]
)
def test_korean_volume_issue_and_page_words_read_a_locator_line(loc: str) -> None:
    item = parse_record(_ARTICLE.format(loc=loc)).to_csl()
    assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45-67")
    assert item["container-title"] == "습지연구"


@pytest.mark.parametrize(
    "loc",
    [
        "서울특별시 종로구 12길 3호",  # a street address's unit number
        "제3회 학술대회 2019년 5월",  # the third meeting of a conference
        "전 3권 세트",  # a boxed set of three volumes
        "연구동 301호에서 만나요",  # (review) a room number
        "지하철 2호선 강변역 3번 출구",  # (review) a subway line
    ],
)
def test_an_address_a_meeting_or_a_set_is_no_locator(loc: str) -> None:
    item = parse_record(_ARTICLE.format(loc=loc)).to_csl()
    assert item.get("volume") is None and item.get("issue") is None and item.get("page") is None


def test_the_chinese_ordinal_prefix_still_reads() -> None:
    page = "湿地鸟类的冬季\n\n王建国，李明\n\n湿地学报, 2019, 第12卷 第3期, 45-67页\n\n摘要\n\n湿地鸟类在冬季向南迁徙，但部分个体留在湖泊。本研究在三个湖泊进行了十年的调查。\n"
    item = parse_record(page).to_csl()
    assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45-67")
