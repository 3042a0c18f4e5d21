"""Where the development corpus lives, and how tests and benchmarks reach it.

Third-party development data (pages of other sites, reference strings, names, dates,
identifiers, MARC records) is kept outside the repository, in ``../shared/dev/`` beside the
clone, with its sources and licences. Tests read it in place and skip, saying why, where it
is absent (a user's fresh clone); CI always has it and ``.ci/run`` fails if it is missing.

``COMET_SHARED_DEV`` points elsewhere when the corpus is not beside the clone.

The split of every dataset into a development part (look at failures freely) and an
*unseen* part (score only, never debug) is in ``tests/data/splits.toml``.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = Path(os.environ.get("COMET_SHARED_DEV") or ROOT.parent / "shared" / "dev")
REASON = "development corpus not present (../shared/dev)"
SPLITS = ROOT / "tests" / "data" / "splits.toml"


def present(*parts: str) -> bool:
    """Whether ``../shared/dev/<parts>`` exists."""
    return (SHARED_DEV.joinpath(*parts)).exists()


def dev_path(*parts: str) -> Path:
    """``../shared/dev/<parts>``; inside pytest, skips the test where it is absent."""
    path = SHARED_DEV.joinpath(*parts)
    if not path.exists():
        import pytest

        pytest.skip(REASON)
    return path


def bench_path(*parts: str) -> Path:
    """``../shared/dev/<parts>`` for a benchmark script: exits with the reason where absent."""
    path = SHARED_DEV.joinpath(*parts)
    if not path.exists():
        raise SystemExit(f"{REASON}: {path} is missing")
    return path


def requires_shared(*parts: str) -> Any:
    """A pytest mark that skips a test (or module, as ``pytestmark``) without the corpus."""
    import pytest

    return pytest.mark.skipif(not present(*parts), reason=REASON)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@cache
def splits() -> dict[str, Any]:
    """``tests/data/splits.toml``: the unseen part of every dataset."""
    with SPLITS.open("rb") as fh:
        return tomllib.load(fh)


def page_split(gold_line: dict[str, Any]) -> str:
    """``"dev"`` or ``"unseen"`` for a page gold line, by its site (pages) or source (OPAC)."""
    spec = splits()["pages"]
    site = str(gold_line.get("site", ""))
    if site in spec["unseen_sites"]:
        return "unseen"
    source = str(gold_line.get("source", ""))
    if any(tag in source for tag in spec["unseen_record_sources"]):
        return "unseen"
    return "dev"


def source_split(dataset: str, source: str) -> str:
    """``"dev"`` or ``"unseen"`` for a case of ``dataset`` by its source repository."""
    unseen = splits()[dataset]["unseen_sources"]
    return "unseen" if any(source.startswith(s) for s in unseen) else "dev"


def load_benchmark(name: str, folder: str = "benchmarks") -> ModuleType:
    """``<folder>/<name>.py`` as a module (a benchmark, or with ``folder="scripts"`` a
    training script), for the tests that reuse a benchmark's scoring or a script's code."""
    import importlib.util
    import sys

    path = ROOT / folder / f"{name}.py"
    prefix = "bench" if folder == "benchmarks" else folder
    spec = importlib.util.spec_from_file_location(f"_comet_{prefix}_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def retrain_twice(
    script: str, folder: Path, pages: list[tuple[str, str, dict[str, Any]]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Write ``pages`` (site, text, gold) as a tiny labelled set in ``folder`` and run the
    training script ``scripts/<script>.py`` on it twice; the two model files it wrote."""
    trainer = load_benchmark(script, "scripts")
    (folder / "pages").mkdir()
    lines = []
    for i, (site, text, gold) in enumerate(pages):
        name = f"{i:02d}_tiny.txt"
        (folder / "pages" / name).write_text(text, encoding="utf-8")
        lines.append(json.dumps({"file": name, "site": site, "gold": gold}))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = [folder / "one.json", folder / "two.json"]
    for out in outs:
        assert trainer.main(["--only", str(folder), "--out", str(out)]) == 0
    first, second = (json.loads(p.read_text()) for p in outs)
    return first, second
