"""``comet parse`` and ``comet normalize`` on MARC files (records built here)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from comet.cli import main
from tests.marc_build import book, field, record


@pytest.fixture
def mrc(tmp_path: Path) -> Path:
    good = [record(field("245", "00", f"aRecord {i}.")).as_marc() for i in range(3)]
    path = tmp_path / "three.mrc"
    path.write_bytes(good[0] + b"broken\x1d" + good[1] + book().as_marc() + good[2])
    return path


def test_parse_prints_csl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.mrc"
    path.write_bytes(book().as_marc())
    assert main(["parse", str(path)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items[0]["title"].startswith("A guide to barn owls") and items[0]["type"] == "book"


def test_parse_mrk_and_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pymarc

    (tmp_path / "a.mrk").write_text(str(book()), encoding="utf-8")
    (tmp_path / "a.xml").write_bytes(pymarc.record_to_xml(book(), namespace=True))
    assert main(["parse", str(tmp_path / "a.mrk"), str(tmp_path / "a.xml")]) == 0
    a, b = json.loads(capsys.readouterr().out)
    assert a["title"] == b["title"]


def test_parse_reports_broken_record(mrc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(mrc)]) == 1
    out = capsys.readouterr()
    assert len(json.loads(out.out)) == 4
    assert "record 2" in out.err


def test_normalize_streams_csl_lines(mrc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", str(mrc)]) == 1
    out = capsys.readouterr()
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert [r.get("title") for r in rows] == ["Record 0", None, "Record 1",
                                             rows[3]["title"], "Record 2"]  # fmt: skip
    assert rows[1]["position"] == 2 and rows[1]["error"]
    assert "5 MARC records, 1 could not be read (first at record 2)" in out.err


def test_normalize_csv_and_jsonl(mrc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["normalize", "--format", "csv", str(mrc)])
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 5 and table[1]["error"] and table[0]["title"] == "Record 0"
    main(["normalize", "--format", "jsonl", str(mrc)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["csl"]["title"] == "Record 0" and "diagnostics" in rows[0]


def test_normalize_still_needs_field_for_csv(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("doi\n10.1234/x\n", encoding="utf-8")
    assert main(["normalize", str(p)]) == 2


def test_normalize_marc_from_stdin(mrc: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(mrc.read_bytes())))
    assert main(["normalize", "--field", "marc", "-"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 5 and rows[0]["title"] == "Record 0"
