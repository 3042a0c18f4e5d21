"""Floors on the development part of ``../shared/dev/marc`` (scored by benchmarks/marc.py)."""

from __future__ import annotations

from collections import Counter

from comet.marc import ReadError, read_marc
from tests.shared_data import dev_path, load_benchmark, read_jsonl, requires_shared, source_split

pytestmark = requires_shared("marc")


def test_dev_floor() -> None:
    bench = load_benchmark("marc")
    folder = dev_path("marc")
    right, total, errors = Counter[str](), Counter[str](), 0
    for case in read_jsonl(folder / "cases.jsonl"):
        if source_split("marc", case["source"]) != "dev":
            continue
        rows = list(read_marc(folder / case["input_file"]))
        if case["expect"] == "error":
            errors += not (all(isinstance(r, ReadError) for r in rows)
                           or case["id"] in bench.RECOVERED)  # fmt: skip
            continue
        rec = next(r for r in rows if not isinstance(r, ReadError))
        got = rec.to_csl()
        got["keyword"] = [k.text for k in rec.record.keywords]
        got["ISBN"] = got["ISBN"].split(", ") if "ISBN" in got else None
        for name, want in case["gold"].items():
            total[name] += 1
            right[name] += bench.same(name, want, got.get(name))
    assert errors == 0
    share = sum(right.values()) / sum(total.values())
    assert share >= 0.97, f"{share:.1%}"
    for name in ("title", "type", "issued", "author", "publisher"):
        assert right[name] >= 0.95 * total[name], name
