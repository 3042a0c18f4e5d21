"""A periodical's or a reference work's name dated on a line of its own near the top.

A journal's page (an archive's scan of an article, a reference work's entry) may head the
work with the name of the periodical or the work it appeared in and that issue's date, with
no volume or pages: the year in brackets (``Mondo delle Paludi (2004)``), or the year and
the issue's number as the locales number issues (``Mocsári Szemle 1997. 2. szám``,
``Fen Review 2/2019``). The name before that date names the container (weak evidence, a
masthead's: any label, locator line or citation outweighs it). A book's page (an ISBN
read) is no periodical's, and the work's own title with its year is no container; before an
issue's number the name must be a journal's (a journal word, or capitals: the locator
reader's own test), as a numbered thing (``Training groups 7-8/2023``, ``Приказ. 2021. №
47``) is none; a link or a path is no name.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import YEAR_PATTERN
from comet.locators import find_locators
from comet.page.chrome import _is_chrome
from comet.page.evidence import Cand, _key, _Page
from comet.page.locator import _journal_masthead
from comet.page.name_checks import _is_type_term
from comet.page.venue import MASTHEAD_WEIGHT

__all__ = ["DATED_EVIDENCE", "dated_issue", "dated_masthead"]

DATED_EVIDENCE = "a periodical's name dated on its line near the top"
#: lines from the top of the page where such a line is looked for
DATED_LINES = 6
#: characters of such a line at most
DATED_LINE_CHARS = 90
#: words of the name at most
DATED_NAME_WORDS = 8
#: a year alone in brackets closing the line: ``(2004)``
_BRACKETED_YEAR = re.compile(rf"\s*\(\s*(?:{YEAR_PATTERN})\s*\)\s*$")
#: what separates the name from its date
_SEPARATORS = " ,.:;–—-|"


def _dated_name(
    text: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, int, str | None] | None:
    """The text before the date closing ``text``, the date's year and the issue's number: a
    bracketed year, or an issue's locator with its year and no pages; ``None`` where the
    line closes with no such date."""
    bracketed = _BRACKETED_YEAR.search(text)
    if bracketed is not None:
        year = int("".join(c for c in bracketed.group() if c.isdigit()))
        return text[: bracketed.start()].strip(_SEPARATORS), year, None
    end = len(text.rstrip(" .,;"))
    for m in find_locators(text, locales=rules):
        loc = m.value
        if m.end >= end and m.start > 0 and loc.issued is not None and loc.pages is None:
            return text[: m.start].strip(_SEPARATORS), loc.issued.year, loc.issue
    return None


def _name_like(name: str, title_key: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A short name: capitalised, no digits, no sentence's stop, not the work's title,
    no interface line or type term."""
    words = name.split()
    return (
        0 < len(words) <= DATED_NAME_WORDS
        and name[:1].isalpha()
        and not name[:1].islower()
        and not any(c.isdigit() or c in "/|@" for c in name)
        and not any(w.endswith((".", "!", "?", ":")) for w in words[:-1])
        and _key(name) not in ("", title_key)
        and not _is_chrome(name, rules)
        and not _is_type_term(name, rules)
    )


def dated_masthead(page: _Page, *, book: bool) -> list[Cand]:
    """The name of the first dated masthead line (see the module's text) of the page's top
    :data:`DATED_LINES` main lines, none on a ``book``'s page."""
    if book:
        return []
    title_key = page.memo.get("title-key", "")
    for line in page.layout.lines[:DATED_LINES]:
        text = line.text
        if (
            line.zone != "main"
            or line.index in page.layout.label_lines
            or len(text) > DATED_LINE_CHARS
            or not any(c.isdigit() for c in text)
        ):
            continue
        dated = _dated_name(text, page.rules)
        if dated is None or not _name_like(dated[0], title_key, page.rules):
            continue
        if dated[2] is not None and not _journal_masthead(dated[0], page.rules):
            continue  # 'Training groups 7-8/2023', 'Приказ. 2021. № 47': a numbered thing
        name = dated[0]
        start = line.start + text.find(name)
        span = (start, start + len(name))
        page.memo[(DATED_EVIDENCE, span)] = dated[1:]
        return [Cand(name, MASTHEAD_WEIGHT, span, DATED_EVIDENCE, source="masthead")]
    return []


def dated_issue(page: _Page, chosen: Cand | None) -> tuple[PartialDate, str | None] | None:
    """The year and the issue's number of the dated masthead line chosen as the container
    (``Mocsári Szemle 1997. 2. szám``: 1997 and ``2``), or ``None`` where the container
    was read from another line."""
    if chosen is None or chosen.evidence != DATED_EVIDENCE:
        return None
    dated = page.memo.get((DATED_EVIDENCE, chosen.span))
    if dated is None:
        return None
    return PartialDate(dated[0]), dated[1]
