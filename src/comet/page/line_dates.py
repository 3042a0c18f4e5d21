"""The date a line of text holds: a date's value, the date a short line opens with (a news
dateline, a post's meta line), a short line's first date to the day, and whether a line is a
dateline (the date with a few words about it) rather than a sentence.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.date_cells import _modified_words
from comet.page.evidence import _YEAR, _date_of, _dates_in, _Page


def _date(page: _Page, text: str) -> PartialDate | None:
    value = _date_of(page, text)
    return value if isinstance(value, PartialDate) else None


#: the longest line read as a dateline or a post's meta line (``28. Januar 2015 user Comment``)
MAX_DATELINE = 80


def _leading_date(page: _Page, text: str) -> PartialDate | None:
    """The date a short line starts with, at month precision or finer: a news dateline
    (``24 September 2019``) or a post's meta line (``28. Januar 2015 user Comment``)."""
    found = _leading_date_end(page, text)
    return found[0] if found is not None else None


def _leading_date_end(page: _Page, text: str) -> tuple[PartialDate, int] | None:
    """:func:`_leading_date` and where the date ends in ``text``."""
    if len(text) > MAX_DATELINE or not _YEAR.search(text):
        return None
    key = ("leading-date", text)
    if key not in page.memo:
        first = next(iter(_dates_in(page, text)), None)
        ok = (
            first is not None
            and first.start <= 3
            and isinstance(first.value, PartialDate)
            and first.value.month is not None
        )
        page.memo[key] = (first.value, first.end) if ok else None  # type: ignore[union-attr]
    value: tuple[PartialDate, int] | None = page.memo[key]
    return value


#: the longest line by the title whose date is read wherever it stands in the line
#: (``By Ana Ruiz December 28, 2016``, ``Accueil | Par Léa Roux | 30 septembre 2018``)
MAX_DATED_LINE = 120


@functools.cache
def _update_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' words of an update (``[words].update_words``: *updated, aktualisiert,
    mis à jour*), folded: a date after one yields to another date of its line (``Updated 5
    May 2021, first published 3 May 2021``) that is earlier (a later one is an event's, not
    the first publication: ``Updated 5 May 2021 | Final on 12 June 2021``), but stands where
    it is the line's only date
    (``By Ana Ruiz Updated Nov 13, 2019``: the only date the page prints for the work)."""
    return tuple(t.casefold() for t in _loc.terms_of("words", rules, "update_words"))


def _author_line(page: _Page, index: int) -> bool:
    """Line ``index`` holds an author label (``Geschrieben von Jonas Feld am 25.08.2015``)."""
    return any(lv.line == index and lv.key == "author" for lv in page.layout.labels)


def _day_date_in_line(page: _Page, line: Any) -> PartialDate | None:
    """The first date to the day on a short line of the main text (not a labelled line:
    labels are read as such, but for a byline's) that no modification label introduces
    (``Last updated …``, ``Updated on …``; a bare ``Updated`` is no label of the locales)."""
    text = line.text
    if (
        len(text) > MAX_DATED_LINE
        or (line.index in page.layout.label_lines and not _author_line(page, line.index))
        or line.zone != "main"
        or not _YEAR.search(text)
        or not _dateline(text, page, words=None)
    ):
        return None
    modified = _modified_words(page.rules)
    updated = _update_words(page.rules)
    fallback: PartialDate | None = None
    for d in _dates_in(page, text):
        v = d.value
        if not isinstance(v, PartialDate) or v.month is None or v.day is None:
            continue
        before = text[: d.start].casefold().rstrip(" :,\u00a0")
        if before.endswith(modified):
            continue  # 'Last updated Dec. 7, 2024': the page's later date, not its first
        if updated and before.endswith(updated):
            fallback = fallback or v  # 'Updated 5 May 2021, first published 3 May 2021'
            continue
        if fallback is not None and _day_order(v) > _day_order(fallback):
            continue  # 'Updated 5 May 2021 | Final on 12 June 2021': a later event's date
        return v
    return fallback


def _day_order(d: PartialDate) -> tuple[int, int, int]:
    return (d.year or 0, d.month or 0, d.day or 0)


#: words beside the date on a dateline at most (a label, a byline, a clock time)
DATELINE_WORDS = 8
_WORDS = re.compile(r"[^\W\d_]+")


def _dateline(text: str, page: _Page, words: int | None = DATELINE_WORDS) -> bool:
    """``text`` is a dateline: the date with at most ``words`` words about it (``Dec 19,
    2016 at 2:19 pm``, ``Von Jule Roth am 3. Mai 2022``), never a sentence that mentions a
    day (``The next workshop is on 12 May 2023 in Owlton.``)."""
    first = next(iter(_dates_in(page, text)), None)
    if first is None:
        return False
    rest = (text[: first.start] + " " + text[first.end :]).strip()
    if rest.endswith(".") and len(_WORDS.findall(rest)) > 2:
        return False  # a sentence ('… on 12 May 2023 in Owlton.'), not 'Published 3 May 2021.'
    return words is None or len(_WORDS.findall(rest)) <= words


#: the longest line whose one capitalised date label in mid-line is read (``Rev. Mod. Phys.
#: 94, 045004 – Published 6 December, 2022``); a longer line is prose
MAX_MID_LABEL_LINE = 120


def mid_line_label(text: str, hit: re.Match[str], aside: bool = True) -> bool:
    """One date label after other text on a short line, capitalised as labels are (prose
    says 'was published on …' in lower case), or, in any case, opening an aside in brackets
    that closes a byline's short line (``par Léa Roux (mis en ligne le 3 mai 2019)``, ``di
    Lia Neri (in linea da marzo 2001)``; not a sentence's ``… by Owen Price (first
    published in 1954).``); ``aside``: whether such an aside is read."""
    head = text[: hit.start()]
    if not head or len(text) > MAX_MID_LABEL_LINE:
        return False
    return hit.group()[:1].isupper() or (aside and _closing_aside(head, text[hit.end() :]))


def _closing_aside(head: str, rest: str) -> bool:
    """The label after ``head`` opens a bracket that closes the line, after a few words."""
    if not head.endswith("(") or len(_WORDS.findall(head)) > DATELINE_WORDS:
        return False
    close = rest.find(")")
    return close >= 0 and "(" not in rest and not rest[close + 1 :].strip()
