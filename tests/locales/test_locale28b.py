"""Locale words at work where they are set off (a host's ISSN medium word), the new locale
files' function words, Thai Buddhist-era years and the last words moved out of code.
Invented text."""

from __future__ import annotations

import pytest

from comet import locales as L
from comet.page.host_values import host_title

# --- a medium's word before a host's ISSN (comet.page.host_values) -----------------------


@pytest.mark.parametrize(
    ("tag", "value", "want"),
    [
        # the title's own last word: no medium qualifier
        ("it", "La Stampa ISSN 1234-5679", "La Stampa"),
        ("es", "El Papel ISSN 1234-5679", "El Papel"),
        ("en", "Fenland Working Paper ISSN 1234-5679", "Fenland Working Paper"),
        ("en", "Marsh Letters Online ISSN 1234-5679", "Marsh Letters Online"),
        # set off: brackets, a comma, a slash, a dash, or one of two media
        ("it", "La Stampa (stampa ISSN 1234-5679)", "La Stampa"),
        ("it", "Rivista del Delta, in linea ISSN 1234-5679", "Rivista del Delta"),
        ("es", "El Papel / papel ISSN 1234-5679", "El Papel"),
        ("es", "Revista Llanura (Impresa) ISSN 1234-5679", "Revista Llanura"),
        ("en", "Marsh Letters - Online ISSN 1234-5679", "Marsh Letters"),
        ("en", "Marsh Letters Print ISSN 1234-5679; Online ISSN 2345-6780", "Marsh Letters"),
        ("en", "Marsh Letters ISSN (Online) 1234-5679", "Marsh Letters"),
    ],
)
def test_a_medium_word_drops_only_where_it_is_set_off(tag: str, value: str, want: str) -> None:
    assert host_title(value, (L.get(tag),)) == want
