"""The abstract and keyword labels of article pages in Ukrainian, Hungarian, Japanese, Korean,
Hebrew, Vietnamese, Persian and Arabic (``[labels]`` of ``uk``, ``hu``, ``ja``, ``ko``, ``he``,
``vi``, ``fa``, ``ar``). Invented pages; every name, title and keyword was written for these
tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_PAGE = """{title}

{abstract_label}

{abstract}

{keywords_label}: {keywords}
"""

CASES = [
    ("Зимівля птахів на болотах", "Анотація", "Птахи боліт узимку летять на південь.",
     "Ключові слова", "птахи; болота; зимівля", ["птахи", "болота", "зимівля"]),
    ("A mocsári madarak telelése", "Absztrakt", "A mocsári madarak télen délre repülnek.",
     "Kulcsszavak", "madarak; mocsár; telelés", ["madarak", "mocsár", "telelés"]),
    ("湿地の渡り鳥の越冬", "要旨", "湿地の渡り鳥は冬に南へ渡る。", "キーワード",
     "渡り鳥,湿地,越冬", ["渡り鳥", "湿地", "越冬"]),
    ("습지 철새의 겨울나기", "초록", "습지의 철새는 겨울에 남쪽으로 날아간다.", "주제어",
     "철새, 습지, 겨울나기", ["철새", "습지", "겨울나기"]),
    ("ציפורי הביצות בחורף", "תקציר", "ציפורי הביצות עפות דרומה בחורף.", "מילות מפתח",
     "ציפורים; ביצות; חורף", ["ציפורים", "ביצות", "חורף"]),
    ("Chim đầm lầy trú đông", "Tóm tắt", "Chim đầm lầy bay về phương nam vào mùa đông.",
     "Từ khóa", "chim; đầm lầy; mùa đông", ["chim", "đầm lầy", "mùa đông"]),
    ("پرندگان تالاب در زمستان", "چکیده", "پرندگان تالاب در زمستان به جنوب پرواز می‌کنند.",
     "کلیدواژه‌ها", "پرندگان؛ تالاب؛ زمستان", ["پرندگان", "تالاب", "زمستان"]),
    ("طيور الأهوار في الشتاء", "الملخص", "تهاجر طيور الأهوار جنوبا في فصل الشتاء.",
     "الكلمات المفتاحية", "الطيور، الأهوار، الشتاء", ["الطيور", "الأهوار", "الشتاء"]),
]  # fmt: skip


@pytest.mark.parametrize(("title", "al", "abstract", "kl", "kw", "expect"), CASES)
def test_the_keyword_label_gives_the_keywords(
    title: str, al: str, abstract: str, kl: str, kw: str, expect: list[str]
) -> None:
    page = _PAGE.format(
        title=title, abstract_label=al, abstract=abstract, keywords_label=kl, keywords=kw
    )
    item = parse_record(page).to_csl()
    got = [k.strip() for k in str(item.get("keyword", "")).split(",")]
    assert all(e in got for e in expect), (kl, item.get("keyword"))


@pytest.mark.parametrize(
    "line",
    [
        "Các từ khóa của bài này được chọn theo chủ đề của tạp chí và của người đọc.",
        "A kulcsszavak listáját a szerkesztők állították össze a cikk megjelenése után.",
    ],
)
def test_the_label_word_in_a_sentence_gives_no_keywords(line: str) -> None:
    page = f"Chim đầm lầy trú đông\n\n{line}\n"
    assert parse_record(page).to_csl().get("keyword") is None


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_ukrainian_abstract_stops_at_the_date_label(sep: str) -> None:
    page = (
        "Зимівля птахів на болотах Полісся\n\nОлена Коваленко\n\nАнотація\n\n"
        "Птахи боліт узимку летять на південь, але частина з них залишається на озерах."
        f"{sep}Опубліковано{sep}2021-06-30\n"
    )
    item = parse_record(page).to_csl()
    assert "Опубліковано" not in str(item.get("abstract"))
    assert item.get("issued") == {"date-parts": [[2021, 6, 30]]}
