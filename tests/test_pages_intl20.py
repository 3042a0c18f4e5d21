"""Article pages of journals in other languages than English (the fresh "intl20" set): an
issue's year over a later online date, and bylines printed as a bulleted list. Every page,
name, title and number here was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

# --- an online date under the locator line, years later (a back issue put online) ----

_PL = """Czasopismo Mokradeł
1/2015
vol. 7
Artykuł oryginalny

Zimowanie ptaków wodnych na trzech jeziorach

Anna Kowalczyk

Czasopismo Mokradeł 2015, 1: 12–20
Data publikacji online: {online}

Streszczenie
Ptaki wodne zimują na trzech jeziorach północnej Polski; zbadano ich liczebność w latach 2001-2010.
"""


def test_a_later_online_date_under_the_locator_line_is_no_issued_date() -> None:
    # ('Data publikacji online', pl.toml published_online): the issue of 2015 came out first
    item = parse_record(_PL.format(online="2017/03/14")).to_csl()
    assert item["issued"]["date-parts"][0][:1] == [2015]


def test_an_earlier_online_date_is_the_issued_date() -> None:
    # online first, then the issue: the online date is the work's first publication
    item = parse_record(_PL.format(online="2014/11/20")).to_csl()
    assert item["issued"]["date-parts"][0] == [2014, 11, 20]


# --- a byline printed as a bulleted list ------------------------------------------------------

_BULLETED = """Reed cover and nesting success of marsh wrens in two river deltas

{byline}

Abstract: Marsh wrens nested in reed beds of two river deltas; nest success was compared.
"""


@pytest.mark.parametrize(
    "byline", ["• Ana Lindqvist, Oskar Brandt", "• Ana Lindqvist ;\n• Oskar Brandt"]
)
def test_a_bulleted_byline_gives_its_names(byline: str) -> None:
    item = parse_record(_BULLETED.format(byline=byline)).to_csl()
    assert item.get("author") == [
        {"family": "Lindqvist", "given": "Ana"},
        {"family": "Brandt", "given": "Oskar"},
    ]


@pytest.mark.parametrize("byline", ["• Home\n• About us", "• Current issue • Archives"])
def test_a_bulleted_menu_gives_no_names(byline: str) -> None:
    assert parse_record(_BULLETED.format(byline=byline)).to_csl().get("author") is None


# --- a title over its translation in another script: the original is in the names' script ---

_TWO_SCRIPTS = """{first}

{second}

{byline}

발행 : 2019.06.30

본 연구는 세 호수에서 철새의 월동 행동을 조사하였다. 조사는 십 년 동안 이루어졌다.
"""
_KO_TITLE = "습지 철새의 월동 행동에 관한 조사 연구"
_EN_TITLE = "A Survey of the Wintering Behaviour of Wetland Birds"


@pytest.mark.parametrize(("first", "second"), [(_EN_TITLE, _KO_TITLE), (_KO_TITLE, _EN_TITLE)])
def test_the_title_in_the_script_of_the_byline_is_the_original(first: str, second: str) -> None:
    page = _TWO_SCRIPTS.format(first=first, second=second, byline="박서윤, 최하늘")
    assert parse_record(page).to_csl().get("title") == _KO_TITLE


def test_a_latin_byline_keeps_the_first_title() -> None:
    # names in the Latin script: the original is the first line, as printed
    page = _TWO_SCRIPTS.format(first=_EN_TITLE, second=_KO_TITLE, byline="Seoyun Park, Haneul Choi")
    assert parse_record(page).to_csl().get("title") == _EN_TITLE


# --- French guillemets in a title: quotation marks, no breadcrumb's arrows -------------------

_FR = """Hélodea | Hélodea 12. Autour des marais de l'Ouest | I. Zones humides | Les roselières

Claire Morvan :

{title}

Résumé

Les roselières de l'estuaire abritent des oiseaux nicheurs dont le nombre varie selon les années.
"""


@pytest.mark.parametrize(
    "title",
    [
        "La « roselière » et les oiseaux nicheurs de l'estuaire",
        "Du « marais » (I, 4) à la « vasière » (II, 7) des rives de l'estuaire",
    ],
)
def test_words_in_guillemets_are_no_breadcrumb(title: str) -> None:
    item = parse_record(_FR.format(title=title)).to_csl()
    assert item.get("title") == title


def test_a_breadcrumb_with_guillemet_arrows_is_no_title() -> None:
    page = _FR.format(title="Accueil » Numéros » 12 » Les roselières de l'estuaire")
    assert (
        parse_record(page).to_csl().get("title")
        != "Accueil » Numéros » 12 » Les roselières de l'estuaire"
    )


# --- an abstract's label with its summary on the line, and a keywords label: an article ----

_ZH_ARTICLE = """湖泊候鸟越冬行为的调查研究

周岚, 郑涛

摘要:{abstract}
{keywords}
"""
_ZH_SUMMARY = "本文研究了湖泊候鸟在三个湖泊的越冬行为,调查持续十年,结果表明越冬数量逐年增加,而且越冬时间逐年提前,这与湖泊水位的变化有关。"


def test_an_inline_abstract_and_keywords_make_a_journal_article() -> None:
    page = _ZH_ARTICLE.format(abstract=_ZH_SUMMARY, keywords="关键词:候鸟;湖泊;越冬")
    assert parse_record(page).to_csl().get("type") == "article-journal"


@pytest.mark.parametrize(
    ("abstract", "keywords"), [(_ZH_SUMMARY, ""), ("无", "关键词:候鸟;湖泊;越冬")]
)
def test_no_keywords_or_no_summary_names_no_type(abstract: str, keywords: str) -> None:
    page = _ZH_ARTICLE.format(abstract=abstract, keywords=keywords)
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- a work cited twice, in its own script first, then in English --------------------------

_CITED_TWICE = """湿地学报 2019年第3期

{first}
{second}

doi: 10.5555/sdxb.2019.03.005

Wintering Behaviour of Lake Birds

摘要: 本文研究了湖泊候鸟在三个湖泊的越冬行为,调查持续十年,结果表明越冬数量逐年增加。
"""
_ZH_CITE = "引用本文: 周岚. 湖泊候鸟越冬行为的调查研究[J]. 湿地学报, 2019, 12(3): 45-67. doi: 10.5555/sdxb.2019.03.005"
_EN_CITE = "Citation: ZHOU Lan. Wintering Behaviour of Lake Birds[J]. Journal of Wetlands, 2019, 12(3): 45-67. doi: 10.5555/sdxb.2019.03.005"


def test_the_earlier_citation_in_the_other_script_gives_the_original_title() -> None:
    item = parse_record(_CITED_TWICE.format(first=_ZH_CITE, second=_EN_CITE)).to_csl()
    assert item.get("title") == "湖泊候鸟越冬行为的调查研究"


def test_an_english_citation_first_keeps_the_english_title() -> None:
    # the original comes first: here the English one, the Chinese its translation
    item = parse_record(_CITED_TWICE.format(first=_EN_CITE, second=_ZH_CITE)).to_csl()
    assert item.get("title") == "Wintering Behaviour of Lake Birds"


def test_a_citation_of_another_work_gives_no_title() -> None:
    other = _ZH_CITE.replace("10.5555/sdxb.2019.03.005", "10.5555/sdxb.2018.01.002")
    other = other.replace("12(3): 45-67", "11(1): 1-9")
    item = parse_record(_CITED_TWICE.format(first=other, second=_EN_CITE)).to_csl()
    assert item.get("title") == "Wintering Behaviour of Lake Birds"
