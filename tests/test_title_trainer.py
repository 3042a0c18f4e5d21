"""The title model's trainer (``scripts/train_title_model.py``): folds grouped by host, a
local set's name, the warm start that keeps the dev-learned weights, and no held-out half."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.shared_data import load_benchmark

np = pytest.importorskip("numpy")


def _trainer() -> Any:
    return load_benchmark("train_title_model", "scripts")


def test_hosts_group_with_their_subdomains() -> None:
    group = _trainer().host_group
    assert group({"site": "de.example.com", "file": "x"}) == "example.com"
    assert group({"site": "www.example.com", "file": "x"}) == "example.com"
    assert group({"site": "journals.example.co.uk", "file": "x"}) == "example.co.uk"
    assert group({"site": "www.example.com.br", "file": "x"}) == "example.com.br"
    assert group({"site": "example.org", "file": "x"}) != group(
        {"site": "example.com", "file": "y"}
    )


def test_a_half_is_named_with_its_set() -> None:
    name = _trainer().set_name
    assert name(Path("/wide/opac3/A")) == "opac3/A"
    assert name(Path("/local/pages_news")) == "pages_news"


def test_kept_weights_stay_and_the_others_are_fitted() -> None:
    trainer = _trainer()
    feats = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
    pages = [("a", feats, np.array([0.0, 1.0, 0.0])), ("b", feats, np.array([0.0, 1.0, 0.0]))]
    start = np.array([0.7, 0.0, 0.1])
    kept = np.array([True, False, False])
    w = trainer.fit(pages, start=start, kept=kept)
    assert w[0] == 0.7  # kept as it was
    assert w[1] > 0.5  # learned: the second feature marks the right line


def test_the_trainer_refuses_a_held_out_half(tmp_path: Path) -> None:
    (tmp_path / "B").mkdir()
    with pytest.raises(SystemExit):
        _trainer().main(["--extra", str(tmp_path / "B"), "--dry-run"])


def test_an_anchored_fit_stays_near_the_anchor_where_the_data_are_silent() -> None:
    trainer = _trainer()
    feats = np.array([[1.0, 0.0], [0.0, 1.0]])
    pages = [("a", feats, np.array([0.0, 1.0]))]
    anchor = np.array([0.0, -0.8, 0.0])  # (the first feature new: 0, not pulled)
    free = trainer.fit(pages, start=anchor)
    held = trainer.fit(pages, start=anchor, anchor=anchor, pull=1.0)
    assert free[1] > held[1] > -0.8  # pulled back towards the shipped weight, not to it
    assert held[0] < 0.0  # the new feature learns freely
