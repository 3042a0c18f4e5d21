"""A line between a title and its byline that is a list of names is no subtitle
(``comet.page.title_name_lines``): a byline printed twice (its script, then transliterated),
names the byline reader cannot vouch for over its affiliations, initials and a family name
over a line of the same shape. Invented pages; every title and name was written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.title_name_lines import names_list_line
from comet.text._words import and_words


def _title(page: str) -> str | None:
    title = parse_record(page).to_csl().get("title")
    return title if isinstance(title, str) else None


_EN_AFFILIATIONS = """Fen Studies Quarterly Vol.12 No.3 pp.101-118

The Structural Relationship Between Reed Density, Water Depth, and Nesting Success among Marsh Birds

Seojin Yang, Minho Kang
Lecturer, Department of Wetland Science, Marsh University, Fenwick, Norway
Associate Professor, Department of Ecology, Harbour University, Lundby, Norway

Abstract
We counted nests in reed beds of three depths over four seasons.
"""

_KO_TWICE = """Article

갈대 군락의 밀도와 물 깊이가 습지 조류의 번식 성공에 미치는 영향 분석

박서연1, 이도윤2,, 최하람3
Seo Yeon Park1, Do Yoon Lee2,, Ha Ram Choi3
1습지대학교 조교수
2해안연구원 연구위원
요약
이 연구는 갈대 군락과 습지 조류의 번식을 분석하였다.
"""

_JA_TWICE = """原著論文

北方湿地におけるヨシ原の密度と水位が水鳥の営巣に与える影響

山田 花子1, 佐藤 次郎2
Hanako Yamada1, Jiro Sato2
1北方湿地大学 農学部
要旨
ヨシ原の密度と水位を四年間調査した。
"""

_INITIALS = """Main Article Content

Prevalence of Reed Blight in Coastal Marsh Meadows of the Northern Fen Districts


II Okafor
EI Nwachukwu

Abstract

A survey of reed blight was carried out in six coastal marsh meadows over two years.
"""


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            _EN_AFFILIATIONS,
            "The Structural Relationship Between Reed Density, Water Depth, and Nesting Success "
            "among Marsh Birds",
        ),
        (_KO_TWICE, "갈대 군락의 밀도와 물 깊이가 습지 조류의 번식 성공에 미치는 영향 분석"),
        (_JA_TWICE, "北方湿地におけるヨシ原の密度と水位が水鳥の営巣に与える影響"),
        (
            _INITIALS,
            "Prevalence of Reed Blight in Coastal Marsh Meadows of the Northern Fen Districts",
        ),
    ],
)
def test_a_line_of_names_under_the_title_is_no_subtitle(page: str, title: str) -> None:
    assert _title(page) == title


def _line_verdict(lines: list[str], at: int) -> bool:
    page, _ = _prepare("\n".join(lines), None)
    return names_list_line(page, at)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Ana Lindqvist1, Tomas Berg2*", "Marsh University"], True),
        (["박서연1, 이도윤2", "Seo Yeon Park1"], True),
        (["AB Okafor", "CD Nwachukwu"], True),
        (["AB Okafor", "Department of Ecology, Marsh University"], False),  # one name alone
        (["Theory, Practice, Policy", "Ana Ruiz"], False),  # one-word items: topics
        (["Estudio de caso en la comarca", "Lucía Ferrer"], False),  # small words: a phrase
        (["Une étude des colonies nicheuses", "Camille Rousseau"], False),
        (["Die Röhrichte 2015, Die Moore 2019", "Jana Köhler"], False),  # numbers
    ],
)
def test_names_list_lines(lines: list[str], expected: bool) -> None:
    assert _line_verdict(lines, 0) is expected


def test_a_subtitle_under_the_title_still_joins() -> None:
    page = _EN_AFFILIATIONS.replace("Seojin Yang, Minho Kang", "A Study of Northern Fens")
    title = _title(page)
    assert title is not None and "Northern Fens" in title


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab CD 박서 1,* \n山田 and Okafor"), max_size=160))
def test_any_lines_never_crash(text: str) -> None:
    page, _ = _prepare(text, None)
    joiners = and_words(page.rules)
    for k, line in enumerate(page.layout.lines):
        if names_list_line(page, k):
            # a list of names by its shape: no word in small letters but a list's joiner
            words = [w.strip("0123456789*,;&") for w in line.text.split()]
            assert all(not w[:1].islower() or w.casefold() in joiners for w in words)
