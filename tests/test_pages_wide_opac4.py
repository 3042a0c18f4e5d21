"""Catalogue record pages of systems other than Koha (wide set "opac4"): coded MARC views
(each subfield printed as code, name and value), surname-first headings without a comma,
unnumbered pages in an extent. Every case is hand-written in the shapes catalogues print;
the titles, names and publishers are invented.
"""

from __future__ import annotations

from comet.page import parse_record
from comet.page.marc_coded import read_coded_fields
from comet.page.marc_record import read_marc_view

RUSMARC_FLAT = """Представление документа в формате RUSMARC

ПолеНазваниеЗначение
  Тип записи a
  Библиографический уровень m
001 Контрольный номер RU/TEST/B/1001
010 Индекс ISBN __
a ISBN 5-02-013214-1
101 Язык документа 0_
a Язык текста rus
200 Заглавие и сведения об ответственности 1_
a Заглавие Северные озёра
e Сведения, относящиеся к заглавию очерки гидрологии
f Первые сведения об ответственности П. Д. Ломтев
210 Выходные данные 1_
a Место издания Петрозаводск
c Издательство Карельский край
d Дата издания 1988
215 Физическое описание __
a Объем 214 с.
700 Автор _1
a Фамилия Ломтев
b Имя П. Д.
"""

MARC21_TABLE = """| Поле | Инд. | ПП | Название | Значение |
|---|---|---|---|---|
| Тип записи | a | |||
| Библиографический уровень | m | |||
| 020 | a | ISBN | 5-02-013214-1 | |
| 041 | 0_ | a | Код языка текста | rus |
| 100 | 1_ | a | Автор | Ломтева Анна Петровна |
| 245 | 10 | a | Заглавие | Северные озёра |
| b | Продолж. заглавия | очерки гидрологии | ||
| 260 | a | Место издания | Петрозаводск | |
| b | Издательство | Карельский край | ||
| c | Дата издания | 1988 | ||
| 300 | a | Объем | 214, [2] с. | |
"""

MARC21_FLAT = """Представление документа в формате MARC21

Поле Инд. ПП Название Значение
Тип записи a
Библиографический уровень m
020 a ISBN 5-02-013214-1
100 1_ a Автор Ломтев Пётр Данилович
245 00 a Заглавие Северные озёра
b Продолж. заглавия очерки гидрологии
260 0_ a Место издания Петрозаводск
b Издательство Карельский край
c Дата издания 1988
300 a Объем 214,[2] с.
"""


def test_rusmarc_coded_view_flattened() -> None:
    item = parse_record(RUSMARC_FLAT).to_csl()
    assert item["title"] == "Северные озёра: очерки гидрологии"
    assert item["author"] == [{"family": "Ломтев", "given": "П. Д."}]
    assert (item["publisher"], item["publisher-place"]) == ("Карельский край", "Петрозаводск")
    assert item["issued"] == {"date-parts": [[1988]]}
    assert item["number-of-pages"] == "214"
    assert item["type"] == "book"
    assert item["language"].startswith("ru")


def test_marc21_coded_view_in_table_cells() -> None:
    item = parse_record(MARC21_TABLE).to_csl()
    assert item["title"] == "Северные озёра: очерки гидрологии"
    # first indicator 1 (surname first) and no comma: the first word is the family name
    assert item["author"] == [{"family": "Ломтева", "given": "Анна Петровна"}]
    assert item["publisher"] == "Карельский край"
    assert item["number-of-pages"] == "214"  # '[2]' unnumbered pages are not counted
    assert item["type"] == "book"


def test_marc21_coded_view_flattened() -> None:
    item = parse_record(MARC21_FLAT).to_csl()
    assert item["title"] == "Северные озёра: очерки гидрологии"
    assert item["author"] == [{"family": "Ломтев", "given": "Пётр Данилович"}]
    assert item["publisher-place"] == "Петрозаводск"
    assert item["number-of-pages"] == "214"


def test_leader_rows_read_one_way_in_table_cells_and_flattened_rows() -> None:
    """A leader position's name is matched the same way in a cell and in a flattened row:
    case and spacing folded, word for word; a name glued to its value is no name."""
    for page in (MARC21_TABLE, MARC21_FLAT, RUSMARC_FLAT):
        assert read_coded_fields(page)[0].value[6:8] == "am"
    spaced = MARC21_FLAT.replace("Тип записи a", "ТИП   записи a")
    assert read_coded_fields(spaced)[0].value[6] == "a"
    glued = MARC21_FLAT.replace("Тип записи a", "Тип записиa")
    assert read_coded_fields(glued)[0].tag != "000"  # no record type read: no leader


def test_an_unknown_subfield_name_is_left_out_not_guessed() -> None:
    fields = read_coded_fields(RUSMARC_FLAT + "a Непонятное поле что-то\n")
    assert all("что-то" not in s.value for f in fields for s in f.subfields)


def test_a_classification_list_is_not_a_coded_view() -> None:
    page = """Dewey classes
200 Religion
210 Philosophy and theory of religion
220 Bible
a Note on the list
b Another note here
"""
    assert read_coded_fields(page) == ()
    assert read_marc_view(page) is None


def test_numbered_lines_with_letters_are_not_a_coded_view() -> None:
    page = """Меню столовой
200 г Салат из свёклы 45 руб.
245 г Суп гороховый 60 руб.
a Заглавие раздела меню
b Обед
"""
    assert read_coded_fields(page) == ()
    item = parse_record(page).to_csl()
    assert "author" not in item


def test_forename_heading_stays_in_direct_order() -> None:
    page = MARC21_FLAT.replace(
        "100 1_ a Автор Ломтев Пётр Данилович", "100 0_ a Автор Пётр Данилович"
    )
    assert parse_record(page).to_csl()["author"] == [{"literal": "Пётр Данилович"}]


def test_surname_first_split_needs_capitalised_words() -> None:
    page = MARC21_FLAT.replace("Ломтев Пётр Данилович", "Ломтев и соавторы 2")
    assert parse_record(page).to_csl()["author"] == [{"literal": "Ломтев и соавторы 2"}]


def test_component_part_description_with_its_host() -> None:
    page = """Лаптева, О.
    Речные маяки Онеги [Текст] / О.В. Лаптева // Судоходство и мы. - 2011. - №4. - С. 17-23

Рубрики: маяки
"""
    item = parse_record(page).to_csl()
    assert item["title"] == "Речные маяки Онеги"
    assert item["author"] == [{"family": "Лаптева", "given": "О.В."}]
    assert item["container-title"] == "Судоходство и мы"
    assert (item["issue"], item["page"]) == ("4", "17-23")
    assert item["issued"] == {"date-parts": [[2011]]}
    assert item["type"] == "article-journal"


def test_two_slashes_without_a_dated_host_are_no_component_part() -> None:
    from comet.page.isbd import analytic_description

    lines = ["Settings // Advanced // Network", "Notes on rivers // see also lakes - draft"]
    assert analytic_description(lines, ()) is None
    assert analytic_description(["Open https://example.org/a - 2011"], ()) is None


def test_irbis_labelled_record_with_its_host() -> None:
    page = """Вид документа : Статья из журнала
Шифр издания :
Заглавие : Речные маяки Онеги
Место публикации : Судоходство и мы. - 2011. - N 4. - С. 17-23.
Предметные рубрики: Маяки
"""
    item = parse_record(page).to_csl()
    assert item["title"] == "Речные маяки Онеги"
    assert item["container-title"] == "Судоходство и мы"
    assert (item["issue"], item["page"]) == ("4", "17-23")
    assert item["type"] == "article-journal"


def test_place_of_publication_is_still_a_place() -> None:
    page = "Заглавие : Речные маяки\nМесто издания : Петрозаводск\nИздательство : Карельский край\nГод издания : 1988\n"
    item = parse_record(page).to_csl()
    assert item.get("publisher-place") == "Петрозаводск"
    assert "container-title" not in item


def test_discovery_catalogue_format_facet_gives_the_type() -> None:
    page = """Речные маяки Онеги

Bibliographic Details
Main Author: Лаптева, О. В.
Format: Book
Language: Russian
Published: 2011

Similar Items
"""
    assert parse_record(page).to_csl()["type"] == "book"


def test_a_file_format_or_journal_format_gives_no_type_from_the_facet() -> None:
    for value in ("PDF", "Journal", "application/pdf"):
        page = f"Tidal charts of the north\n\nFormat: {value}\nSize: 2 MB\n"
        assert parse_record(page).to_csl()["type"] not in ("book", "article-journal")


def test_a_table_flattened_with_bars_gives_labelled_values() -> None:
    page = """| Title | Tidal charts of the north |
|---|---|
| Author | Penhallow, Ruth |
| Publisher | Harbour Books |
| Place of publication | Leeds |
"""
    item = parse_record(page).to_csl()
    assert item["title"] == "Tidal charts of the north"
    assert item["author"] == [{"family": "Penhallow", "given": "Ruth"}]
    assert (item["publisher"], item["publisher-place"]) == ("Harbour Books", "Leeds")


def test_a_bar_table_header_row_of_column_names_is_no_label() -> None:
    page = """Reading list
| Title | Author | Year |
|---|---|---|
| Tidal charts of the north | Penhallow, Ruth | 2011 |
| Salt marsh ecology | Brennan, Aoife | 2009 |
"""
    item = parse_record(page).to_csl()
    assert item.get("title") != "Author"
    assert "author" not in item
    # a row whose first cell is no label gives nothing
    assert "publisher" not in parse_record("| Monday | 9-17 |\n| Tuesday | 9-17 |\n").to_csl()


def test_spaced_cjk_labels_of_a_record_table() -> None:
    page = """书目详细信息
题名 潮汐图鉴
出版社 港湾书房
出版地 宁波
出版年 2011
"""
    item = parse_record(page).to_csl()
    assert item["title"] == "潮汐图鉴"
    assert item["publisher"] == "港湾书房"
    assert item["publisher-place"] == "宁波"
    assert item["issued"] == {"date-parts": [[2011]]}


def test_a_single_spaced_cjk_heading_is_no_label() -> None:
    page = "作者 简介\n王晓梅是宁波出生的研究者，研究潮汐。\n"
    item = parse_record(page).to_csl()
    assert "author" not in item


def test_a_translation_statement_in_other_title_information_is_no_subtitle() -> None:
    page = RUSMARC_FLAT.replace("очерки гидрологии", "пер. с нем.")
    assert parse_record(page).to_csl()["title"] == "Северные озёра"


def test_a_subtitle_about_translation_stays() -> None:
    page = RUSMARC_FLAT.replace(
        "очерки гидрологии", "переводы и комментарии к старым лоциям Севера"
    )
    title = parse_record(page).to_csl()["title"]
    assert title == "Северные озёра: переводы и комментарии к старым лоциям Севера"
    page = MARC21_FLAT.replace("очерки гидрологии", "translations of northern charts")
    assert parse_record(page).to_csl()["title"].endswith("translations of northern charts")


def test_a_data_tables_header_row_opening_with_a_label_word_is_no_label() -> None:
    page = """Citation counts of northern charts
| Author | Citations |
|---|---|
| Penhallow | 42 |
| Brennan | 17 |
"""
    item = parse_record(page).to_csl()
    assert "author" not in item


def test_a_reference_list_in_gost_style_is_not_the_pages_own_record() -> None:
    page = """Маяки северных рек

Аннотация. Статья описывает маяки северных рек и их историю. ISSN 1234-5679

Список литературы
Лаптева О.В. Речные маяки Онеги / О.В. Лаптева // Судоходство и мы. - 2011. - №4. - С. 17-23
Ломтев П.Д. Озёра Севера / П.Д. Ломтев // Гидрология. - 2009. - №2. - С. 5-9
"""
    item = parse_record(page).to_csl()
    assert item.get("title") != "Речные маяки Онеги"
    assert item.get("container-title") != "Судоходство и мы"


def test_an_organisation_in_a_personal_name_field_is_not_split() -> None:
    page = MARC21_FLAT.replace("Ломтев Пётр Данилович", "Northern Charts Society")
    assert parse_record(page).to_csl()["author"] == [{"literal": "Northern Charts Society"}]


def test_a_books_box_in_a_blog_post_does_not_outvote_the_post() -> None:
    page = """Home | Blog
My favourite sea books of the year
By Lena Storm
2 December 2023
This year I read more about the sea than ever. Here is the one book I keep returning to,
a slow and careful history of the northern coast and its harbours, told through logbooks.
| Title | The tides of the north |
| Author | Maria Hansen |
| Publisher | Harbour Books |
| Year | 2021 |
It is a book for long winter evenings, and I recommend it to anyone who loves the coast.
"""
    item = parse_record(page).to_csl()
    assert item.get("author") != [{"family": "Hansen", "given": "Maria"}]
    assert item.get("publisher") != "Harbour Books"
    assert item.get("issued", {}).get("date-parts") != [[2021]]


def test_a_fact_box_on_a_news_page_gives_no_publisher() -> None:
    page = """Valdemora celebrates its harbour
The small town of Valdemora opened its new harbour on Saturday, with music and a market
that drew visitors from the whole coast, the mayor said in a short speech at the pier.
| Population | 12,000 |
| Mayor | Ana Ruiz |
| Publisher | Valdemora Town Council |
Visitors can reach the harbour by bus from the station every half hour.
"""
    assert parse_record(page).to_csl().get("publisher") != "Valdemora Town Council"


def test_spaced_cjk_rows_inside_a_blog_post_are_no_record() -> None:
    page = """ブログ
北の海の本
2023年12月2日
今年いちばん心に残った本を紹介します。海と港の歴史をていねいに描いた一冊です。
书名 北の潮
作者 山田花子
出版社 港書房
价格 1,800円
冬の夜にゆっくり読みたい本です。ぜひ手に取ってみてください。
"""
    item = parse_record(page).to_csl()
    assert item.get("publisher") != "港書房"
    assert item.get("author") != [{"literal": "山田花子"}]


def test_an_events_format_line_gives_no_type() -> None:
    page = """Events
An evening with Maria Hansen
14 May 2024, 19:00, City Library
Format: Book launch and reading
"""
    assert parse_record(page).to_csl()["type"] != "book"
    facet = "Tidal charts of the north\nFormat: Book (12)\nLanguage: English\n"
    assert parse_record(facet).to_csl()["type"] == "book"


def test_a_link_as_host_and_a_labelled_line_as_heading_give_no_component_part() -> None:
    page = """Title: Harbour records of Kelvport
Author: Lind, Jonas
Full text / PDF // https://example.org/records.pdf - 2019 - no. 3
"""
    item = parse_record(page).to_csl()
    assert "example.org" not in str(item.get("container-title", ""))
    assert all("Author" not in str(a.get("family", "")) for a in item.get("author", []))


def test_component_part_with_its_heading_before_the_title_and_no_statement() -> None:
    from comet.page.isbd import analytic_description

    line = "Лаптева О. В. Речные маяки Онеги // Судоходство и мы. – 2011. – Т. 5, № 4. – С. 17-23."
    got = analytic_description([line], ())
    assert got is not None
    item = got[1]
    assert item["title"] == "Речные маяки Онеги"
    assert item["author"] == [{"family": "Лаптева", "given": "О. В."}]
    # a title that opens with a capitalised word and no initials keeps it
    got = analytic_description(
        ["Northern charts of Kelvport // Harbour Letters. - 2019. - No. 3. - P. 5-9"], ()
    )
    assert got is not None and got[1]["title"] == "Northern charts of Kelvport"
