"""Locale words met on journal article pages in other languages (session 22, art22):
Russian's prepositional ``в выпуске`` before an issue, Turkish's ``Metin Dili`` label
(ending the page-range value before it), Persian and Arabic article-type values and labels,
and the Arabic script's list separators in a byline (``،`` and the one-letter ``و``).
Invented pages: every title, name and number was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.names import parse_names


def _csl(page: str) -> dict:
    return parse_record(page).to_csl()


def test_the_russian_prepositional_issue_word_gives_the_issue_and_volume() -> None:
    page = (
        "Болотные птицы Северного края: зимовка и перелёт\n"
        "Автор: Петров А.А.\n"
        "Журнал: Вестник болотоведения\n"
        "Статья в выпуске: 3 т.17, 2022 года.\n"
        "Бесплатный доступ\n"
        "В статье рассматриваются зимовки болотных птиц на озёрах Северного края.\n"
    )
    item = _csl(page)
    assert (item.get("volume"), item.get("issue")) == ("17", "3")


def test_the_issue_word_in_a_sentence_gives_no_issue() -> None:
    page = (
        "Болотные птицы Северного края: зимовка и перелёт\n\n"
        "В этом выпуске мы расскажем о том, как 12 видов птиц зимуют на болотах.\n"
    )
    assert _csl(page).get("issue") is None


_TR = (
    "Yıl: 2011 Cilt: 19 Sayı: 4 Sayfa Aralığı: 211 - 230 Metin Dili: {lang} "
    "İndeks Tarihi: 12-03-2023\n\n"
    "Bataklık Kuşlarının Kış Göçü Üzerine Bir İnceleme\n\n"
    "Öz:\nBu çalışmada bataklık kuşlarının kış göçü incelenmiştir.\n"
)


def test_the_turkish_text_language_label_ends_the_page_range() -> None:
    item = _csl(_TR.format(lang="Türkçe"))
    assert (item.get("volume"), item.get("issue"), item.get("page")) == ("19", "4", "211-230")
    assert item.get("language") == "tr"


def test_the_text_language_label_beats_an_english_abstract() -> None:
    page = _TR.format(lang="Türkçe").replace(
        "Bu çalışmada bataklık kuşlarının kış göçü incelenmiştir.",
        "This study examines the winter migration of marsh birds and their routes.",
    )
    assert _csl(page).get("language") == "tr"


@pytest.mark.parametrize(
    ("label_line", "expect"),
    [
        ("نوع مقاله : پژوهشی اصیل", "article-journal"),
        ("نوع المستند : المقالة الأصلية", "article-journal"),
    ],
)
def test_persian_and_arabic_article_type_labels(label_line: str, expect: str) -> None:
    title = (
        "بررسی مهاجرت پرندگان تالاب در فصل زمستان"
        if "مقاله" in label_line
        else "دراسة هجرة طيور الأهوار في فصل الشتاء"
    )
    abstract = "چکیده" if "مقاله" in label_line else "المستخلص"
    page = f"{title}\n\n{label_line}\n\n{abstract}\n\nمتن کوتاه درباره پرندگان.\n"
    assert _csl(page).get("type") == expect


def test_the_type_words_without_their_label_make_no_type() -> None:
    page = (
        "بررسی مهاجرت پرندگان تالاب در فصل زمستان\n\n"
        "این یادداشت کوتاه یک خبر است و پژوهشی اصیل نیست، فقط گزارشی از یک سفر.\n"
    )
    assert _csl(page).get("type") != "article-journal"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("سارا کاویانی و بهرام نوروزی", "fa"),
        ("سارا کاویانی، بهرام نوروزی", "fa"),
        ("ليلى حداد و سامي نصار", "ar"),
        ("ليلى حداد، سامي نصار", "ar"),
    ],
)
def test_an_arabic_script_list_splits_at_its_comma_and_at_and(text: str, locale: str) -> None:
    names = parse_names(text, locales=(locale,))
    assert len(names) == 2


def test_a_one_letter_lower_case_word_of_a_latin_name_stays_an_initial() -> None:
    names = parse_names("lily i pao")
    assert len(names) == 1


def test_a_one_character_japanese_given_name_is_no_conjunction() -> None:
    names = parse_names("佐藤 和, 山田 彩恵", locales=("ja", "zh"))
    assert [(n.family, n.given) for n in names] == [("佐藤", "和"), ("山田", "彩恵")]


def test_a_persian_byline_label_with_a_star_and_and() -> None:
    page = (
        "بررسی مهاجرت پرندگان تالاب در فصل زمستان\n"
        "نویسندگان : سارا کاویانی * و بهرام نوروزی\n\n"
        "چکیده :\nمتن کوتاه درباره پرندگان.\n"
    )
    got = _csl(page).get("author") or []
    assert [" ".join([a.get("given", ""), a.get("family", "")]).strip() for a in got] == [
        "سارا کاویانی",
        "بهرام نوروزی",
    ]


_LETTERS_PAGE = """{title}

Abstract

This study examines the winter migration of marsh birds along the northern lakes, using \
ten years of counts and ringing records from four stations on the shore. The birds leave \
the lakes in late autumn and return in spring, and their numbers have fallen since 2010.
"""


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Bataklık Kuşlarının Kış Göçü Üzerine Bir İnceleme", "tr"),
        ("Zimowa wędrówka ptaków błotnych nad jeziorami północy", "pl"),
        ("Zimní tah bažinných ptáků na severních jezerech a řekách", "cs"),
        ("A mocsári madarak őszi vonulása és a tavak hőmérséklete", "hu"),
        ("Bataklık kuşları: Kış göçü üzerine", "tr"),  # sentence case, a subtitle's first word
    ],
)
def test_a_title_s_own_letters_tell_its_language_over_an_english_abstract(
    title: str, lang: str
) -> None:
    assert _csl(_LETTERS_PAGE.format(title=title)).get("language") == lang


@pytest.mark.parametrize(
    "title",
    [
        "Winter migration of marsh birds near İzmir and Muğla",  # English words, Turkish places
        "Marsh birds of the Göğüş lakes",  # English words around a place name
        "Air pollution in Łódź",  # one place name: its letters are one word's
        "Bataklık kuşları: Kış göçü ve ətraf mühit",  # an Azerbaijani ə: Turkish's letters too
        # sentence case: the capitalised words past the first are names, whatever their letters
        "Seismic hazard: İzmir, Muğla",
        "Reed beds between Gdańsk and Łódź",
        "Street names: Großbeeren, Weißensee",
    ],
)
def test_place_names_and_shared_letters_tell_no_language(title: str) -> None:
    assert _csl(_LETTERS_PAGE.format(title=title)).get("language") == "en"


def _line(text: str, tag: str) -> list:
    from comet import locales
    from comet.page.locator_lines import line_locators

    return [m.value for m in line_locators(text, tuple(locales.resolve((tag,))))[1]]


def test_a_season_and_a_short_year_join_the_volume_to_its_pages() -> None:
    (loc,) = _line("دوره 7، شماره 2، پاییز 98، صفحات 45 - 60", "fa")
    assert (loc.volume, loc.issue, loc.pages.first, loc.pages.last) == ("7", "2", "45", "60")


def test_a_month_and_a_short_year_join_the_volume_to_its_pages() -> None:
    (loc,) = _line("Vol. 7, No. 2, March 98, pp. 45-60", "en")
    assert (loc.volume, loc.issue, loc.pages.first) == ("7", "2", "45")


def test_a_number_after_another_word_stays_apart() -> None:
    locs = _line("دوره 7، شماره 2، بخش 98، صفحات 45 - 60", "fa")
    assert len(locs) == 2 and locs[0].pages is None


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("Опубликовано в томе 15, номере 4, с. 45-60", "ru"),
        ("Опубліковано в томі 15, номері 4, с. 45-60", "uk"),
        ("Стаття у випуску 4, т. 15, 2023, с. 45-60", "uk"),
    ],
)
def test_slavic_prepositional_locator_words(line: str, tag: str) -> None:
    (loc,) = _line(line, tag)
    assert (loc.volume, loc.issue, loc.pages.first) == ("15", "4", "45")


def test_the_prepositional_word_without_a_number_is_no_locator() -> None:
    assert _line("Подробнее об этом в томе и в номере журнала, 2023", "ru") == []
