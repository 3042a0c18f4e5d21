"""A web article of no named periodical that prints a research paper's text: an
introduction's heading alone on its line, numbered or not, over its prose, is a journal's
article, no magazine's story (``comet.page.web_research``). Invented pages in the shape of
a journal site's full-text page and of a news site's story."""

from __future__ import annotations

import pytest

from comet import parse_record

PROSE = (
    "The tide mills of the northern coast were built between the twelfth and the "
    "eighteenth centuries, and most of them stood idle by the time the first survey of "
    "the coast was drawn."
)
PROSE_HU = (
    "Az északi part árapály-malmai a tizenkettedik és a tizennyolcadik század között "
    "épültek, és többségük már állt, amikor a part első felmérése elkészült a városban."
)
PROSE_VI = (
    "Các cối xay thủy triều ở bờ biển phía bắc được xây dựng giữa thế kỷ mười hai và "
    "thế kỷ mười tám, và phần lớn đã ngừng hoạt động khi cuộc khảo sát đầu tiên được vẽ."
)


def _page(heading: str, prose: str, *, masthead: str = "Home | Archive | Contact") -> str:
    return (
        f"{masthead}\n\nTide mills of the northern coast and their ponds\n\n"
        f"Orla Fenwick 12/03/2021 10:15\n\n{heading}\n{prose}\n\n{prose}\n\n{prose}\n"
    )


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


@pytest.mark.parametrize(
    ("heading", "prose"),
    [("Introduction", PROSE), ("1. Bevezetés", PROSE_HU), ("1. ĐẶT VẤN ĐỀ", PROSE_VI)],
)
def test_an_introduction_over_prose_makes_a_journal_article(heading: str, prose: str) -> None:
    assert _type(_page(heading, prose)) == "article-journal"


def test_the_page_without_it_is_a_magazine_story() -> None:
    # (negative) the same story with no introduction's heading: a web article
    assert _type(_page("", PROSE)) == "article-magazine"


def test_an_introduction_in_prose_is_no_heading() -> None:
    # (negative) the word in a sentence names no section
    text = _page("", "Introduction of the mills to the coast took three centuries. " + PROSE)
    assert _type(text) == "article-magazine"


def test_an_introduction_over_a_short_line_is_a_menu() -> None:
    # (negative) a menu's entries under the heading, no paragraph
    text = _page("Introduction\nMethods\nResults", PROSE)
    assert _type(text) == "article-magazine"


def test_a_named_magazine_keeps_its_story() -> None:
    # (negative) a masthead naming a magazine: its feature's 'Introduction' is no paper's
    text = _page("Introduction", PROSE, masthead="Quayside Magazine")
    assert _type(text) == "article-magazine"
