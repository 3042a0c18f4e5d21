"""Floors for ``comet.parse_html`` on the development part of ``../shared/dev/html/``
(read in place; skipped where absent).  The unseen sites are only scored by
``benchmarks/html_pages.py``, never here."""

from __future__ import annotations

from typing import Any

import pytest

from comet import parse_html, parse_record
from tests.pages.gold import compare
from tests.shared_data import dev_path, page_split, read_jsonl, requires_shared

pytest.importorskip("selectolax")
pytestmark = requires_shared("html", "gold.jsonl")


def _dev() -> list[dict[str, Any]]:
    base = dev_path("html")
    out = []
    for g in read_jsonl(base / "gold.jsonl"):
        if page_split(g) == "dev":
            g["path"] = base / "pages" / g["file"]
            out.append(g)
    return out


def _share(items: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> float:
    right = total = 0
    for gold, item, rec in items:
        for field, want in gold.items():
            total += 1
            right += not compare({field: want}, item, rec)
    return right / total


def test_dev_pages_with_metadata_floor() -> None:
    rows = []
    for g in _dev():
        if g["meta"]:
            rec = parse_html(g["path"].read_bytes(), references=False)
            rows.append((g["gold"], rec.to_csl(), rec))
    assert _share(rows) >= 0.90


def test_dev_pages_without_metadata_no_worse_than_the_text_reader() -> None:
    html_rows, text_rows = [], []
    twins = dev_path("pages_more", "pages")
    for g in _dev():
        if not g["meta"]:
            rec = parse_html(g["path"].read_bytes(), references=False)
            html_rows.append((g["gold"], rec.to_csl(), rec))
            trec = parse_record((twins / g["file"].replace(".html", ".txt")).read_text("utf-8"))
            text_rows.append((g["gold"], trec.to_csl(), trec))
    assert _share(html_rows) >= _share(text_rows)


def test_every_page_is_read_in_both_modes() -> None:
    for g in _dev():
        data = g["path"].read_bytes()
        for mode in (True, False, None):
            rec = parse_html(data, references=False, read_text=mode)
            assert rec.raw
