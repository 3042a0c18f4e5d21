"""A journal numbered by issue alone (no volume): its name with a journal word of the
locales (``[words].journal_words``: *glasnik, časopis, przegląd, вестник, dergisi, jurnal*)
or set in capitals (``MOČVARNI LIST``), then the issue and its year and the pages, is the
work's locator and container (``comet.page.locator``); a common noun before such numbers
(``Waiting list 7-8/2023``) is none. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "Abstract\n\nThe article compares the catch of three fishing harbours on the northern "
    "coast between 2010 and 2020, and the share of it sold at the local markets.\n\n"
    "Keywords: fisheries; harbours\n"
)


def _csl(line: str) -> dict:
    page = "Ulov u tri sjeverne luke\n\nAna Horvat, Ivo Kovač\n\n" + line + "\n\n" + BODY
    return parse_record(page).to_csl()


@pytest.mark.parametrize(
    "line",
    ["MOČVARNI LIST 7-8/2023 str. 77-85", "Hrvatski Močvarni Glasnik 4/2020, str. 77-85"],
)
def test_issue_year_and_pages_after_a_journals_name(line: str) -> None:
    csl = _csl(line)
    assert csl["issue"] in ("7-8", "4")
    assert csl["page"] == "77-85"
    assert csl["issued"]["date-parts"][0][0] in (2020, 2023)
    assert csl["container-title"].casefold() in ("močvarni list", "hrvatski močvarni glasnik")
    assert "volume" not in csl


@pytest.mark.parametrize(
    "line",
    [
        "Močvarni dom 7-8/2023, str. 77-85",  # no journal word: a house's name, a flat
        "Tel. 12-13/2023, str. 5-9",
        # English common nouns: 'list' is no journal word of any locale
        "Waiting list 7-8/2023 str. 77",
        "Shopping list 4/2020, p. 12-15",
        "Price list 2/2019, 5-9",
        # a journal word in a phrase in sentence case: prose, no journal's name
        "Weekly bulletin 4/2020, p. 12-15",
        "Case studies 3, 12-15",
        "Training groups 7-8/2023",  # (review)
    ],
)
def test_no_issue_without_a_journals_name(line: str) -> None:
    csl = _csl(line)
    assert "issue" not in csl and "container-title" not in csl


# --- a journal's name in sentence case, opening with a journal word (locatorwide) ----------


@pytest.mark.parametrize(
    ("line", "journal"),
    [
        ("Вестник болот. – 2019. – № 3. – С. 45–67.", "Вестник болот"),  # GOST 7.1's dashes
        ("Вестник болот, 2019, № 3, с. 45-67", "Вестник болот"),
        ("Вісник боліт. – 2019. – Вип. 3. – С. 45–67", "Вісник боліт"),
        ("Journal of marsh science, 2019, no. 3, pp. 45-67", "Journal of marsh science"),
    ],
)
def test_a_sentence_case_name_opening_with_a_journal_word_is_the_journal(
    line: str, journal: str
) -> None:
    csl = _csl(line)
    assert (csl.get("issue"), csl.get("page")) == ("3", "45-67")
    assert csl.get("container-title") == journal


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that opens with a journal word: more words than a name has
        "Journal clubs met weekly in the old harbour lab, 2019, no. 3, pp. 45-67",
        # a sentence case phrase without a journal word stays prose
        "Catches of three harbours, 2019, no. 3, pp. 45-67",
    ],
)
def test_sentence_case_prose_before_an_issue_is_no_journal(line: str) -> None:
    csl = _csl(line)
    assert csl.get("container-title") is None and csl.get("issue") is None
