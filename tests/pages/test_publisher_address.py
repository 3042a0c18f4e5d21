"""The place of publication from the publisher's postal address under its name
(:mod:`comet.page.publisher_address`): a book's copyright page (``© Éditions du Héron, 2012``
/ ``5-7, rue des Joncs, 75005 Paris``), a report's imprint (``P.O. Box 7240`` / ``53072
Bonn`` / ``Germany``), a ZIP code after a state (``Denver, CO 80225``), a British postcode
(``London WC1E 7HU``). Invented pages (the cities are real ones of the lexicon)."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.evidence import _Page
from comet.page.layout import read_layout
from comet.page.publisher_address import address_city

_BOOK = (
    "Miroir du marais en France\n"
    "Louise Héron\n"
    "© Éditions du Héron, 2012\n"
    "{address}\n"
    "http://www.example.org\n"
    "ISBN : 978-2-296-99678-6\n"
)


def _place(address: str) -> object:
    return parse_record(_BOOK.format(address=address)).to_csl().get("publisher-place")


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("5-7, rue des Joncs, 75005 Paris", "Paris"),
        ("12 rue des Joncs\n75005 Paris Cedex 05", "Paris"),
        ("P.O. Box 7240\nD-53072 Bonn\nGermany", "Bonn"),
        ("Box 25286\nBoston, MA 02115", "Boston"),
        ("12 Heron Street, London WC1E 7HU", "London"),
    ],
)
def test_the_city_of_the_publishers_address(address: str, city: str) -> None:
    assert _place(address) == city


@pytest.mark.parametrize(
    "address",
    [
        "2019 London Book Fair",  # a year and an event, no address
        "Printed in France",  # no postal code
        "Tel. 0228 3894 0",  # a telephone number
    ],
)
def test_no_address_no_place(address: str) -> None:
    assert _place(address) is None


def _page(text: str) -> _Page:
    rules = _loc.resolve(None)
    return _Page(text, text, lambda a, b: (a, b), read_layout(text, rules), rules, None)


@pytest.mark.parametrize(
    ("line", "city"),
    [("53072 Bonn", "Bonn"), ("Fenstraße 3, 53072 Bonn, Germany", "Bonn"), ("13 Rue X", None)],
)
def test_address_lines(line: str, city: str | None) -> None:
    assert address_city(line, _page(line + "\n")) == city
