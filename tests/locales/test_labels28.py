"""The field labels repository and journal platforms print in each language (session 28,
labels28): the wordings of DSpace's item pages (7.x, XMLUI, JSPUI) and OJS's article pages
as their interface translations give them, in the languages comet has files for, and a
first ``[labels]`` section for Lithuanian and Armenian. Every record below is invented
(people, journals, places, numbers); no platform's page is copied."""

from __future__ import annotations

from typing import Any

import pytest

import comet
from tests.record_checks import assert_record


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # DSpace's item page and full record
        ("Zeitschrift oder Schriftenreihe: Mitteilungen der Heidegesellschaft", "container"),
        ("Revue ou série : Cahiers des marais", "container"),
        ("Czasopismo lub seria: Zeszyty Torfowe", "container"),
        ("ISSN der Zeitschrift: 1234-5679", "issn"),
        ("Serie/rapport nr.: Myrrapporter; 12", "series"),
        ("Edice/Číslo zprávy: Zprávy o mokřadech; 7", "series"),
        ("Sonstige Titel: Moore im Wandel", "other_title"),
        ("Другие названия: Болота в прошлом", "other_title"),
        ("Das Dokument erscheint in: Fachbereich Biologie", "collections"),
        # OJS's article page and citation metadata
        ("Autor*innen: Lena Moorbach, Jens Riedl", "author"),
        ("Auteur-e-s : Claire Marais", "author"),
        ("Titre du chapitre : Les tourbières du Jura", "title"),
        ("Título del capítulo: Las turberas de Sanabria", "title"),
        ("Mot(s)-clé(s) : tourbe, marais", "keywords"),
        ("Palabra(s) clave: turba, humedal", "keywords"),
        ("Nasıl Atıf Yapılır: Yılmaz, A. (2020)", "cite_this"),
        ("Udgivernavn: Mosens Forlag", "publisher"),
        ("Kiadó neve: Pusztai Kiadó", "publisher"),
        ("Folyóirat címe: Alföldi Közlemények", "journal"),
        ("Naslov časopisa: Jadranski vjesnik", "journal"),
        ("Jezik / Language: hrvatski", "language"),
        ("Γλώσσα/Language: Ελληνικά", "language"),
        ("Τίτλος Περιοδικού/Βιβλίου: Θεσσαλικά Χρονικά", "journal"),
        ("Datum objavljivanja: 2022-01-17", "published"),
        ("Tiêu đề tạp chí: Tạp chí Sinh thái Đồng bằng", "journal"),
        ("Tên nhà xuất bản: Nhà xuất bản Sông Hồng", "publisher"),
        ("عنوان الفصل: نباتات الأهوار", "title"),
        ("نام ناشر: نشر کویر", "publisher"),
        ("שם כתב העת: עיונים באקולוגיה", "journal"),
        ("雑誌名・書名: 湿原研究", "journal"),
        ("학술지 이름: 한국습지학회지", "journal"),
        # Lithuanian and Armenian (new [labels] sections)
        ("Pavadinimas: Pelkių augalija", "title"),
        ("Raktažodžiai: pelkės; durpės", "keywords"),
        ("Leidykla: Vilniaus leidykla", "publisher"),
        ("Leidimo metai: 2018", "year"),
        ("Վերնագիր: Սևանի ճահիճները", "title"),
        ("Հեղինակներ: Արամ Պետրոսյան", "author"),
        ("Բանալի բառեր: ճահիճ, տորֆ", "keywords"),
    ],
)
def test_label(line: str, key: str) -> None:
    m = comet.match_label(line)
    assert m is not None and m.key == key, (line, m)


@pytest.mark.parametrize(
    "line",
    [
        # a pager's link is no first or last page
        "První stránka",
        "Első oldal",
        "Первая страница",
        # a Lithuanian given name is no volume label; an Armenian postposition no issue label
        "Tomas Jonaitis",
        "Համար",
        # a mail form's subject and an identifier of any kind are no record labels here
        "Sujet : Demande de prêt",
        "Identifier: 4711",
        # a school's year is no volume: Hungarian 'Évfolyam', Slovenian 'Letnik'
        "Évfolyam: 9.",
        "Letnik: 3",
    ],
)
def test_near_miss_is_no_label(line: str) -> None:
    m = comet.match_label(line)
    assert m is None or m.key not in (
        "first_page",
        "last_page",
        "volume",
        "issue",
        "subjects",
        "url",
    ), (line, m)


RECORDS: list[tuple[str, dict[str, Any]]] = [
    (
        """Straipsnio pavadinimas: Pelkių augalijos kaita Žemaitijos aukštumoje
Autoriai: Rūta Kazlauskienė, Darius Petrauskas
Žurnalas: Baltijos ekologijos darbai
Numeris: 3
Puslapiai: 45-67
Paskelbimo data: 2021-03-12
Kalba: lietuvių
Raktažodžiai: pelkės; augalija; sukcesija
""",
        {
            "title": "Pelkių augalijos kaita Žemaitijos aukštumoje",
            "author": "Kazlauskienė",
            "container-title": "Baltijos ekologijos darbai",
            "issue": "3",
            "page": "45-67",
        },
    ),
    (
        """Վերնագիր: Սևանի ավազանի ճահճային բուսականությունը
Հեղինակներ: Արամ Պետրոսյան
Ամսագիր: Հայկական էկոլոգիական հանդես
Հատոր: 12
Էջեր: 45-67
Հրապարակման ամսաթիվ: 2020-05-14
Բանալի բառեր: ճահիճ, բուսականություն
""",
        {
            "title": "Սևանի ավազանի ճահճային բուսականությունը",
            "author": "Պետրոսյան",
            "container-title": "Հայկական էկոլոգիական հանդես",
            "volume": "12",
            "page": "45-67",
        },
    ),
    (
        """Cím: A Tisza-tó vizes élőhelyeinek növényzete
Szerzők: Kovács Anna
Folyóirat címe: Alföldi Ökológiai Közlemények
Kötet: 14
Folyóirat szám: 2
Oldalak: 45-67
Megjelent: 2019-09-30
Kiadó neve: Pusztai Kiadó
""",
        {
            "container-title": "Alföldi Ökológiai Közlemények",
            "volume": "14",
            "issue": "2",
            "publisher": "Pusztai Kiadó",
        },
    ),
    (
        """Τίτλος κεφαλαίου: Η βλάστηση των υγροτόπων της Θεσσαλίας
Συγγραφείς: Νίκος Παπαδόπουλος
Τίτλος Περιοδικού/Βιβλίου: Ελληνικά Οικολογικά Χρονικά
Τόμος: 8
Σελίδες: 101-119
Ημερομηνία δημοσίευσης: 2018-11-02
Γλώσσα/Language: Ελληνικά
""",
        {
            "title": "Η βλάστηση των υγροτόπων της Θεσσαλίας",
            "container-title": "Ελληνικά Οικολογικά Χρονικά",
            "volume": "8",
        },
    ),
    (
        """Naslov poglavlja: Vegetacija močvara donje Neretve
Autori: Ivana Horvat
Naslov časopisa: Jadranski ekološki vjesnik
Svezak: 21
Broj časopisa: 4
Stranice: 233-250
Datum objavljivanja: 2022-01-17
Ime izdavača: Primorska naklada
Jezik / Language: hrvatski
""",
        {
            "title": "Vegetacija močvara donje Neretve",
            "container-title": "Jadranski ekološki vjesnik",
            "issue": "4",
            "publisher": "Primorska naklada",
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), RECORDS)
def test_record(text: str, want: dict[str, str]) -> None:
    assert_record(text, want)


def test_a_record_date_under_new_labels() -> None:
    item = comet.parse_record(RECORDS[0][0]).to_csl()
    assert item["issued"]["date-parts"][0] == [2021, 3, 12]


# --- new partial files: Catalan, Romanian, Thai, Slovenian, Bulgarian ---------------------

NEW_RECORDS: list[tuple[str, dict[str, Any]]] = [
    (
        """Títol: La vegetació dels aiguamolls del delta de l'Ebre
Autors: Puig, Jordi; Vidal, Marta
Data de publicació: 2019-04-23
Paraules clau: aiguamolls; vegetació
Llengua: català
Títol de la revista: Butlletí d'Ecologia Mediterrània
Pàgines: 45-67
""",
        {
            "title": "La vegetació dels aiguamolls del delta de l'Ebre",
            "author": "Puig",
            "container-title": "Butlletí d'Ecologia Mediterrània",
            "page": "45-67",
            "language": "ca",
        },
    ),
    (
        """Titlul articolului: Vegetația zonelor umede din Delta Dunării
Autorii: Ion Popescu, Maria Ionescu
Titlul revistei: Studii de Ecologie Dunăreană
Volumul: 12
Număr: 3
Pagini: 101-119
Data publicării: 14 martie 2020
Cuvinte cheie: zone umede; vegetație
""",
        {
            "title": "Vegetația zonelor umede din Delta Dunării",
            "author": "Popescu",
            "container-title": "Studii de Ecologie Dunăreană",
            "volume": "12",
            "issue": "3",
        },
    ),
    (
        """ชื่อบทความ: การเปลี่ยนแปลงของพืชพรรณในพื้นที่ชุ่มน้ำหนองบัว
ผู้แต่ง: สมชาย ใจดี
ชื่อวารสาร: วารสารนิเวศวิทยาลุ่มน้ำ
เล่มที่: 12
ฉบับที่: 3
เลขหน้า: 45-67
วันที่เผยแพร่: 2021-03-12
""",
        {
            "title": "การเปลี่ยนแปลงของพืชพรรณในพื้นที่ชุ่มน้ำหนองบัว",
            "container-title": "วารสารนิเวศวิทยาลุ่มน้ำ",
            "volume": "12",
            "issue": "3",
            "page": "45-67",
        },
    ),
    (
        """Naslov: Vegetacija barij na Notranjskem
Avtorji: Janez Novak, Mojca Kralj
Revija: Acta ecologica Notranjska
Letnik: 17
Številka: 2
Strani: 33-51
Leto izdaje: 2020
Tipologija: 1.01 Izvirni znanstveni članek
""",
        {
            "author": "Novak",
            "container-title": "Acta ecologica Notranjska",
            "issue": "2",
            "page": "33-51",
        },
    ),
    (
        """Заглавие на статията: Растителността на влажните зони край Видин
Автори: Иван Петров
Списание: Северозападен екологичен вестник
Брой: 1
Страници: 12-30
Дата на публикуване: 2021-05-17
Ключови думи: влажни зони; растителност
Език: български
""",
        {
            "title": "Растителността на влажните зони край Видин",
            "author": "Петров",
            "container-title": "Северозападен екологичен вестник",
            "issue": "1",
            "page": "12-30",
            "language": "bg",
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), NEW_RECORDS)
def test_record_in_a_new_locale(text: str, want: dict[str, str]) -> None:
    assert_record(text, want)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the new files' repository types
        ("Tesi doctoral", "doctoral-thesis"),
        ("Treball de fi de grau", "masters-thesis"),
        ("Article de revista", "journal-article"),
        ("Teză de doctorat", "doctoral-thesis"),
        ("Lucrare de licență", "masters-thesis"),
        ("บทความวิจัย", "article"),
        ("วิทยานิพนธ์", "thesis"),
        ("Izvirni znanstveni članek", "article"),
        ("Pregledni znanstveni članek", "review-article"),
        ("Magistrsko delo", "masters-thesis"),
        ("Дисертационен труд", "doctoral-thesis"),
        ("Глава от книга", "chapter"),
        # COAR's labels in languages with files
        ("Článek v odborném časopisu", "journal-article"),
        ("Konferenzposter", "poster"),
        ("Журнальная статья", "journal-article"),
        ("会議発表ポスター", "poster"),
        ("Kitap eleştirisi", "book-review"),
        ("Comunicação em conferência", "conference-paper"),
    ],
)
def test_document_types(text: str, key: str) -> None:
    assert comet.parse_publication_type(text).key == key


@pytest.mark.parametrize(
    ("text", "tag", "iso"),
    [
        ("23 de febrer de 2019", "ca", "2019-02-23"),
        ("14 martie 2020", "ro", "2020-03-14"),
        ("mar 2019", "ro", "2019-03"),
        ("12 มีนาคม 2021", "th", "2021-03-12"),
        ("17. maj 2021", "sl", "2021-05-17"),
        ("17 май 2021", "bg", "2021-05-17"),
    ],
)
def test_new_locale_dates(text: str, tag: str, iso: str) -> None:
    got = comet.parse_date(text, locales=[tag])
    assert got is not None and got.iso() == iso


@pytest.mark.parametrize(
    "line",
    [
        # a publisher's own name opens with the word for a publishing house: no label
        "Editura Dunărea de Jos",
        "Založba Notranjska",
        "Издателство Дунав",
    ],
)
def test_a_publishing_house_name_is_no_label(line: str) -> None:
    m = comet.match_label(line)
    assert m is None or m.key != "publisher", (line, m)
