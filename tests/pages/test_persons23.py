"""Persons in shapes of session 23 (every case invented): a document's list of authors
glued into one long line with its title and its date or institution, in Latin and other
scripts, and a citation's inverted names glued the same way."""

from __future__ import annotations

from typing import Any

import pytest

from comet import parse_record


def _names(csl: dict[str, Any], role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", ""), p.get("given", "")) for p in csl.get(role, [])]


VIEWER = "{title}\n\nSize: px\nStart display at page:\n\nTranscript\n\n1 {line}\n\n2 {rest}\n"
REST = (
    "Imprint Published by the Fen Institute of Marsh Studies, Reedham Street 4, Fenwick "
    "All rights reserved ISSN 1234-5678"
)


def _viewer(line: str, title: str = "Tidal Gates and the Salt Marsh of the North") -> str:
    return VIEWER.format(title=title, line=line, rest=REST)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "No 17 Tidal Gates and the Salt Marsh of the North Jonas Velde, Maria Kross März 2014",
            [("Velde", "Jonas"), ("Kross", "Maria")],
        ),
        (
            "Marsh Notes 88 Tidal Gates and the Salt Marsh Evidence from the North Sea Coast "
            "Orla Fenn, Peter Quist, Hanna Lode, and Tomas Reedy Coastal Research Unit "
            "January 2021 Abstract What do gates do to the marsh",
            [("Fenn", "Orla"), ("Quist", "Peter"), ("Lode", "Hanna"), ("Reedy", "Tomas")],
        ),
        (
            "Reed Library of Marsh Studies Velde, Jonas; Kross, Maria; Quist, Peter Working "
            "Paper Tidal gates and the salt marsh Marsh Papers, No. 12",
            [("Velde", "Jonas"), ("Kross", "Maria"), ("Quist", "Peter")],
        ),
        (
            "Fen Press Tidal Gates of the North, J. Velde, M. Kross, и P. Quist. Том 3 из Marsh "
            "Papers, стр. 41. (октября 2011)",
            [("Velde", "J."), ("Kross", "M."), ("Quist", "P.")],
        ),
    ],
)
def test_a_list_of_names_glued_into_a_long_line_is_the_authors(
    line: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(_viewer(line)).to_csl()) == want


def test_a_list_in_another_script_glued_into_a_long_line() -> None:
    line = (
        "Вып. 5 Приливные ворота и солёные болота севера Иван Велде, Мария Кросс "
        "Институт болот 2014"
    )
    assert _names(parse_record(_viewer(line, "Приливные ворота")).to_csl()) == [
        ("Велде", "Иван"),
        ("Кросс", "Мария"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence goes on in lower case after the names
        "No 17 Tidal Gates of the North Peter Pan, Robin Hood and friends went to the marsh "
        "in March",
        # a title in title case: one word between the commas, no names
        "No 17 Rivers, Lakes, Ponds and Marshes of the North Coast 2014 Report of the Unit",
        # organisations and places, no person
        "No 17 Fen Press, Marsh University Press and Reed College Library 2014 Annual "
        "Report of the Unit",
        # a committee after its own label
        "Marsh Days 2014 Committee: Jonas Velde, Maria Kross, Peter Quist Venue Reedham "
        "Hall 12 May",
        # editors after their role words: no authors
        "Tidal Gates of the North herausgegeben von Jonas Velde, Maria Kross. Fen Press 2014",
        # a menu of the site: no given names, no initials
        "Home, About Us, Contact Us, Privacy Policy, Terms Of Use, Site Map Fen Portal 2024",
    ],
)
def test_no_author_list_in_a_glued_line(line: str) -> None:
    assert _names(parse_record(_viewer(line)).to_csl()) == []


def test_inverted_names_need_two_pairs() -> None:
    # near miss: 'Velde, Jonas Kross' (one comma, no semicolon) is no inverted list, and
    # 'Jonas Velde, Maria Kross' stays given name first
    line = "No 17 Tidal Gates of the North Jonas Velde, Maria Kross März 2014 Fen Institute"
    assert _names(parse_record(_viewer(line)).to_csl()) == [("Velde", "Jonas"), ("Kross", "Maria")]


# --- names with their role written after them (Chinese, Japanese, Korean) ------------------

SHOP_ZH = "首页\n图书\n湖泊湿地的鸟类\n{line}\n出版社：青湖出版社\n出版时间：2016\n"
SHOP_KO = "홈\n도서\n호수 습지의 새들\n{line}\n출판사: 푸른호수\n발행일: 2016\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (SHOP_ZH.format(line="作者：赵青 著"), [("赵", "青")]),
        (SHOP_ZH.format(line="作者：[英] 玛丽·罗斯 著，赵青 译"), [("罗斯", "玛丽")]),
        (SHOP_ZH.format(line="作　者：赵青"), [("赵", "青")]),
        (SHOP_KO.format(line="저자 : 박하늘 저"), [("박", "하늘")]),
        (SHOP_KO.format(line="박하늘 지음 | 최바다 옮김"), [("박", "하늘")]),
        (SHOP_KO.format(line="박하늘, 최바다 저"), [("박", "하늘"), ("최", "바다")]),
    ],
)
def test_a_role_mark_after_a_name_keeps_the_authors_alone(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(text).to_csl()) == want


def test_a_translators_mark_alone_names_no_author() -> None:
    # (negative) the line names a translator only: no author; a Latin name before a
    # role word is another reader's and stays as it was
    assert _names(parse_record(SHOP_KO.format(line="최바다 옮김")).to_csl()) == []
    from comet import locales as _loc
    from comet.page.name_role_tails import marked_authors

    assert marked_authors("Ana Ruiz ed.", _loc.all_rules()) is None
    assert marked_authors("赵青", _loc.all_rules()) is None  # no mark: the value as it is


def test_a_menu_line_with_a_role_like_word_is_no_byline() -> None:
    # (negative) words of a tab bar in Korean: no role mark closes the line
    text = SHOP_KO.format(line="도서 저 음반 | 이벤트")
    assert _names(parse_record(text).to_csl()) == []


# --- a catalogue heading's life dates in brackets ----------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Author:\nVelde, Jonas (1950-)",
        "Author: Velde, Jonas (1950-2010)",
        "Автор:\nВелде, Иван (1950-)",
    ],
)
def test_life_dates_in_brackets_close_a_heading(value: str) -> None:
    text = f"Home\nCatalogue\nTidal gates of the north\n{value}\nPublisher: Fen Press\nYear: 2015\n"
    got = _names(parse_record(text).to_csl())
    assert len(got) == 1 and got[0][0] in ("Velde", "Велде")


def test_a_bracketed_year_range_that_is_no_life_dates_stays() -> None:
    # near miss: a name then a bracket of other words is not cut
    from comet.page.name_headings import _heading_names

    assert _heading_names("Velde, Jonas (Fen Institute)") == "Velde, Jonas (Fen Institute)"
    assert _heading_names("Velde, Jonas (1950-)") == "Velde, Jonas"


# --- one author glued between the title and the institution -------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Tidal gates and the growth of reeds in the salt marsh J. Velde Fenwick National "
            "Laboratory, Reedham 4411 (Received 2 May 2011) Gates change the marsh",
            [("Velde", "J.")],
        ),
        (
            "Reed beds as filters of brackish water in winter Maria Kross University of "
            "Fenland, Department of Marsh Studies Abstract Reed beds filter the water",
            [("Kross", "Maria")],
        ),
    ],
)
def test_a_name_glued_before_its_institution_is_the_author(
    line: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(_viewer(line)).to_csl()) == want


@pytest.mark.parametrize(
    "line",
    [
        # a sentence: the name after a function word
        "The survey of the reed beds was sent to Maria Kross University of Fenland for "
        "review in the spring of 2011 and came back",
        # two people before institutions: not one author
        "Reed beds as filters of brackish water Maria Kross University of Fenland and "
        "tidal Jonas Velde Fenwick National Laboratory 2011 Abstract",
        # no institution after the name
        "Reed beds as filters of brackish water in winter Maria Kross Reed Beds of the North "
        "Abstract Reed beds filter the water of the marsh",
    ],
)
def test_no_author_before_an_institution_in_a_glued_line(line: str) -> None:
    assert _names(parse_record(_viewer(line)).to_csl()) == []


# --- two-word names family name first in Cyrillic ------------------------------------------

SHOP_RU = "Главная\nКаталог\nСолёные болота севера\nАвтор: {name}\nИздательство: Болото\nГод издания: 2015\n"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Велдин Пётр", [("Велдин", "Пётр")]),
        ("Пётр Велдин", [("Велдин", "Пётр")]),
        ("Кроссенко Тарас", [("Кроссенко", "Тарас")]),
        # near misses: neither word a known given name (nor a family name's ending), or
        # both: read as printed
        ("Брамс Кловер", [("Кловер", "Брамс")]),
        ("Роман Иван", [("Иван", "Роман")]),
    ],
)
def test_a_two_word_cyrillic_name_ending_with_a_given_name_is_family_first(
    name: str, want: list[tuple[str, str]]
) -> None:
    assert _names(parse_record(SHOP_RU.format(name=name)).to_csl()) == want


def test_a_latin_name_ending_with_a_given_name_keeps_its_order() -> None:
    # (negative) the Latin lexicon holds names that are family names too ('Thomas')
    text = SHOP_RU.format(name="Kwame Thomas")
    assert _names(parse_record(text).to_csl()) == [("Thomas", "Kwame")]
