"""A journal's masthead in sentence case, as Russian, French and many other languages write
it (``Вестник озёрных исследований``, ``Revue des marais et des étangs``): a short line near
the top opening with a journal word of the locales (``[words].journal_words``) names the
container though most of its words are in small letters (``comet.page.venue._masthead``,
``comet.page.journal_head.masthead_in_sentence_case``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.journal_head import masthead_in_sentence_case

RU = (
    "Preview\n\n{head}\n\nРасширенный поиск\n\n"
    "Температурные течения в высокогорных озёрах\n\n"
    "https://doi.org/10.5555/2999-1234-2019-12-3-45-52\n\nПолный текст:\n\nАннотация\n\n"
    "Описаны температурные течения двенадцати высокогорных озёр в течение трёх сезонов "
    "года и проведено сравнение с моделями циркуляции.\n"
)
FR = (
    "Accueil\n{head}\nRechercher\n"
    "Les courants thermiques des petits étangs de montagne\n"
    "Claire Vasseur, Hugo Marchetti\n"
    "Résumé\nLes courants thermiques de douze étangs de montagne ont été mesurés pendant "
    "trois saisons et comparés aux modèles de circulation antérieurs.\n"
)


@pytest.mark.parametrize(
    ("page", "head"),
    [(RU, "Вестник озёрных исследований"), (FR, "Revue des marais et des étangs")],
)
def test_a_masthead_in_sentence_case(page: str, head: str) -> None:
    csl = parse_record(page.format(head=head)).to_csl()
    assert csl.get("container-title") == head
    assert csl.get("title") != head


@pytest.mark.parametrize(
    ("page", "head"),
    [
        # (negative) a site's name with no journal word, a journal word alone
        (RU, "Озёра и климат"),
        (RU, "Журнал"),
        (FR, "Les amis des étangs de montagne"),
    ],
)
def test_no_masthead_without_a_journal_words_name(page: str, head: str) -> None:
    assert parse_record(page.format(head=head)).to_csl().get("container-title") is None


def test_sentence_case_mastheads_and_near_misses() -> None:
    rules = resolve(["en", "fr", "ru"])
    assert masthead_in_sentence_case("Вестник озёрных исследований", rules)
    assert masthead_in_sentence_case("Revue des marais et des étangs", rules)
    assert not masthead_in_sentence_case("Journal archive", rules)  # interface words
    assert not masthead_in_sentence_case("Revue publiée par la société des amis du lac", rules)
    assert not masthead_in_sentence_case("Journal of", rules)
    assert not masthead_in_sentence_case("Revue de presse", rules)  # a section's name
    assert not masthead_in_sentence_case("Journal policies", rules)


IT = (
    "Home\n{head}\nCerca\nLe correnti termiche nei piccoli laghi di montagna\n"
    "Chiara Vassallo, Ugo Marchetti\nRiassunto\nLe correnti termiche di dodici laghi di "
    "montagna sono state misurate per tre stagioni e confrontate con i modelli precedenti.\n"
)
RU_SHORT = (
    "Главная\n{head}\nПоиск\nТемпературные течения в высокогорных озёрах\n"
    "Анна Петрова, Олег Смирнов\nАннотация\nОписаны температурные течения двенадцати "
    "высокогорных озёр в течение трёх сезонов года и проведено сравнение с моделями.\n"
)


@pytest.mark.parametrize(
    ("page", "head"),
    [
        # journal words of the locales' lists ('труды', 'giornale')
        (RU_SHORT, "Труды озёрного института"),
        (IT, "Giornale di idrologia alpina"),
    ],
)
def test_journal_words_of_more_periodicals(page: str, head: str) -> None:
    assert parse_record(page.format(head=head)).to_csl().get("container-title") == head


def test_a_site_name_without_journal_word_is_no_masthead() -> None:
    # (negative) the institute's own name heading its site names no journal
    page = RU_SHORT.format(head="Институт озёрных исследований")
    assert parse_record(page).to_csl().get("container-title") is None
