"""The work's language read from the script of its title or prose where no label names it
and no locale's function words tell it: a script only one language writes (Greek, Hebrew,
Hangul) or letters only one language of a shared script writes (Han without kana, Persian's
letters in Arabic script, Ukrainian's or Russian's in Cyrillic, Vietnamese's tone-marked vowels).
Invented pages and lines; every name and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.languages import _written_language

_PAGE = """{title}

{byline}

{body}
"""


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Η μετανάστευση των πουλιών στους βάλτους της Ηπείρου", "el"),
        ("ציפורי הביצות בעמק בחורף", "he"),
        ("پرندگان مهاجر در تالاب‌های گیلان", "fa"),
        ("هجرة الطيور في الأهوار خلال فصل الشتاء: دراسة ميدانية", "ar"),
        ("湿地候鸟越冬行为的调查研究", "zh"),
        ("Зимівля птахів на болотах Полісся: її причини", "uk"),
        ("Sự di cư của chim đầm lầy ở đồng bằng sông Hồng", "vi"),
        ("습지 철새의 겨울나기 연구", "ko"),
        ("Зимовка птиц на болотах Полесья и её причины", "ru"),  # ы ё, no other's letter
    ],
)
def test_a_title_in_one_languages_script_names_the_language(title: str, lang: str) -> None:
    assert _written_language(title, 0.5) == lang
    item = parse_record(_PAGE.format(title=title, byline="", body="")).to_csl()
    assert item.get("language") == lang


@pytest.mark.parametrize(
    "title",
    [
        "湿地の渡り鳥の越冬に関する研究",  # kana: Japanese, never Chinese
        "Зимовање птица на мочварама Србије",  # Serbian: no letter tells it
        "Зімоўка птушак на балотах Палесся і яе прычыны",  # Belarusian і ў beside ы
        "Қыстау құстарының көші-қоны туралы зерттеу",  # Kazakh қ ұ beside ы
        "Зимуване на птиците в блатата на Тракия",  # Bulgarian ъ-less, no ы э ё
        "Кръгът на живота на птиците в блатата",  # Bulgarian ъ, a vowel there: no ы э ё
        "پرندوں کی ہجرت اور دلدل کا موسم",  # Urdu's letters: no Persian
        "باڵندە کۆچەرییەکان لە زستاندا",  # Sorani Kurdish's letters: no Persian
        "Međunarodni zbornik radova o močvarama",  # Croatian đ: no Vietnamese
        "Migration of Marsh Birds in Winter",  # Latin letters alone: no language
    ],
)
def test_a_script_several_languages_write_names_none_without_telling_letters(title: str) -> None:
    assert _written_language(title, 0.5) not in {"zh", "uk", "fa", "vi", "ar", "ru"}


def test_a_latin_title_on_a_page_of_another_script_is_not_that_scripts() -> None:
    # an English work on a Greek page: the title is Latin, the abstract English
    page = _PAGE.format(
        title="Migration of Marsh Birds in Winter",
        byline="Ελένη Παπαδάκη",
        body="Abstract\n\nThe birds of the marshes leave in the autumn and they come back in "
        "the spring, and we counted them on three lakes for ten years with the help of the "
        "local fishermen who know the water and the reeds.",
    )
    assert parse_record(page).to_csl().get("language") != "el"


def test_a_label_still_wins_over_the_script() -> None:
    page = _PAGE.format(
        title="Η μετανάστευση των πουλιών στους βάλτους",
        byline="Γλώσσα: Αγγλικά\nLanguage: English",
        body="",
    )
    assert parse_record(page).to_csl().get("language") == "en"


def test_korean_prose_under_a_latin_title_names_korean() -> None:
    body = (
        "초록\n\n본 연구는 습지에서 겨울을 나는 철새의 행동을 십 년 동안 관찰한 결과를 "
        "정리한 것이다. 세 개의 호수에서 철새의 수를 세고 먹이 활동을 기록하였으며, "
        "호수마다 철새가 머무는 기간이 다르다는 것을 확인하였다. 또한 겨울이 따뜻한 해에는 "
        "철새가 일찍 떠나고 추운 해에는 오래 머문다는 사실도 함께 기록하였다."
    )
    page = _PAGE.format(title="Wintering of Marsh Birds", byline="김 민 수", body=body)
    assert parse_record(page).to_csl().get("language") == "ko"


def test_a_kanji_title_on_a_page_with_kana_is_not_chinese() -> None:
    page = (
        "タイトル: 湿地鳥類研究方法論\n著者名: 山田太郎\n出版者: 湿地学会\n\n"
        "要旨: 本稿では湿地の鳥類の調査方法について論じる。観察の記録と季節の区分を取り上げる。\n"
    )
    assert parse_record(page).to_csl().get("language") != "zh"
