"""A paper's locator and container in more shapes (session 23): a proceedings paper's page
range after the volume's name, a journal named in sentence case before a locator whose every
part carries its word, and locator words of more languages (locale data). Every page is
invented; the shapes are those of many proceedings, journal and repository pages.
"""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = (
    "{title}\n"
    "{authors}\n"
    "{line}\n"
    "{abstract}\n"
    "The survey covers ten winters of counts in the reed beds and salt marshes of the coast.\n"
)
EN = ("Roosts of the Bearded Tit in Winter Reed Beds", "Ana Berg, Ola Brekke")


def _csl(line: str, title: str = EN[0], authors: str = EN[1], abstract: str = "Abstract") -> dict:
    text = PAGE.format(title=title, authors=authors, line=line, abstract=abstract)
    return parse_record(text).to_csl()


def _venue(csl: dict) -> dict:
    keys = ("container-title", "volume", "issue", "page")
    return {k: csl[k] for k in keys if csl.get(k)}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the proceedings' name, the pages with their word, the event's place and date
        (
            "Proceedings of the 7th Workshop on Reed Ecology, pages 112–125, Tartu, Estonia, "
            "June 2018.",
            {
                "container-title": "Proceedings of the 7th Workshop on Reed Ecology",
                "page": "112-125",
            },
        ),
        # the event's name with its year, its place, the year and the pages
        (
            "2018 International Symposium on Wetland Sensing (ISWS), Gdańsk, Poland, 2018, "
            "pp. 31-38.",
            {
                "container-title": "2018 International Symposium on Wetland Sensing (ISWS)",
                "page": "31-38",
            },
        ),
        # another language's words: a congress's name and 'S.' before the range
        (
            "Tagungsband des 4. Kongresses für Moorkunde, S. 201–214, Bremen, 2017",
            {"container-title": "Tagungsband des 4. Kongresses für Moorkunde", "page": "201-214"},
        ),
    ],
)
def test_a_proceedings_papers_pages_after_the_volumes_name(line: str, want: dict) -> None:
    assert _venue(_csl(line)) == want


@pytest.mark.parametrize(
    "line",
    [
        # pages without their word after a name: no proceedings locator
        "Proceedings of the 7th Workshop on Reed Ecology, 112–125",
        # a name with no proceedings, event or journal word: a book's chapter, a report
        "Field Notes from the Northern Shore, pages 112–125, Tartu, Estonia",
        # a single page: no range of a paper
        "Proceedings of the 7th Workshop on Reed Ecology, page 112",
    ],
)
def test_no_proceedings_locator(line: str) -> None:
    csl = _csl(line)
    assert csl.get("page") is None
    if not line.startswith("Proceedings"):  # (a proceedings' masthead line names its volume)
        assert csl.get("container-title") is None


def test_a_proceedings_range_in_the_references_is_no_locator_of_the_work() -> None:
    text = PAGE.format(title=EN[0], authors=EN[1], line="Abstract", abstract="Results") + (
        "References\n"
        "Moe, A. 2016. Reed warblers. Proceedings of the 5th Workshop on Reed Ecology, "
        "pages 40–52, Tartu, Estonia.\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("page") is None


@pytest.mark.parametrize(
    ("line", "title", "authors", "want"),
    [
        # Lithuanian: a journal's name in sentence case, 'T.', 'Nr.', 'p.' (locale data)
        (
            "Pelkių tyrimai, T. 14, Nr. 2, p. 33-48, 2020",
            "Nendrynų paukščiai žiemą",
            "Ona Kazlauskienė",
            {"container-title": "Pelkių tyrimai", "volume": "14", "issue": "2", "page": "33-48"},
        ),
        # Armenian: 'Հատոր', 'Համար', 'էջ' (locale data)
        (
            "Ճահճագիտական հանդես, Հատոր 9, Համար 4, էջ 10-21, 2021",
            "Եղեգնուտների թռչունները",
            "Անի Սարգսյան",
            {
                "container-title": "Ճահճագիտական հանդես",
                "volume": "9",
                "issue": "4",
                "page": "10-21",
            },
        ),
        # Indonesian 'Jilid' and 'Halaman'; Czech 'svazek' (locale data)
        (
            "Jurnal Lahan Basah, Jilid 6, Nomor 1, Halaman 5-19, 2022",
            "Burung di Rawa Alang-alang",
            "Dewi Lestari",
            {"container-title": "Jurnal Lahan Basah", "volume": "6", "issue": "1", "page": "5-19"},
        ),
        # Arabic and Persian: the script's own comma closes the name, not a part of it
        (
            "مجلة دراسات الأهوار، المجلد 8، العدد 2، 2020، ص 14-29",
            "طيور القصب في الشتاء",
            "سلمى يوسف",
            {
                "container-title": "مجلة دراسات الأهوار",
                "volume": "8",
                "issue": "2",
                "page": "14-29",
            },
        ),
        (
            "فصلنامه تالاب‌شناسی، دوره 5، شماره 3، 1399، صفحه 40-52",
            "پرندگان نیزار در زمستان",
            "مریم احمدی",
            {"container-title": "فصلنامه تالاب‌شناسی", "volume": "5", "issue": "3", "page": "40-52"},
        ),
        (
            "Časopis pro mokřady, svazek 31, číslo 2, s. 77-90, 2019",
            "Ptáci rákosin v zimě",
            "Jana Dvořáková",
            {
                "container-title": "Časopis pro mokřady",
                "volume": "31",
                "issue": "2",
                "page": "77-90",
            },
        ),
    ],
)
def test_a_journal_before_a_worded_locator(line: str, title: str, authors: str, want: dict) -> None:
    assert _venue(_csl(line, title, authors, "Summary")) == want


def test_a_sentence_case_name_needs_the_locators_words() -> None:
    # the same name before bare numbers: no whole citation, so no name in sentence case
    csl = _csl("Pelkių tyrimai 14 33-48", "Nendrynų paukščiai žiemą", "Ona Kazlauskienė", "Summary")
    assert csl.get("container-title") != "Pelkių tyrimai"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # ABNT's order: the journal, its city, then 'v.', 'n.', 'p.' (the city is no part
        # of the name; a city of the locales' lexicon)
        (
            "Revista de Brejos, Porto Alegre, v. 9, n. 2, p. 15-30, maio/ago. 2021.",
            {"container-title": "Revista de Brejos", "volume": "9", "issue": "2", "page": "15-30"},
        ),
        # a part after the comma that is no city stays in the name
        (
            "Revista de Brejos, Nova Série, v. 9, n. 2, p. 15-30, 2021.",
            {
                "container-title": "Revista de Brejos, Nova Série",
                "volume": "9",
                "issue": "2",
                "page": "15-30",
            },
        ),
    ],
)
def test_a_journals_city_after_its_name(line: str, want: dict) -> None:
    assert _venue(_csl(line, "Aves dos juncais no inverno", "Rita Souza", "Resumo")) == want


def test_a_volume_and_issue_label_of_two_numbers() -> None:
    line = "Journal: Fen Bird Review\nVol./No.: 17/4\nPages: 201-219"
    assert _venue(_csl(line)) == {
        "container-title": "Fen Bird Review",
        "volume": "17",
        "issue": "4",
        "page": "201-219",
    }


def test_a_season_under_a_volume_and_issue_label_is_no_pair() -> None:
    csl = _csl("Journal: Fen Bird Review\nVol./No.: 2019/20")
    assert (csl.get("volume"), csl.get("issue")) != ("2019", "20")


@pytest.mark.parametrize(
    ("line", "issue"),
    [
        ("Fen Bird Review, Issue 4/2021", "4"),
        ("Kwartalnik Mokradeł, nr 2/2020", "2"),
        ("Fen Bird Review, No. 7 (2018)", "7"),
    ],
)
def test_a_journals_issue_in_its_year(line: str, issue: str) -> None:
    csl = _csl(line)
    assert (csl.get("container-title"), csl.get("issue")) == (line.split(",")[0], issue)


@pytest.mark.parametrize(
    "line",
    [
        # a numbered thing, no journal's name
        "Ticket No. 7, 2018",
        # text after the issue's year: a sentence, no masthead
        "Fen Bird Review, Issue 4/2021 brings new counts from the coast",
    ],
)
def test_no_journal_issue_in_its_year(line: str) -> None:
    assert _csl(line).get("issue") is None


@pytest.mark.parametrize(
    ("label", "journal"),
    [
        ("How to cite", "Fen Bird Review"),
        ("Cómo citar", "Revista de Humedales"),
        ("Zitiervorschlag", "Zeitschrift für Moorkunde"),
    ],
)
def test_an_author_date_citations_journal(label: str, journal: str) -> None:
    # the work's own author-date citation: the journal after the authors, year and title
    text = (
        f"{EN[0]}\n{EN[1]}\nAbstract\nThe survey covers ten winters of counts in the reed "
        "beds of the coast and compares the roosts with the weather of each night.\n"
        f"{label}: Berg, A., & Brekke, O. (2020). {EN[0]}. {journal}, 17(4), 201-219.\n"
    )
    assert _venue(parse_record(text).to_csl()) == {
        "container-title": journal,
        "volume": "17",
        "issue": "4",
        "page": "201-219",
    }


def test_an_author_date_head_without_a_title_stays_whole() -> None:
    from comet.page.journal_head import _author_date_journal

    # no title of a few words after the year: nothing is cut
    assert _author_date_journal("Berg, A. (2020). Fen Bird Review") == (
        "Berg, A. (2020). Fen Bird Review"
    )
    # a year in brackets with no authors before it: no citation's head
    assert _author_date_journal("(2020). Roosts in the reeds. Fen Bird Review") == (
        "(2020). Roosts in the reeds. Fen Bird Review"
    )


_PROSE = (
    "The survey covers ten winters of counts in the reed beds and salt marshes of the coast, "
    "and we compare the roosts with the weather of each night across all the sites. "
)


def test_a_locator_glued_inside_a_long_line() -> None:
    # a page saved as one long line: the running head's locator inside it
    text = (
        f"{EN[0]} | Fen Bird Review Home About Login {EN[0]} {EN[1]} Fen Bird Review, "
        f"Vol. 17, No. 4, pp. 201-219, 2020 Abstract {_PROSE}{_PROSE}\n"
    )
    csl = parse_record(text).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("17", "4", "201-219")


@pytest.mark.parametrize(
    "sentence",
    [
        # a cited work's locator in the middle of a sentence
        "Fen Atlas, Vol. 3, No. 2, pp. 12-19 (2015) reported the same counts. ",
        # a volume word in prose
        "In Volume 3, published in 2019, we described the first winters. ",
    ],
)
def test_no_locator_from_prose_in_a_long_line(sentence: str) -> None:
    text = f"{EN[0]}\n{EN[1]}\nAbstract\n{_PROSE}{sentence}{_PROSE}\n"
    csl = parse_record(text).to_csl()
    assert (csl.get("volume"), csl.get("page")) == (None, None)


def test_a_citations_in_word_before_the_proceedings_name_goes() -> None:
    line = "In Proceedings of the 7th Workshop on Reed Ecology (WRE 2018), pages 112-125"
    assert _csl(line).get("container-title") == "Proceedings of the 7th Workshop on Reed Ecology"


def test_a_roman_numeral_opening_a_congress_name_stays() -> None:
    # 'I' is a citation's word in some locales and the first congress's number in others
    line = "I Congreso de Humedales Costeros, pp. 112-125, Valdivia, Chile, 2018"
    csl = _csl(line, "Aves de los juncales", "Ana Berg", "Resumen")
    assert csl.get("container-title") == "I Congreso de Humedales Costeros"


def test_a_proceedings_title_label() -> None:
    text = (
        f"{EN[0]}\n{EN[1]}\nProceedings title: Proceedings of the 7th Workshop on Reed Ecology\n"
        "Page range: 112-125\nAbstract\nThe survey covers ten winters of counts.\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("container-title") == "Proceedings of the 7th Workshop on Reed Ecology"


def test_a_ris_block_printed_on_the_page() -> None:
    # an export printed one tag a line: the page's text keeps one space before the dash
    text = (
        f"{EN[0]}\nExport citation\nTY  - JOUR\nTI  - {EN[0]}\nAU  - Berg, Ana\n"
        "T2  - Fen Bird Review\nVL  - 17\nIS  - 4\nSP  - 201\nEP  - 219\nPY  - 2020\nER  - \n"
    )
    assert _venue(parse_record(text).to_csl()) == {
        "container-title": "Fen Bird Review",
        "volume": "17",
        "issue": "4",
        "page": "201-219",
    }


def test_lines_that_only_look_like_ris_tags() -> None:
    # a tag-like line with no 'TY' line opening a record: no block
    text = f"{EN[0]}\n{EN[1]}\nJO - Fen Bird Review\nVL - 17\nAbstract\nTen winters of counts.\n"
    assert parse_record(text).to_csl().get("volume") is None


def test_a_bullet_between_the_parts_of_a_locator_line() -> None:
    line = "Fen Bird Review • Vol 17 • No 4 • pp 201-219 • 2020"
    assert _venue(_csl(line)) == {
        "container-title": "Fen Bird Review",
        "volume": "17",
        "issue": "4",
        "page": "201-219",
    }


def test_vietnamese_issue_and_pages_labels() -> None:
    text = (
        "Nơi ngủ của chim sẻ đồng\nNguyễn Thị Lan\nTạp chí: Tạp chí Đầm lầy\nTập: 9\nSố: 2\n"
        "Trang: 33-47\nNăm: 2021\n"
    )
    assert _venue(parse_record(text).to_csl()) == {
        "container-title": "Tạp chí Đầm lầy",
        "volume": "9",
        "issue": "2",
        "page": "33-47",
    }


def test_a_vietnamese_number_word_inside_a_sentence_is_no_label() -> None:
    # 'Số' opens a sentence ('Số lượng chim …', the number of birds): no issue
    text = "Nơi ngủ của chim sẻ đồng\nNguyễn Thị Lan\nSố lượng chim tăng 12 lần trong mùa đông.\n"
    assert parse_record(text).to_csl().get("issue") is None


def test_a_volume_word_glued_to_its_number_is_no_part_of_the_name() -> None:
    line = "Reed Workshop Proceedings, Vol-2871, pp. 12-19, 2021"
    assert _csl(line).get("container-title") == "Reed Workshop Proceedings"


def test_a_name_ending_in_a_short_word_keeps_it() -> None:
    from comet.locales import resolve
    from comet.page.journal_head import _journal_head

    # 'Art' is an article number's word, no volume's: the name keeps it
    assert _journal_head("Review of Fen Art, ", resolve(None)) == "Review of Fen Art"


def test_a_locators_word_glued_to_the_name_before_it() -> None:
    # the converter joined two elements: 'ReviewVolume 17'
    line = "Fen Bird ReviewVolume 17, Issue 4, 2020, Pages 201-219"
    assert _venue(_csl(line)) == {
        "container-title": "Fen Bird Review",
        "volume": "17",
        "issue": "4",
        "page": "201-219",
    }


def test_numbers_glued_to_a_name_are_no_locator() -> None:
    # affiliation markers glued to a name
    assert _csl("Ana Berg1, 2, 7, Ola Brekke3").get("volume") is None


@pytest.mark.parametrize(
    ("line", "book", "editor"),
    [
        (
            "In: Reed Birds of the North, edited by C. Lind, pp. 201-219. Fen Press, 2020.",
            "Reed Birds of the North",
            "Lind",
        ),
        (
            "In: Handbuch der Moore, hrsg. von Karl Moe, S. 201-219. Moorverlag, 2020.",
            "Handbuch der Moore",
            "Moe",
        ),
    ],
)
def test_an_edited_books_editors_after_its_name(line: str, book: str, editor: str) -> None:
    csl = _csl(line)
    assert csl.get("container-title") == book
    assert [e.get("family") for e in csl.get("editor") or []] == [editor]


def test_a_book_named_for_its_editing_keeps_its_name() -> None:
    from comet.locales import resolve
    from comet.page.container_editors import edited_by_tail

    # no comma before the phrase: the words are the book's name
    assert edited_by_tail("Texts Edited by Monks", resolve(None)) is None


_ISSN_PAGE = (
    "{masthead}\nVol. 8, No. 5, Mei 2023\nBURUNG DI RAWA ALANG-ALANG PADA MUSIM HUJAN\n"
    "Siti Rahma, Dewi Lestari\nAbstrak\nKami meneliti burung di rawa selama sepuluh tahun.\n"
)


@pytest.mark.parametrize(
    "masthead",
    [
        # a journal's name and its subtitle opening with a journal word, by its ISSNs
        "Kajian Rawa: Jurnal Ilmiah Pesisir p-ISSN: 2541-0850 e-ISSN: 2548-1399",
        # the same with the ISSN's hyphen lost in conversion (U+FFFD)
        "Kajian Rawa: Jurnal Ilmiah Pesisir\ufffd p\ufffdISSN: 2541-0850 e-ISSN: 2548-1399",
    ],
)
def test_a_subtitled_journal_name_by_its_issn(masthead: str) -> None:
    csl = parse_record(_ISSN_PAGE.format(masthead=masthead)).to_csl()
    assert csl.get("container-title") == "Kajian Rawa: Jurnal Ilmiah Pesisir"


def test_a_label_before_an_issn_is_no_subtitled_name() -> None:
    from comet.locales import resolve
    from comet.page.issn_names import _subtitled

    assert not _subtitled("Print: Online Edition", resolve(None))
    assert _subtitled("Kajian Rawa: Jurnal Ilmiah Pesisir", resolve(None))
