"""Journal article pages of publishers large and small (issue 13, the fresh "pubwide2" set):
shapes that recur across sites. Every page, name, title and number here was written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_keywords, parse_record
from comet.keywords import find_keyword_blocks

# --- Russian article pages: labels and the page's language ---------------------------------

_RU_PAGE = (
    "Научная статья\n"
    "{title}\n"
    "Ирина Петровна Соколова\n"
    "Аннотация\n"
    "В статье рассматривается развитие сельских библиотек в северных районах страны в "
    "последние десятилетия. Автор анализирует данные отчётов и показывает, что число "
    "читателей не уменьшилось, а изменились их запросы и формы работы с книгой.\n"
    "Ключевые слова\n"
    "{keywords}\n"
)


@pytest.mark.parametrize(
    ("keywords", "want"),
    [
        ("библиотека; чтение; северные районы", ["библиотека", "чтение", "северные районы"]),
        ("БИБЛИОТЕКА / ЧТЕНИЕ / СЕВЕР", ["БИБЛИОТЕКА", "ЧТЕНИЕ", "СЕВЕР"]),
    ],
)
def test_russian_article_labels(keywords: str, want: list[str]) -> None:
    title = "Сельские библиотеки северных районов в конце века"
    csl = parse_record(_RU_PAGE.format(title=title, keywords=keywords)).to_csl()
    assert csl["title"] == title
    assert csl.get("language") == "ru"
    assert csl.get("keyword", "").split(", ") == want


# --- keyword lists separated by a spaced slash or dash -----------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("soil / water / land use", ["soil", "water", "land use"]),
        ("Moorland – Peat – Grazing history", ["Moorland", "Peat", "Grazing history"]),
        ("input/output; signal-to-noise ratio", ["input/output", "signal-to-noise ratio"]),
        ("COVID-19 — remote teaching", ["COVID-19", "remote teaching"]),
    ],
)
def test_spaced_slash_and_dash_separate_keywords(line: str, want: list[str]) -> None:
    blocks = list(find_keyword_blocks(f"Keywords\n{line}\n\nIntroduction\n"))
    assert [k.text for k in blocks[0].value.keywords] == want


def test_unspaced_slash_and_hyphen_stay_inside_a_keyword() -> None:
    blocks = list(find_keyword_blocks("Keywords: client/server, e-learning, long-term care\n"))
    assert [k.text for k in blocks[0].value.keywords] == [
        "client/server",
        "e-learning",
        "long-term care",
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("abcdefgh", min_size=4, max_size=8), min_size=2, max_size=5, unique=True))
def test_spaced_slash_list_round_trip(words: list[str]) -> None:
    blocks = list(find_keyword_blocks("Keywords\n" + " / ".join(words) + "\n"))
    assert [k.text for k in blocks[0].value.keywords] == words


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_keyword_parser_never_crashes(text: str) -> None:
    parse_keywords(text, strict=False)
