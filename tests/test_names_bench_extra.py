"""``benchmarks/names.py --extra``: a local cases file scored by its own parts, part B held out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.names import main


def _write(path: Path, cases: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), "utf-8")
    return path


def _case(raw: str, given: str, family: str, split: str) -> dict[str, object]:
    return {
        "raw": raw,
        "persons": [{"given": given, "family": family}],
        "kind": "single",
        "style": "display",
        "tags": ["plain"],
        "source": f"example/{split.lower()}@0:cases#L1",
        "split": split,
    }


def test_extra_lists_part_a_misses_never_part_b(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        _case("Wendeline Ostrander", "Wendeline", "Ostrander", "A"),
        _case("Quillon Marbeck", "Marbeck", "Quillon", "A"),  # a gold comet cannot meet
        _case("Ysolde Farrant", "Farrant", "Ysolde", "B"),  # likewise, held out
    ]
    main(["--extra", str(_write(tmp_path / "cases.jsonl", cases)), "--misses"])
    out = capsys.readouterr().out
    assert "| split A | 2 | 50.0% |" in out
    assert "| split B | 1 | 0.0% |" in out
    assert "'Quillon Marbeck'" in out
    assert "Ysolde" not in out.split("names/s")[-1]  # part B's case is never listed
    assert "tag plain | 2 |" in out  # tags count part A's cases only


def test_extra_needs_a_split_per_case(tmp_path: Path) -> None:
    case = _case("Wendeline Ostrander", "Wendeline", "Ostrander", "A")
    del case["split"]
    with pytest.raises(SystemExit):
        main(["--extra", str(_write(tmp_path / "cases.jsonl", [case]))])
