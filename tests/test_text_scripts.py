"""The one table of the scripts written without spaces (comet.text.scripts), and the readers
that share it (invented words)."""

from __future__ import annotations

import pytest

from comet.text import scripts


@pytest.mark.parametrize("word", ["湿地学会", "シンポジウム", "ひらがな", "\uf900"])
def test_han_kana_and_compatibility_ideographs_are_unspaced(word: str) -> None:
    assert scripts.UNSPACED.search(word)
    assert scripts.UNSPACED_OR_HANGUL.search(word)


@pytest.mark.parametrize("word", ["학술대회", "제26권"])
def test_hangul_only_in_the_variant_with_it(word: str) -> None:
    # near miss: Korean writes spaces between its words
    assert scripts.UNSPACED.search(word) is None
    assert scripts.UNSPACED_OR_HANGUL.search(word)


@pytest.mark.parametrize("word", ["Tagung", "Конференция", "συνέδριο", "ＡＢＣ", "１２"])
def test_spaced_scripts_and_full_width_latin_are_not(word: str) -> None:
    assert scripts.UNSPACED_OR_HANGUL.search(word) is None


def test_the_readers_share_the_table() -> None:
    from comet.locators import _tokens
    from comet.page import cover, event_dates, locator_proceedings, name_plausible

    assert name_plausible._UNSPACED is _tokens._UNSPACED is scripts.UNSPACED
    hangul = scripts.UNSPACED_OR_HANGUL
    assert event_dates._UNSPACED is cover._UNSPACED is _tokens._COUNTER_SCRIPT is hangul
    assert locator_proceedings._UNSPACED is hangul
