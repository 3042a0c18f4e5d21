"""Persons in shapes of session 24 (every case invented): the order of two-word names in
Cyrillic and Greek told by family names' endings and given names (locale data), Greek
labels, and role words after or before names in scripts without capitals."""

from __future__ import annotations

from typing import Any

import pytest

from comet import parse_record
from comet.names import parse_names


def _names(csl: dict[str, Any], role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", p.get("literal", "")), p.get("given", "")) for p in csl.get(role, [])]


# --- two-word names in Cyrillic: a family name's ending first ---------------------------

SHOP_RU = "Главная\nКаталог\nСолёные болота севера\n{name}\nИздательство: Болото\nГод издания: 2015\nISBN 978-5-00000-000-7\n"
SHOP_UK = "Головна\nКаталог\nСолоні болота півночі\nАвтор: {name}\nВидавництво: Болото\nРік: 2015\n"


@pytest.mark.parametrize(
    ("page", "name", "want"),
    [
        (SHOP_RU, "Кловенкова Ярослава", [("Кловенкова", "Ярослава")]),
        (SHOP_RU, "Тамбасов Велимир", [("Тамбасов", "Велимир")]),
        (SHOP_RU, "Автор: Брынских Зоряна", [("Брынских", "Зоряна")]),
        (SHOP_UK, "Кловенко Мирослава", [("Кловенко", "Мирослава")]),
        (SHOP_UK, "Гнатчук Ярема", [("Гнатчук", "Ярема")]),
        # a given name known to the lexicons, in either place
        (SHOP_RU, "Автор: Дарья Кловер", [("Кловер", "Дарья")]),
        (SHOP_RU, "Автор: Кловер Глеб", [("Кловер", "Глеб")]),
    ],
)
def test_a_two_word_cyrillic_name_opening_with_a_family_names_ending_is_family_first(
    page: str, name: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(page.format(name=name)).to_csl()) == want


@pytest.mark.parametrize(
    ("page", "name", "want"),
    [
        # near misses: the ending last (given name first, as printed)
        (SHOP_RU, "Автор: Велимир Тамбасов", [("Тамбасов", "Велимир")]),
        # both words with an ending: read as printed
        (SHOP_RU, "Автор: Тамбасов Кловенков", [("Кловенков", "Тамбасов")]),
        # a given name with a family name's ending ('Яков', in the lexicon) first
        (SHOP_RU, "Автор: Яков Брамс", [("Брамс", "Яков")]),
        # a Latin name is never turned by Cyrillic endings
        (SHOP_UK, "Tambasov Velimir", [("Velimir", "Tambasov")]),
    ],
)
def test_a_two_word_name_without_a_family_names_ending_first_keeps_its_order(
    page: str, name: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(page.format(name=name)).to_csl()) == want


def test_a_guests_known_given_name_leaves_a_patronymic_list_family_first() -> None:
    text = (
        "Библиотечные фонды малых городов\n"
        "Автор: Тамбасова Лидия Игоревна, Джон Кловер, Кловенко Семён Ильич\n"
        "Рубрика: Книжное дело\n"
    )
    assert _names(parse_record(text).to_csl()) == [
        ("Тамбасова", "Лидия Игоревна"),
        ("Кловер", "Джон"),
        ("Кловенко", "Семён Ильич"),
    ]


# --- Greek ---------------------------------------------------------------------------------

REPO_EL = (
    "Ιδρυματικό αποθετήριο\n"
    "Μελέτη της θερμικής συμπεριφοράς των υλικών του βάλτου\n"
    "Δημιουργός: {name}\n"
    "Επιβλέπων: Κοντός Απόστολος\n"
    "Ημερομηνία: 12 Μαρτίου 2019\n"
    "Γλώσσα: Ελληνικά\n"
    "Λέξεις κλειδιά: θερμότητα, υλικά\n"
)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Σαββίδου Ευτέρπη", [("Σαββίδου", "Ευτέρπη")]),
        ("Βαλτόπουλος Ορέστης", [("Βαλτόπουλος", "Ορέστης")]),
        ("Κρασάκης Γιώργος", [("Κρασάκης", "Γιώργος")]),
        ("Κρασάκη Στέλλα", [("Κρασάκη", "Στέλλα")]),
        # a known given name last
        ("Βάλτης Απόστολος", [("Βάλτης", "Απόστολος")]),
        # near misses: given name first, as printed
        ("Ορέστης Βαλτόπουλος", [("Βαλτόπουλος", "Ορέστης")]),
        ("Νίκος Βάλτης", [("Βάλτης", "Νίκος")]),
    ],
)
def test_a_greek_repository_records_author_label_and_name_order(
    name: str, want: list[tuple[str, str]]
) -> None:
    csl = parse_record(REPO_EL.format(name=name)).to_csl()
    assert _names(csl) == want
    assert csl["issued"] == {"date-parts": [[2019, 3, 12]]}
    assert csl["language"] == "el"


def test_a_greek_shops_labels_give_the_author_and_the_publisher() -> None:
    text = (
        "Στοιχεία βιβλίου\nΗ ήσυχη όχθη του βάλτου\nΣυγγραφέας: Βαλτόπουλος Ορέστης\n"
        "Εκδότης: Αστέρι\nΈτος έκδοσης: 2021\n"
    )
    csl = parse_record(text).to_csl()
    assert _names(csl) == [("Βαλτόπουλος", "Ορέστης")]
    assert csl["publisher"] == "Αστέρι"


# --- role words after or before names in scripts without capitals ---------------------------

HEADS = {
    "zh": "图书详情\n沼泽边的冬天\n",
    "ja": "書誌詳細\n沼のほとりの冬の記録\n",
    "ko": "도서 상세\n늪가의 겨울 기록\n",
    "ar": "تفاصيل الكتاب\nشتاء على حافة المستنقع\n",
}
TAILS = {
    "zh": "出版社: 沼泽出版社\n出版年: 2021\n",
    "ja": "出版社: 沼書房\n出版年: 2021\n",
    "ko": "출판사: 늪출판\n발행년: 2021\n",
    "ar": "الناشر: دار المستنقع\n",
}


@pytest.mark.parametrize(
    ("lang", "line", "want"),
    [
        # a role mark alone after a slash closes the name before it
        ("ja", "著者: 沼田 冬子／著", [("沼田", "冬子")]),
        # a mark closes the names of its own statement only (ISBD's ';' between functions)
        ("ko", "저자: 한늪이 ; 윤겨울 옮김", [("한", "늪이")]),
        ("ja", "著者: 沼田冬子 著 ; 岸辺一郎 訳", [("沼田冬子", "")]),
        # the other roles' names alone: no author
        ("zh", "作者: 沈冬雪 主编", []),
        # a role word before a name in Arabic: the author's dropped, another role's name
        ("ar", "المؤلف: تأليف رنا المستنقع", [("المستنقع", "رنا")]),
        ("ar", "المؤلف: رنا المستنقع ؛ ترجمة سامي الحافة", [("المستنقع", "رنا")]),
        # near misses: one mark after names joined by commas closes them all
        ("zh", "作者: 沈冬雪、岸小河 著", [("沈", "冬雪"), ("岸", "小河")]),
        ("ko", "저자: 한늪이, 윤겨울 지음", [("한", "늪이"), ("윤", "겨울")]),
    ],
)
def test_role_words_in_a_script_without_capitals(
    lang: str, line: str, want: list[tuple[str, str]]
) -> None:
    csl = parse_record(HEADS[lang] + line + "\n" + TAILS[lang]).to_csl()
    assert _names(csl) == want


def test_a_one_character_role_word_opens_no_name() -> None:
    # (negative) '文' is a role word after a name and a Chinese surname: a spaced name
    # opening with it keeps it
    csl = parse_record(HEADS["zh"] + "作者: 文 冬雪\n" + TAILS["zh"]).to_csl()
    assert _names(csl) == [("文", "冬雪")]


def test_the_name_parser_drops_a_role_word_before_a_caseless_name() -> None:
    got = parse_names("ترجمة سامي الحافة")
    assert [(p.family, p.given) for p in got] == [("الحافة", "سامي")]
    assert got.role == "translator"
    # (negative) a one-character role word of Han stays a surname
    assert [(p.family, p.given) for p in parse_names("文 冬雪")] == [("文", "冬雪")]


# --- no person on a page that is no record ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ошибка 404\nСтраница не найдена\nАвтор: Сомова Дарья\nВернуться на главную\n",
        "Помилка\nСторінку не знайдено\nАвтор: Кловенко Мирослава\nНа головну\n",
        "Σφάλμα\nΗ σελίδα δεν βρέθηκε\nΣυγγραφέας: Βαλτόπουλος Ορέστης\nΑρχική σελίδα\n",
        "Error\nPágina no encontrada\nAutor: Ana Ruiz\nVolver al inicio\n",
    ],
)
def test_an_error_page_in_other_languages_names_no_author(text: str) -> None:
    record = parse_record(text)
    assert record.authors == ()
    assert "not-a-record" in {d.code for d in record.diagnostics}


def test_a_record_page_that_mentions_a_missing_page_is_still_read() -> None:
    # (negative) the phrase on a record with its DOI: the record stays
    text = (
        "Тихий берег реки\nАвтор: Сомова Дарья\nЖурнал: Болото\nГод: 2021\n"
        "DOI: 10.1234/boloto.2021.7\nПримечание: страница не найдена в старом выпуске\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Сомова", "Дарья")]


# --- a page of one citation printed twice -------------------------------------------------------

CITED = (
    "O. Fenn, P. Quist, и H. Lode. Marsh Notes 2012 - Proceedings der 9. Marsch-Tagung, "
    "том 12 из Notes in Marsh Studies, стр. 41. Fen Society, Reedham Verlag, (мая 2012)"
)


@pytest.mark.parametrize("copies", [1, 2, 3])
def test_a_page_of_one_citation_printed_again_is_that_works_citation(copies: int) -> None:
    csl = parse_record("\n".join([CITED] * copies) + "\n").to_csl()
    assert _names(csl) == [("Fenn", "O."), ("Quist", "P."), ("Lode", "H.")]


def test_two_different_citations_are_no_one_works_export() -> None:
    # (negative) two works cited: a list, no record of either
    other = "Lund, P. (2015). Salt and tide. Marsh Studies, 13(1), 1-9."
    assert _names(parse_record(f"{CITED}\n{other}\n").to_csl()) == []
