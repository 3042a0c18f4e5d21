"""persons26: bylines and author fields printed in scripts without case and with
affiliation marks the way journals of each script print them. Invented pages; every name,
title and journal was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_names, parse_record

_ARTICLE = """{venue}
{title}
{byline}
{abstract}
{body}
"""

_ZH = dict(
    venue="清河光学学报 2021年 第12卷 第3期 45-67页",
    title="沿海斜坡苔藓生长研究",
    abstract="摘要",
    body="本文研究了沿海斜坡上苔藓在三个季节中的生长情况。",
)
_JA = dict(
    venue="光文応用研究 第12巻 第3号 2021年 45-67頁",
    title="沿岸斜面におけるコケの成長",
    abstract="抄録",
    body="本研究では沿岸の斜面におけるコケの成長を三つの季節にわたって調べた。",
)
_KO = dict(
    venue="한빛응용연구 제12권 제3호 (2021) pp. 45-67",
    title="해안 경사면 이끼의 성장",
    abstract="초록",
    body="본 연구는 해안 경사면에서 이끼의 성장을 세 계절에 걸쳐 조사하였다.",
)
_RU = dict(
    venue="Вестник прикладной люменологии. 2021. Т. 12, № 3. С. 45–67",
    title="Рост мха на прибрежных склонах",
    abstract="Аннотация",
    body="В статье рассматривается рост мха на прибрежных склонах в течение трёх сезонов.",
)


def _names(text: str) -> list[tuple[str, str]]:
    authors = parse_record(text).to_csl().get("author") or []
    return [(a.get("family", a.get("literal", "")), a.get("given", "")) for a in authors]


@pytest.mark.parametrize(
    ("parts", "byline", "want"),
    [
        # affiliation digits and marks glued to names before a full-width comma
        (_ZH, "张伟1，李娜2", [("张", "伟"), ("李", "娜")]),
        (_ZH, "张伟1,2*，李娜2", [("张", "伟"), ("李", "娜")]),
        # a journal's padding: a one-character surname, a space, the given name
        (_ZH, "张 伟, 李 娜", [("张", "伟"), ("李", "娜")]),
        # Japanese marks with a closing bracket ('1)')
        (_JA, "山田 太郎1), 鈴木 花子2)", [("山田", "太郎"), ("鈴木", "花子")]),
        # one Japanese name alone: a known family name, a space, the given name
        (_JA, "山田 太郎", [("山田", "太郎")]),
        (_KO, "김민수1, 이지은2*", [("김", "민수"), ("이", "지은")]),
        # the halfwidth middle dot and the Korean one part names as '·' does
        (_KO, "김민수 ･ 이지은", [("김", "민수"), ("이", "지은")]),
        (_KO, "김민수ㆍ이지은", [("김", "민수"), ("이", "지은")]),
        # a mark after an initial's full stop
        (_RU, "Иванова А.Б.1, Петров В.Г.2", [("Иванова", "А.Б."), ("Петров", "В.Г.")]),
    ],
)
def test_marked_and_spaced_bylines_of_other_scripts(
    parts: dict[str, str], byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(_ARTICLE.format(byline=byline, **parts)) == want


@pytest.mark.parametrize(
    ("parts", "line"),
    [
        (_ZH, "苔藓，斜坡，季节"),  # keywords apart by commas (no surname, no mark)
        (_ZH, "首页 期刊 投稿"),  # a menu's words apart by spaces
        (_JA, "論文 検索"),  # a menu: no known family name before the space
        (_ZH, "光学 2021"),  # a word and a year: no mark
    ],
)
def test_lines_of_words_in_other_scripts_are_no_bylines(parts: dict[str, str], line: str) -> None:
    assert _names(_ARTICLE.format(byline=line, **parts)) == []


def test_a_catalogues_inverted_japanese_name_is_one_name() -> None:
    """``山田, 太郎``: a known Japanese family name, a comma, the given name (catalogues
    invert names so); two family names apart by a comma stay two."""
    got = parse_names("山田, 太郎; 鈴木, 花子")
    assert [(p.family, p.given) for p in got] == [("山田", "太郎"), ("鈴木", "花子")]
    assert len(parse_names("张伟, 李娜")) == 2
    assert len(parse_names("山田, 鈴木")) == 2


def test_a_catalogues_inverted_japanese_names_under_a_label() -> None:
    page = "沿岸斜面におけるコケの成長\n著者\n山田, 太郎\n鈴木, 花子\n出版者\n光文書院\n"
    assert _names(page) == [("山田", "太郎"), ("鈴木", "花子")]


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "沿海斜坡苔藓生长研究\n作者：张伟（清河大学），李娜（南山研究所）\n年份：2021\n",
            [("张", "伟"), ("李", "娜")],
        ),
        (
            "沿岸斜面におけるコケの成長\n著者：山田 太郎 (ヤマダ タロウ)\n出版年：2021\n",
            [("山田", "太郎")],
        ),
        ("沿岸斜面におけるコケの成長\n著者\n山田 太郎\n出版者\n光文書院\n", [("山田", "太郎")]),
    ],
)
def test_brackets_after_names_of_other_scripts_in_a_label_value(
    page: str, want: list[tuple[str, str]]
) -> None:
    """An affiliation or a reading in kana in brackets after the name is no part of it."""
    assert _names(page) == want


def test_a_latin_value_keeps_its_brackets_reader() -> None:
    page = "Growth of Brindle Moss\nAuthor: Jane Holloway (University of Tarn)\nYear: 2021\n"
    assert _names(page) == [("Holloway", "Jane")]


_EN = """Journal of Applied Lumenology, Vol. 12, No. 3 (2021), pp. 45-67
Growth of Brindle Moss on Coastal Slopes
{byline}
Abstract
This study examines the growth of brindle moss on coastal slopes over three seasons.
"""


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Jane HollowayUniversity of Tarn", [("Holloway", "Jane")]),
        (
            "Jane Holloway1, Peter Marsh21University of Tarn, 2Tarn Institute",
            [("Holloway", "Jane"), ("Marsh", "Peter")],
        ),
        ("Lucía RomeroUniversidad de Valmar", [("Romero", "Lucía")]),
    ],
)
def test_an_affiliation_glued_to_the_last_name_ends_the_byline(
    byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(_EN.format(byline=byline)) == want


def test_a_glued_capital_word_that_is_no_organisation_is_kept() -> None:
    from comet import locales as _loc
    from comet.page.byline_glued_orgs import before_glued_organisation

    rules = _loc.resolve(None)
    assert before_glued_organisation("Ana McGregor", rules) == "Ana McGregor"
    assert before_glued_organisation("Ana RuizTwitter", rules) == "Ana RuizTwitter"
    assert before_glued_organisation("Ana RuizUniversity of Lund", rules) == "Ana Ruiz"


_FA = """فصلنامه نورشناسی کاربردی، دوره ۱۲، شماره ۳، ۱۴۰۰، صفحه ۴۵-۶۷
رشد خزه در دامنه‌های ساحلی
{byline}
چکیده
این پژوهش رشد خزه را در دامنه‌های ساحلی در سه فصل بررسی می‌کند.
"""
_AR = """مجلة علوم الضوء التطبيقية، المجلد 12، العدد 3، 2021، ص 45-67
نمو الطحالب على المنحدرات الساحلية
{byline}
الملخص
تتناول هذه الدراسة نمو الطحالب على المنحدرات الساحلية خلال ثلاثة فصول.
"""


@pytest.mark.parametrize(
    ("page", "byline", "want"),
    [
        (_FA, "دکتر علی رضایی", [("رضایی", "علی")]),  # a title before the name
        (_FA, "دکتر علی رضایی، مهندس مریم احمدی", [("رضایی", "علی"), ("احمدی", "مریم")]),
        (_AR, "د. أحمد الخطيب", [("الخطيب", "أحمد")]),
        (_FA, "کیومرث شهابی، پدرام نوروزی", [("شهابی", "کیومرث"), ("نوروزی", "پدرام")]),
    ],
)
def test_arabic_script_bylines_with_titles_and_more_given_names(
    page: str, byline: str, want: list[tuple[str, str]]
) -> None:
    assert _names(page.format(byline=byline)) == want


def test_a_persian_phrase_under_the_title_is_no_byline() -> None:
    # a phrase opening with a word that is a given name nowhere: no name
    assert _names(_FA.format(byline="دکتر و بیمار در خانه")) == []
    assert _names(_FA.format(byline="خزه، دامنه، فصل")) == []


_VI = """Tạp chí Khoa học Ánh sáng, Tập 12, Số 3 (2021), tr. 45-67
Sự phát triển của rêu trên sườn dốc ven biển
{byline}
Tóm tắt
Nghiên cứu này khảo sát sự phát triển của rêu trên sườn dốc ven biển.
"""


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Nguyễn Văn An", [("Nguyễn", "Văn An")]),
        ("Nguyễn Văn An, Trần Thị Bình", [("Nguyễn", "Văn An"), ("Trần", "Thị Bình")]),
    ],
)
def test_a_vietnamese_given_name_spelt_as_a_function_word(
    byline: str, want: list[tuple[str, str]]
) -> None:
    """*An* is a function word of English and German and a Vietnamese given name: after a
    known Vietnamese surname first it is the name's."""
    assert _names(_VI.format(byline=byline)) == want


def test_a_function_word_after_a_word_that_is_no_surname_is_still_refused() -> None:
    assert _names(_EN.format(byline="Growth An Slopes")) == []


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Tamsin Quarrell", [("Quarrell", "Tamsin")]),
        ("Berkay Aksoy", [("Aksoy", "Berkay")]),
        ("Berkay AKSOY, Gizem ÖZTÜRK", [("AKSOY", "Berkay"), ("ÖZTÜRK", "Gizem")]),
        ("Kacper Wróbel", [("Wróbel", "Kacper")]),
        ("Iker Etxeberria", [("Etxeberria", "Iker")]),
    ],
)
def test_a_bare_byline_with_a_common_given_name_of_its_language(
    byline: str, want: list[tuple[str, str]]
) -> None:
    """A bare line under the title is a byline when its given name is a known one
    (``[name_grammar] common_given_names``, more of them in tr, id, es, pl, pt, nl, en)."""
    assert _names(_EN.format(byline=byline)) == want


@pytest.mark.parametrize("line", ["Coastal Slopes", "Brindle Moss Growth", "Open Access"])
def test_a_bare_line_of_words_that_are_no_given_names_is_no_byline(line: str) -> None:
    assert _names(_EN.format(byline=line)) == []


def test_names_run_together_without_commas_under_the_title() -> None:
    """A page's author list copied without its separators: pairs of a known given name and
    a family name, three or more."""
    byline = "Jane Holloway Peter Marsh Ruth Keane Tomas Vell"
    want = [("Holloway", "Jane"), ("Marsh", "Peter"), ("Keane", "Ruth"), ("Vell", "Tomas")]
    assert _names(_EN.format(byline=byline)) == want


@pytest.mark.parametrize(
    "line",
    [
        "Moss Growth Along Coastal Slopes Over Three Seasons",  # a subtitle in title case
        "Jane Holloway Peter Marsh Ruth",  # an odd number of words
    ],
)
def test_a_long_line_of_capitalised_words_is_no_run_of_names(line: str) -> None:
    assert _names(_EN.format(byline=line)) == []
