"""A bookshop's author lines: the publisher printed on the line under the author is no
second author (a word of ``[references].publisher_words``: ``Yayıncılık``, ``Verlag``), and
a translator's phrase inside the labelled authors' value ends the authors (``Yazarlar: …
Çeviri: …``: ``comet.page.byline_roles.before_other_role``). Invented pages; every name,
press and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_SHOP = """Ana Sayfa » Bataklıkta Bir Yaz

Bataklıkta Bir Yaz

Deniz Karaca
{under}
"Bataklık kuşlarının yaz aylarını anlatan bu kitap, yazarın yıllar süren gözlemlerine dayanıyor ve okura sakin bir yolculuk sunuyor."
"""


@pytest.mark.parametrize("under", ["ÖRNEK YAYINCILIK", "Örnek Yayınları", "MARSCH VERLAG"])
def test_the_publisher_under_the_author_is_no_person(under: str) -> None:
    authors = parse_record(_SHOP.format(under=under)).to_csl().get("author")
    assert authors == [{"family": "Karaca", "given": "Deniz"}]


def test_a_second_author_under_the_first_is_kept() -> None:
    authors = parse_record(_SHOP.format(under="Ayşe Yıldırım")).to_csl().get("author") or []
    assert [a.get("family") for a in authors] == ["Karaca", "Yıldırım"]


_LABELLED = """Akıllı Bataklık Kuşları

Yazarlar: {value}
Yayınevi: Örnek Yayınları
"""


@pytest.mark.parametrize(
    "value",
    [
        "Deniz Karaca , Ali Karaca Çeviri: Ayşe Yıldırım",
        "Deniz Karaca , Ali Karaca Çeviren: Ayşe Yıldırım",
    ],
)
def test_a_translator_phrase_ends_the_labelled_authors(value: str) -> None:
    authors = parse_record(_LABELLED.format(value=value)).to_csl().get("author") or []
    assert authors == [
        {"family": "Karaca", "given": "Deniz"},
        {"family": "Karaca", "given": "Ali"},
    ]


def test_names_without_a_role_phrase_stay_one_list() -> None:
    page = _LABELLED.format(value="Deniz Karaca , Ali Karaca , Ayşe Yıldırım")
    authors = parse_record(page).to_csl().get("author") or []
    assert [a.get("family") for a in authors] == ["Karaca", "Karaca", "Yıldırım"]
