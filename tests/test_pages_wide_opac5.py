"""Catalogue record pages of systems other than Koha (wide set "opac5"): KORMARC views as
Korean catalogues print them (``▼`` subfield marks, tags glued to their indicators, control
fields glued to their values), a record page's heading label before its title
(``书目详细信息 : …``), and two-cell label rows without the opening bar (``Издательство |
Волга |``). Every case is hand-written in the shapes catalogues print; the titles, names and
publishers are invented.
"""

from __future__ import annotations

from comet.names.build import family_cut
from comet.page import parse_record
from comet.page.marc_record import read_marc_view
from comet.page.marc_view import read_marc_fields

KORMARC_LINES = """MARC보기
LDR00000nam c2200205 c 4500
001000000123456
00520190312101010
007ta
008190301s2018 ulk 000a kor
020 ▼a 9788912345679: ▼c 비매품
24510 ▼a 바다의 지도/ ▼d 김하늘 지음.
260 ▼a 부산: ▼b 파도출판사, ▼c 2018.
300 ▼a 198 p.; ▼c 23 cm.
49000 ▼a 해양총서; ▼v 12.
7001 ▼a 김하늘
"""

KORMARC_TABLE_CELLS = """| 000
|
|
cam a |
| 008
|
|
150101s2015 enka b 001 0 eng |
| 020
|
|
▼a0198765436 |
| 100
|
|
▼aWhitlow, Marren. |
| 245
|
00 |
▼aHarbour tides :▼ba field guide /▼cMarren Whitlow. |
| 260
|
|
▼aLeeds :▼bTideway Press,▼c2015. |
| 300
|
|
▼axii, 240 p. :▼bill. ;▼c24 cm. |
"""

KORMARC_TABLE_ROWS = """LDR | 00615nam ac200229 k 4500 | |
---|---|---|
008 | 071203s2007 ulk 001 kor | |
020 | ▼a 8912345672 | |
100 | ▼a 박서연 | |
245 | 00 | ▼a 물길의 역사= ▼x A history of waterways/ ▼d 朴瑞淵 著. |
260 | ▼a 서울: ▼b 한강사, ▼c 2007. | |
300 | ▼a xix, 312 p.; ▼c 26 cm. | |
"""

KORMARC_BULLETS = """008971229s1997 ulk 000a kor
■020 ▼a8912345672
■1001 ▼a이도윤
■24510▼a항구의 불빛▼d이도윤 저
■250 ▼a재판
■260 ▼a인천▼b등대출판사▼c1997
■300 ▼a311p.▼c26cm
"""


def test_kormarc_lines_glued_tags_and_control_fields() -> None:
    fields = {f.tag: f for f in read_marc_fields(KORMARC_LINES)}
    assert fields["245"].ind1 == "1" and fields["245"].ind2 == "0"
    assert fields["245"].get("a").value == "바다의 지도/"  # type: ignore[union-attr]
    assert fields["490"].ind1 == "0" and fields["700"].ind1 == "1"
    assert fields["LDR"].value.startswith("00000nam")  # type: ignore[union-attr]
    assert fields["008"].value.startswith("190301s2018")  # type: ignore[union-attr]
    item = parse_record(KORMARC_LINES).to_csl()
    assert item["type"] == "book"
    assert item["title"] == "바다의 지도"
    assert item["publisher"] == "파도출판사" and item["publisher-place"] == "부산"
    assert item["issued"] == {"date-parts": [[2018]]}
    assert item["number-of-pages"] == "198"
    assert item["ISBN"] == "9788912345679"
    assert item["language"] == "ko"
    assert item["collection-title"] == "해양총서"


def test_kormarc_table_with_cells_on_lines() -> None:
    item = parse_record(KORMARC_TABLE_CELLS).to_csl()
    assert item["title"] == "Harbour tides: a field guide"
    assert item["author"] == [{"family": "Whitlow", "given": "Marren"}]
    assert item["publisher"] == "Tideway Press" and item["publisher-place"] == "Leeds"
    assert item["issued"] == {"date-parts": [[2015]]}
    assert item["language"] == "en"


def test_kormarc_table_rows_and_parallel_title() -> None:
    view = read_marc_view(KORMARC_TABLE_ROWS)
    assert view is not None
    item = parse_record(KORMARC_TABLE_ROWS).to_csl()
    assert item["title"] == "물길의 역사"  # ▼x, the parallel title, is no part of it
    assert item["publisher"] == "한강사" and item["language"] == "ko"
    assert item["issued"] == {"date-parts": [[2007]]}


def test_kormarc_square_bullets() -> None:
    item = parse_record(KORMARC_BULLETS).to_csl()
    assert item["title"] == "항구의 불빛"
    assert item["edition"] == "재판"
    assert item["publisher"] == "등대출판사" and item["publisher-place"] == "인천"
    assert item["number-of-pages"] == "311"
    assert item["language"] == "ko"


def test_triangles_in_ordinary_text_are_no_marc() -> None:
    # a menu's dropdown arrows, a number glued to one, a table of orders: no MARC view
    for text in (
        "Sort by ▼ Relevance\nShow ▼ 20 items\n24510 ▼a results found",
        "Order 24510 ▼ shipped\nOrder 24511 ▼ pending\nTotal 2 orders",
        "Harbour tides\nA field guide\n▼ More details\n▼b Show less",
    ):
        assert read_marc_view(text) is None
    item = parse_record(
        "Harbour tides\nby Marren Whitlow\n▼ More\n00520190312101010 views"
    ).to_csl()
    assert item.get("title") == "Harbour tides"


HUIWEN_ZH = "书目详细信息 : 港口灯塔与航标\n"
HUIWEN_EN = "bibliographic details : Lighthouses of the northern coast\n"


def test_record_page_heading_label_before_the_title() -> None:
    assert parse_record(HUIWEN_ZH).to_csl()["title"] == "港口灯塔与航标"
    assert parse_record(HUIWEN_EN).to_csl()["title"] == "Lighthouses of the northern coast"


def test_bibliographic_details_heading_alone_is_no_title() -> None:
    text = (
        "Northern Coast Library\n"
        "Lighthouses of the northern coast\n\n"
        "Bibliographic Details\n"
        "Main Author: Whitlow, Marren\n"
        "Format: Book\n"
        "Published: Leeds : Tideway Press, 2015\n"
    )
    item = parse_record(text).to_csl()
    assert item.get("title") != "Main Author: Whitlow, Marren"
    assert item["author"] == [{"family": "Whitlow", "given": "Marren"}]


LABEL_BARS = """Маркер записи | n |
Контрольный номер | RU/TEST/1001 |
Дата корректировки | 10:01:02 12 мая 2019 г. |
Код языка издания | rus |
Ломтев, П. Д. |
Северные озёра Текст очерки гидрологии |
Место издания | Петрозаводск |
Издательство | Карельский край |
Дата издания | 1988 |
Объем | 214, [2] с. |
"""


def test_label_rows_without_the_opening_bar() -> None:
    item = parse_record(LABEL_BARS).to_csl()
    assert item["publisher"] == "Карельский край"
    assert item["publisher-place"] == "Петрозаводск"
    assert item["issued"] == {"date-parts": [[1988]]}  # not the record's correction date
    assert item["number-of-pages"] == "214"
    assert item["language"] == "ru"


def test_bar_rows_of_a_menu_or_header_are_no_labels() -> None:
    text = (
        "Harbour tides\n"
        "Home | About | Contact |\n"
        "Title | Author | Year |\n"
        "Harbour tides | Marren Whitlow | 2015 |\n"
    )
    item = parse_record(text).to_csl()
    assert "publisher" not in item
    assert item.get("title") != "Author | Year |"


def _marc_item(rows: str) -> dict:
    head = "LDR00000nam c2200205 c 4500\n008190301s2018 ulk 000a kor\n"
    return parse_record(head + rows).to_csl()


def test_korean_heading_family_name_is_its_first_syllable() -> None:
    item = _marc_item(
        "1001 ▼a 김하늘\n24510 ▼a 바다의 지도\n260 ▼a 부산: ▼b 파도출판사, ▼c 2018.\n"
    )
    assert item["author"] == [{"family": "김", "given": "하늘"}]
    # a longer heading (a two-syllable family name, a body) and a forename entry stay whole
    item = _marc_item("1001 ▼a 남궁하늘별\n24510 ▼a 바다의 지도\n260 ▼a 부산: ▼b 파도출판사\n")
    assert item["author"] == [{"literal": "남궁하늘별"}]
    item = _marc_item("1000 ▼a 하늘\n24510 ▼a 바다의 지도\n260 ▼a 부산: ▼b 파도출판사\n")
    assert item["author"] == [{"literal": "하늘"}]


def test_extent_count_before_back_matter_or_plates() -> None:
    rows = "24510 ▼a 바다의 지도\n260 ▼a 부산: ▼b 파도출판사\n300 ▼a {}; ▼c 24 cm.\n"
    assert _marc_item(rows.format("iv, 260, xlvi p."))["number-of-pages"] == "260"
    assert _marc_item(rows.format("xiv, 466 p., [8] p. of plates"))["number-of-pages"] == "466"
    assert "number-of-pages" not in _marc_item(rows.format("2 v., [8] p. of plates"))
    assert "number-of-pages" not in _marc_item(rows.format("260, 31 p."))


UNION_CATALOGUE_GOST = """Зведений каталог бібліотек міста
Ломтева, А. П. Северные озёра и их берега [Текст] / А.П. Ломтева // Озёрный край. — М., 2011. — №3. — С.12-19.
- Є складовою частиною документа:
Озёрный край [Текст]. — М., 2011. — №3.
- Теми документа
"""


def test_gost_description_opening_with_its_heading_on_a_record_page() -> None:
    item = parse_record(UNION_CATALOGUE_GOST).to_csl()
    assert item["title"] == "Северные озёра и их берега"
    assert item["container-title"] == "Озёрный край"
    assert item["author"][0]["family"] == "Ломтева"
    assert item["issue"] == "3" and item["page"] == "12-19"
    assert item["type"] == "article-journal"


def test_gost_reference_lines_of_a_list_are_no_record() -> None:
    text = (
        "Список литературы\n"
        "Ломтева, А. П. Северные озёра [Текст] / А.П. Ломтева // Озёрный край. — 2011. — №3. — С.12-19.\n"
        "Петров, И. И. Южные реки [Текст] / И.И. Петров // Речной край. — 2012. — №4. — С.1-9.\n"
    )
    item = parse_record(text).to_csl()
    assert item.get("title") not in ("Северные озёра", "Южные реки")
    # a heading whose surname the statement does not repeat is part of the title
    text = "Ломтева, А. П. Северные озёра [Текст] / И.И. Петров // Озёрный край. — 2011. — №3. — С.12-19."
    assert parse_record(text).to_csl()["title"].startswith("Ломтева")


_CELL_ROWS = [
    ["Поле |", "Инд. |", "ПП |", "Название |", "Значение |"],
    ["|", "|", "|", "Тип записи |", "a |"],
    ["|", "|", "|", "Библиографический уровень |", "m |"],
    ["001 |", "|", "|", "Контрольный номер |", "RU/TEST/2002 |"],
    ["100 |", "10 |", "a |", "Автор |", "Ломтев П. Д. |"],
    ["245 |", "00 |", "a |", "Заглавие |", "Северные озёра |"],
    ["260 |", "00 |", "a |", "Место издания |", "Петрозаводск |"],
    ["|", "|", "b |", "Издательство |", "Карельский край |"],
    ["|", "|", "c |", "Дата издания |", "1988 |"],
    ["300 |", "00 |", "a |", "Объем |", "214 с. |"],
]
CODED_CELL_LINES = "\n".join(cell for row in _CELL_ROWS for cell in row)


def test_coded_view_printed_one_cell_a_line() -> None:
    from comet.page.marc_coded import joined_cell_lines

    joined = joined_cell_lines(CODED_CELL_LINES)
    assert len(joined) == len(CODED_CELL_LINES)
    assert "245 | 00 | a | Заглавие | Северные озёра |" in joined
    item = parse_record(CODED_CELL_LINES).to_csl()
    assert item["title"] == "Северные озёра"
    assert item["author"] == [{"family": "Ломтев", "given": "П. Д."}]
    assert item["publisher"] == "Карельский край" and item["publisher-place"] == "Петрозаводск"
    assert item["issued"] == {"date-parts": [[1988]]}
    assert item["number-of-pages"] == "214"
    assert item["type"] == "book"


def test_lines_closed_by_bars_that_are_no_table_stay_apart() -> None:
    from comet.page.marc_coded import joined_cell_lines

    menu = "Home |\nAbout |\nCatalogue |\nContact |\nHarbour tides\nby Marren Whitlow\n"
    assert joined_cell_lines(menu) == menu
    few = "Поле |\nИнд. |\nПП |\n245 |\n00 |\na |\nСеверные озёра\n"
    assert joined_cell_lines(few) == few


CSV_EXPORT_JA = (
    "著者名,書名,版表示,出版者名,出版年,シリーズ名,番号,ISBN,ISSN,URL "
    '"Whitlow, Marren",Harbour tides : a field guide,,Tideway Press,2015,'
    '"Coastal studies, new series",,"0198765436,9780198765431",,https://example.org/rec/1\n'
)
CSV_EXPORT_EN = (
    "Author,Title,Publisher,Year,Series,ISBN\n"
    '"Lomtev, Pyotr",Northern lakes,Karelia Press,1988,Lake studies,0198765436\n'
)


def test_record_exported_as_csv() -> None:
    item = parse_record(CSV_EXPORT_JA).to_csl()
    assert item["title"] == "Harbour tides: a field guide"
    assert item["author"] == [{"family": "Whitlow", "given": "Marren"}]
    assert item["publisher"] == "Tideway Press"
    assert item["issued"] == {"date-parts": [[2015]]}
    assert item["collection-title"] == "Coastal studies, new series"
    assert "0198765436" in item["ISBN"]
    assert item["type"] == "book"
    item = parse_record(CSV_EXPORT_EN).to_csl()
    assert item["title"] == "Northern lakes" and item["publisher"] == "Karelia Press"
    assert item["collection-title"] == "Lake studies"


def test_csv_tables_and_comma_prose_are_no_record() -> None:
    from comet.locales import resolve
    from comet.page.csv_export import csv_record

    table = (
        CSV_EXPORT_EN + '"Vance, Orla",Southern rivers,Delta Books,1990,River studies,0198765436\n'
    )
    assert csv_record(table.splitlines(), resolve(None)) is None
    prose = "Apples, pears, plums, cherries and more were sold at the harbour market that day.\n"
    assert csv_record(prose.splitlines(), resolve(None)) is None
    names = "Name,Email,Phone,Office\nOrla Vance,orla@example.org,555-0101,B12\n"
    assert csv_record(names.splitlines(), resolve(None)) is None  # too few known labels
    untitled = "Author,Year,Publisher,Email\nOrla Vance,2020,Delta Books,orla@example.org\n"
    assert csv_record(untitled.splitlines(), resolve(None)) is None  # no title column


def test_japanese_catalogue_labels() -> None:
    text = "タイトル 港の灯り\n著者名 霜田 ケイ\n出版者 港湾書房\n出版年月 2009.4\nページ数 215\n"
    item = parse_record(text).to_csl()
    assert item["title"] == "港の灯り"
    assert item["publisher"] == "港湾書房"


def test_japanese_label_word_in_prose_is_no_label() -> None:
    text = (
        "港の灯りについて\n"
        "タイトル 未定のまま、港の灯りを描いた短い話を書き始めました。毎晩少しずつ書いています。\n"
        "今日は雨でした。港の船はすべて帰ってきました。\n"
    )
    item = parse_record(text).to_csl()
    assert (
        item.get("title")
        != "未定のまま、港の灯りを描いた短い話を書き始めました。毎晩少しずつ書いています。"
    )


def test_coded_view_edition_row() -> None:
    text = (
        "Представление документа в формате MARC21\n\n"
        "Поле Инд. ПП Название Значение\n"
        "Тип записи a\n"
        "Библиографический уровень m\n"
        "020 a ISBN 5-02-013214-1\n"
        "245 10 a Заглавие Северные озёра\n"
        "250 a Основные сведения об издании 3-е изд.\n"
        "260 a Место издания Петрозаводск\n"
        "b Издательство Карельский край\n"
        "c Дата издания 1988\n"
        "300 a Объем 214 с.\n"
        "c Размеры 22 см\n"
    )
    item = parse_record(text).to_csl()
    assert item["edition"] == "3-е изд."
    assert item["number-of-pages"] == "214"


def test_short_post_citing_one_gost_description_keeps_its_own_title() -> None:
    text = (
        "Заметки библиотекаря\n"
        "Опубликовано 12 мая\n"
        "Вчера я прочитала статью о северных озёрах, и она мне очень понравилась, особенно раздел о берегах.\n"
        "Ломтева, А. П. Северные озёра [Текст] / А.П. Ломтева // Озёрный край. — 2011. — №3. — С.12-19.\n"
        "Комментарии\n"
    )
    assert parse_record(text).to_csl().get("title") != "Северные озёра"


def test_csv_example_on_a_help_page_is_no_record() -> None:
    text = (
        "Help: importing your reading list\n"
        "You can bring a reading list in from a spreadsheet saved as a CSV file.\n"
        'Title,Author,Year,Publisher "Sample title","Doe, Jane",2020,Sample Press\n'
        "Then choose Import from the menu and pick the file.\n"
    )
    item = parse_record(text).to_csl()
    assert item.get("title") != "Sample title"
    assert "publisher" not in item


def test_korean_compound_family_names() -> None:
    rows = "24510 ▼a 바다의 지도\n260 ▼a 부산: ▼b 파도출판사, ▼c 2018.\n"
    assert _marc_item("1001 ▼a 남궁민\n" + rows)["author"] == [{"family": "남궁", "given": "민"}]
    assert _marc_item("1001 ▼a 황보하늘\n" + rows)["author"] == [
        {"family": "황보", "given": "하늘"}
    ]
    assert _marc_item("1001 ▼a 김하늘\n" + rows)["author"] == [{"family": "김", "given": "하늘"}]
    # a compound surname alone: no given name left to cut (as a Han name: family_cut)
    assert _marc_item("1001 ▼a 남궁\n" + rows)["author"] == [{"literal": "남궁"}]
    assert family_cut("남궁", {"남궁"}) == family_cut("欧阳", {"欧阳"}) == 0
    assert family_cut("김민", {"남궁"}) == family_cut("王明", {"欧阳"}) == 1


def test_menu_rows_closed_by_bars_are_no_labels() -> None:
    text = (
        "Tide Notes\n"
        "Home | Authors | Series | New books |\n"
        "Publisher | Contact us | Jobs |\n"
        "Notes on the tides of the northern coast, written weekly since 2015.\n"
    )
    item = parse_record(text).to_csl()
    assert "publisher" not in item and "author" not in item
