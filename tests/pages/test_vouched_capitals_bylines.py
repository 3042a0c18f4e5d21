"""A byline of one name whose given names no lexicon knows, its family name in capitals
(``Given FAMILY``), read as a person's where the layout vouches for it: an affiliation mark
closes it or an affiliation is the next line (``comet.page.byline_name_shapes``); and a
Hungarian name read family name first where it opens with one of the commonest Hungarian
surnames (``[name_grammar].family_first_surnames`` of ``hu.toml``). Invented pages; every
name, place and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_PAGE = """Kaip keitėsi pelkių paukščių skrydžių keliai per penkiasdešimt metų

{byline}
{under}

Pelkių paukščiai kasmet skrenda į pietus ir grįžta pavasarį, tačiau jų keliai pamažu keičiasi.
"""


@pytest.mark.parametrize(
    ("byline", "under"),
    [
        ("Vaidotas ŽELVYS", "Šiaurės technologijos universitetas"),  # an affiliation under it
        ("Vaidotas ŽELVYS", "vaidotas.zelvys@example.org"),  # an e-mail under it
        ("Vaidotas ŽELVYS [1]", ""),  # an affiliation mark closing it
        ("Girmantė Ona ŽELVYTĖ*", ""),
    ],
)
def test_a_capitals_family_name_vouched_by_its_layout(byline: str, under: str) -> None:
    authors = parse_record(_PAGE.format(byline=byline, under=under)).to_csl().get("author")
    assert authors is not None and len(authors) == 1
    assert authors[0]["family"] in ("ŽELVYS", "ŽELVYTĖ")


@pytest.mark.parametrize(
    ("byline", "under"),
    [
        ("Vaidotas ŽELVYS", ""),  # nothing vouches for an unknown given name
        ("Vaidotas ŽELVYS", "Pelkės prie ežero kranto"),  # a line of prose, no affiliation
        ("Kaunas", "Šiaurės technologijos universitetas"),  # a place alone is no person
        ("Naujienos IR", "Šiaurės technologijos universitetas"),  # a family word too short
    ],
)
def test_near_misses_are_no_person(byline: str, under: str) -> None:
    authors = parse_record(_PAGE.format(byline=byline, under=under)).to_csl().get("author")
    assert not authors


_HU_PAGE = """A mocsári madarak vonulása a Tisza mentén

{byline}
{under}

Bevezetés

A mocsári madarak minden ősszel délre repülnek, és tavasszal visszatérnek a folyó mellé.
"""


@pytest.mark.parametrize(
    ("byline", "family", "given"),
    [("Fodor Réka", "Fodor", "Réka"), ("Halász Gergely", "Halász", "Gergely")],
)
def test_a_hungarian_name_is_read_family_name_first(byline: str, family: str, given: str) -> None:
    page = _HU_PAGE.format(byline=byline, under="egyetemi docens")
    assert parse_record(page).to_csl().get("author") == [{"family": family, "given": given}]


@pytest.mark.parametrize(
    ("byline", "family"),
    [
        ("Réka Fodor1", "Fodor"),  # the surname last: as it stands
        ("Simon Fodor1", "Fodor"),  # a surname that is a given name too is left out
    ],
)
def test_other_hungarian_orders_stay(byline: str, family: str) -> None:
    authors = parse_record(_HU_PAGE.format(byline=byline, under="")).to_csl().get("author") or []
    assert [a.get("family") for a in authors] == [family]
