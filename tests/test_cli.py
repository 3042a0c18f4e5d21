"""The command line."""

from __future__ import annotations

import json

import pytest

from comet.cli import main
from tests.conftest import PAGES


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("comet ")


def test_parse_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in PAGES.glob("*.txt"))
    assert main(["parse", *files]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(files)


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no/such/file.txt"]) == 2
    assert "no such file" in capsys.readouterr().err
