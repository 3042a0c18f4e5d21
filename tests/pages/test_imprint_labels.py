"""Imprint statements under a label of their own, in several languages (``Publication :
Villejonc : Éditions du Héron, 2015``, ``Erschienen: Moorstadt : Reiher-Verlag, 2015``,
``Yayın Bilgisi: …``, ``出版事項: …``); the words that head other values too are read only
where the value has an imprint's shape (:mod:`comet.page.publisher_imprints`); an imprint whose colon follows a known city with no
space before it (``München: Heron, 2015``) or printed in the Arabic script (``تهران: نشر
نیزار، ۱۳۹۴``); a publisher's address ending in its country (``Fen Press, Clayton South,
VIC, Australia``: :func:`comet.page.imprint._country_after`). Every record is invented."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.imprint import _imprint
from comet.page.publisher_imprints import imprint_shaped

RULES = _loc.resolve(None)


def _record(title: str, author: str, *rows: str) -> dict[str, object]:
    return parse_record("\n".join([title, author, *rows]) + "\n").to_csl()


@pytest.mark.parametrize(
    ("label", "imprint", "publisher", "place"),
    [
        ("Publication:", "Marshtown : Heron Books, 2015.", "Heron Books", "Marshtown"),
        ("Erschienen:", "Moorstadt : Reiher-Verlag, 2015", "Reiher-Verlag", "Moorstadt"),
        ("Veröffentlichung:", "Moorstadt : Reiher-Verlag, 2015", "Reiher-Verlag", "Moorstadt"),
        ("Ort/Verlag:", "Moorstadt : Reiher-Verlag, 2015", "Reiher-Verlag", "Moorstadt"),
        ("Publication :", "Villejonc : Éditions du Héron, 2015", "Éditions du Héron", "Villejonc"),
        (
            "Datos de edición:",
            "Villajunco : Ediciones Garza, 2015",
            "Ediciones Garza",
            "Villajunco",
        ),
        ("Yayın Bilgisi:", "Sazlık : Balıkçıl Yayınları, 2015", "Balıkçıl Yayınları", "Sazlık"),
        ("出版事項:", "東京 : 葦書房, 2015", "葦書房", "東京"),
        ("مشخصات نشر:", "تهران: نشر نیزار، ۱۳۹۴", "نشر نیزار", "تهران"),
    ],
)
def test_imprint_labels(label: str, imprint: str, publisher: str, place: str) -> None:
    csl = _record(
        "Reed cutters of the fen",
        "Author: Berg, Ola",
        f"{label} {imprint}",
        "ISBN: 9781111111113",
    )
    assert csl.get("publisher") == publisher
    assert csl.get("publisher-place") == place


@pytest.mark.parametrize(
    "row",
    [
        "Publication: Fen Review of Marsh Studies",  # a journal's name under the label
        "Erschienen: 03.05.2019",  # a shop's date
        "Publication: Marsh Letters: New Series",  # a title's colon, no city before it
    ],
)
def test_no_imprint_under_such_a_label(row: str) -> None:
    csl = _record("Reed cutters of the fen", "Author: Berg, Ola", row)
    assert csl.get("publisher") is None
    assert csl.get("publisher-place") is None


def test_an_imprint_on_the_line_under_its_label() -> None:
    csl = _record(
        "Die Schilfschneider",
        "Verfasser: Berg, Ola",
        "Erschienen",
        "Moorstadt : Reiher-Verlag, 2015",
        "Umfang: 210 S.",
    )
    assert (csl.get("publisher"), csl.get("publisher-place")) == ("Reiher-Verlag", "Moorstadt")


def test_a_date_under_such_a_label_still_dates_the_work() -> None:
    csl = _record("Die Schilfschneider", "Verfasser: Berg, Ola", "Erschienen: November 2022")
    assert csl.get("publisher") is None
    assert csl["issued"]["date-parts"][0][:2] == [2022, 11]


def test_a_footer_link_is_no_imprint() -> None:
    csl = _record(
        "Reed cutters of the fen",
        "Author: Berg, Ola",
        "Verlag: Reiher-Verlag",
        "Impressum",
        "Datenschutz",
    )
    assert csl.get("publisher") == "Reiher-Verlag"


@pytest.mark.parametrize(
    ("value", "shaped"),
    [
        ("Marshtown : Heron Books, 2015", True),
        ("München: Heron, 2015", True),  # a city of the lexicon before the colon
        ("Marsh Letters: New Series", False),
        ("Fen Review", False),
    ],
)
def test_imprint_shape(value: str, shaped: bool) -> None:
    assert imprint_shaped(value, RULES) is shaped


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("München: Heron, 2015", ("Heron", "München", 2015)),
        ("Berlin: Fen Press", ("Fen Press", "Berlin", None)),
        ("تهران: نشر نیزار، ۱۳۹۴", ("نشر نیزار", "تهران", None)),  # the year is the dates'
        (
            "Fen Press, Clayton South, VIC, Australia",
            ("Fen Press", "Clayton South, VIC, Australia", None),
        ),
        ("Heron Press, Fenwick, Norway, 2019", ("Heron Press", "Fenwick, Norway", 2019)),
    ],
)
def test_imprint_values(value: str, expected: tuple[object, ...]) -> None:
    assert _imprint(value, RULES) == expected


@pytest.mark.parametrize(
    "value",
    [
        "Marsh Letters: New Series",  # no city before the colon: a title's
        "Department of Marsh Studies, Fen University, Marshtown, Norway",  # an affiliation
        "Fen Institute, 12 Dyke Road, Marshtown, Norway",  # a street address
    ],
)
def test_no_place_split(value: str) -> None:
    publisher, place, _ = _imprint(value, RULES)
    assert place is None
    assert publisher == value
