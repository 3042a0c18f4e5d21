"""Catalogue descriptions on pages of systems other than Koha (wide set "opac22"): ISBD
description lines with a placeholder for a missing publisher, the main entry's heading
printed before the title in direct order, an age rating closing the title, and a library's
page that opens with the description of the one book it is about. Every case is hand-written
in the shapes catalogues print; the titles, names and publishers are invented.
"""

from __future__ import annotations

from comet import locales as _loc
from comet.page import parse_record
from comet.page.age_ratings import isbd_rating
from comet.page.isbd import isbd_description
from comet.page.isbd_parts import stated_heading, statement_persons

RULES = _loc.all_rules()


def test_a_placeholder_for_the_publisher_still_makes_an_imprint() -> None:
    got = isbd_description(
        ["Oakridge, Mara", "Fen crossings / Mara Oakridge. - London : [s.n.], 1990. - 212 p."],
        RULES,
    )
    assert got is not None
    item = got[1]
    assert item["title"] == "Fen crossings"
    assert "publisher" not in item
    assert item["publisher-place"] == "London"
    assert item["issued"] == {"date-parts": [[1990]]}
    assert item["number-of-pages"] == "212"


def test_a_russian_placeholder_for_the_publisher() -> None:
    line = "Тихий берег : очерки / И. Лаптев. - Казань : Б.и., 2011. - 180 с."
    got = isbd_description([line], RULES)
    assert got is not None
    assert "publisher" not in got[1]
    assert got[1]["publisher-place"] == "Казань"
    assert got[1]["number-of-pages"] == "180"


def test_a_real_publisher_is_no_placeholder() -> None:
    got = isbd_description(
        ["Fen crossings / M. Oakridge. - London : Sn Press, 1990. - 212 p."], RULES
    )
    assert got is not None
    assert got[1]["publisher"] == "Sn Press"


def test_a_heading_before_the_title_is_read_when_the_statement_repeats_it() -> None:
    assert stated_heading("Лаптев Игорь. Болотные тропы : очерки / И. Лаптев") == (
        {"family": "Лаптев", "given": "Игорь"},
        "Болотные тропы : очерки / И. Лаптев",
    )
    assert stated_heading("Oakridge, Mara J. Salt roads / Mara Oakridge") == (
        {"family": "Oakridge", "given": "Mara J."},
        "Salt roads / Mara Oakridge",
    )
    assert stated_heading("Лаптев И. И. Болотные тропы / И. И. Лаптев")[0] == {
        "family": "Лаптев",
        "given": "И. И.",
    }


def test_a_title_opening_with_a_stop_keeps_its_words_without_the_name_in_the_statement() -> None:
    assert stated_heading("Saint Petersburg. A history of its bridges / by A. Fenwick") is None
    assert stated_heading("Marsh Tales. The fen stories / Oda Lark") is None
    assert stated_heading("Лаптев Игорь. Болотные тропы") is None  # no statement to repeat it


def test_the_heading_comes_off_the_title_of_a_description_line() -> None:
    line = (
        "Лаптев Игорь. Болотные тропы : очерки / И. Лаптев. - Казань : Озёрный край, 2011. - 180 с."
    )
    got = isbd_description([line], RULES)
    assert got is not None
    assert got[1]["title"] == "Болотные тропы : очерки"
    assert got[1]["author"] == [{"family": "Лаптев", "given": "Игорь"}]


def test_an_age_rating_closing_the_title_is_no_part_of_it() -> None:
    assert isbd_rating("Тихие воды : повесть : 12+", RULES) == "Тихие воды : повесть"
    assert isbd_rating("Клуб 50+", RULES) == "Клуб 50+"  # a title's own number and plus
    line = "Тихие воды : повесть : 16+ / перевод с английского Е. Ивлевой. - Москва : Полоса, 2021. - 320 с."
    got = isbd_description([line], RULES)
    assert got is not None
    assert got[1]["title"] == "Тихие воды : повесть"


REVIEW = """Лаптев Игорь. Болотные тропы : очерки / И. Лаптев. - Казань : Озёрный край, 2011. - 180 с.

Автор очерков много лет ходил по болотам Заволжья и рассказывает о них живо и подробно.
Книгу можно взять на абонементе центральной библиотеки.
Оставить комментарий
"""

NEW_BOOKS = """Лаптев Игорь. Болотные тропы : очерки / И. Лаптев. - Казань : Озёрный край, 2011. - 180 с.

Очерки о болотах Заволжья.

Сомова Ирина. Дом у реки : роман / И. Сомова. - Пермь : Камский двор, 2019. - 256 с.

Роман о семье и реке.
Книги можно взять на абонементе центральной библиотеки.
"""


def test_a_library_page_opening_with_a_book_description_is_about_that_book() -> None:
    csl = parse_record(REVIEW).to_csl()
    assert csl["title"] == "Болотные тропы : очерки" or csl["title"] == "Болотные тропы: очерки"
    assert csl["author"] == [{"family": "Лаптев", "given": "Игорь"}]
    assert csl["publisher"] == "Озёрный край"
    assert csl["number-of-pages"] == "180"


def test_a_list_of_new_books_gives_none_of_its_imprints_to_the_page() -> None:
    csl = parse_record(NEW_BOOKS).to_csl()
    assert csl.get("publisher") not in ("Озёрный край", "Камский двор")


def test_a_sentence_after_the_colon_is_no_publisher() -> None:
    got = isbd_description(
        ["Harbour notes / A. Lind. - Oslo : the ferries were late again, 2019. - 12 p."], RULES
    )
    assert got is None or got[1].get("publisher") is None


TRC_RECORD = """| タイトル | 湖のほとりの小さな家 |
|---|---|
| タイトルヨミ | ミズウミ/ノ/ホトリ/ノ/チイサナ/イエ |
| 著者 | 森川/葉子‖作 |
| 著者ヨミ | モリカワ,ヨウコ |
| 著者標目(ローマ字形) | Morikawa,Yoko |
| 著者 | 川辺/ミナ‖文 |
| 著者ヨミ | カワベ,ミナ |
| 著者 | 青木/健‖絵 |
| 著者ヨミ | アオキ,ケン |
| 出版者 | 湖畔書房 |
| 出版地,頒布地等 | 東京 |
| 出版年月,頒布年月等 | 2012.3 |
| ページ数等 | 95p |
"""


def test_role_marked_rows_of_a_catalogue_record_give_its_authors_and_illustrator() -> None:
    csl = parse_record(TRC_RECORD).to_csl()
    assert csl["author"] == [
        {"family": "森川", "given": "葉子"},
        {"family": "川辺", "given": "ミナ"},
    ]
    assert csl["illustrator"] == [{"family": "青木", "given": "健"}]


def test_a_marked_name_needs_a_role_word_of_the_locales() -> None:
    from comet.page.role_marks import marked_name

    assert marked_name("森川/葉子‖作", RULES) is not None
    assert marked_name("ドーデ‖作", RULES)[0].family == "ドーデ"
    assert marked_name("森川/葉子‖編", RULES)[1] == "editor"
    assert marked_name("森川/葉子‖xyz", RULES) is None  # no role word
    assert marked_name("森川/葉子", RULES) is None  # no mark
    assert marked_name("森川 葉子 ‖ 作 ‖ 絵", RULES) is None  # two marks: no one name


VUFIND_PARTIAL_MARC = """Salt roads of the north
Gespeichert in:
Format: | Buch |
Sprache: | English |
Schriftenreihe: | Harbour studies in geography
|
Beschreibung: | XII, 312 S. |
ISBN: | 1234567897 |
Internformat
MARC
LEADER | 00000nam a2200000 c 4500 | ||
---|---|---|---|
001 | BV099990001 | ||
003 | DE-604 | ||
005 | 20110509 | ||
008 | 110207s2011 d||| |||| 00||| eng d | ||
020 | |a 1234567897 |9 1-234-56789-7 | ||
"""

VUFIND_WHOLE_MARC = (
    VUFIND_PARTIAL_MARC
    + """245 | 1 | 0 | |a Salt roads of the north |c Ruth Penhallow |
264 | 1 | |a Leeds |b Harbour Books |c 2011 | |
"""
)


def test_a_marc_view_cut_short_before_its_title_field_keeps_the_page_s_other_values() -> None:
    csl = parse_record(VUFIND_PARTIAL_MARC).to_csl()
    assert csl["title"] == "Salt roads of the north"
    assert csl["number-of-pages"] == "312"
    assert csl["collection-title"] == "Harbour studies in geography"  # no bar left on it


def test_a_whole_marc_view_still_decides_the_fields_it_has() -> None:
    csl = parse_record(VUFIND_WHOLE_MARC).to_csl()
    assert csl["title"] == "Salt roads of the north"
    assert csl["publisher"] == "Harbour Books"
    assert "collection-title" not in csl  # the record has no series field: the line's is dropped


def test_a_label_cell_closed_by_a_bar_with_nothing_after_gives_no_value() -> None:
    csl = parse_record(
        "Salt roads\nFormat: | Buch |\nSchriftenreihe: |\n|\nISBN: | 1234567897 |\n"
    ).to_csl()
    assert "collection-title" not in csl


def test_the_statement_s_role_parts_give_translators_and_editors() -> None:
    got = statement_persons(
        "И. Лаптев ; пер. с англ. О. Сомовой, Е. Н. Гусевой ; под ред. А. Б. Лесного", RULES
    )
    assert got == {
        "translator": [
            {"family": "Сомовой", "given": "О."},
            {"family": "Гусевой", "given": "Е. Н."},
        ],
        "editor": [{"family": "Лесного", "given": "А. Б."}],
    }
    assert statement_persons("перевод с английского Т. Н. Орловой", RULES) == {
        "translator": [{"family": "Орловой", "given": "Т. Н."}]
    }


def test_a_statement_without_a_role_word_or_a_name_after_it_gives_no_roles() -> None:
    assert statement_persons("И. Лаптев, О. Сомова", RULES) == {}
    assert statement_persons("И. Лаптев ; пер. с англ.", RULES) == {}
    assert statement_persons("Mara Oakridge ; with a preface by the author", RULES) == {}


TRANSLATED = """Новинки абонемента

Лаптев Игорь. Болотные тропы : очерки / И. Лаптев ; пер. с англ. О. Сомовой. - Пермь : Озёрный край, 2020. - 180 с.

Очерки о тропах и людях.
"""


def test_a_translator_in_the_statement_of_a_page_s_description() -> None:
    csl = parse_record(TRANSLATED).to_csl()
    assert csl["author"] == [{"family": "Лаптев", "given": "Игорь"}]
    assert csl["translator"] == [{"family": "Сомовой", "given": "О."}]


SERIAL = """Anuario de caminos rurales
Publicado:1979-1994
Notas:Continuada por: Boletín de caminos rurales
Descripción Física:24 cm
Frecuencia de publicación:Anual
"""

SERIAL_DE = """Jahrbuch der Moorkunde
Erschienen: 1961-1990
Erscheinungsweise: jährlich
Umfang: 24 cm
"""


def test_a_record_with_a_frequency_of_publication_is_a_periodical() -> None:
    csl = parse_record(SERIAL).to_csl()
    assert csl["type"] == "periodical"
    assert csl.get("title") != "Frecuencia de publicación:Anual"
    serial_de = parse_record(SERIAL_DE).to_csl()
    assert serial_de["type"] == "periodical"
    assert "number-of-pages" not in serial_de  # 'Umfang: 24 cm': the volumes' size


ARTICLE_WITH_FREQUENCY = """Salt Roads Quarterly
Frequency: Quarterly
Fen crossings and their keepers
Mara Oakridge
Volume 12, Issue 3, pp. 101-124
DOI: 10.5555/srq.2019.0311
"""

RADIO = """Fenland Radio
Frequency: 101.5 FM
Listen to the morning show with Mara Oakridge every weekday.
"""


def test_a_frequency_beside_an_article_s_locators_or_with_a_number_is_no_periodical() -> None:
    assert parse_record(ARTICLE_WITH_FREQUENCY).to_csl()["type"] != "periodical"
    assert parse_record(RADIO).to_csl()["type"] != "periodical"


VUFIND_CELL = """Salt roads of the fen country
Gespeichert in:
Format: | Buch |
Sprache: | Deutsch |
Veröffentlicht: |
Hallbrück
Moorland Verlag
1998
|
Beschreibung: | 212 S. |
ISBN: | 3000000000 |
"""


def test_a_publication_cell_over_several_lines_gives_place_and_publisher() -> None:
    csl = parse_record(VUFIND_CELL).to_csl()
    assert csl["publisher"] == "Moorland Verlag"
    assert csl["publisher-place"] == "Hallbrück"
    assert csl["issued"] == {"date-parts": [[1998]]}
    assert "author" not in csl  # (the cell's lines are no byline)


def test_a_cell_without_its_closing_bar_gives_no_value() -> None:
    from comet.page.bar_cells import cell_value
    from comet.page.layout import read_layout

    open_cell = VUFIND_CELL.replace("1998\n|\n", "1998\n")
    layout = read_layout(open_cell, RULES)
    assert not [lv for lv in layout.labels if lv.key == "published" and lv.value]
    closed = read_layout(VUFIND_CELL, RULES)
    i = next(lv.line for lv in closed.labels if lv.key == "published")
    assert cell_value(closed.lines, [None] * len(closed.lines), i, "published") == (
        "Hallbrück : Moorland Verlag, 1998",
        closed.lines[i + 1].start,
        closed.lines[i + 3].end,
        i + 4,
    )


def test_an_issue_label_over_an_edition_statement_gives_the_edition() -> None:
    from comet.page.venue_fields import edition_value

    page = VUFIND_CELL.replace("Beschreibung:", "Ausgabe: | 2. Aufl. |\nBeschreibung:")
    assert parse_record(page).to_csl()["edition"].startswith("2. Aufl")
    assert edition_value("3rd edition", RULES)
    assert not edition_value("2", RULES)
    assert not edition_value("2nd", RULES)
    assert not edition_value("Sonderausgabe", RULES)


def test_a_heading_glued_without_a_stop_is_read_where_the_page_echoes_the_name() -> None:
    from comet.page.isbd_parts import echoed_heading

    title = "Сомова, Ирина Дом у реки : роман"
    assert echoed_heading(title, "Новая книга. Автор книги Ирина Сомова пишет о реке.") == (
        {"family": "Сомова", "given": "Ирина"},
        "Дом у реки : роман",
    )
    # no echo of the name on the page: a title opening with a word, a comma and a word
    assert echoed_heading("Dear, John Letters from the fen", "Letters from the fen.") is None
    assert echoed_heading(title, "Книга о реке.") is None


ECHOED = """Сомова, Ирина Дом у реки : роман / перевод с английского Т. Н. Орловой. - Пермь : Камский двор, 2019. - 256 с.

Роман, который написала Ирина Сомова, рассказывает о семье и реке.
"""


def test_a_library_page_with_a_glued_heading_its_prose_echoes() -> None:
    csl = parse_record(ECHOED).to_csl()
    assert csl["author"] == [{"family": "Сомова", "given": "Ирина"}]
    assert csl["title"].startswith("Дом у реки")
    assert csl["translator"] == [{"family": "Орловой", "given": "Т. Н."}]


KORMARC = """MARC보기
LDR00629nam ac200217 k 4500
001000000123456
008040309s2003 ulka 000a kor
100 ▼a 김하늘
245 ▼a 늪지의 길: ▼b 습지 이야기/ ▼d 김하늘 지음; ▼e 박서연 옮김.
260 ▼a 서울: ▼b 늪출판사, ▼c 2003.
300 ▼a 212 p.: ▼c 24 cm.
700 ▼a 박서연
700 ▼a 이도윤
"""


def test_a_kormarc_statement_gives_the_added_entry_its_role() -> None:
    from comet.page.marc_stated_roles import stated_roles
    from comet.page.marc_view import MarcField, Subfield

    csl = parse_record(KORMARC).to_csl()
    assert csl["translator"] == [{"family": "박", "given": "서연"}]
    assert csl["author"][0] in ({"family": "김", "given": "하늘"}, {"literal": "김하늘"})
    assert {"family": "박", "given": "서연"} not in csl["author"]
    # the author's part ('지음') and a name with no role word after it move no one
    f = MarcField("245", " ", " ", (Subfield("c", "김하늘 지음 ; 이도윤", (0, 0)),))
    assert stated_roles([f], "245") == {}
