"""Regression gate: accuracy of ``parse_reference`` on the 879 labelled dev references.

The references are read in place from ``../shared/dev/references`` (skipped, with the
reason, where the development corpus is absent).

The scoring lives in ``benchmarks/references.py`` (per-field precision/recall/F1, micro-F1;
see its docstring); this test only asserts that micro-F1 does not fall below the figure the
parser has reached.  Raise ``FLOOR`` when the parser improves.  No timing here.
"""

from __future__ import annotations

from tests.shared_data import dev_path, load_benchmark

#: micro-F1 reached on the dev set, rounded down (see the benchmark's printed table).
FLOOR = 0.86
#: title F1 floor, the field most sensitive to segmentation changes.
TITLE_FLOOR = 0.73


def test_micro_f1_floor() -> None:
    refs = dev_path("references", "refs.jsonl")
    bench = load_benchmark("references")
    result = bench.evaluate(bench.load(refs))
    assert result["n"] == 879
    assert result["micro"]["f1"] >= FLOOR, bench.table(result, None)
    assert result["scores"]["title"]["f1"] >= TITLE_FLOOR, bench.table(result, None)
