"""Data integrity: every CLDR month and weekday form is in the locale files.

Regenerates the CLDR forms with Babel (a dev-time tool: scripts/requirements.txt) and checks
that each is present; skipped when Babel is not installed.  Fix a failure with
``python scripts/cldr_months.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("babel")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "cldr_months.py"


def _script() -> object:
    spec = importlib.util.spec_from_file_location("cldr_months", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("cldr_months", mod)
    spec.loader.exec_module(mod)
    return mod


CLDR = _script()


@pytest.mark.parametrize("tag", CLDR.SHIPPED)  # type: ignore[attr-defined]
def test_cldr_forms_present(tag: str) -> None:
    path = CLDR.LOCALES_DIR / f"{tag}.toml"  # type: ignore[attr-defined]
    assert CLDR.missing_forms(path, tag) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("tag", CLDR.SHIPPED)  # type: ignore[attr-defined]
def test_regenerating_changes_nothing(tag: str) -> None:
    path = CLDR.LOCALES_DIR / f"{tag}.toml"  # type: ignore[attr-defined]
    text = path.read_text("utf-8")
    assert CLDR.update_text(text, tag) == text  # type: ignore[attr-defined]


def test_provenance_line() -> None:
    import comet.locales as L

    cldr, babel = CLDR.versions()  # type: ignore[attr-defined]
    for tag in CLDR.SHIPPED:  # type: ignore[attr-defined]
        assert any(f"CLDR {cldr} via Babel {babel}" in s for s in L.get(tag).sources)
