"""Bylines in scripts without case: Chinese names apart by spaces alone when each opens with a
common surname (``[name_grammar].common_surnames`` of ``zh.toml``), and Persian or Arabic
names with their affiliation markers, Arabic script's comma between them. Invented pages;
every name and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_ZH = """湿地候鸟越冬行为的调查研究

{byline}

湿地学报 2019年3期

摘要:本文研究了湿地候鸟在三个湖泊的越冬行为。

关键词:候鸟;湿地
"""


def test_chinese_names_apart_by_spaces_are_a_byline() -> None:
    item = parse_record(_ZH.format(byline="王小明 李华 欧阳修")).to_csl()
    assert item.get("author") == [
        {"family": "王", "given": "小明"},
        {"family": "李", "given": "华"},
        {"family": "欧阳", "given": "修"},
    ]


@pytest.mark.parametrize("line", ["研究 方法", "首页 期刊 投稿", "关于 我们", "深度学习 机器学习"])
def test_words_apart_by_spaces_without_surnames_are_no_byline(line: str) -> None:
    assert parse_record(_ZH.format(byline=line)).to_csl().get("author") is None


_FA = """نقش پرندگان مهاجر در تالاب‌های شمال ایران

{byline}

چکیده: پرندگان مهاجر در زمستان به تالاب‌های شمال ایران می‌آیند و تا بهار می‌مانند.
"""


def test_persian_names_with_markers_and_arabic_commas_are_a_byline() -> None:
    item = parse_record(_FA.format(byline="مریم کاظمی1، رضا نوری2")).to_csl()
    assert item.get("author") == [
        {"family": "کاظمی", "given": "مریم"},
        {"family": "نوری", "given": "رضا"},
    ]


@pytest.mark.parametrize("line", ["مجله علمی", "فصلنامه پژوهشی", "مجلة علمية محكمة"])
def test_a_phrase_without_markers_is_no_byline(line: str) -> None:
    # no capital tells a name from a phrase in these scripts: without a marker, no byline
    assert parse_record(_FA.format(byline=line)).to_csl().get("author") is None
