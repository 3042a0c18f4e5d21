"""A shop's page is known by its buttons and stock notes in the page's language: the locales'
``[page_kinds].shop`` phrases (``In den Warenkorb``, ``Aggiungi al carrello``, ``Sepete Ekle``,
``Добавить в корзину``); two of them name the kind (``comet.page.kinds``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record


@pytest.mark.parametrize(
    "text",
    [
        "Marschland im Wandel\nJonas Weber\n24,90 €\ninkl. MwSt.\nSofort lieferbar\n"
        "In den Warenkorb\nBeschreibung\nEin Buch über Deiche und Marschen an der Küste.\n",
        "Paludi e argini\nLuca Neri\n18,00 €\nAggiungi al carrello\nDisponibilità immediata\n"
        "Descrizione\nUn libro sulle paludi e sugli argini della costa.\n",
        "Sazlıklar ve Setler\nAyşe Kaya\nListe Fiyatı : 120,00\nSepete Ekle\nStokta var\n"
        "Kıyıdaki sazlıkların ve setlerin tarihi üzerine bir kitap.\n",
        "Болота и дамбы\nИ. Петров\n450 ₽\nДобавить в корзину\nВ наличии\n"
        "Книга о болотах и дамбах на побережье.\n",
    ],
)
def test_two_shop_phrases_name_a_shop(text: str) -> None:
    assert parse_record(text).kind == "shop"


def test_one_shop_phrase_in_a_story_names_no_shop() -> None:
    # (negative) a news story quoting one button's words: one phrase names no kind
    text = (
        "Die Küstenbuchhandlung schließt\n\nVon Jonas Weber\n\n3. Mai 2021\n\n"
        "Wer heute noch etwas in den Warenkorb legen will, muss sich beeilen: der Laden am "
        "Hafen schließt nach vierzig Jahren. Die Besitzerin geht in den Ruhestand.\n"
    )
    assert parse_record(text).kind != "shop"
