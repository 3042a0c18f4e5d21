"""The learned byline scorer (``comet.page.person_model``): its weights file, a deterministic
retrain, and invented pages where it must and must not read a byline."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from comet import parse_record
from comet.page import person_model
from comet.page.model_rows import person_rows
from tests.shared_data import load_benchmark, retrain_twice

ROOT = Path(__file__).resolve().parent.parent

BODY = (
    "\n\nSeven ways the tide shapes a harbour town\n\n"
    "The harbour at the mouth of the fjord was built for sailing ships. Today it serves "
    "ferries and a few fishing boats, and the town around it has changed with them. "
    "Residents remember the old quays well.\n\n"
    "A new plan for the waterfront is due next year, and the council has asked for comments."
)
CRUMB = "Home > Issues > No. 9. Tides and towns > Notes > Seven ways\n\n"


def _authors(text: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(person_model, "MODE", mode)
    return [p.display() for p in parse_record(text).authors]


def test_person_model_file_matches_its_features() -> None:
    data = json.loads(resources.files("comet.page").joinpath("person_model.json").read_text())
    assert tuple(data["features"]) == person_model.FEATURES
    assert len(data["weights"]) == len(person_model.FEATURES)
    p = person_model.probability([0.0] * len(person_model.FEATURES))
    assert 0.0 < p < 1.0


def test_person_rows_carry_every_feature() -> None:
    rows = person_rows("A Study of Things\nAna Ruiz and Li Wei\nDOI: 10.1000/xyz")
    assert rows
    optional = {"no_title", "after_title", "before_title", "title_gap"}  # by the title's place
    for _persons, _hand, features in rows:
        assert features and set(features) <= set(person_model.FEATURES)
        assert set(person_model.FEATURES) - set(features) <= optional


def test_a_byline_above_the_title_that_no_hand_rule_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Names above the title, blank lines around them: the hand rules read no byline there;
    the model does (names opening with known given names)."""
    page = CRUMB + "Isabelle Vasskog, Monique Lindqvist" + BODY
    assert _authors(page, "off", monkeypatch) == []
    assert _authors(page, "fallback", monkeypatch) == ["Vasskog, Isabelle", "Lindqvist, Monique"]


def test_names_in_family_given_order_need_more_than_a_given_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Family Given`` with nothing else (no marker, no ORCID) reads places as people
    (``Santa Maria``): the model leaves such a line alone."""
    page = CRUMB + "Vasskog Isabelle, Lindqvist Monique" + BODY
    assert _authors(page, "fallback", monkeypatch) == []


@pytest.mark.parametrize(
    "line",
    [
        "Success Stories",  # a heading shaped as a name: no known given name
        "Success Stories\n28.04.2024 | 09:36",  # ... over a dateline (a section's name)
        "Nederlands English",  # a language switcher
        "Privacy Policy, Terms of Use",  # footer links
        "Paris, London, Berlin",  # places
        "Photo: Maria Vasskog",  # a credit under its label
        "Editors\nMaria Vasskog, Peter Lindqvist",  # a label's names on the next line
        "With thanks to Maria Vasskog and Peter Lindqvist",  # a sentence naming people
        "Newsletter",  # one word
        "Welcome, Maria Vasskog",  # a greeting, read as 'Family, Given'
        "Logged in as Maria Vasskog",  # the reader's account
        "Edited by Maria Vasskog and Peter Lindqvist",  # editors, not authors
        "In memory of Maria Vasskog",  # a dedication
        "Santa Maria, San José",  # places read as 'Family Given'
        "Rue Marie, Avenue Victoria",  # streets
        "Anna Berg & Jonas Lind Photography",  # a studio's credit
    ],
)
def test_no_byline_where_the_model_must_not_read_one(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = CRUMB + line + BODY
    assert _authors(page, "fallback", monkeypatch) == _authors(page, "off", monkeypatch) == []


def test_a_name_in_running_text_is_no_byline(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (
        "Home\nNews\nWhy river deltas are sinking faster than expected\n"
        "A new survey of sediment supply points to dams upstream.\n12 March 2024\n"
        "River deltas around the world are sinking, said Marta Solvik, who led the survey. "
        "Sediment that once reached the coast is now trapped behind dams, a new study finds.\n"
        "The findings matter for millions of people who live on low-lying land near the sea."
    )
    assert _authors(page, "fallback", monkeypatch) == []


@pytest.mark.parametrize(
    "page",
    [
        # a reference entry's authors on their own line, in the reference list
        "Why river deltas are sinking faster than expected\nRiver deltas around the world "
        "are sinking, and the reason lies far upstream. Sediment that once reached the coast "
        "is now trapped behind dams.\nReferences\nMarta Solvik, Jonas Brekke\n"
        "Sediment budgets of northern deltas. Coastal Letters 4 (2019) 12-19.",
        # an editorial board, names with their universities
        "Journal of Coastal Sediments\nEditorial Board\nMarta Solvik, University of Bergen\n"
        "Jonas Brekke, University of Oslo\nThe journal publishes research on river deltas. "
        "It appears four times a year and is open to all readers without a fee.",
        # a menu of people over the page's heading
        "Our team\nAbout us\nMarta Solvik\nJonas Brekke\nIda Halvorsen\nContact\n"
        "Annual report of the coastal research group\nThe group studies river deltas and "
        "the sediment they carry to the sea, with the projects and their funding.",
    ],
)
def test_the_fallback_changes_nothing_where_the_hand_rules_read_names(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the hand rules read names (rightly or not: these three pages give names today),
    the fallback changes nothing."""
    assert _authors(page, "fallback", monkeypatch) == _authors(page, "off", monkeypatch)


def test_replace_mode_keeps_a_plain_byline(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "A Study of Things\nAna Ruiz and Li Wei\nDOI: 10.1000/xyz"
    assert _authors(page, "replace", monkeypatch) == ["Ruiz, Ana", "Wei, Li"]


def _trainer() -> object:
    return load_benchmark("train_person_model", "scripts")


_TINY = [
    ("a.example", "Tidal rhythms in mud snails\nHanne Fjeld, Oskar Lindqvist\n"
     "Published: 3 May 2021\nAbstract\nMud snails follow the tide.",
     [{"family": "Fjeld", "given": "Hanne"}, {"family": "Lindqvist", "given": "Oskar"}]),
    ("a.example", "Menu\nLog in\nSalt marsh birds in winter\nBy Ida Moe\n"
     "Birds stay in the marsh when the ice comes. We counted them.",
     [{"family": "Moe", "given": "Ida"}]),
    ("b.example", "Home\nNews\nSeven ways the tide shapes a town\nMaria Vasskog\n"
     "12 March 2024\nThe harbour at the mouth of the fjord was built for sailing ships.",
     [{"family": "Vasskog", "given": "Maria"}]),
    ("b.example", "Journal of Things\nQuiet rivers\nAuthors: Ruiz, Ana; Wei, Li\n"
     "Editors\nPer Olsen\nAbstract\nRivers are quiet in winter.",
     [{"family": "Ruiz", "given": "Ana"}, {"family": "Wei", "given": "Li"}]),
]  # fmt: skip


def test_a_retrain_is_deterministic(tmp_path: Path) -> None:
    pages = [(site, text, {"author": authors}) for site, text, authors in _TINY]
    first, second = retrain_twice("train_person_model", tmp_path, pages)
    assert first == second
    assert tuple(first["features"]) == person_model.FEATURES


def test_same_people_matches_family_names_in_order() -> None:
    trainer = _trainer()
    from comet.names import parse_names

    same = trainer.same_people  # type: ignore[attr-defined]
    gold = [{"family": "Ruiz", "given": "Ana"}, {"family": "Wei", "given": "Li"}]
    assert same(parse_names("Ana Ruiz and Li Wei"), gold)
    assert same(parse_names("A. Ruiz and L. Wei"), gold)  # initials
    assert not same(parse_names("Li Wei and Ana Ruiz"), gold)  # order
    assert not same(parse_names("Ana Ruiz"), gold)  # a name short
    assert not same(parse_names("Ana Ruiz and Li Wei"), [])  # no gold author
