"""Ukrainian locator words (``uk.toml`` ``[locator]``: ``вип.``, ``стор.``) where they differ
from Russian's. Invented article pages; every name and title was written for these tests."""

from __future__ import annotations

from comet import parse_record

_ARTICLE = """Зимівля птахів на болотах

Олена Коваленко, Петро Мельник

{loc}

Анотація

Птахи боліт узимку летять на південь, але частина з них залишається на озерах. Ми спостерігали три озера протягом десяти років.
"""


def test_the_ukrainian_issue_and_page_words_read_a_locator() -> None:
    for loc in (
        "Вісник боліт, 2019, том 12, вип. 3, с. 45-67",
        "Вісник боліт, 2019, т. 12, вип. 3, стор. 45-67",
    ):
        item = parse_record(_ARTICLE.format(loc=loc)).to_csl()
        assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45-67"), loc


def test_an_issue_word_alone_is_no_volume() -> None:
    # ('Вип. 3' without a volume: before, the number was read as the volume)
    item = parse_record(_ARTICLE.format(loc="Вісник боліт. – 2019. – Вип. 3. – С. 45–67")).to_csl()
    assert item.get("volume") is None


def test_a_sentence_with_the_word_is_no_locator() -> None:
    line = "Наступний випуск 12 вийде навесні, а в ньому буде 45 статей."
    item = parse_record(_ARTICLE.format(loc=line)).to_csl()
    assert item.get("volume") is None and item.get("issue") is None


def test_the_breadcrumb_of_a_journal_site_is_no_container() -> None:
    page = "Головна / Архіви / Том 7 № 1 (2020) / Статті\n\n" + _ARTICLE.format(loc="")
    item = parse_record(page).to_csl()
    assert "Головна" not in str(item.get("container-title") or "")
    assert (item.get("volume"), item.get("issue")) == ("7", "1")
