"""Locators in scripts that write a count as a number and its counter (Chinese ``卷``, ``期``,
``页``; Japanese ``巻``, ``号``, ``頁``; Korean ``권``, ``호``), glued to the number and to
the next word (``第39卷第1期``), and issues numbered within their year (``Heft 3/2015``).
Every string was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_locator


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("12巻3号 45-67頁", ("12", "3", "45-67", None)),
        ("第8卷第2期", ("8", "2", None, None)),
        ("2021年第8卷第2期101-118页", ("8", "2", "101-118", "2021")),
        ("第12巻 第3号 p. 45-67", ("12", "3", "45-67", None)),
        ("제14권 2호 pp.211-230", ("14", "2", "211-230", None)),
        ("제14권2호", ("14", "2", None, None)),
        # the words before their numbers, spaced (as a platform prints them): labels
        ("湿原学会誌 2020 巻 8 号 2", ("8", "2", None, "2020")),
    ],
)
def test_counters_after_their_numbers(text: str, want: tuple[str | None, ...]) -> None:
    v = parse_locator(text)
    pages = str(v.pages) if v.pages else None
    assert (v.volume, v.issue, pages, v.issued.iso() if v.issued else None) == want


@pytest.mark.parametrize("text", ["湿地期刊 2019", "期刊 导航", "권리 보호 2020"])
def test_a_word_opening_with_a_counter_is_no_label(text: str) -> None:
    # '期刊' (a journal), '권리' (a right): no number by the counter, a word
    v = parse_locator(text, strict=False).value
    assert v is None or (v.volume, v.issue) == (None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Heft 3/2015, S. 45-67", ("3", "2015")),
        ("Číslo 1/2013", ("1", "2013")),
        ("nr 4/2019, s. 12-20", ("4", "2019")),
    ],
)
def test_an_issue_and_its_year_after_an_issue_word(text: str, want: tuple[str, str]) -> None:
    v = parse_locator(text)
    assert (v.issue, v.issued.iso() if v.issued else None) == want


@pytest.mark.parametrize(("text", "issue"), [("Heft 8/9", "8/9"), ("No. 2019/3", "2019/3")])
def test_a_double_issue_or_a_year_first_stays_whole(text: str, issue: str) -> None:
    v = parse_locator(text)
    assert v.issue == issue and v.issued is None


@pytest.mark.parametrize(
    ("text", "count"), [("ページ数: 120", 120), ("頁数: 36", 36), ("ページ数 8", 8)]
)
def test_a_page_count_label_in_han_or_kana_before_its_colon(text: str, count: int) -> None:
    # a counter-script label ('数' is Han) stands by its number across the label's colon
    from comet import parse_pages

    assert parse_pages(text).count == count


@pytest.mark.parametrize(
    ("text", "lang"), [("頁数：36", "ja"), ("ページ数：120", "ja"), ("页数：36", "zh")]
)
def test_a_page_count_label_before_a_full_width_colon(text: str, lang: str) -> None:
    # the full-width colon of CJK text is a label's colon: a page count, never a volume
    v = parse_locator(text, locales=[lang])
    assert v.volume is None and v.pages is not None
    assert v.pages.count == int(text.split("：")[1])


def test_a_spaced_volume_and_issue_keep_the_page_count_after_them() -> None:
    v = parse_locator("第7巻 第2号 頁数：18", locales=["ja"])
    assert (v.volume, v.issue) == ("7", "2")
    assert v.pages is not None and v.pages.count == 18 and v.pages.first is None


def test_a_full_width_colon_after_a_volume_label_is_still_a_volume() -> None:
    # near miss: the same colon after a volume label gives the volume
    v = parse_locator("巻：12", locales=["ja"])
    assert v.volume == "12" and v.pages is None
