"""Words of a publisher's name in the locales that had none (``[references].publisher_words``
of ru, uk, pl, cs, tr, hr, id, vi, fa, ar; Russian's spelled-out publisher heads): a
publishing house's line under a book's title and a copyright holder. Invented pages in the
shape of the book shops' and catalogues' pages of the fresh sets."""

from __future__ import annotations

import pytest
from tests.pages.test_publisher_under_title import BOOK, NEWS

from comet import parse_record


@pytest.mark.parametrize(
    "under",
    [
        "Wydawnictwo Przystań",
        "Oficyna Wydawnicza Przystań",
        "Liman Yayınları",
        "Издательство Гавань",
        "Видавництво Гавань",
        "Nakladatelství Přístav",
        "Naklada Luka",
        "Penerbit Pelabuhan",
    ],
)
def test_a_books_publisher_under_its_title(under: str) -> None:
    assert parse_record(BOOK.format(under=under)).to_csl().get("publisher") == under


@pytest.mark.parametrize(
    "under",
    [
        "Wydawnictwo wydało trzy książki o morzu w tym roku",  # a sentence, not a name
        "Penerbit Pelabuhan",  # a news page: the line under the headline is its byline's
    ],
)
def test_no_publisher_from_a_sentence_or_a_news_byline(under: str) -> None:
    page = (BOOK if " " in under and len(under.split()) > 6 else NEWS).format(under=under)
    assert parse_record(page).to_csl().get("publisher") is None


def test_a_copyright_holder_with_a_publisher_word() -> None:
    page = (
        "Gavan i ego ljudi\n\nIvan Petrov\n\nISBN 978-5-02-037710-3\n\n"
        "Kniga o malenkoj gavani i ljudjah, kotorye zhivut v nej vse svoi gody.\n\n"
        "© Издательство Гавань, 2019\n"
    )
    assert parse_record(page).to_csl().get("publisher") == "Издательство Гавань"


@pytest.mark.parametrize(
    "holder",
    [
        "Pustaka Ilmu Blog",  # (review) 'pustaka': a library, a reference list's heading
        "Bilge Kitabevi",  # (review) 'kitabevi': a bookshop
    ],
)
def test_a_library_or_a_shop_holding_the_copyright_is_no_publisher(holder: str) -> None:
    page = (
        "Bacaan musim panas\n\nOleh Sari Dewi\n\n12 Maret 2024\n\n"
        "Tahun ini kami membaca banyak buku tentang laut dan pelabuhan kecil di utara, "
        "dan kami ingin berbagi daftar singkat dengan para pembaca setia kami.\n\n"
        f"© 2024 {holder}\n"
    )
    assert parse_record(page).to_csl().get("publisher") is None
