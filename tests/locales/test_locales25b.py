"""Locale data of session 25 (locales25b): the tables the first pass left out, in Persian,
Arabic, Japanese, Chinese, Korean, Indonesian, Polish, Czech, French, Dutch and Italian --
repository and journal date labels (deposited, first published, revised, accessed), counts
and interface labels (downloads, related items, rights), role words before or after names,
a research article's section headings, and the publishing cities of those countries. Every
line below is invented (people, places of work, numbers)."""

from __future__ import annotations

import pytest

import comet
from comet import PartialDate
from comet import locales as L
from comet.page.places import is_city


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("تاریخ ثبت: ۱۴۰۲/۰۵/۱۲", "deposited"),
        ("وضعیت انتشار: منتشر شده", "status"),
        ("تعداد دانلود: 120", "downloads"),
        ("حق نشر: دانشکده علوم آب", "rights"),
        ("دوره و شماره: ۱۲، ۳", "volume_issue"),
        ("مقالات مرتبط", "related"),
        ("تاريخ الإيداع: 2020-03-04", "deposited"),
        ("عدد التنزيلات: 45", "downloads"),
        ("حالة النشر: منشور", "status"),
        ("関連論文", "related"),
        ("著作権: 北川花子", "rights"),
        ("初出: 1999年4月", "first_published"),
        ("ダウンロード数: 12", "downloads"),
        ("論文番号: 0042", "article_number"),
        ("版权：江海出版社", "rights"),
        ("上传日期：2020-01-02", "deposited"),
        ("下载次数：12", "downloads"),
        ("文章编号：1000-0001(2020)03-0012-05", "article_number"),
        ("관련 논문", "related"),
        ("저작권: 홍길순", "rights"),
        ("논문번호: 17", "article_number"),
        ("Artikel Terkait", "related"),
        ("Nomor Artikel: 5", "article_number"),
        ("Jumlah Unduhan: 88", "downloads"),
        ("Liczba pobrań: 12", "downloads"),
        ("Tom/Numer: 12/3", "volume_issue"),
        ("Data deponowania: 3 marca 2021", "deposited"),
        ("Révisé le : 2 mai 2020", "revised"),
        ("Nombre de téléchargements : 310", "downloads"),
        ("Gedeponeerd op: 2 mei 2020", "deposited"),
        ("Gedeponeerd door: Pieter Slik", "depositor"),
        ("Jaargang/Nummer: 12/4", "volume_issue"),
        ("Consultato il: 3 maggio 2020", "accessed"),
        ("File in questo prodotto:", "files"),
        ("Traduttore: Marco Pietrasanta", "translator"),
        ("Depositato da: Lucia Vento", "depositor"),
    ],
)
def test_label(line: str, key: str) -> None:
    m = comet.match_label(line)
    assert m is not None and m.key == key, (line, m)


@pytest.mark.parametrize(
    "line",
    [
        # a status or a right is a word of ordinary sentences too: only the labels' own
        # phrases are labels
        "وضعیت آب‌های زیرزمینی در دشت",
        "حقوق بشر در اسناد بین‌المللی",
        # Czech verbs opening ordinary lines, no received or accessed date (pruned)
        "Došlo: k chybě při načítání",
        "Citováno: 5krát",
        # an event's organiser, no book's editor
        "Pořadatel: Spolek přátel Vltavy",
        # 'Related' words inside a title, a count inside a sentence
        "関連論文の書誌情報を見る",
        "Liczba pobrań wzrosła w 2020 roku",
    ],
)
def test_near_miss_is_no_label(line: str) -> None:
    m = comet.match_label(line)
    assert m is None or m.key not in (
        "status",
        "rights",
        "received",
        "accessed",
        "related",
        "downloads",
        "editor",
    ), (line, m)


@pytest.mark.parametrize(
    ("lang", "role", "word"),
    [
        ("fa", "compiler", "گردآورنده"),
        ("fa", "illustrator", "تصویرگر"),
        ("fa", "editor", "به اهتمام"),
        ("ar", "compiler", "إعداد"),
        ("ja", "translator", "訳者"),
        ("ja", "compiler", "編纂"),
        ("zh", "compiler", "编纂"),
        ("ko", "translator", "옮긴이"),
        ("ko", "illustrator", "그린이"),
        ("id", "translator", "penerjemah"),
        ("id", "editor", "penyunting"),
        ("id", "compiler", "disusun oleh"),
        ("pl", "illustrator", "ilustrował"),
        ("cs", "translator", "přeložila"),
        ("nl", "editor", "redacteur"),
        ("it", "compiler", "compilato da"),
    ],
)
def test_role_word(lang: str, role: str, word: str) -> None:
    assert word in L.get(lang).terms("person_names", role)


def test_role_words_are_no_ordinary_words() -> None:
    # 'rights' and 'research' are ordinary words, never a role before a name
    assert "حقوق" not in L.get("fa").terms("person_names", "editor")
    assert "بحث" not in L.get("ar").terms("words", "interface_words")


@pytest.mark.parametrize(
    ("lang", "city"),
    [
        ("fa", "ارومیه"),
        ("ar", "المنامة"),
        ("ja", "つくば"),
        ("zh", "青岛"),
        ("ko", "전주"),
        ("id", "Pekanbaru"),
    ],
)
def test_city(lang: str, city: str) -> None:
    rules = (L.get(lang),)
    assert is_city(city + ",", rules)
    # a street or a region named like a city is no city alone
    assert not is_city(city + " شمالی خیابان", rules)


@pytest.mark.parametrize(
    ("lang", "key", "heading"),
    [
        ("fa", "introduction", "مقدمه"),
        ("fa", "methods", "مواد و روش‌ها"),
        ("fa", "results", "یافته‌ها"),
        ("fa", "conclusions", "نتیجه‌گیری"),
        ("ar", "introduction", "المقدمة"),
        ("ar", "methods", "منهجية البحث"),
        ("ar", "results", "النتائج"),
        ("ar", "conclusions", "الخاتمة"),
    ],
)
def test_heading(lang: str, key: str, heading: str) -> None:
    assert heading.casefold() in L.casefolded_terms("headings", (L.get(lang),), key)
    # an abstract's heading is no section of the article
    assert "چکیده" not in L.casefolded_terms("headings", (L.get(lang),), key)


@pytest.mark.parametrize(
    ("text", "tag", "expect"),
    [
        # Egyptian spellings of June and July, a common Persian spelling of July and August,
        # Indonesian's older spellings (Pebruari, Nopember) and abbreviation Agt
        ("12 يونيه 2020", "ar", PartialDate(2020, 6, 12)),
        ("3 يوليه 2019", "ar", PartialDate(2019, 7, 3)),
        ("12 ژوییه 2020", "fa", PartialDate(2020, 7, 12)),
        ("5 آگوست 2019", "fa", PartialDate(2019, 8, 5)),
        ("10 Nopember 1995", "id", PartialDate(1995, 11, 10)),
        ("3 Pebruari 1990", "id", PartialDate(1990, 2, 3)),
        ("4 Agt 2002", "id", PartialDate(2002, 8, 4)),
    ],
)
def test_month_forms(text: str, tag: str, expect: PartialDate) -> None:
    assert comet.parse_date(text, locales=[tag]) == expect


def test_month_form_near_miss() -> None:
    # a number and a year with an ordinary word between them are no date of a month
    assert comet.parse_date("12 آب 2020", locales=["fa"]) != PartialDate(2020, 8, 12)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("수정일: 2020.03.04", "revised"),
        ("Aanvaard op: 3 mei 2020", "accepted"),
        ("Datum ontvangst: 1 april 2020", "received"),
        ("Data poprawienia: 2020-01-02", "revised"),
        ("Datum revize: 12. 3. 2020", "revised"),
        ("Datum uložení: 2020-05-06", "deposited"),
    ],
)
def test_date_label(line: str, key: str) -> None:
    m = comet.match_label(line)
    assert m is not None and m.key == key, (line, m)


def test_date_label_near_miss() -> None:
    # 'accepted' inside a sentence is no label
    m = comet.match_label("Aanvaard werd het voorstel pas na drie jaar")
    assert m is None or m.key != "accepted"
