"""The field labels repository and journal platforms print in each language (session 28,
labels28): the wordings of DSpace's item pages (7.x, XMLUI, JSPUI) and OJS's article pages
as their interface translations give them, in the languages comet has files for, and a
first ``[labels]`` section for Lithuanian and Armenian. Every record below is invented
(people, journals, places, numbers); no platform's page is copied."""

from __future__ import annotations

from typing import Any

import pytest

import comet


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
Évfolyam: 14
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
    item = comet.parse_record(text).to_csl()
    for field, value in want.items():
        got = item.get(field)
        if field in ("author", "editor"):
            assert got and got[0].get("family") == value, (field, got)
        else:
            assert got == value, (field, got)


def test_a_record_date_under_new_labels() -> None:
    item = comet.parse_record(RECORDS[0][0]).to_csl()
    assert item["issued"]["date-parts"][0] == [2021, 3, 12]
