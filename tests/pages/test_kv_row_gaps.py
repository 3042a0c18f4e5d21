"""A key-value row one unknown row away from a run of them (a shop's list of a book's details
whose label the locales do not know parts the publisher's row from the rest: ``Издательство
Полынь`` / ``Издательский бренд Ковыль`` / ``Серия …``): the row joins the run
(``comet.page.line_labels._kv_rows``). Every record is invented."""

from __future__ import annotations

from comet import parse_record

_HEAD = "Сердце полынной степи\nОльга Верескова\nОписание и характеристики\n"
_RUN = "Серия Большая проза\nГод издания 2021\nISBN 978-5-00-111111-1\nКоличество страниц 320\n"


def test_a_row_over_an_unknown_row_joins_the_run() -> None:
    page = _HEAD + "ID товара 1234567\nИздательство Полынь\nИздательский бренд Ковыль\n" + _RUN
    assert parse_record(page).to_csl().get("publisher") == "Полынь"


def test_a_row_under_the_run_joins_it() -> None:
    page = _HEAD + _RUN + "Тип обложки мягкая\nИздательство Полынь\n"
    assert parse_record(page).to_csl().get("publisher") == "Полынь"


def test_a_row_over_a_paragraph_stays_alone() -> None:
    # a sentence between them parts the blocks: the row is a teaser's line, no detail
    page = (
        _HEAD
        + "Издательство Полынь\n"
        + "Роман о долгом пути через степь и о тех, кто ждёт дома.\n"
        + _RUN
    )
    assert parse_record(page).to_csl().get("publisher") != "Полынь"  # no label's value


def test_a_row_two_unknown_rows_away_stays_alone() -> None:
    page = _HEAD + "Издательство Полынь\nИздательский бренд Ковыль\nID товара 1234567\n" + _RUN
    assert parse_record(page).to_csl().get("publisher") != "Полынь"  # no label's value
