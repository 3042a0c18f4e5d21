"""A short page with no paragraph of prose (a report's cover, a document's first page): the
work's language from the function words of its title and lines, where they clearly lead;
never on a catalogue's record page (invented pages)."""

from __future__ import annotations

import pytest

from comet import parse_record

COVER = """Technical Note 3120
Measurements of the flow over a flat plate at low speeds
By the staff of the Harbour Research Laboratory
This note reports the results of tests that were made in the small tunnel
Washington
March 1954
"""


def test_a_short_cover_gives_its_language() -> None:
    rec = parse_record(COVER)
    assert rec.language == "en"
    notes = [d.message for d in rec.diagnostics if d.code == "guessed-language"]
    assert notes and "page's lines" in notes[0]


def test_too_few_function_words_give_no_language() -> None:
    rec = parse_record("Salt Marshes\nAnnual Report 2019\nHarbour Board\n")
    assert rec.language is None


def test_mixed_lines_give_no_language() -> None:
    text = (
        "Water quality in the harbour and the river\n"
        "Qualité de l'eau dans le port et la rivière\n"
        "Wasserqualität im Hafen und in dem Fluss\n"
    )
    assert parse_record(text).language is None


def test_a_title_in_another_language_than_the_lines_gives_the_titles() -> None:
    text = COVER.replace(
        "Measurements of the flow over a flat plate at low speeds",
        "Mediciones del flujo sobre una placa plana con los túneles del laboratorio",
    )
    rec = parse_record(text)
    # the English lines do not name the Spanish title's language: its own words do
    assert rec.language == "es"
    notes = " ".join(d.message for d in rec.diagnostics)
    assert "page's lines" not in notes and "words of its title" in notes


#: a French report's cover: headings in capitals and short lines, few sentences; its title
#: holds 'du', a word Norwegian and Danish write too (invented page)
FRENCH_COVER = """RAPPORT D'ÉVALUATION
LES PORTS DE PÊCHE DU LITTORAL
Synthèse du bilan annuel des ports de la Manche
Novembre 2022
AVERTISSEMENT
Cette synthèse est destinée à faciliter la lecture du rapport.
Seul le rapport complet engage les auteurs et les services.
Les réponses des communes et des syndicats figurent à la fin.
"""


def test_a_cover_of_headings_gives_its_language() -> None:
    # headings and short lines, few sentences; 'du' alone in the title does not make it
    # Norwegian: the lines' French stands
    rec = parse_record(FRENCH_COVER)
    assert rec.language == "fr"
    assert any("page's lines" in d.message for d in rec.diagnostics)


def test_a_title_with_two_words_of_another_language_still_vetoes() -> None:
    text = FRENCH_COVER.replace(
        "Synthèse du bilan annuel des ports de la Manche",
        "The fishing ports of the coast and their harbour boards",
    )
    assert parse_record(text).language is None


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (
            [
                "A mocsarak vízháztartása és a madarak",
                "Éves jelentés a tavak állapotáról",
                "A jelentés szerint a vízszint már csak a tavasz után emelkedik meg, és ez a madarakat is érinti.",
                "Az adatokat a kutatók gyűjtötték, akik a tavak mellett dolgoznak.",
            ],
            "hu",
        ),
        (
            [
                "Болота Полісся та їхні птахи",
                "Щорічний звіт про стан озер",
                "Звіт показує, що рівень води вже піднімається лише після весни, і це також впливає на птахів.",
                "Дані зібрали дослідники, які працюють біля озер.",
            ],
            "uk",
        ),
        (
            [
                "Chim ở vùng đầm lầy và các hồ",
                "Báo cáo hằng năm về tình trạng các hồ",
                "Báo cáo cho thấy mực nước chỉ tăng sau mùa xuân, và điều này cũng ảnh hưởng đến chim.",
                "Dữ liệu được thu thập bởi các nhà nghiên cứu làm việc tại các hồ.",
            ],
            "vi",
        ),
    ],
)
def test_cover_lines_in_languages_with_new_function_words(lines: list[str], lang: str) -> None:
    assert parse_record("\n".join(lines) + "\n").language == lang
