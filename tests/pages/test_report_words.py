"""A report's type words in many languages (the locales' ``[types].report``: *Slutrapport,
Аналитическая записка, Abschlussbericht, Rapport final*): a line of them by the title makes the work a
report; the same word in a news headline's sentence does not. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record


@pytest.mark.parametrize(
    "page",
    [
        "Slutrapport\nKustens sediment och hamnarnas framtid\nAnna Berg\nMars 2019\n"
        "Rapporten beskriver hur sedimenten i de små hamnarna har förändrats under tio år "
        "och vad det betyder för hamnarnas drift.\n",
        "Аналитическая записка\nОсадки и будущее малых гаваней\nАнна Бергова\nМарт 2019\n"
        "В отчёте описано, как осадки в малых гаванях изменились за десять лет и что это "
        "значит для работы гаваней.\n",
        "Abschlussbericht\nSedimente und die Zukunft kleiner Häfen\nAnna Berg\nMärz 2019\n"
        "Der Bericht beschreibt, wie sich die Sedimente in kleinen Häfen in zehn Jahren "
        "verändert haben und was das für ihren Betrieb bedeutet.\n",
        "Rapport final\nLes sédiments et l'avenir des petits ports\nAnne Berger\nMars 2019\n"
        "Le rapport décrit comment les sédiments des petits ports ont changé en dix ans et ce "
        "que cela signifie pour leur exploitation.\n",
    ],
)
def test_a_report_word_by_the_title_makes_a_report(page: str) -> None:
    assert parse_record(page).to_csl()["type"] == "report"


def test_a_report_word_in_a_headline_makes_no_report() -> None:
    page = (
        "Abschlussbericht: Kommission sieht Mängel im Hafen\n"
        "Von Anna Berg\n"
        "4. Mai 2021\n"
        "Der Abschlussbericht, der am Montag veröffentlicht wurde, stellt fest, dass die "
        "Kaimauern des kleinen Hafens seit Jahren nicht mehr geprüft worden sind, sagte der "
        "Hafenmeister am Dienstag.\n"
    )
    assert parse_record(page).to_csl()["type"] != "report"
