"""The sections of a research paper a page shows: an abstract's heading (or its label with
the summary on the line), a keywords label, a reference list.
"""

from __future__ import annotations

from comet import locales as _loc
from comet.page.evidence import _Page
from comet.page.periodicals import _abstract_heads


def _research_article(page: _Page) -> bool:
    """The page shows the parts of a research article: an abstract and a reference list
    (the weakest sign of a journal article, for a page whose locator is not printed)."""
    lines = page.layout.lines
    return _abstract_heading(page) and any(ln.zone == "references" for ln in lines)


def _abstract_heading(page: _Page) -> bool:
    """The main text has a line that is an abstract's heading alone (``Abstract``,
    ``РЕЗЮМЕ:``, ``Öz``)."""
    heads = _abstract_heads(page.rules)
    return page.remember(
        ("abstract-heading",),
        lambda: any(
            ln.zone == "main" and _without_colon(ln.text).casefold() in heads
            for ln in page.layout.lines
        ),
    )


def _keywords_label(page: _Page) -> bool:
    """The main text has a keywords label: with its value on the line (``Keywords: a, b``) or
    alone over the list (``Keywords:`` / ``a, b, c``, as journal sites print it; the list is read by
    the keywords reader, the label keeps no value)."""
    return any(
        lv.key == "keywords" and page.layout.zone_at(lv.value_start) == "main"
        for lv in page.layout.labels
    )


#: characters of an abstract's value on its label's line at least (a summary, not a word)
ABSTRACT_VALUE_CHARS = 60


def _abstract_label(page: _Page) -> bool:
    """The main text has an abstract's label with the summary after it on its line
    (``摘要:基于……``, ``Аннотация: …``, as journals of scripts without a heading line print it)."""
    return any(
        lv.key == "abstract"
        and len(lv.value) >= ABSTRACT_VALUE_CHARS
        and page.layout.zone_at(lv.value_start) == "main"
        for lv in page.layout.labels
    )


def _without_colon(text: str) -> str:
    """A heading's text without the colon that may close it (``Abstract:``, ``РЕЗЮМЕ：``)."""
    return text.strip().rstrip(":：").strip()


def _reference_list(page: _Page) -> bool:
    """The page prints a reference list: its zone, or its heading alone in the main text
    (the locales' ``[labels].references``: ``Referências``, ``Список литературы``)."""
    heads = _loc.casefolded_terms("labels", page.rules, "references")
    return any(
        ln.zone == "references"
        or (ln.zone == "main" and _without_colon(ln.text).casefold() in heads)
        for ln in page.layout.lines
    )
