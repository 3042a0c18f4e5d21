"""Chinese (zh): the shipped file on a hand-written journal page and catalogue labels.

The page is invented for this test (journal, people and numbers are made up).
"""

from __future__ import annotations

import comet
from comet import PartialDate

PAGE = """首页 登录 注册
猫头鹰夜间鸣叫的声学研究
作者：张明，李华，王芳
作者单位：虚构大学生物学院
摘要：本文研究了虚构岛屿上猫头鹰的夜间鸣叫。
关键词：猫头鹰；鸣叫；声学
刊名：虚构动物学报
出版日期：2019年3月5日
卷：12
期：3
页码：45-67
DOI：10.5555/owl.2019.003
文献类型：期刊论文
"""


def test_a_chinese_journal_page() -> None:
    rec = comet.parse_record(PAGE)
    assert rec.title == "猫头鹰夜间鸣叫的声学研究"
    assert rec.container_title == "虚构动物学报"
    assert rec.issued == PartialDate(2019, 3, 5)
    assert (rec.volume, rec.issue, str(rec.pages)) == ("12", "3", "45-67")
    assert str(rec.doi) == "10.5555/owl.2019.003"
    assert rec.csl_type == "article-journal"
    assert len(rec.authors) == 3


def test_chinese_dates_and_types() -> None:
    assert comet.parse_date("2019年3月", locales=["zh"]) == PartialDate(2019, 3)
    assert comet.parse_publication_type("学位论文", locales=["zh"]).csl_type == "thesis"
