"""The comma style: ``Author, Title, Journal, Volume, Pages`` (fields separated by commas)."""

from __future__ import annotations

import re

from comet.references._fields import _YEAR, Fields, _strip
from comet.references._imprint import _place_publisher
from comet.references._lexicon import Lexicon
from comet.references._locator import _read_locator

_COMMA_CAP = re.compile(r"\s*,\s*(?=[\"“«„(\[]?[^\W\d_a-z])|\s,(?=\S)")


def _cut_comma_title(text: str) -> tuple[str, str]:
    m = _COMMA_CAP.search(text)
    if not m or m.start() < 3:
        return text, ""
    return text[: m.start()], text[m.end() :]


def _comma_rest(rest: str, f: Fields, lex: Lexicon) -> None:
    """``, Place, Publisher, 1988`` or ``, Journal 25, 183`` after a comma-style title."""
    rest = _strip(rest)
    if not rest:
        return
    before = _read_locator(rest, f, lex)
    had_locator = before != rest or f.volume or f.pages
    parts = [_strip(p) for p in re.split(r"\s*,\s*", before) if _strip(p)]
    parts = [p for p in parts if not re.fullmatch(_YEAR + r"[a-z]?", p)]
    if not parts:
        return
    if had_locator or f.container is not None:
        f.container = f.container or ", ".join(parts)
        return
    if _place_publisher(", ".join(parts), f, lex):
        return
    # book: Place, Publisher or Publisher, Place
    first = parts[0]
    if len(parts) >= 2:
        if lex.publisher_words.search(first) and not lex.publisher_words.search(parts[1]):
            f.publisher, f.place = first, parts[1]
        else:
            f.place, f.publisher = first, ", ".join(parts[1:])
    elif lex.publisher_words.search(first):
        f.publisher = first
    elif len(first.split()) <= 2:
        f.place = first
    else:
        f.container = first
