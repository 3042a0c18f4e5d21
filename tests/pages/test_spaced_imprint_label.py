"""A date label's value that is a whole imprint joined by spaces, without ISBD's colon
(``Published: Тверь ТОБ 2015``: a record catalogued without punctuation, as a discovery
layer prints it), names place and publisher (``comet.page.venue_fields``). Invented
records in the shape of such a catalogue's page."""

from __future__ import annotations

import pytest

from comet import parse_record

PAGE = (
    "Lövskogens fåglar och deras sång\n\nBibliographic Details\nMain Author: Berg, Ola\n"
    "Format: Book\nPublished: {}\n\nSimilar Items\n"
)


def _csl(value: str) -> dict:
    return parse_record(PAGE.format(value)).to_csl()


@pytest.mark.parametrize(
    ("value", "place", "publisher"),
    [
        ("Тверь ТОБ 2015", "Тверь", "ТОБ"),  # a name in capitals opens the publisher
        ("Москва А.А. Карцев 1898", "Москва", "А.А. Карцев"),  # initials open it
        ("Одесса тип. А. Брауна 1846", "Одесса", "тип. А. Брауна"),  # a head word
    ],
)
def test_a_spaced_imprint_under_a_date_label(value: str, place: str, publisher: str) -> None:
    csl = _csl(value)
    assert csl["publisher-place"] == place
    assert csl["publisher"] == publisher
    assert csl["issued"]["date-parts"][0][0] == int(value[-4:])


@pytest.mark.parametrize(
    "value",
    [
        "3 March 2019",  # a date
        "Fen Press 2019",  # a name alone: no place before it
        "Helsinki, Finland, 2019",  # a place and its country
        "Monday, March 4, 2019",
        "Uppsala 2019",
        # (review) words of an edition or an issue before the year
        "Online First 2019",
        "Open Access 2019",
        "Print Edition 2019",
        "Spring Issue 2019",
        "Ausgabe Herbst 2019",
    ],
)
def test_a_date_or_a_name_under_a_date_label_is_no_imprint(value: str) -> None:
    csl = _csl(value)
    assert "publisher" not in csl and "publisher-place" not in csl
    assert csl["issued"]["date-parts"][0][0] == 2019
