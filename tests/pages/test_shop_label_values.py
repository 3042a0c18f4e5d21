"""A shop's or catalogue's labels whose value must be of the field's kind: an edition label
over a binding word (no ``Utgave: Innbundet``) gives no edition; Turkish ``Sayfa:`` (pages,
or a book's page count) is a label (invented records). (``Seri:`` stays no label: the word
names a news column too, tests/pages/test_label_lexicons18.py.)"""

from __future__ import annotations

import pytest

from comet import parse_record


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    ("label", "value"),
    [("Utgave", "Innbundet"), ("Utgave", "Heftet"), ("Udgave", "Hæftet"), ("Edition", "Paperback")],
)
def test_a_binding_under_an_edition_label_is_no_edition(label: str, value: str) -> None:
    csl = _csl(f"Fjordens stille lys\nForfatter: Vik, Tora\n{label}: {value}\nForlag: Fjordbok\n")
    assert "edition" not in csl


@pytest.mark.parametrize(
    ("label", "value"),
    [("Utgave", "3. utgave"), ("Udgave", "2. udgave"), ("Edition", "Revised paperback edition")],
)
def test_an_edition_statement_stays(label: str, value: str) -> None:
    # near miss: a binding word inside an edition statement does not undo it
    csl = _csl(f"Fjordens stille lys\nForfatter: Vik, Tora\n{label}: {value}\nForlag: Fjordbok\n")
    assert csl["edition"] == value


def test_turkish_page_count_label() -> None:
    csl = _csl(
        "Kıyı fenerleri üzerine\nYazar: Elif Toprak\nYayınevi: Liman Yayınları\n"
        "Yayın Yılı: 2031\nSayfa: 312\n"
    )
    assert csl["number-of-pages"] == "312"


def test_turkish_pages_label_of_an_article() -> None:
    csl = _csl(
        "Kıyı fenerleri üzerine\nYazar: Elif Toprak\nDergi: Liman Araştırmaları Dergisi\n"
        "Cilt: 7\nSayı: 2\nSayfa: 113-129\nYıl: 2031\n"
    )
    assert csl["page"] == "113-129"
    assert "number-of-pages" not in csl


def test_a_home_crumb_holding_the_page_word_is_no_label() -> None:
    # near miss: 'Ana Sayfa' (home page) on a line of its own gives no pages
    csl = _csl("Kıyı fenerleri üzerine\nAna Sayfa\nYazar: Elif Toprak\nYayın Yılı: 2031\n")
    assert "page" not in csl and "number-of-pages" not in csl
