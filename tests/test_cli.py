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


def test_parse_formats(capsys: pytest.CaptureFixture[str]) -> None:
    page = str(sorted(PAGES.glob("000_*.txt"))[0])
    assert main(["parse", page]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["type"] == "paper-conference" and item["id"] == page
    assert main(["parse", "--format", "json", page]) == 0
    (full,) = json.loads(capsys.readouterr().out)
    assert full["csl"]["title"].startswith("Family, friend") and "diagnostics" in full
    assert full["spans"]["title"][0] == 0
    assert main(["parse", "--format", "jsonl", page, page]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["csl"]["type"] == "paper-conference"


def test_parse_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("A Study of Things\nSmith, J. and Doe, A.\n"))
    assert main(["parse", "-"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["title"] == "A Study of Things"


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["parse", "--help"], ["normalize", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        assert "example" in capsys.readouterr().out
