"""A Japanese catalogue's table of spaced label rows where most labels are ones no locale
knows (reading rows, romanised headings, authority codes): its known rows, the publisher
and the place of publication (``出版地,頒布地等 東京``) among them, are read as labels
(``comet.page.line_labels``). Prose with a few rows in it is no table. Invented records."""

from __future__ import annotations

from comet import parse_record

TABLE = """もっと詳しい内容
タイトル 港の灯りと小さな船
タイトルヨミ ミナト/ノ/アカリ/ト/チイサナ/フネ
タイトル標目(ローマ字形) Minato/no/akari/to/chiisana/fune
著者 霜田ケイ‖著
著者ヨミ シモダ/ケイ
著者標目(ローマ字形) Shimoda/Kei
件名標目(漢字形) 船舶
件名標目(典拠コード) 511111100000000
出版者 港湾書房
出版者ヨミ コウワン/ショボウ
出版者・頒布者等標目(ローマ字形) Kowan/Shobo
本体価格 ¥1200
出版地,頒布地等 横浜
出版年月,頒布年月等 2009
出版者典拠コード 310000111110000
ページ数等 215p
大きさ 19cm
"""


def test_a_catalogue_table_with_unknown_labels_is_read() -> None:
    item = parse_record(TABLE).to_csl()
    assert item["title"] == "港の灯りと小さな船"
    assert item["publisher"] == "港湾書房"
    assert item["publisher-place"] == "横浜"
    assert item["issued"]["date-parts"][0][0] == 2009


PROSE = """港の灯りについて
今日は雨でした。港の船はすべて帰ってきました。夕方には灯りがともりました。
出版者 港湾書房
明日は晴れるでしょう。友だちと港を歩いて、古い灯台まで行くつもりです。
タイトル 未定
夜になると、港の灯りが水に映って、とてもきれいでした。
ページ数 215
灯台の話はまた今度書きます。読んでくれてありがとうございました。
"""


def test_rows_among_prose_are_no_table() -> None:
    item = parse_record(PROSE).to_csl()
    assert item.get("publisher") != "港湾書房"


# a blog's reading log: three known rows and two short notes shaped as rows, over a
# paragraph of the post (final review #5): the book's box is no record of the page
READING_LOG = """読書ノート
先週読んだ本のメモ
タイトル 灯台守の冬
著者 川村ゆき
出版者 潮見書店
ひとこと 静かでよかった
つぎの本 図書館で探す
先週は忙しくてあまり読めなかったけれど、この本だけは最後まで一気に読んでしまった。灯台で暮らす老人の冬の話で、短い章がどれも心に残った。
"""


def test_a_reading_log_in_a_blog_post_is_no_table() -> None:
    item = parse_record(READING_LOG).to_csl()
    assert item.get("publisher") is None
    assert item.get("title") != "灯台守の冬"
