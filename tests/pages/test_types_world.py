"""Type vocabularies of the locales that had none or few (``[types]`` of ``ja``, ``ko``,
``vi``, ``he``; more in ``ru``, ``uk``, ``tr``, ``hr``, ``hu``, ``cs``, ``pl``, ``zh``, ``fa``,
``ar``, ``id``; EPrints' ``Conference or Workshop Item``; the repository values ``de``, ``nl``,
``sv`` and ``fi`` lacked): a type label's value names the
work's type; a news site's one-word genre tag names none. Every page, name and title here
was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.vocab import parse_publication_type


@pytest.mark.parametrize(
    ("term", "csl"),
    [
        ("学位論文", "thesis"),
        ("紀要論文", "article-journal"),
        ("学術雑誌論文", "article-journal"),
        ("会議発表論文", "paper-conference"),
        ("単行本", "book"),
        ("研究報告書", "report"),
        ("データセット", "dataset"),
        ("학위논문", "thesis"),
        ("석사학위논문", "thesis"),
        ("학술지논문", "article-journal"),
        ("단행본", "book"),
        ("연구보고서", "report"),
        ("Luận văn thạc sĩ", "thesis"),
        ("Luận án tiến sĩ", "thesis"),
        ("Bài báo khoa học", "article-journal"),
        ("Chương sách", "chapter"),
        ("עבודת דוקטורט", "thesis"),
        ("פרק בספר", "chapter"),
        ("Стаття", "article-journal"),
        ("Дипломна робота", "thesis"),
        ("Магистерская диссертация", "thesis"),
        ("Отчет о НИР", "report"),
        ("Набор данных", "dataset"),
        ("Bildiri", "paper-conference"),
        ("Izvorni znanstveni rad", "article-journal"),
        ("Zbornik radova", "book"),
        ("数据集", "dataset"),
        ("工作论文", "report"),
        ("Conference or Workshop Item (Paper)", "paper-conference"),
        ("Departmental Bulletin Paper", "article-journal"),
        ("Konferenzveröffentlichung", "paper-conference"),
        ("Boekdeel", "chapter"),
        ("Masterproef", "thesis"),
        ("Samlingsverk (redaktörskap)", "book"),
        ("Kandidaatintyö", "thesis"),
        ("Kirjan osa", "chapter"),
    ],
)
def test_terms(term: str, csl: str) -> None:
    assert parse_publication_type(term).csl_type == csl


@pytest.mark.parametrize(
    "word",
    ["報告書", "보고서", "Звіт", "Rapor", "Laporan", "מאמר", "ספר", "図書", "Sách", "Рецензия"],
)
def test_news_genre_words_alone_name_no_type(word: str) -> None:
    # (negative) a news site's genre tag of a story ('Report', an opinion piece's 'Article')
    assert parse_publication_type(word, strict=False).value is None


@pytest.mark.parametrize(
    ("text", "csl"),
    [
        (
            "港湾都市における緑地の変遷に関する研究\n山田 花子\n資料種別: 学位論文\n"
            "出版者: 北海大学\n発行日: 2019-03-25\n",
            "thesis",
        ),
        (
            "한국의 새와 습지\n저자 김철수\n발행처 한빛출판사\n발행지 서울\n발행년 2015\n"
            "자료유형 단행본\n",
            "book",
        ),
        (
            "Nghiên cứu biến đổi vùng đất ngập nước ven biển\nNguyễn Thị Lan\n"
            "Loại tài liệu: Luận văn thạc sĩ\nNăm xuất bản: 2020\n",
            "thesis",
        ),
        (
            "Очерет як зимовий притулок дрібних птахів\nОлена Іваненко\n"
            "Тип публікації: Стаття\nРік: 2021\n",
            "article-journal",
        ),
    ],
)
def test_a_type_label_s_value_names_the_type(text: str, csl: str) -> None:
    assert parse_record(text).to_csl()["type"] == csl


def test_a_korean_catalogue_record_keeps_its_publisher() -> None:
    # the labels of the record stay labels (a type section added to a locale must not take
    # the label rows' words as type words)
    text = "한국의 새와 습지\n저자 김철수\n발행처 한빛출판사\n발행지 서울\n발행년 2015\n자료유형 단행본\n"
    item = parse_record(text).to_csl()
    assert (item["title"], item["publisher"], item["publisher-place"]) == (
        "한국의 새와 습지",
        "한빛출판사",
        "서울",
    )


def test_a_japanese_news_story_tagged_with_a_newspaper_word_is_no_thesis() -> None:
    # (negative) a newspaper site's story whose lead mentions a doctoral thesis in its prose
    text = (
        "地域ニュース\n港の緑地、50年で半減 大学院生が調査\n2024年5月2日\n"
        "北海大学の大学院生が博士論文のために港の緑地を調べたところ、50年で半分に減っていたことが"
        "分かった。市は保全計画を見直す方針だ。\n"
    )
    assert parse_record(text).to_csl()["type"] not in ("thesis", "book", "report")
