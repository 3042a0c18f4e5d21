"""The field labels of the weaker languages (session 25, locales25): what repositories,
library catalogues, journals and bookshops print in Dutch, German, French, Spanish,
Portuguese, Norwegian, Czech, Polish, Indonesian, Turkish, Arabic, Persian, Chinese,
Japanese and Korean. Every record below is invented (people, journals, places, numbers)."""

from __future__ import annotations

from typing import Any

import pytest

import comet
from tests.record_checks import assert_record


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Titel van het artikel: Dijken en duinen", "title"),
        ("Verschijningsdatum: 12 maart 2019", "published"),
        ("Naam tijdschrift: Tijdschrift voor Polderstudies", "journal"),
        ("Samensteller: Jan de Vries", "editor"),
        ("Sprache des Dokuments: Deutsch", "language"),
        ("Verfasser*in: Anna Moor", "author"),
        ("Gutachter*in: Hans Heide", "supervisor"),
        ("Doctorant : Marie Dupont", "author"),
        ("Langue de la thèse : français", "language"),
        ("Tesista: Lucía Fernández", "author"),
        ("Discente: João Silva", "author"),
        ("Autor práce: Jana Nováková", "author"),
        ("Rok obhajoby: 2017", "year"),
        ("Liczba stron pracy: 210", "page_count"),
        ("Nama Mahasiswa: Budi Santoso", "author"),
        ("Tez Yazarı: Ayşe Yılmaz", "author"),
        ("اسم الباحث: أحمد محمود", "author"),
        ("نام نویسنده: علی رضایی", "author"),
        ("عنوان مجله: پژوهش‌های آبخیز", "journal"),
        ("论文题目：黄河三角洲湿地植被演替研究", "title"),
        ("研究生：王建国", "author"),
        ("所属院系：环境学院", "department"),
        ("著者・編者: 山田太郎", "author"),
        ("収録誌名: 陸水研究", "journal"),
        ("논문제목: 갯벌 식생의 계절 변화", "title"),
        ("수록지명: 한국습지학회지", "journal"),
    ],
)
def test_label(line: str, key: str) -> None:
    m = comet.match_label(line)
    assert m is not None and m.key == key, (line, m)


@pytest.mark.parametrize(
    "line",
    [
        # a publisher's name opens with a publisher word, a journal's with a journal word:
        # neither is a label
        "انتشارات نگاه نو",
        "فصلنامه مطالعات روستایی: دوره 12",
        # contents and a homepage link are no abstract and no pages
        "Inhalt: Vorwort, Einleitung, Register",
        "Startseite",
        # an academic title is no work's title
        "Titul: Mgr.",
        # an edition statement is no label and value ('first print')
        "چاپ اول",
    ],
)
def test_near_miss_is_no_label(line: str) -> None:
    m = comet.match_label(line)
    assert m is None or m.key not in (
        "publisher",
        "journal",
        "abstract",
        "pages",
        "title",
        "edition",
    ), (
        line,
        m,
    )


RECORDS: list[tuple[str, dict[str, Any]]] = [
    (
        """Zoeken in de catalogus
Titel van het artikel: Waterbeheer in de polders van Oost-Wadland
Schrijver: Jansen, Pieter
Naam tijdschrift: Tijdschrift voor Polderstudies
Jaargang: 14
Afleveringsnummer: 3
Paginabereik: 45-67
Verschijningsdatum: 12 maart 2019
Taal van de publicatie: Nederlands
""",
        {
            "title": "Waterbeheer in de polders van Oost-Wadland",
            "container-title": "Tijdschrift voor Polderstudies",
            "author": "Jansen",
            "page": "45-67",
        },
    ),
    (
        """Dissertation
Titel der Arbeit: Die Entwicklung der Moorlandschaft im Heideland
Verfasser*in: Müller, Anna
Gutachter*in: Schmidt, Hans
Hochschule: Universität Heidestadt
Datum der Veröffentlichung: 2020-05-14
Seitenanzahl: 245
Sprache des Dokuments: Deutsch
""",
        {"author": "Müller", "number-of-pages": "245"},
    ),
    (
        """论文题目：黄河三角洲湿地植被演替研究
研究生：王建国
指导教师：李华
学位授予单位：东方大学
学位类别：博士
答辩日期：2019-06-15
论文页数：156
关键词：湿地；植被；演替
""",
        {"title": "黄河三角洲湿地植被演替研究", "author": "王", "number-of-pages": "156"},
    ),
    (
        """タイトル: 湖沼の水質と植物プランクトン
著者・編者: 山田 太郎
収録誌名: 陸水研究
巻号: 12
ページ範囲: 45-67
発売日: 2018年4月1日
""",
        {"container-title": "陸水研究", "author": "山田", "page": "45-67"},
    ),
    (
        """عنوان مقاله: بررسی نقش قنات در کشاورزی سنتی
نام نویسنده: علی رضایی
عنوان مجله: مطالعات روستایی
شماره پیاپی: 45
زبان متن: فارسی
""",
        {"author": "رضایی", "container-title": "مطالعات روستایی"},
    ),
    (
        """논문제목: 갯벌 식생의 계절 변화
저자: 김민수
수록지명: 한국습지학회지
권호: 제12권 제3호
수록페이지: 45-67
발행년월: 2019.03
""",
        {"title": "갯벌 식생의 계절 변화", "container-title": "한국습지학회지"},
    ),
    (
        """Název práce: Vývoj mokřadní vegetace v jižních Čechách
Autor práce: Jana Nováková
Vedoucí práce: Petr Svoboda
Rok obhajoby: 2017
Počet stran práce: 96
Druh práce: Diplomová práce
""",
        {"author": "Nováková", "number-of-pages": "96"},
    ),
    (
        """Tytuł pracy: Roślinność torfowisk Pomorza
Autor pracy: Anna Kowalska
Promotor: Jan Nowak
Rok obrony: 2016
Liczba stron pracy: 210
Typ pracy: Praca doktorska
""",
        {"author": "Kowalska", "number-of-pages": "210"},
    ),
    (
        """Judul Skripsi: Pengaruh Irigasi terhadap Hasil Padi di Jawa Barat
Nama Mahasiswa: Budi Santoso
Dosen Pembimbing: Siti Rahmawati
Tahun Lulus: 2020
Jenis Dokumen: Skripsi
""",
        {"title": "Pengaruh Irigasi terhadap Hasil Padi di Jawa Barat", "author": "Santoso"},
    ),
    (
        """Tez Adı: Ege Bölgesi Sulak Alanlarında Kuş Göçü
Tez Yazarı: Ayşe Yılmaz
Tez Danışmanı: Mehmet Demir
Yayın Yılı: 2015
Tez Türü: Doktora
""",
        {"title": "Ege Bölgesi Sulak Alanlarında Kuş Göçü", "author": "Yılmaz"},
    ),
    (
        """Título del trabajo: Humedales de la cuenca del Duero
Tesista: Lucía Fernández
Director de tesis: Carlos Ruiz
Año de defensa: 2014
Tipo de documento: Tesis doctoral
""",
        {"title": "Humedales de la cuenca del Duero", "author": "Fernández"},
    ),
    (
        """Título do trabalho: Várzeas do baixo Amazonas
Discente: João Silva
Orientador: Maria Souza
Ano de defesa: 2013
Tipo de documento: Dissertação de mestrado
""",
        {"title": "Várzeas do baixo Amazonas", "author": "Silva"},
    ),
    (
        """عنوان الأطروحة: النباتات المائية في دلتا النيل
اسم الباحث: أحمد محمود
المشرف الرئيسي: محمد علي
سنة المناقشة: 2012
نوع الرسالة: رسالة ماجستير
""",
        {"title": "النباتات المائية في دلتا النيل", "author": "محمود"},
    ),
]


@pytest.mark.parametrize(("text", "want"), RECORDS)
def test_record(text: str, want: dict[str, str]) -> None:
    assert_record(text, want)


# --- Slovak (sk.toml, new) -------------------------------------------------------------

SK_ABSTRACT = (
    "Práca sa zaoberá vývojom vegetácie mokradí, ktoré boli v minulosti odvodnené. Podľa "
    "výsledkov sú niektoré plochy veľmi cenné a ich obnova je preto potrebná, keď sa zmení "
    "režim vody. Sledovali sme tiež zmeny medzi rokmi, ktoré ukazujú návrat pôvodných druhov."
)
CS_ABSTRACT = (
    "Práce se zabývá vývojem vegetace mokřadů, které byly v minulosti odvodněny. Podle "
    "výsledků jsou některé plochy velmi cenné a jejich obnova je proto potřebná, když se "
    "změní režim vody. Sledovali jsme také změny mezi roky, které ukazují návrat původních druhů."
)


def test_a_slovak_thesis_record() -> None:
    page = (
        "Názov práce: Vývoj mokraďovej vegetácie na južnom Hronci\n"
        "Autor práce: Zuzana Kováčová\n"
        "Vedúci práce: Peter Horváth\n"
        "Dátum obhajoby: 14. júna 2018\n"
        "Počet strán: 88\n"
        "Typ práce: Diplomová práca\n"
        f"Abstrakt\n{SK_ABSTRACT}\n"
    )
    item = comet.parse_record(page).to_csl()
    assert item["title"] == "Vývoj mokraďovej vegetácie na južnom Hronci"
    assert item["author"][0]["family"] == "Kováčová"
    assert item["issued"]["date-parts"][0] == [2018, 6, 14]
    assert item["type"] == "thesis" and item["number-of-pages"] == "88"
    assert item["language"] == "sk"


def test_a_czech_abstract_stays_czech() -> None:
    page = (
        "Název práce: Vývoj mokřadní vegetace v jižním Pomoraví\n"
        f"Autor práce: Jana Nováková\nAbstrakt\n{CS_ABSTRACT}\n"
    )
    assert comet.parse_record(page).to_csl()["language"] == "cs"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Diplomová práca", "masters-thesis"),
        ("Dizertačná práca", "doctoral-thesis"),
        ("Bakalárska práca", "thesis"),
        ("Afstudeerscriptie", "masters-thesis"),
        ("Staatsexamensarbeit", "masters-thesis"),
        ("Sanatta Yeterlik Tezi", "doctoral-thesis"),
        ("مذكرة ماجستير", "masters-thesis"),
        ("مقاله علمی-ترویجی", "journal-article"),
        ("毕业论文", "thesis"),
        ("修士学位論文", "masters-thesis"),
        ("학술논문", "journal-article"),
        ("Tugas Akhir", "thesis"),
    ],
)
def test_document_types(text: str, key: str) -> None:
    assert comet.parse_publication_type(text).key == key


@pytest.mark.parametrize("text", ["Článok", "Laporan", "報告書", "كتاب", "مقاله"])
def test_one_word_news_genres_name_no_type(text: str) -> None:
    with pytest.raises(comet.ParseError):
        comet.parse_publication_type(text)


# --- Persian: affiliation marks in the Arabic script's digits -----------------------------

FA_PAGE = """مطالعه تطبیقی نظام آبیاری سنتی در دشت‌های مرکزی
نویسندگان
علی رضایی ۱؛ مریم کاظمی ۲
چکیده
این پژوهش به بررسی شیوه‌های آبیاری سنتی در سه روستای نمونه می‌پردازد و نشان می‌دهد که قنات‌ها هنوز نقش مهمی در کشاورزی دارند.
"""


def test_persian_digits_mark_a_byline() -> None:
    authors = comet.parse_record(FA_PAGE).to_csl()["author"]
    assert [a["family"] for a in authors] == ["رضایی", "کاظمی"]


def test_a_persian_title_with_a_number_is_no_byline() -> None:
    page = FA_PAGE.replace("مطالعه تطبیقی نظام آبیاری سنتی در دشت‌های مرکزی", "بررسی ۳ روستای نمونه")
    item = comet.parse_record(page).to_csl()
    assert item["title"] == "بررسی ۳ روستای نمونه"


# --- pages that are no record: error pages and empty searches in more languages ----------


@pytest.mark.parametrize(
    "page",
    [
        "ホーム\nお探しのページは見つかりませんでした\nトップページへ戻る\n",
        "首页\n您访问的页面不存在\n返回首页\n",
        "홈\n요청하신 페이지를 찾을 수 없습니다\n메인으로\n",
        "صفحه اصلی\nصفحه مورد نظر یافت نشد\n",
        "الرئيسية\nالصفحة المطلوبة غير موجودة\n",
        "Beranda\nHalaman tidak ditemukan\n",
        "Domov\nStránka sa nenašla\n",
    ],
)
def test_an_error_page_is_no_record(page: str) -> None:
    record = comet.parse_record(page)
    assert any(d.code == "not-a-record" for d in record.diagnostics)


def test_a_record_under_a_search_box_is_a_record() -> None:
    page = (
        "検索結果はありません\n"
        "タイトル: 湖沼の水質と植物プランクトン\n"
        "著者・編者: 山田 太郎\n"
        "収録誌名: 陸水研究\n"
        "発売日: 2018年4月1日\n"
    )
    record = comet.parse_record(page)
    assert not any(d.code == "not-a-record" for d in record.diagnostics)
    assert record.to_csl()["title"] == "湖沼の水質と植物プランクトン"


# --- French comics (bande dessinée) catalogues: the creators' roles as labels (the
# writer an author; the artist and the colourist contributors) ------------

BD_RECORD = """La Forêt des lanternes
Série : Les Veilleurs du marais
Scénario : Marchal, Odile
Dessin : Brunel, Tom
Couleurs : Vasseur, Inès
Dépôt légal : 03/2011
Éditeur : Éditions du Héron
Planches : 48
ISBN : 978-2-1234-5680-3
"""


def test_a_comics_record_names_its_writer() -> None:
    item = comet.parse_record(BD_RECORD).to_csl()
    assert [a["family"] for a in item["author"]] == ["Marchal"]
    assert item["number-of-pages"] == "48"
    assert item["issued"]["date-parts"][0][:2] == [2011, 3]


def test_the_artist_and_the_colourist_are_contributors() -> None:
    item = comet.parse_record(BD_RECORD).to_csl()
    assert "Vasseur" not in [a.get("family") for a in item.get("author", [])]
    assert {"Brunel", "Vasseur"} <= {c.get("family") for c in item.get("contributor", [])}
