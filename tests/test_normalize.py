"""`comet normalize`: lossless, streaming batch normalisation of CSV and JSONL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from comet.batch import normalize_columns, normalize_value, normalize_values

pytest.importorskip("comet.identifiers")


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "comet", "normalize", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def test_normalize_value_contract() -> None:
    ok = normalize_value("https://doi.org/10.1080/03003930.2022.2081552", "doi")
    assert ok.canonical == "10.1080/03003930.2022.2081552" and ok.error is None
    assert json.loads(ok.value_json or "null") is not None
    bad = normalize_value("not a doi", "doi")
    assert bad.canonical is None and bad.error == "not-found"
    assert normalize_value(None, "doi").cells() == (None, None, None, None)
    assert normalize_value(float("nan"), "doi").error is None


def test_unknown_field() -> None:
    with pytest.raises(ValueError):
        list(normalize_values(["x"], "nope"))


def test_columns_keep_length_and_order() -> None:
    values = ["10.1000/a", None, "x", "doi:10.1000/B"]
    cols = normalize_columns(values, "doi")
    assert cols["canonical"] == ["10.1000/a", None, None, "10.1000/b"]
    assert [e for e in cols["error"]] == [None, None, "not-found", None]


def _messy_csv(tmp_path: Path) -> Path:
    big = "x" * 100_000
    data = (
        b"id,doi,note\n"
        b"1,10.1000/abc,ok\n"
        b"2,,empty cell\n"
        b'3,"doi:10.1000/xyz","quoted\nnewline"\n'
        b"4,10.1000/caf\xe9,latin-1 byte\n"
        b"5,10.1000/extra,one,too many\n" + f"6,{big},huge\n".encode() + b"7,nonsense,bad\n"
    )
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    return path


def test_csv_lossless(tmp_path: Path) -> None:
    path = _messy_csv(tmp_path)
    proc = run_cli("--field", "doi", "--column", "doi", str(path))
    assert proc.returncode == 1, proc.stderr
    text = proc.stdout.decode("utf-8", "surrogateescape")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    assert header == ["id", "doi", "note", "doi__canonical", "doi__value", "doi__diagnostics",
                      "doi__error"]  # fmt: skip
    assert [r[0] for r in body] == ["1", "2", "3", "4", "5", "6", "7"]
    by_id = {r[0]: r for r in body}
    assert by_id["1"][3] == "10.1000/abc" and by_id["1"][6] == ""
    assert by_id["2"][1] == "" and by_id["2"][6] == ""
    assert by_id["3"][2] == "quoted\nnewline" and by_id["3"][3] == "10.1000/xyz"
    assert by_id["4"][6] == "invalid-utf8"
    assert "\udce9" in by_id["4"][1]  # the raw byte is written back unchanged
    assert by_id["5"][6] == "field-count" and by_id["5"][-1] == "too many"
    assert len(by_id["6"][1]) == 100_000 and by_id["6"][6] == "too-long"
    assert by_id["7"][6] == "not-found"
    assert b"\xe9" in proc.stdout  # byte-for-byte
    err = proc.stderr.decode()
    assert "7 rows, 4 failed" in err and "invalid-utf8 1 (first at line 6)" in err


def test_csv_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("doi,note\n10.1000/abc,café\n".encode("latin-1"))
    proc = run_cli("--field", "doi", "--encoding", "latin-1", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "café" in proc.stdout.decode("latin-1")


def test_jsonl_lossless(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "doi": "10.1000/abc"}).encode(),
        json.dumps({"id": 2, "doi": None}).encode(),
        b'{"id": 3, "doi": "10.1000/caf\xe9"}',
        b"{not json",
        json.dumps({"id": 5, "doi": "x" * 100_000}).encode(),
        json.dumps({"id": 6, "doi": "line\nbreak 10.1000/zz"}).encode(),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    proc = run_cli("--field", "doi", str(path))
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(out) == 6
    assert out[0]["doi__canonical"] == "10.1000/abc"
    assert out[1]["doi__error"] is None and out[1]["doi__canonical"] is None
    assert out[2]["doi__error"] == "invalid-utf8" and "\\xe9" in out[2]["__raw__"]
    assert out[3]["doi__error"] == "invalid-json"
    assert out[4]["doi__error"] == "too-long" and len(out[4]["doi"]) == 100_000
    assert out[5]["id"] == 6


def test_usage_errors(tmp_path: Path) -> None:
    proc = run_cli("--field", "doi", str(tmp_path / "missing.csv"))
    assert proc.returncode == 2 and b"no such file" in proc.stderr
    path = tmp_path / "a.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    proc = run_cli("--field", "doi", "--column", "zzz", str(path))
    assert proc.returncode == 2 and b"column 'zzz' not in" in proc.stderr
    semi = tmp_path / "b.csv"
    semi.write_text("a;b\n1;2\n", encoding="utf-8")
    proc = run_cli("--field", "doi", "--column", "a", str(path), str(semi))
    assert proc.returncode == 2 and b"mixed CSV dialects" in proc.stderr


def test_stdin(tmp_path: Path) -> None:
    proc = run_cli("--field", "doi", "-", stdin=b"doi\n10.1000/abc\n")
    assert proc.returncode == 0
    assert b"10.1000/abc" in proc.stdout
