"""Locators of invented article pages (session 26): the numero written with a ring
(``n° 3``), a Persian issue closed by its Solar Hijri year, an East Asian month inside the
locator, and Polish locator words in full."""

from __future__ import annotations

import pytest

from comet import parse_record


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


FR = (
    "Les roselières de la côte nord\n\nAnne Martin\n\n{line}\n\n"
    "Résumé\nCet article décrit les oiseaux hivernants des roselières du littoral.\n"
)


@pytest.mark.parametrize(
    "line",
    # the line alone: no journal's name before it to vouch for the issue
    ["n° 3, 2031, p. 45-67", "N° 3, 2031, pp. 45-67"],
)
def test_an_issue_after_the_ring_of_the_numero(line: str) -> None:
    csl = _csl(FR.format(line=line))
    assert (csl.get("issue"), csl.get("page")) == ("3", "45-67")


def test_a_ring_after_a_temperature_is_no_issue() -> None:
    csl = _csl(FR.format(line="Température de l'eau : 3 °C en 2031, p. 45-67 du rapport"))
    assert csl.get("issue") is None


FA = (
    "بررسی نیزارهای ساحلی شمال\n\nعلی رضایی، مریم احمدی\n\nفصلنامه مطالعات تالاب\n{line}\n\n"
    "چکیده\nاین مقاله دربارهٔ نیزارهای ساحلی است و پرندگان زمستانی را بررسی می‌کند.\n"
)


def test_a_persian_issue_closed_by_its_year() -> None:
    csl = _csl(FA.format(line="دوره ۵، شماره ۲، ۱۳۹۸"))
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("5", "2", None)


def test_a_persian_page_range_stays() -> None:
    csl = _csl(FA.format(line="دوره ۱۲، شماره ۳، پاییز ۱۳۹۸، صفحه ۴۵-۶۷"))
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


KO = (
    "북부 해안 갈대밭의 겨울 조류\n\n김민수, 이지은\n\n{line}\n\n"
    "초록\n이 연구는 북부 해안 갈대밭의 겨울 조류를 조사하였다.\n"
)


@pytest.mark.parametrize(
    "line",
    ["습지학회지 제12권 제3호 (2031년 3월) pp.45-67", "갯벌연구 Vol.12 No.3 (2031년 3월) pp.45-67"],
)
def test_a_korean_month_in_brackets_keeps_the_pages(line: str) -> None:
    csl = _csl(KO.format(line=line))
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


PL = (
    "Trzcinowiska północnego wybrzeża\n\nAnna Nowak\n\n{line}\n\n"
    "Streszczenie\nArtykuł opisuje zimujące ptaki trzcinowisk północnego wybrzeża.\n"
)


def test_polish_words_in_full() -> None:
    csl = _csl(PL.format(line="Tom 12, Numer 3, Strony 45-67"))
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


PAPER = (
    "Counting bearded tits with acoustic sensors\n\nAna Berg, Ola Brekke\n\n{line}\n\n"
    "Abstract\nWe count bearded tits in reed beds with small acoustic sensors.\n"
)


@pytest.mark.parametrize("line", ["Article No.: 45, Pages 1 - 12", "Artikelnummer: 45, S. 1-12"])
def test_an_article_number_and_its_pages_under_one_label(line: str) -> None:
    csl = _csl(PAPER.format(line=line))
    assert (csl.get("number"), csl.get("page")) == ("45", "1-12")


@pytest.mark.parametrize("line", ["Article No.: 45, 2031", "Article No.: 45, Fen Press, 2031"])
def test_an_article_number_and_no_pages_reads_no_range(line: str) -> None:
    assert _csl(PAPER.format(line=line)).get("page") is None
