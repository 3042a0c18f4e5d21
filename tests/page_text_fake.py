"""A stand-in for a page in the speed equivalence tests: what
:func:`comet.page.term_keys.may_hold` reads of a page (its text, its key and its memo)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from comet.page.letter_runs import folded_key


class PageText:
    """What :func:`comet.page.term_keys.may_hold` reads of a page: its text, its key, its memo."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict[Any, Any] = {}

    def text_key(self) -> str:
        return folded_key(self.text)

    def remember(self, key: Any, compute: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]
