"""Prices on a page (``€ 24,95``, ``249 kr.``): the currency marks come from
``currencies.toml`` beside this module, the pattern is built from them once."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from comet.errors import LocaleDataError
from comet.locales import alternation, read_data

__all__ = ["price_pattern", "price_pattern_of"]

_WHERE = "comet/page/currencies.toml"


def price_pattern_of(data: Mapping[str, Any], where: str = _WHERE) -> re.Pattern[str]:
    """The price pattern of a currencies table (keys ``before`` and ``after``, lists of
    marks); a malformed table raises :class:`~comet.LocaleDataError` naming ``where`` and
    the key."""
    marks: dict[str, list[str]] = {}
    for key in ("before", "after"):
        value = data.get(key)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise LocaleDataError(where, key, "expected a non-empty list of non-empty strings")
        marks[key] = value
    before, after = alternation(marks["before"]), alternation(marks["after"])
    return re.compile(rf"(?:{before})\s?\d|(?<![\d.,])\d[\d.,]*+\s?(?:{after})(?:\s|$)")


@functools.cache
def price_pattern() -> re.Pattern[str]:
    """A price: a currency mark before a number, or a number before a mark (``(?:\\s|$)``
    after it), from the built-in ``currencies.toml``."""
    return price_pattern_of(read_data("comet.page", "currencies.toml"))
