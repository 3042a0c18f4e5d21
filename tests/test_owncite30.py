"""The page's own citation of its work (owncite30): GB/T 7714 citations with a Latin name
among the Han ones or the code ``[J]`` after the journal's name, and ``Cite this article as``
citations of a title-less style that must not override the page's own range or type. Every
text here was written for these tests."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from comet import ParseError, parse_names, parse_record, parse_reference


def _names(csl: dict) -> list[tuple[str, str]]:
    return [(a.get("family", ""), a.get("given", "")) for a in csl.get("author", [])]


def test_gbt_code_after_the_journal() -> None:
    csl = parse_reference(
        "周岚, 郑涛. 湖泊候鸟越冬行为的调查研究. 湿地学报[J], 2019, 12(3): 45-67."
    ).to_csl()
    assert _names(csl) == [("周", "岚"), ("郑", "涛")]
    assert csl["title"] == "湖泊候鸟越冬行为的调查研究"
    assert csl["container-title"] == "湿地学报"
    assert (csl["volume"], csl["issue"], csl["page"]) == ("12", "3", "45-67")


def test_gbt_latin_name_with_an_initial_among_han_names() -> None:
    for authors in ("周岚, 郑涛, Maren K. OSTBY", "周岚, 郑涛, MarenK.OSTBY"):
        csl = parse_reference(
            f"{authors}. 湖泊候鸟越冬行为的调查研究[J]. 湿地学报, 2019, 12(3): 45-67."
        ).to_csl()
        assert _names(csl) == [("周", "岚"), ("郑", "涛"), ("OSTBY", "Maren K.")]
        assert csl["title"] == "湖泊候鸟越冬行为的调查研究"


def test_gbt_standard_shape_reads_as_before() -> None:
    csl = parse_reference(
        "周岚. 湖泊候鸟越冬行为的调查研究[J]. 湿地学报, 2019, 12(3): 45-67."
    ).to_csl()
    assert _names(csl) == [("周", "岚")]
    assert csl["container-title"] == "湿地学报"


def test_mixed_script_name_list() -> None:
    """A Latin name printed given first, its family name in capitals, among Han names
    printed family first: each is one name in its own order, none a 'Family, Given' pair
    across the two scripts."""
    persons = parse_names("王芳, 李明, Anna K. LUND")
    assert [(p.family, p.given) for p in persons] == [
        ("王", "芳"),
        ("李", "明"),
        ("LUND", "Anna K."),
    ]
    # Latin lists read as before
    same = parse_names("SMITH, John, Anna K. LUND")
    assert [(p.family, p.given) for p in same] == [("SMITH", "John"), ("LUND", "Anna K.")]
    han = parse_names("王芳, 李明")
    assert [(p.family, p.given) for p in han] == [("王", "芳"), ("李", "明")]


@given(st.text(alphabet="周岚郑涛湖泊[]J/OL.,， 0123456789():-AaKk", max_size=80))
def test_gbt_reader_accepts_any_text(text: str) -> None:
    with contextlib.suppress(ParseError):  # (an empty reference: its documented error)
        parse_reference(text)


_ZH_PAGE = """湿地学报 2019年 第12卷 第3期
湖泊候鸟越冬行为的调查研究
周岚, 郑涛
本文引用格式
周岚, 郑涛. 湖泊候鸟越冬行为的调查研究. 湿地学报[J], 2019, 12(3): 45-67.
摘要
本文调查了三个湖泊的候鸟越冬行为，记录了其数量与分布的季节变化。
"""


def test_a_page_with_a_gbt_citation_code_after_the_journal() -> None:
    csl = parse_record(_ZH_PAGE).to_csl()
    assert csl["title"] == "湖泊候鸟越冬行为的调查研究"
    assert _names(csl) == [("周", "岚"), ("郑", "涛")]
    assert csl["container-title"] == "湿地学报"


_CITE_AS_PAGE = """Corresponding author: Maren Ostby, ostby@example.org
DOI: 10.5555/jfs.2023-0099
Received: March 2, 2023
Published: June 9, 2023
Cite this article as:
Ostby M, Lindqvist P, Haugen T. Seasonal Counts of Wintering Waders on Three Fjords. J Fjord Stud. 2023;5(2):101-112.
We counted wintering waders on three fjords over four winters and compare their numbers with the tides and the weather of each winter.
"""


def test_cite_this_article_as_gives_the_title() -> None:
    csl = parse_record(_CITE_AS_PAGE).to_csl()
    assert csl["title"] == "Seasonal Counts of Wintering Waders on Three Fjords"
    assert csl["page"] == "101-112"


_TITLE_LESS_PAGE = """Journal of Fjord Studies
June 2017, Volume 12, Issue 3, pp 259–266 | Cite as
Seasonal Counts of Wintering Waders on Three Fjords
Authors
Maren Ostby
Per Lindqvist
Abstract
We counted wintering waders on three fjords over four winters and compare their numbers with the tides and the weather of each winter.
Cite this article as:
Ostby, M. & Lindqvist, P. J Fjord Stud (2017) 12: 259. https://doi.org/10.5555/s12345-017-0099-1
"""


def test_a_title_less_citation_keeps_the_pages_range_and_type() -> None:
    """``Name. J Abbr (2017) 12: 259.``: the style prints the first page alone and no
    title; the page's own range and the journal article's type stand."""
    csl = parse_record(_TITLE_LESS_PAGE).to_csl()
    assert csl["title"] == "Seasonal Counts of Wintering Waders on Three Fjords"
    assert csl["page"] == "259-266"
    assert csl["type"] == "article-journal"
