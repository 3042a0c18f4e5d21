"""persons25: names glued where a document's line break was lost (``Ida BergRobert A.
Lund``). Invented pages; every name and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.glued_names import split_glued_names

_REPORT = """A TECHNICAL REPORT ON FEN DRAINAGE IN THREE VALLEYS

{byline}

Prepared for the Office of Fen Works

MAY 1971

Institute for Wetland Studies
"""


def _families(text: str) -> list[str]:
    authors = parse_record(text).to_csl().get("author") or []
    return [a.get("family", "") for a in authors]


def test_two_names_glued_in_a_byline_are_two_authors() -> None:
    assert _families(_REPORT.format(byline="Ida BergRobert A. Lund")) == ["Berg", "Lund"]


def test_a_name_glued_to_a_known_given_name_and_a_hyphened_family() -> None:
    assert _families(_REPORT.format(byline="Ola Holm-SundMaria Tamm")) == ["Holm-Sund", "Tamm"]


@pytest.mark.parametrize(
    "byline",
    [
        "Ana FitzGerald Tamm",  # a family name's opening part: one word
        "Ana McGregor Tamm",  # too short a part before the capital
        "Ana LeBlanc Tamm",
        "Ana DellaRosa Tamm",  # a known given name opens the word
        "Ana Bergwald",  # no glued word
    ],
)
def test_inner_capitals_of_one_family_name_are_kept(byline: str) -> None:
    assert split_glued_names(byline, _loc.resolve(None)) == byline


def test_a_glued_word_at_a_line_end_is_not_cut() -> None:
    """The glued word must stand between two words of the line: ``Ana BergMaria`` alone
    may be a title word's join, not two names."""
    assert split_glued_names("Ana BergMaria", _loc.resolve(None)) == "Ana BergMaria"


_COVER = """ESCOLA SUPERIOR DE ENGENHARIA DA VILA NOVA

Modelos de drenagem de turfeiras

{name}

{genre}

Mestrado em Engenharia do Ambiente

Orientador: Rui Lobo

Março 2017
"""


def test_a_long_name_with_joined_surnames_alone_under_the_title() -> None:
    """``Lívia Andrade da Rocha e Mota Quelhas`` alone on a cover's line: one person, the
    title above it kept."""
    item = parse_record(
        _COVER.format(name="Lívia Andrade da Rocha e Mota Quelhas", genre="PLANO DE TESE")
    ).to_csl()
    assert item.get("title") == "Modelos de drenagem de turfeiras"
    (author,) = item.get("author") or [{}]
    whole = " ".join(author.get(k, "") for k in ("given", "non-dropping-particle", "family"))
    assert whole.split() == ["Lívia", "Andrade", "da", "Rocha", "e", "Mota", "Quelhas"]


@pytest.mark.parametrize("genre", ["DISSERTATION PLANNING", "Tese Doutoral"])
def test_a_thesis_genre_heading_under_the_name_is_no_name(genre: str) -> None:
    item = parse_record(_COVER.format(name="Ana Beatriz Quelhas", genre=genre)).to_csl()
    assert [a.get("family") for a in item.get("author") or []] == ["Quelhas"]


def test_a_long_title_case_line_without_joined_surnames_is_no_name() -> None:
    """Near miss: six title-case words with a particle but no conjunction between two
    surnames, alone on the line under the title, are no one's name."""
    item = parse_record(_COVER.format(name="Maria Luisa da Fonte Nova Santos", genre="")).to_csl()
    assert item.get("author") is None or all(
        "Santos" not in (a.get("family") or "") for a in item.get("author") or []
    )


def test_a_surname_spelt_like_a_genre_closing_a_name_is_kept() -> None:
    """Near miss: a title-case name whose last word spells a thesis's genre in one language
    (``Tesina``) is still a name; only a line opening with the genre, or one in capitals
    holding it, is a genre's heading."""
    from comet.page.bylines import _genre_heading

    rules = _loc.resolve(None)
    assert not _genre_heading("Giulia Tesina", rules)
    assert _genre_heading("PLANO DE TESE", rules)
    assert _genre_heading("Dissertation Planning", rules)


_FA = """بررسی رفتار پرندگان مهاجر در تالاب‌های شمال ایران

{byline}

نشریه مطالعات تالاب، دوره ۵، شماره ۲، ۱۳۹۸

چکیده
این مطالعه رفتار پرندگان مهاجر را در سه تالاب بررسی می‌کند.
"""


@pytest.mark.parametrize(
    "byline",
    [
        "علی رضایی، مریم احمدی",  # no mark, no label: the given names vouch
        "علی رضایی و مریم احمدی",  # the list word
        "علي رضايي، مريم احمدی",  # the Arabic yeh
        "نويسندگان: علی رضایی، مریم احمدی",  # a label typed with the Arabic yeh
        "نویسندگان\nعلی رضایی، مریم احمدی",  # the label over its value
    ],
)
def test_persian_names_without_marks_are_a_byline(byline: str) -> None:
    authors = parse_record(_FA.format(byline=byline)).to_csl().get("author") or []
    assert [a.get("family") for a in authors] in (["رضایی", "احمدی"], ["رضايي", "احمدی"])


def test_arabic_names_without_marks_are_a_byline() -> None:
    page = _FA.format(byline="محمد أحمد، فاطمة علي")
    authors = parse_record(page).to_csl().get("author") or []
    assert [a.get("given") for a in authors] == ["محمد", "فاطمة"]


@pytest.mark.parametrize(
    "line",
    [
        "علی و دوستانش",  # a phrase: one word after the list word
        "صفحه اصلی درباره ما",  # a menu: no given name
        "محمد مصدق و نفت ایران",  # a title about a person: the second part no name
    ],
)
def test_arabic_script_lines_that_are_no_names(line: str) -> None:
    assert parse_record(_FA.format(byline=line)).to_csl().get("author") is None


_GLUED = (
    "Fen Studies\n\nJournal of Fen Studies 12 (2031) 45-67 Reed Warblers Leaving Three "
    "Northern Fens {names} Department of Biology, University of Vestby, Norway Abstract We "
    "followed the reed warblers of three northern fens over five seasons and found that they "
    "left nine days earlier on average while they stayed longer at the stopover sites than the "
    "older studies had found. Keywords migration, fens\n"
)


@pytest.mark.parametrize(
    "names",
    [
        "Ana Lien1, Ida Marsh2, Jonas Tveit1",  # digits glued
        "Ana Lien 1 , Ida Marsh 2 , Jonas Tveit 1",  # digits apart, the comma too
        "Ana Lien1,2, Ida Marsh2*, Jonas Tveit1",  # two digits and a sign
        "Ana Lien*, Ida Marsh†, Jonas Tveit",  # signs
    ],
)
def test_a_glued_list_of_names_with_affiliation_marks(names: str) -> None:
    assert _families(_GLUED.format(names=names)) == ["Lien", "Marsh", "Tveit"]


def test_numbers_in_a_glued_line_that_are_no_marks() -> None:
    """Near miss: a volume and an issue (``Vol 5, No 2, Fen Press``) are no names once
    their numbers are taken off: no known given name opens them."""
    assert _families(_GLUED.format(names="Vol 5, No 2, Fen Press 3")) == []


_JA = """北部湿原における渡り鳥の行動

{byline}

湿原研究 第5巻 第2号 2031年

要旨
本研究は三つの湿原における渡り鳥の行動を調べた。
"""


@pytest.mark.parametrize(
    "byline",
    [
        "山田太郎, 佐藤花子",  # no space: the family names the lexicon knows
        "山田 太郎, 佐藤 花子",  # a space between family and given name
        "著者: 山田太郎, 佐藤花子",  # a label's value
    ],
)
def test_japanese_names_split_at_a_known_family_name(byline: str) -> None:
    authors = parse_record(_JA.format(byline=byline)).to_csl().get("author") or []
    assert [(a.get("family"), a.get("given")) for a in authors] == [
        ("山田", "太郎"),
        ("佐藤", "花子"),
    ]


def test_a_label_word_before_a_space_is_no_japanese_family_name() -> None:
    """Near miss: ``著者 山田, 太郎`` (a label without its colon, then an inverted name)
    holds no name of a known family name before its space: no byline is made of it."""
    assert parse_record(_JA.format(byline="著者 山田, 太郎")).to_csl().get("author") is None


def test_chinese_names_keep_their_one_character_family_name() -> None:
    """Near miss: a Chinese name of three characters whose first two spell a Japanese family
    name keeps the Chinese reading (only names of four characters or more are cut so)."""
    from comet.names import parse_names

    (p,) = parse_names("田中华")
    assert (p.family, p.given) == ("田", "中华")
