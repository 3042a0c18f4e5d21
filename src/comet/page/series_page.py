"""A proceedings series' page at the front of a volume (:func:`series_page_citation`).

The publishers of proceedings series open each volume with the series' page: the series'
name and the volume's number on their own line at the top (``Lecture Notes in Computer
Science 2232``; a long name wrapped over two lines, ``Advances in Coastal`` / ``and Harbour
Engineering 626``), then the series' board under its label (``Editorial Board``,
``Series Editors``, ``Founding and Former Series Editors``: ``[words].series_board`` of
the locales). The layout is the series' and every host that shows a volume's front matter
prints it: the name is the volume's collection title, the number its collection number, and
the work a book. A journal's masthead over its board prints a volume word, a year or an issue
with the number (``Journal of Coastal Studies 36 (2020)``) and is none.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.evidence import W_CITE, _Page

#: lines from the top of the main text where the series' name is looked for
TOP_LINES = 6
#: lines after the name where the board's label must open a line (a one-person board, an
#: editor-in-chief's label and name, may come first)
BOARD_LINES = 3
#: the series' name and the volume's number alone closing the line
_NAME_NUMBER = re.compile(r"^(?P<name>[A-Z][^\d()\[\]:|/]{8,150}?)\s+(?P<number>\d{1,5})$")
#: a wrapped name's second line opens with a lower-case joining word (``and``, ``of``)
_CONTINUED = re.compile(r"^[a-z]{1,4}\s+[A-Z]")
#: words of a name at least (``Lecture Notes in Physics``)
MIN_NAME_WORDS = 3


@functools.cache
def _board_labels(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = _loc.terms_of("words", rules, "series_board")
    if not terms:
        return None
    return re.compile(rf"^(?:{_loc.alternation(terms)})(?!\w)", re.IGNORECASE)


def _title_case(name: str) -> bool:
    """Most of the name's long words capitalised, as a series' name is written."""
    words = [w for w in name.split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2


def series_page_citation(page: _Page) -> None:
    """The series' name and number at the top of a volume's front matter, over its board's
    label, as a citation of the page's own work (``page.cites``): the collection title and
    number, type ``book``."""
    board = _board_labels(page.rules)
    if board is None:
        return
    lines = [ln for ln in page.layout.lines[: TOP_LINES + 1 + BOARD_LINES] if ln.zone == "main"]
    texts = [ln.text.strip() for ln in lines]
    for i, text in enumerate(texts[:TOP_LINES]):
        if not text:
            continue
        joined, last = text, i
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if _NAME_NUMBER.match(text) is None and _CONTINUED.match(nxt):
            joined, last = f"{text} {nxt}", i + 1  # a long name wrapped over two lines
        m = _NAME_NUMBER.match(joined)
        if m is None:
            continue
        name = m.group("name").strip()
        if len(name.split()) < MIN_NAME_WORDS or not _title_case(name):
            continue
        after = [t for t in texts[last + 1 : last + 1 + BOARD_LINES] if t]
        if not any(board.match(t) for t in after):
            continue
        item: dict[str, Any] = {
            "type": "book",
            "collection-title": name,
            "collection-number": m.group("number"),
        }
        span = (lines[i].start, lines[last].end)
        page.cites.append((item, span, W_CITE, "a proceedings series' page"))
        return
