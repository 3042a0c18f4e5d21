"""Shared fixtures: the bundled seed pages and their gold fields."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

DATA = Path(__file__).parent / "data"
PAGES = DATA / "pages"

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def seed_gold() -> list[dict[str, object]]:
    return [json.loads(line) for line in (PAGES / "gold.jsonl").read_text("utf-8").splitlines()]


def seed_text(name: str) -> str:
    """The text of a seed page by file-name prefix (``"004"``)."""
    (path,) = PAGES.glob(f"{name}*.txt")
    return path.read_text("utf-8")


@pytest.fixture
def seed() -> object:
    return seed_text
