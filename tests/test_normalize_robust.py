"""`comet normalize` on hostile files: huge cells, BOMs, non-UTF-8 bytes, lone surrogates.

Regression tests for issue 6 (lossless batch); the main behaviour is in
``tests/test_normalize.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run_cli(path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "comet", "normalize", "--field", "doi", *args, str(path)],
        capture_output=True,
        check=False,
        timeout=120,
    )


def test_csv_cell_over_the_csv_module_limit(tmp_path: Path) -> None:
    big = "y" * 300_000  # the csv module's default limit is 131,072
    path = tmp_path / "big.csv"
    path.write_text(f"doi,note\n10.1000/a,{big}\n10.1000/b,small\n", encoding="utf-8")
    proc = run_cli(path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 3 and lines[1].startswith(f"10.1000/a,{big},10.1000/a,")
    assert lines[2].startswith("10.1000/b,small,10.1000/b,")


def test_csv_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfdoi,note\n10.1000/a,x\n")
    proc = run_cli(path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8-sig").startswith("doi,note,doi__canonical")


def test_jsonl_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"doi": "10.1000/x"}\n')
    proc = run_cli(path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["doi__canonical"] == "10.1000/x"


def test_windows_1252_file_is_named_not_mangled(tmp_path: Path) -> None:
    data = b"doi,title\n10.1000/a,caf\xe9\n10.1000/b,\x93quoted\x94\n10.1000/c,plain\n"
    path = tmp_path / "cp1252.csv"
    path.write_bytes(data)
    proc = run_cli(path, "--column", "doi")
    err = proc.stderr.decode()
    assert "2 row(s) are not valid utf-8 (first at line 2)" in err
    assert "--encoding" in err
    assert b"caf\xe9" in proc.stdout and b"\x93quoted\x94" in proc.stdout  # bytes kept
    decoded = run_cli(path, "--column", "doi", "--encoding", "cp1252")
    assert decoded.returncode == 0 and "not valid" not in decoded.stderr.decode()
    assert "“quoted”" in decoded.stdout.decode("cp1252")


def test_jsonl_lone_surrogate_escape(tmp_path: Path) -> None:
    path = tmp_path / "sur.jsonl"
    path.write_bytes(b'{"doi": "10.1000/x"}\n{"id": 2, "doi": "\\ud800"}\n{"doi": "10.1000/z"}\n')
    proc = run_cli(path)
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(out) == 3 and out[1]["doi"] == "\ud800" and out[1]["id"] == 2
    assert out[2]["doi__canonical"] == "10.1000/z"


def test_csv_quote_never_closed_is_an_error_naming_its_line(tmp_path: Path) -> None:
    # the csv module would read the rest of the file into one cell without complaint
    p = tmp_path / "open.csv"
    p.write_bytes(b'title,date\na,2019\nb,"12 May 2019\nc,2020\nd,2021\n')
    res = run_cli(p, "--field", "date")
    assert res.returncode == 2
    assert b"line 3" in res.stderr and b"never closed" in res.stderr


def test_csv_quoted_newline_at_eof_without_final_newline_is_fine(tmp_path: Path) -> None:
    p = tmp_path / "ok.csv"
    p.write_bytes(b'title,date\na,2019\nb,"12 May\n2019"')
    res = run_cli(p, "--field", "date")
    assert res.returncode == 0, res.stderr
    assert b"2019-05-12" in res.stdout
