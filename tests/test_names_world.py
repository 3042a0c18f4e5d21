"""Hand-written names in many languages and shapes (``tests/data/names_world.toml``).

Every person in the table is invented; each case names the family of name syntax it
tests (plain, inverted, initials, title, suffix, nickname, particle, iberian, all_caps,
all_lower, mononym, organisation, cjk, list, et_al, role, whitespace, bibtex).
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from comet import parse_names
from tests.test_names import _as_dicts as _parts

DATA = Path(__file__).parent / "data" / "names_world.toml"
CASES: list[dict[str, Any]] = tomllib.loads(DATA.read_text("utf-8"))["case"]


def test_table_is_wide() -> None:
    assert len(CASES) >= 100
    families = Counter(c["family"] for c in CASES)
    assert len(families) >= 15, families
    assert len({c["input"] for c in CASES}) == len(CASES), "a case is listed twice"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['family']}: {c['input'][:40]}" for c in CASES])
def test_world_names(case: dict[str, Any]) -> None:
    lang = case.get("lang")
    names = parse_names(case["input"], style=case.get("style"), locales=[lang] if lang else None)
    assert _parts(names) == case["persons"]
    if "order" in case:
        assert names.order == case["order"]
    assert names.et_al is case.get("et_al", False)
    assert names.role == case.get("role")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("박서윤", [("박", "서윤")]),
        ("남궁도현", [("남궁", "도현")]),  # a compound surname ([name_grammar] of names/ko.toml)
        ("박서윤, 최하늘", [("박", "서윤"), ("최", "하늘")]),
    ],
)
def test_korean_names_written_without_a_space(text: str, want: list[tuple[str, str]]) -> None:
    assert [(p.family, p.given) for p in parse_names(text)] == want


def test_a_long_hangul_word_is_no_korean_name() -> None:
    # five syllables or more: no one-syllable family name and a given name of one or two
    assert all(p.family is None for p in parse_names("한빛생태연구소", strict=False).value or ())
