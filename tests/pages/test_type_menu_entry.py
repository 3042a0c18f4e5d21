"""A type word that is an entry of a site's menu (``Home`` / ``Books`` / ``Journals`` /
``News``: four short lines in a row or more) names no type of the page's work
(``comet.page.genre_lines._menu_entry``); a genre tag by the title or between a journal's
badges (``Open Access`` / ``Research Article`` / ``Peer Reviewed``) and a shop's category over
a book's labelled facts still do. Every page, name and title here was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

NEWS_EN = (
    "University Library\nHome\nBooks\nJournals\nNews\nOpening hours change in April\n"
    "1 March 2024\nFrom 1 April the library opens from 9 am to 8 pm on weekdays and from 10 am "
    "to 5 pm on Saturdays. We are sorry for any trouble this may cause and thank you.\n"
)
NEWS_JA = (
    "附属図書館\nホーム\n図書\n雑誌\nお知らせ\n開館時間の変更について\n2024年3月1日\n"
    "附属図書館は、4月1日から開館時間を変更します。平日は午前9時から午後8時まで開館します。\n"
)
NEWS_KO = (
    "중앙도서관\n홈\n단행본\n학위논문\n공지사항\n4월부터 개관 시간이 바뀝니다\n2024년 3월 1일\n"
    "중앙도서관은 4월 1일부터 평일 오전 9시부터 오후 8시까지 개관합니다. 이용에 참고하시기 바랍니다.\n"
)
NEWS_VI = (
    "Trang chủ\nSách\nTin tức\nLiên hệ\nThư viện thay đổi giờ mở cửa từ tháng Tư\n01/03/2024\n"
    "Từ ngày 1 tháng 4, thư viện mở cửa từ 9 giờ sáng đến 8 giờ tối các ngày trong tuần.\n"
)
FILM_FI = (
    "Etusivu\nElokuvat\nOhjelmisto\nLiput\nTalven valo\nOhjaaja: Aino Virtanen\nKesto: 98 min\n"
    "Elokuva kertoo majakanvartijan viimeisestä talvesta saarella.\n"
)


@pytest.mark.parametrize("text", [NEWS_EN, NEWS_JA, NEWS_KO, NEWS_VI, FILM_FI])
def test_a_menu_s_type_word_names_no_type(text: str) -> None:
    # (negative) a library's news under its menu, a cinema's programme: no book, no software
    assert parse_record(text).to_csl()["type"] == "document"


def test_a_genre_tag_by_the_title_names_the_type() -> None:
    text = (
        "Journal of Marsh Studies\nOpen Access\nResearch Article\n"
        "Reed beds as winter shelter for small birds in the northern marshes\n"
        "Peter Holm, Sara Berg\n"
    )
    assert parse_record(text).to_csl()["type"] == "article-journal"


def test_a_genre_tag_between_a_journal_s_badges_names_the_type() -> None:
    # three short lines in a row are no menu
    text = (
        "Journal of Marsh Studies\nOpen Access\nResearch Article\nPeer Reviewed\n"
        "Reed beds as winter shelter for small birds in the northern marshes\n"
        "Peter Holm, Sara Berg\n"
    )
    assert parse_record(text).to_csl()["type"] == "article-journal"


def test_a_shop_s_category_over_a_book_s_facts_names_the_type() -> None:
    text = (
        "Home\nBooks\nPicture books\nThe four seasons of the little bear\n"
        "Author: Mei Lin\nPublisher: Spring Press\nPrice: 98.00\n"
        "Five stories of a little bear through the year, for children of three to six.\n"
    )
    assert parse_record(text).to_csl()["type"] == "book"


@pytest.mark.parametrize(
    "tag",
    [
        "Bildiri",
        "Рецензия",
        "Рецензія",
        "Recenze",
        "Yazılım",
        "Oprogramowanie",
        "ספר",
        "図書",
        "Sách",
    ],
)
def test_a_one_word_section_tag_over_a_story_names_no_type(tag: str) -> None:
    # (negative) a news site's section name alone over the headline: no record's imprint
    text = (
        f"Harbour Daily\n{tag}\nThe harbour festival opens on Friday with forty concerts\n"
        "By Ana Ruiz\n12 May 2024\nThe quay will be closed to cars for three days while "
        "bands from six countries play on two stages by the old warehouses.\n"
    )
    assert parse_record(text).to_csl()["type"] in (
        "document",
        "article-newspaper",
        "article-magazine",
        "post-weblog",
    )
