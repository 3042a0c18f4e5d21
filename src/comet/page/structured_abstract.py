"""A research article's structured abstract or IMRaD sections: the headings of its aim,
methods, results and conclusions (``Objective:`` / ``Methods:`` / ``Results:`` /
``Conclusions:``, ``Цель`` / ``Методы`` / ``Результаты`` / ``Выводы``; the locales'
``[headings]`` ``background``, ``introduction``, ``methods``, ``results``, ``conclusions``),
each over or before its own prose.

Journals print their articles' abstracts in these parts and their texts in these sections;
a page that shows three of them, results among them, each with its prose, shows a research
article. A list of contents or a menu names the parts without prose and is not one.
"""

from __future__ import annotations

from comet import locales as _loc
from comet.page.evidence import _Page

__all__ = ["GROUPS", "structured_abstract"]

#: the parts, in their order, and the ``[headings]`` keys naming each
GROUPS = (
    ("aim", ("background", "introduction")),
    ("methods", ("methods",)),
    ("results", ("results",)),
    ("conclusions", ("conclusions",)),
)
#: characters of a heading (its words, a number, a colon) at most
HEADING_CHARS = 40
#: characters of prose after a heading on its line, or of the line below it, at least
PROSE_CHARS = 60
#: parts a page shows at least
MIN_PARTS = 3
#: characters a heading may open with and close with (a number, brackets, a colon)
_OPENING = "0123456789.)( \t【[■•*"
_CLOSING = " :：.】]\t"


def _tables(page: _Page) -> list[tuple[str, frozenset[str]]]:
    return [
        (part, frozenset().union(*(_loc.casefolded_terms("headings", page.rules, k) for k in keys)))
        for part, keys in GROUPS
    ]


def _part_of(text: str, tables: list[tuple[str, frozenset[str]]]) -> tuple[str, bool] | None:
    """The part a line's heading names and whether its prose follows on the line: the line
    is the heading alone, or the heading, a colon and prose."""
    head, colon, rest = text.partition(":")
    if not colon:
        head, colon, rest = text.partition("：")
    word = head.strip(_OPENING).rstrip(_CLOSING).casefold()
    if not word or len(head) > HEADING_CHARS:
        return None
    for part, words in tables:
        if word in words:
            if rest.strip() and len(rest.strip()) < PROSE_CHARS:
                return None  # 'Results: 12 of 40' in a table, a label's short value
            return part, bool(rest.strip())
    return None


def structured_abstract(page: _Page) -> tuple[int, int] | None:
    """The span of the results heading of a research article's parts printed in the main
    text: at least :data:`MIN_PARTS` of :data:`GROUPS`, results among them, in their order,
    each heading with its prose on its line or on the line below."""
    tables = _tables(page)
    if not all(words for _part, words in tables[1:]):
        return None
    lines = [ln for ln in page.layout.lines if ln.zone == "main"]
    order = [part for part, _keys in GROUPS]
    seen: list[str] = []
    results: tuple[int, int] | None = None
    for k, ln in enumerate(lines):
        if len(ln.text) > HEADING_CHARS and ":" not in ln.text[:HEADING_CHARS]:
            continue
        found = _part_of(ln.text, tables)
        if found is None:
            continue
        part, inline = found
        prose = inline or (k + 1 < len(lines) and len(lines[k + 1].text) >= PROSE_CHARS)
        if not prose or part in seen or (seen and order.index(part) < order.index(seen[-1])):
            continue
        seen.append(part)
        if part == "results":
            results = (ln.start, ln.end)
    return results if len(seen) >= MIN_PARTS and results is not None else None
