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


_KO = """습지 철새의 월동 행동에 관한 조사 연구

{byline}

초록: 본 연구는 세 호수에서 철새의 월동 행동을 조사하였다.

키워드: 철새, 습지
"""


@pytest.mark.parametrize(
    "byline",
    [
        "박서윤, 남궁도현",
        "박서윤·남궁도현",
        "박서윤 남궁도현",
        "박서윤 (한빛대학교 생물학과), 남궁도현 (한빛대학교 생물학과)",
        "• 박서윤 (한빛대학교 생물학과) ;\n• 남궁도현 (한빛대학교 생물학과)",
    ],
)
def test_korean_names_are_a_byline(byline: str) -> None:
    # a Korean name is one word of Hangul, the family name first: one syllable, or two for a
    # compound surname ('남궁'); affiliations in brackets after each name are no part of it
    item = parse_record(_KO.format(byline=byline)).to_csl()
    assert item.get("author") == [
        {"family": "박", "given": "서윤"},
        {"family": "남궁", "given": "도현"},
    ]


@pytest.mark.parametrize("line", ["초록 키워드", "논문 검색 이용안내", "연구 방법"])
def test_hangul_words_without_surnames_are_no_byline(line: str) -> None:
    assert parse_record(_KO.format(byline=line)).to_csl().get("author") is None


_ZH_RUNNING_HEAD = """周 岚, 郑 涛
(1.江南大学 生态学院, 江苏 无锡 214000; 2.江南大学 学报编辑部,江苏 无锡 214000)
湖泊候鸟越冬行为的调查研究
周岚1, 郑涛2
(1.江南大学 生态学院, 江苏 无锡214000; 2.江南大学 学报编辑部,江苏 无锡214000)
摘要:本文研究了湖泊候鸟在三个湖泊的越冬行为,调查持续十年,结果表明越冬数量逐年增加。
关键词:候鸟;湖泊;越冬
"""


def test_spaced_two_character_chinese_names_are_names_not_the_title() -> None:
    # journals pad a two-character name to a three-character one's width ('周 岚'): a line of
    # such names is a byline (an aggregator's running head), never the title
    item = parse_record(_ZH_RUNNING_HEAD).to_csl()
    assert item.get("title") == "湖泊候鸟越冬行为的调查研究"
    assert item.get("author") == [{"family": "周", "given": "岚"}, {"family": "郑", "given": "涛"}]


def test_a_title_of_spaced_words_is_no_byline() -> None:
    # two single characters apart by a space are no padded name when they stand alone
    page = _ZH_RUNNING_HEAD.replace("周 岚, 郑 涛\n", "研究 进展\n")
    assert parse_record(page).to_csl().get("title") == "湖泊候鸟越冬行为的调查研究"
