"""Field labels of catalogues, repositories and publishers in many locales (session 18):
the ``[labels]`` lexicons of the thin locales filled (fa, ar, he, vi, ko, ja, zh, ru, uk,
pl, cs, hr, tr, hu, id) and the common wordings the others lacked (a catalogue's series,
imprint and physical description labels, a thesis's supervisor and department labels);
a label alone on its line whose next line is a sentence or a menu's item has no value.
Invented records in the shapes of such pages (names, titles and publishers made up)."""

from __future__ import annotations

import pytest

from comet import match_label, parse_record


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("مشخصات نشر: تهران : نشر کوهسار، 1395", "publisher"),
        ("عنوان و نام پدیدآور: باغ‌ها / نوشته مریم احمدی", "title"),
        ("شابک: 978-600-0-00000-0", "isbn"),
        ("فروست: مجموعه طبیعت", "series"),
        ("الناشر: دار الوادي", "publisher"),
        ("ردمك: 978-9953-0-0000-0", "isbn"),
        ("Nhà xuất bản: Nhà xuất bản Khoa học", "publisher"),
        ("발행처: 한빛출판사", "publisher"),
        ("청구기호: 813.6 김34", "call_number"),
        ("掲載誌名: 湿地研究", "journal"),
        ("出版发行项: 北京 : 湖光出版社, 2012", "publisher"),
        ("索书号: X171/12", "call_number"),
        ("Выходные данные: Петрозаводск : Северный дом, 2005", "publisher"),
        ("Серия: Природа Севера", "series"),
        ("Научный руководитель: Иванов И. И.", "supervisor"),
        ("Видавництво: Лісова книга", "publisher"),
        ("Місце видання: Житомир", "place"),
        ("Promotor: prof. dr hab. Jan Kowalski", "supervisor"),
        ("Vedoucí práce: Jana Nováková", "supervisor"),
        ("Mjesto izdavanja: Zagreb", "place"),
        ("Yayın Yeri: İzmir", "place"),
        ("Tempat Terbit: Bandung", "place"),
        ("Gesamttitel: Küstenstudien ; 4", "series"),
        ("Adresse bibliographique : Nantes : Éditions de l'Estuaire, 2011", "publisher"),
        ("A cura di: Maria Rossi", "editor"),
        ("Utgivning: Stockholm : Norrström, 2003", "publisher"),
        ("Publication year: 2019", "year"),
        ("Journal or Publication Title: Lake Studies", "journal"),
        ("Créateurs : Dubois, Claire", "author"),
        ("Тип материала: Книга", "material_type"),
        ("Опубликован: 2021-03-04", "published"),
        ("Zitationsvorschlag: Berg, A. (2020)", "cite_this"),
        ("ISBN及定价: 978-7-01-000000-0 CNY35.00", "isbn"),
        ("Person(en): Berg, Anna (Verfasser)", "author"),
        ("권호사항: 12권 3호", "volume_issue"),
    ],
)
def test_new_labels(line: str, key: str) -> None:
    m = match_label(line)
    assert m is not None and m.key == key


def test_a_persian_catalogue_record() -> None:
    # the title-and-responsibility and imprint labels of a Persian catalogue
    text = (
        "کتابخانه مرکزی\nعنوان و نام پدیدآور: باغ‌های شمال / نوشته مریم احمدی\n"
        "مشخصات نشر: تهران : نشر کوهسار، 1395.\nمشخصات ظاهری: 212 ص.\n"
        "شابک: 978-600-0-00000-0\nزبان: فارسی\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["title"] == "باغ\u200cهای شمال"
    assert csl["publisher"] == "نشر کوهسار"
    assert csl["publisher-place"] == "تهران"


def test_a_russian_catalogue_record() -> None:
    text = (
        "Озёра Северного края\nАвтор: Петров, Иван Сергеевич\n"
        "Выходные данные: Петрозаводск : Северный дом, 2005\nСерия: Природа Севера\n"
        "Количественные характеристики: 212 с.\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "Северный дом"
    assert csl["publisher-place"] == "Петрозаводск"
    assert csl["collection-title"] == "Природа Севера"
    assert csl["number-of-pages"] == "212"


def test_a_ukrainian_record() -> None:
    text = (
        "Річки Полісся\nАвтори: Коваленко Олена\nВидавництво: Лісова книга\n"
        "Місце видання: Житомир\nРік: 2018\nСерія: Природа краю\nМова: українська\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "Лісова книга"
    assert csl["publisher-place"] == "Житомир"
    assert csl["collection-title"] == "Природа краю"
    assert csl["language"] == "uk"


def test_a_chinese_opac_record() -> None:
    text = (
        "湖泊生态研究\n题名/责任者: 湖泊生态研究 / 王建国著\n"
        "出版发行项: 北京 : 湖光出版社, 2012\n载体形态项: 245页\n丛编项: 生态丛书\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "湖光出版社"
    assert csl["publisher-place"] == "北京"
    assert csl["collection-title"] == "生态丛书"


def test_a_korean_record() -> None:
    text = (
        "한강 유역의 습지\n저자: 김민수\n발행처: 한빛출판사\n발행지: 서울\n"
        "발행년: 2019\n형태사항: 215 p.\n총서명: 자연총서\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["title"] == "한강 유역의 습지"
    assert csl["publisher"] == "한빛출판사"
    assert csl["publisher-place"] == "서울"
    assert csl["collection-title"] == "자연총서"


def test_a_japanese_record() -> None:
    text = "里山の鳥たち\n著者名: 山田太郎\n発行者: みどり書房\n出版地: 東京\n出版年月: 2015.4\n"
    csl = parse_record(text).to_csl()
    assert csl["title"] == "里山の鳥たち"
    assert csl["publisher"] == "みどり書房"


def test_a_french_and_a_german_catalogue_record() -> None:
    fr = parse_record(
        "Les oiseaux des marais\nAuteur principal: Claire Dubois\n"
        "Adresse bibliographique: Nantes : Éditions de l'Estuaire, 2011\n"
        "Importance matérielle: 1 vol. (236 p.)\nTitre de collection: Nature atlantique\n"
    ).to_csl()
    assert fr["publisher"] == "Éditions de l'Estuaire"
    assert fr["collection-title"] == "Nature atlantique"
    de = parse_record(
        "Die Vögel der Küste\nVerfasser: Berg, Anna\n"
        "Verlagsangaben: Rostock : Hinstorff, 2009\nGesamttitel: Küstenstudien ; 4\n"
    ).to_csl()
    assert de["publisher"] == "Hinstorff"
    assert de["collection-title"] == "Küstenstudien"


def test_a_norwegian_date_label_gives_no_publisher() -> None:
    # 'Utgitt' is a date label: a news story's date, never its publisher
    csl = parse_record(
        "Ny bro åpnet i sentrum\nUtgitt: 12.03.2021\nAv Kari Nordmann\n"
        "Broen ble åpnet i dag etter tre års arbeid. Mange møtte opp for å se åpningen.\n"
    ).to_csl()
    assert "publisher" not in csl


# --- negatives: label words in running text, headings and menus ----------------------


def test_label_words_opening_prose_are_no_labels() -> None:
    text = (
        "Новые книги о природе\n"
        "Серия матчей завершилась победой хозяев, которые забили три гола во втором тайме.\n"
        "Издательство выпустило новую книгу о природе Севера в прошлом году.\n"
        "ناشر این کتاب در سال گذشته چند اثر دیگر نیز منتشر کرد.\n"
    )
    csl = parse_record(text).to_csl()
    assert "publisher" not in csl and "collection-title" not in csl


@pytest.mark.parametrize(
    "text",
    [
        "New books about nature\nSeries\nThe books in this series tell about the nature of "
        "the north, its forests and lakes.\n",
        "Новые книги о природе\nСерия\nКниги этой серии рассказывают о природе Севера, о "
        "лесах, реках и озёрах края.\n",
    ],
)
def test_a_heading_over_a_sentence_has_no_value(text: str) -> None:
    assert "collection-title" not in parse_record(text).to_csl()


@pytest.mark.parametrize(
    "text",
    [
        "Home\nSeries\nAuthors\nPublisher\nContact\nLakes of the North\n",
        "Поиск\nСерия\nАвторы\nИздательство\nКонтакты\nОзёра Карелии\n",
    ],
)
def test_a_menu_item_is_no_value(text: str) -> None:
    assert "publisher" not in parse_record(text).to_csl()


def test_a_short_value_under_a_label_is_read() -> None:
    # (the guard's edge: a name under the label is its value)
    csl = parse_record("Lakes of Karelia\nPublisher\nNorth House\nSeries\nNature North\n").to_csl()
    assert csl["publisher"] == "North House"
    assert csl["collection-title"] == "Nature North"


def test_a_dash_between_label_and_value_in_a_details_list() -> None:
    # a bookshop's details list printed 'Label – value', rows in a run
    csl = parse_record(
        "The Harbour Book\nPublisher – Harbour Light Press\nLanguage – English\n"
        "Pages – 412\nISBN – 9780000000002\n"
    ).to_csl()
    assert csl["publisher"] == "Harbour Light Press"
    assert csl["number-of-pages"] == "412"


def test_a_dash_in_a_headline_is_no_label_row() -> None:
    # (negative) label words before a dash in a news page's lines: values in lower case,
    # no run of rows
    csl = parse_record(
        "Town news\nPublisher - the people behind the paper\n"
        "The end of the story is near, says the mayor of the town to the reporters.\n"
    ).to_csl()
    assert "publisher" not in csl


def test_data_heading_over_a_dated_sentence_gives_no_date() -> None:
    # (negative) 'Data' is no date label: a paper's heading over a sentence with years
    csl = parse_record(
        "Lake sediments of the north\nAna Ruiz\nData\n"
        "The data were collected from lakes in 2019 and 2020 by the survey team.\n"
    ).to_csl()
    assert "issued" not in csl


def test_a_paper_reference_label_gives_the_journal() -> None:
    # the citation of the printed version under its label names the journal and the pages
    text = (
        "Les marais de l'Ouest au XIXe siècle\nClaire Dubois\nRésumé\n"
        "Cet article étudie les marais de l'Ouest et leur assèchement au cours du XIXe "
        "siècle, à partir des archives des communes riveraines.\nRéférence papier\n"
        "Claire Dubois, « Les marais de l'Ouest au XIXe siècle », Revue des zones humides, "
        "12 | 2010, 45-67.\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["container-title"] == "Revue des zones humides"
    assert csl["page"] == "45-67"


# --- negatives from the session's review: mail, forum, shop, news and menu pages -----


def test_a_mails_subject_line_is_no_keyword() -> None:
    text = (
        "Subject: Re: booking the meeting room for Thursday\nFrom: Tom Hale\n"
        "Date: Tue, 3 Oct 2023 09:12:44 +0200\n"
        "Hi all, the room is booked from ten to twelve; bring the slides.\n"
    )
    assert "keyword" not in parse_record(text).to_csl()


def test_a_forum_topic_is_no_keyword() -> None:
    text = (
        "Ogród i działka\nTemat: Kiedy sadzić czosnek?\nNapisane przez: ogrodnik77\n"
        "Czosnek sadzę zawsze w październiku, zanim przyjdą przymrozki.\n"
    )
    assert "keyword" not in parse_record(text).to_csl()


def test_a_shops_description_row_gives_no_locator() -> None:
    text = "Tričko s lodí\nCena: 390 Kč\nPopis: 100 % bavlna, 180 g/m2, velikosti S–XXL\n"
    csl = parse_record(text).to_csl()
    assert "volume" not in csl and "issue" not in csl


def test_a_news_edition_date_stays_a_date() -> None:
    text = (
        "Banjir melanda kota\nEdisi: Senin, 12 Maret 2024\n"
        "Seri: Liputan Akhir Pekan\n"
        "Hujan deras sejak pagi membuat sungai meluap dan merendam ratusan rumah warga.\n"
    )
    csl = parse_record(text).to_csl()
    assert "edition" not in csl and "collection-title" not in csl


def test_a_persian_menu_gives_no_publisher() -> None:
    text = "خانه\nانتشارات\nدرباره ما\nتماس با ما\nباغ‌های شمال ایران\n"
    assert "publisher" not in parse_record(text).to_csl()


def test_a_national_librarys_record_table() -> None:
    # a record table with spaced labels of two words or more, no colon
    text = (
        "Lakes of the North\nPersonal name Ruiz, Ana.\n"
        "Main title Lakes of the North / Ana Ruiz.\n"
        "Published/Created New York : North House, 2009.\nType of material Text\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "North House"
    assert csl["publisher-place"] == "New York"


def test_an_edition_labels_date_is_no_edition() -> None:
    # a newspaper's daily edition: a date, no book's edition (a year alone stays one)
    csl = parse_record(
        "Town flood news\nEdition: Monday, 12 March 2024\n"
        "The river rose over night and flooded the lower streets of the old town.\n"
    ).to_csl()
    assert "edition" not in csl and csl["type"] != "book"
    book = parse_record("The Harbour Book\nPublisher: Harbour Light Press\nEdition: 2019\n")
    assert book.to_csl()["edition"] == "2019"


def test_a_placeholder_value_names_no_publisher() -> None:
    # a shop's 'none' and a record's dash or N/A stand for no value
    ja = parse_record("里山の鳥たち\n著者名: 山田太郎\n発行者：なし\n出版地: 東京\n").to_csl()
    assert "publisher" not in ja
    en = parse_record(
        "Lakes of the North\nAuthor: Ana Ruiz\nPublisher: N/A\nSeries: —\nYear: 2019\n"
    ).to_csl()
    assert "publisher" not in en and "collection-title" not in en


def test_a_publisher_named_like_a_word_is_kept() -> None:
    # (the guard's edge: a real name, however short, stays)
    csl = parse_record("Lakes of the North\nAuthor: Ana Ruiz\nPublisher: Nova\n").to_csl()
    assert csl["publisher"] == "Nova"
