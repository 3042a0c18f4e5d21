"""The changes of speed28 answer as before: a page's pre-test of a lexicon's keys
(:func:`comet.page.term_keys.may_hold`), read once per page and keys, looked for among the
page's distinct runs of letters and without the keys that hold another key, says what the
search of each key in the page's key said (invented keys and texts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from comet.page.letter_runs import folded_key
from comet.page.term_keys import _probes, may_hold

SETTINGS = settings(max_examples=300, deadline=None)


class _Text:
    """What :func:`may_hold` reads of a page: its text, its key and its memo."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict[Any, Any] = {}

    def text_key(self) -> str:
        return folded_key(self.text)

    def remember(self, key: Any, compute: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]


_KEYS = ["fen", "fen days", "marsh fen", "days", "ay", "rsh f", "en da", "quill", "ştay", "a"]


@SETTINGS
@given(st.lists(st.sampled_from(_KEYS), max_size=5, unique=True),
       st.text(alphabet="fenaysmrhdqul ş-\n7", max_size=40))  # fmt: skip
def test_the_pre_test_is_the_search_of_each_key(keys: list[str], text: str) -> None:
    page = _Text(text)
    expected = any(k in page.text_key() for k in keys)
    assert may_hold(page, tuple(keys)) == expected  # type: ignore[arg-type]
    assert may_hold(page, tuple(keys)) == expected  # type: ignore[arg-type]  (remembered)


def test_keys_holding_another_are_left_out() -> None:
    single, several = _probes(("fen", "fenland", "marsh fen", "quill", "tarn moor"))
    assert single == ("fen", "quill")
    assert several == (("tarn moor", "tarn"),)


def test_a_key_of_several_runs_needs_them_side_by_side() -> None:
    keys = ("tarn moor",)
    assert not may_hold(_Text("Moor of the Tarn"), keys)  # type: ignore[arg-type]
    assert may_hold(_Text("The TARN-Moorland Review"), keys)  # type: ignore[arg-type]
    assert not may_hold(_Text("Moorland, Tarn"), ("quill", "tarn moor"))  # type: ignore[arg-type]
    assert may_hold(_Text("Quillon"), ("quill", "tarn moor"))  # type: ignore[arg-type]


def test_each_page_remembers_its_own_answer() -> None:
    keys = ("quill",)
    assert may_hold(_Text("Quill Press"), keys)  # type: ignore[arg-type]
    assert not may_hold(_Text("Fen Press"), keys)  # type: ignore[arg-type]
