"""Japanese catalogues' locator labels (``ja.toml`` ``[labels]``: ``巻次``, ``号``, ``ページ数等``).
An invented record page in the shape of a Japanese public library's detail table; every
title, name and number was written for these tests."""

from __future__ import annotations

from comet import parse_record

_RECORD = """| タイトル | 湖の鳥たちの冬 |
|---|---|
| タイトルヨミ | ミズウミ/ノ/トリタチ/ノ/フユ |
| 巻次 | 4 |
| 巻次の並び順 | 004 |
| シリーズ名 | 湖畔文庫 |
| シリーズ巻次表示 | こ-07-04 |
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
    # the sort key of a heading ('巻次の並び順') and the series' numbering are no volume
    page = _RECORD.replace("| 巻次 | 4 |\n", "")
    assert parse_record(page).to_csl().get("volume") is None


# --- Japanese locator words after their numbers (ja.toml [locator]: 巻, 号, 頁) -------------

_ARTICLE = """湿地の鳥の冬

川原 みどり

{loc}

抄録

湿地の鳥は冬になると南へ移動するが、一部の個体は湖に残ることが観察された。本研究では三つの湖で十年間の調査を行った。
"""


def test_japanese_volume_issue_and_page_words_read_a_locator_line() -> None:
    for loc in (
        "湿地研究, 12巻3号, pp. 45-67, 2019",
        "湿地研究 第12巻 第3号 45-67頁 2019年",
        "湿地研究 2019年 12巻 3号 p. 45-67",
    ):
        item = parse_record(_ARTICLE.format(loc=loc)).to_csl()
        assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45-67"), loc
        assert item["container-title"] == "湿地研究"


def test_an_address_or_a_sentence_with_the_words_is_no_locator() -> None:
    for loc in (
        "〒390-0811 松本市湖畔町1丁目2番3号",  # a street address's block number
        "全3巻セット 2019年",  # a boxed set of three volumes
        "第5号機の試運転は12月に行われた。",  # a machine's number in a sentence
        "湿地研究 2019年3月号",  # a magazine's month issue: no volume
        "湿地保全法(平成元年法律第45号)",  # (review) a law's number
    ):
        item = parse_record(_ARTICLE.format(loc=loc)).to_csl()
        assert item.get("volume") is None and item.get("page") is None, loc


def test_locator_words_before_their_numbers_read_in_that_order() -> None:
    # ('巻 12 号 1', as J-STAGE prints it: before, read as volume 1, issue 12)
    from comet import parse_record as _parse

    page = "湿原の鳥類の冬越しに関する調査\n\n湿原学会誌 巻 8 号 2 p. 21-39\n\n要旨：本稿では湿原の鳥類の冬越しを調べた。\n"
    item = _parse(page).to_csl()
    assert (item.get("volume"), item.get("issue"), item.get("page")) == ("8", "2", "21-39")
    assert item.get("language") == "ja"


def test_a_japanese_journal_sites_breadcrumb_names_no_journal() -> None:
    from comet import parse_record as _parse

    page = "ホーム / バックナンバー / 第7巻 第2号 / 論文\n\n湿原の鳥類の冬越し\n\n要旨：本稿では湿原の鳥類を調べた。\n"
    item = _parse(page).to_csl()
    assert item.get("container-title") is None
    assert (item.get("volume"), item.get("issue")) == ("7", "2")
