"""Every tuned number of a package is in its table (``comet/<package>/tuning.py``) with a
reason, and the package's docs page lists it (issue 18 item 5)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PACKAGES = {
    "text": "text.md",
    "references": "references.md",
    "locators": "locators.md",
    "keywords": "keywords.md",
    "identifiers": "identifiers.md",
}


@pytest.mark.parametrize(("package", "page"), sorted(PACKAGES.items()))
def test_every_tuned_number_is_documented(package: str, page: str) -> None:
    tuning = importlib.import_module(f"comet.{package}.tuning")
    text = (DOCS / page).read_text(encoding="utf-8")
    assert f"comet/{package}/tuning.py" in text
    source = Path(tuning.__file__).read_text(encoding="utf-8")
    for name in tuning.__all__:
        value = getattr(tuning, name)
        assert isinstance(value, int | float), name
        shown = f"{value:,}" if isinstance(value, int) else f"{value:.3g}"
        assert f"| `{name}` | {shown} |" in text, f"{page} does not list {name} = {shown}"
        # the reason: a #: comment right above the name, or shared with the name above it
        assert f"\n{name} = " in source, name
    assert source.count("#:") >= 1
