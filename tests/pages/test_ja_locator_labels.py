"""Japanese catalogues' locator labels (``ja.toml`` ``[labels]``: ``巻次``, ``号``, ``ページ数等``).
An invented record page in the shape of a Japanese public library's detail table; every
title, name and number was written for these tests."""

from __future__ import annotations

from comet import parse_record

_RECORD = """| タイトル | 湖の鳥たちの冬 |
|---|---|
| タイトルヨミ | ミズウミ/ノ/トリタチ/ノ/フユ |
| 巻次 | 4 |
| タイトル標目(部編名,巻次,回次,年次等の配列記号) | 000004 |
| シリーズ名 | 湖畔文庫 |
| シリーズの部編名,巻次,回次,年次等 | こ-07-04 |
| 著者 | 川原/みどり‖著 |
| 出版者 | 湖畔書房 |
| 出版地,頒布地等 | 松本 |
| ページ数等 | 213p |
| 大きさ | 15cm |
"""


def test_japanese_volume_and_page_count_labels() -> None:
    item = parse_record(_RECORD).to_csl()
    assert item["volume"] == "4"
    assert item["number-of-pages"] == "213"


def test_a_longer_label_holding_the_volume_word_gives_no_volume() -> None:
    # the sort key of a heading ('…巻次…の配列記号') and the series' numbering are no volume
    page = _RECORD.replace("| 巻次 | 4 |\n", "")
    assert parse_record(page).to_csl().get("volume") is None
