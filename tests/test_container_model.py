"""The learned container scorer (``comet.page.container_model``): its weights file, a
deterministic retrain, and invented pages where a container must and must not be read."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from comet import parse_record
from comet.page import container_model
from comet.page.container_features import SOURCES
from comet.page.model_rows import container_rows
from tests.shared_data import load_benchmark, retrain_twice

ROOT = Path(__file__).resolve().parent.parent

BODY = (
    "\n\nSeven ways the tide shapes a harbour town\nBy Maria Vasskog\n12 March 2024\n\n"
    "The harbour at the mouth of the fjord was built for sailing ships. Today it serves "
    "ferries and a few fishing boats, and the town around it has changed with them. "
    "Residents remember the old quays well.\n\n"
    "A new plan for the waterfront is due next year, and the council has asked for comments.\n"
)
ARTICLE = (
    "Seven ways the tide shapes a harbour town\nAna Ruiz\n{venue}\nAbstract\n"
    "The tide shapes towns along the coast, and the towns shape the tide in turn."
)


def _container(text: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> str | None:
    monkeypatch.setattr(container_model, "MODE", mode)
    return parse_record(text).container_title


def test_container_model_file_matches_its_features() -> None:
    data = json.loads(resources.files("comet.page").joinpath("container_model.json").read_text())
    assert tuple(data["features"]) == container_model.FEATURES
    assert len(data["weights"]) == len(container_model.FEATURES)
    p = container_model.probability([0.0] * len(container_model.FEATURES))
    assert 0.0 < p < 1.0
    assert container_model.MODE in container_model.MODES


def test_container_rows_carry_every_feature() -> None:
    page = ARTICLE.format(venue="Marsh Ecology Letters, Vol. 12, No. 3 (2019), pp. 45-67")
    rows = container_rows(page)
    assert rows
    optional = {"no_title", "above_title", "on_title", "title_gap"}  # by the title's place
    for _value, _hand, features in rows:
        assert set(features) <= set(container_model.FEATURES)
        assert set(container_model.FEATURES) - set(features) <= optional


@pytest.mark.parametrize(
    "page",
    [
        ARTICLE.format(venue="Journal: Marsh Ecology Letters\nVolume: 12\nPages: 45-67"),
        ARTICLE.format(venue="Marsh Ecology Letters, Vol. 12, No. 3 (2019), pp. 45-67"),
        ARTICLE.format(venue="Marsh Ecology Letters\nVol. 12, No. 3 (2019), pp. 45-67"),
        ARTICLE.format(venue="Volume: Proceedings of the Ninth Marsh Workshop\nPages: 4-9"),
        ARTICLE.format(venue="Citation: Marsh Ecol Lett 12(3): 45-67"),
        ARTICLE.format(
            venue="Cite this: Ruiz, A. (2019). Seven ways the tide shapes a harbour "
            "town. Marsh Ecology Letters, 12(3), 45-67."
        ),
        ARTICLE.format(venue="Marsh Ecology Letters\nISSN 1234-5679"),
        "Owl Review\nHome > Journals > Owl Review > Vol 3\n" + ARTICLE.format(venue="Vol. 3"),
        "Tidewatch\nHome\nNews" + BODY + "More from Tidewatch\nAbout Tidewatch\n",
    ],
)
def test_every_candidate_has_its_source_kind(page: str) -> None:
    """The source kind is set where each candidate is built (never read off its evidence's
    wording): no candidate falls to ``other``."""
    rows = container_rows(page)
    for value, _hand, features in rows:
        kinds = [s for s in SOURCES if features.get(f"src_{s}")]
        assert len(kinds) == 1 and kinds != ["other"], (value, kinds)


def test_the_trainer_refuses_a_held_out_half(tmp_path: Path) -> None:
    trainer = _trainer()
    (tmp_path / "B").mkdir()
    with pytest.raises(SystemExit):
        trainer.main(["--only", str(tmp_path / "B"), "--dry-run"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", container_model.MODES)
@pytest.mark.parametrize(
    "venue",
    [
        "Journal: Marsh Ecology Letters\nVolume: 12\nIssue: 3\nPages: 45-67",  # a label
        "Marsh Ecology Letters, Vol. 12, No. 3 (2019), pp. 45-67",  # a locator line
        "Marsh Ecology Letters\nVol. 12, No. 3 (2019), pp. 45-67",  # the line above it
    ],
)
def test_a_journal_the_page_names_is_read_in_every_mode(
    venue: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ARTICLE.format(venue=venue)
    assert _container(page, mode, monkeypatch) == "Marsh Ecology Letters"


@pytest.mark.parametrize(
    "page",
    [
        # a site's name that is no periodical (a shop over its menu)
        "Harbour Boats Shop\nHome\nShop\nAbout" + BODY,
        # a related article's journal, in the related-items list
        "Home\nNews" + BODY + "Related articles\nSediment budgets of northern deltas\n"
        "Coastal Letters 4 (2019) 12-19\n",
        # a journal named in running text
        "Home\nNews" + BODY + "The plan was first described in the Journal of Coastal "
        "Towns, which the council reads.\n",
        # a publisher's name in the footer
        "Home\nNews" + BODY + "© 2024 Fenwick Press. All rights reserved.\n",
        # a person's name after a self-reference phrase
        "Home\nNews" + BODY + "More from Maria Vasskog\nAbout Maria Vasskog\n",
        # a reference entry's journal, in the reference list
        "Seven ways the tide shapes a harbour town\nBy Maria Vasskog\nThe harbour at the "
        "mouth of the fjord was built for sailing ships, and the town has changed with it.\n"
        "References\nSolvik, M. (2019). Sediment budgets. Coastal Letters, 4(2), 12-19.\n",
    ],
)
def test_no_container_where_none_must_be_read(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _container(page, "fallback", monkeypatch) is None
    assert _container(page, "replace", monkeypatch) is None
    assert _container(page, "off", monkeypatch) is None


@pytest.mark.parametrize("mode", container_model.MODES)
@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", "©", "More from", "Journal:", "© 2024\nMore from\nAbout"]
)
def test_any_text_in_every_mode(text: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bad input as everywhere: no crash, nothing invented."""
    assert _container(text, mode, monkeypatch) is None
    assert isinstance(container_rows(text), list)


def _trainer() -> object:
    return load_benchmark("train_container_model", "scripts")


_TINY = [
    ("a.example", ARTICLE.format(venue="Marsh Ecology Letters, Vol. 12, No. 3 (2019), pp. 4-9"),
     "Marsh Ecology Letters"),
    ("a.example", "Owl Review\nHome\nIssues\nQuiet rivers\nAna Ruiz\nOwl Review 3 (2020) 1-9\n"
     "Abstract\nRivers are quiet in winter.", "Owl Review"),
    ("b.example", "Harbour Boats Shop\nHome\nShop\nAbout" + BODY, None),
    ("b.example", "Journal of Things\nVolume: 4\nQuiet rivers\nAuthors: Ruiz, Ana; Wei, Li\n"
     "Journal: Journal of Things\nAbstract\nRivers are quiet in winter.", "Journal of Things"),
]  # fmt: skip


def test_a_retrain_is_deterministic(tmp_path: Path) -> None:
    pages = [
        (site, text, {"container-title": container} if container else {})
        for site, text, container in _TINY
    ]
    first, second = retrain_twice("train_container_model", tmp_path, pages)
    assert first == second
    assert tuple(first["features"]) == container_model.FEATURES


def test_same_container_compares_names_not_spelling() -> None:
    same = _trainer().same_container  # type: ignore[attr-defined]
    assert same("Marsh Ecology Letters", "MARSH ECOLOGY LETTERS")
    assert same("The Owl Review", "Owl Review")  # a leading article aside
    assert same("Revista Árida", "Revista Arida")  # accents aside
    assert not same("Marsh Ecology", "Marsh Ecology Letters")  # a part is not the name
    assert not same("", "Marsh Ecology Letters")
