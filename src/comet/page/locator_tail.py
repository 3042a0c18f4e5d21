"""The place and date a journal's citation line prints after its locator.

A journal's citation line may name the place the journal is published in and the issue's
date after the volume and number (``Rev. Cubana Edu. vol.42 no.3 La Habana sept.-dic.
2023``, ``Rev Port Med Geral Fam vol.36 no.2 Lisboa abr. 2020``): :func:`place_and_date`
reads both. The place is one to four capitalised words (name particles of the locales
between them); a month's name ends no place unless a particle stands before it (``Rio de
Janeiro 2016``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate, parse_date
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.locators import Locator, find_locators
from comet.page.chrome import _is_chrome
from comet.page.evidence import _dates_in, _Page
from comet.page.journal_head import _journal_head
from comet.text._words import particles

#: words of a place's name at most, and name particles between them besides
PLACE_WORDS = 4
PLACE_PARTICLES = 2
#: characters between the place and the date's year at most
DATE_REACH = 24
#: a word of a place's name: letters, inner hyphens and apostrophes, capitalised
_PLACE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*\Z")
#: a year of a citation's range (:data:`comet.dates.years.CITATION_YEAR_PATTERN`)
_YEAR4 = re.compile(rf"(?<!\d){CITATION_YEAR_PATTERN}(?!\d)")


@functools.cache
def _month_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in _loc.terms_of("months", rules))


def _place_ok(words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    name_particles, months = particles(rules), _month_words(rules)
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    for w in words:
        if not _PLACE_WORD.match(w) or not (w[:1].isupper() or w.casefold() in name_particles):
            return False
    if words[-1].casefold() in months:  # 'Lisboa Abril 2020': the month is the date's
        return len(words) > 1 and words[-2].casefold() in name_particles  # 'Rio de Janeiro'
    return True


def place_and_date(page: _Page, tail: str) -> tuple[str, PartialDate, int] | None:
    """The place and the date at the start of ``tail`` (the text after a locator), and the
    offset of the place's end in ``tail``; ``None`` where the tail does not open so."""
    words = list(re.finditer(r"\S+", tail[:120]))
    name_particles = particles(page.rules)
    for k in range(min(PLACE_WORDS + PLACE_PARTICLES, len(words) - 1), 0, -1):
        place = [m.group() for m in words[:k]]
        if sum(w.casefold() not in name_particles for w in place) > PLACE_WORDS:
            continue  # ('Ciudad Autónoma de Buenos Aires': four words and a particle)
        if not _place_ok(place, page.rules):
            continue
        rest_at = words[k].start()
        year = _YEAR4.search(tail, rest_at, rest_at + DATE_REACH)
        if year is None:
            continue
        dates = [d for d in _dates_in(page, tail[rest_at : year.end()]) if d.start == 0]
        if not dates:
            if tail[rest_at : year.start()].strip():
                continue
            return " ".join(place), PartialDate(int(year.group())), words[k - 1].end()
        first = dates[0]
        value = first.value
        if not isinstance(value, PartialDate):
            continue
        if first.end < year.end() - rest_at:  # 'sept.-dic. 2023': a range of months
            value = PartialDate(int(year.group()))
        return " ".join(place), value, words[k - 1].end()
    return None


#: characters of an issue's dateline at most (``No. 199 | February 2023``)
DATELINE_CHARS = 40


@functools.cache
def _dateline(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """An issue's number (after an issue word of the locales, or alone), a bar, a dash or a
    middle dot, and a date in words (``312 | ottobre 2019``, ``Issue 64 · March 2021``)."""
    words = _loc.terms_of("locator", rules, "issue")
    word = rf"(?:(?:{_loc.alternation(words)})\.?\s*)?" if words else ""
    return re.compile(rf"{word}(?P<num>\d{{1,4}})\s*[|·•–—-]\s*(?P<date>[^\W\d_].*)", re.I)


def issue_dateline(page: _Page, lines: int) -> tuple[Locator, tuple[int, int]] | None:
    """An issue's dateline on a line of its own among the top ``lines`` lines of a page that
    prints an ISSN (a journal's masthead): the issue's number, a separator and its month or
    season (``312 | ottobre 2019``, ``Issue 64 | March 2021``) give the issue and its date.
    A date to the day (a post's dateline), a date without a month's or season's name, words
    beside the date (``3 | Comments March 2021``), a year as the number, a line under a
    current-issue heading (:func:`names_current_issue`), or a page without an ISSN give
    none."""
    if not page.memo.get("issn-offsets"):
        return None
    pattern = _dateline(page.rules)
    for line in page.layout.lines[:lines]:
        text = line.text.strip()
        if line.zone != "main" or len(text) > DATELINE_CHARS or not _YEAR4.search(text):
            continue
        m = pattern.fullmatch(text)
        if (
            m is None
            or _YEAR4.fullmatch(m.group("num"))
            or names_current_issue(page, line.index, "")
        ):
            continue  # ('Latest issue' / 'Issue 64 · March 2024': the journal's newest)
        parsed = parse_date(m.group("date"), locales=page.rules, strict=False)
        if parsed.diagnostics:
            continue  # ('3 | Comments March 2021': words beside the date)
        date = parsed.value
        if date is None or date.day is not None or (date.month is None and date.season is None):
            continue
        start = line.start + line.text.index(text)
        return Locator(issue=m.group("num"), issued=date, raw=text), (start, start + len(text))
    return None


@functools.cache
def _current_issue(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' ``[words].current_issue`` phrases (``Current issue``, ``Dernier numéro``,
    ``Aktuelle Ausgabe``): a journal's newest issue on a menu or a sidebar."""
    terms = _loc.terms_of("words", rules, "current_issue")
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I)


def names_current_issue(page: _Page, index: int, before: str) -> bool:
    """The text before an issue's number on its line, or the line above it, names the
    journal's current issue (``Dernier numéro : n° 205, mars 2024``, ``Latest issue`` over
    ``Issue 64 · March 2024``): a sidebar's or a menu's issue, never the page's own."""
    pattern = _current_issue(page.rules)
    if pattern is None:
        return False
    if pattern.search(before):
        return True
    return index > 0 and pattern.search(page.layout.lines[index - 1].text) is not None


#: characters of a line that is an issue's number and year at most (its theme after a colon
#: included: ``No. 45 (2021): Marshes and meadows``)
ISSUE_YEAR_CHARS = 120
#: an issue's number and its year in brackets opening a line, its theme after a colon at most
#: (``No. 45 (2021)``, ``№ 3 (2021)``, ``Núm. 45 (2021): Título``); the number word is checked
#: by the locator grammar
_ISSUE_YEAR_LINE = re.compile(
    rf"(?P<loc>(?:[^\W\d_]|[№#])[^\d]{{0,12}}?\d{{1,4}}\s*\(\s*{CITATION_YEAR_PATTERN}\s*\))"
    rf"(?:\s*:\s*\S.*)?"
)


#: lines between the title and an issue's line at most
ISSUE_NEAR_TITLE = 4
#: words of a line of prose at least
PROSE_LINE_WORDS = 12


def _prose_between(page: _Page, a: int, b: int) -> bool:
    """A line of prose stands between lines ``a`` and ``b`` (the body began)."""
    lo, hi = min(a, b), max(a, b)
    return any(len(ln.text.split()) >= PROSE_LINE_WORDS for ln in page.layout.lines[lo + 1 : hi])


def issue_year_line(page: _Page, lines: int) -> tuple[Locator, tuple[int, int]] | None:
    """An issue's number after its word and its year in brackets on a line of its own among
    the top ``lines`` lines, within :data:`ISSUE_NEAR_TITLE` lines of the title and no prose
    between (``No. 45 (2021)``, ``Вип. 3 (2021)``, ``Núm. 45 (2021): Theme``: how a journal
    numbered by issue alone names the issue of an article), on a page that prints an ISSN or
    its own DOI: the issue and its year. A second line of that shape (an
    archive's list of issues), a line under a current-issue heading, or a volume, pages or a
    number that is a year give none."""
    if not (page.memo.get("issn-offsets") or page.memo.get("own-doi")):
        return None
    title = page.title_line
    if title is None:
        return None
    found: tuple[Locator, tuple[int, int]] | None = None
    for line in page.layout.lines[:lines]:
        text = line.text.strip()
        if line.zone != "main" or len(text) > ISSUE_YEAR_CHARS or "(" not in text:
            continue
        if abs(line.index - title) > ISSUE_NEAR_TITLE or _prose_between(page, title, line.index):
            continue  # ('Also in the shop' / 'No. 12 (2023)' under a post: a back issue)
        m = _ISSUE_YEAR_LINE.fullmatch(text)
        if m is None:
            continue
        if found is not None:
            return None  # two issues' lines: an archive's list, no page's own issue
        loc = next(iter(find_locators(m.group("loc"), locales=page.rules)), None)
        if (
            loc is None
            or loc.start != 0
            or loc.value.volume
            or loc.value.pages
            or not loc.value.issue
            or _YEAR4.fullmatch(loc.value.issue)
            or loc.value.issued is None
            or names_current_issue(page, line.index, "")
        ):
            continue
        start = line.start + line.text.index(text)
        found = loc.value, (start, start + m.end("loc"))
    return found


#: a journal's name, an issue's number, a bar and the year, the pages after a comma at most
#: (``Revue des marais, 45 | 2021``, ``Revue des marais, 45 | 2021, 45-67``: how journals
#: numbered by issue alone print an article's source on their platform pages)
_ISSUE_BAR_YEAR = re.compile(
    rf"(?P<name>[^\d|]{{3,80}}?),\s*(?P<issue>\d{{1,4}})\s\|\s(?P<year>{CITATION_YEAR_PATTERN})"
    rf"(?:,\s*(?P<pages>\d{{1,5}}\s?[-–]\s?\d{{1,5}}))?\.?"
)


def issue_bar_year(page: _Page, lines: int) -> tuple[Locator, tuple[int, int], str] | None:
    """A journal's name, its issue's number, a bar and the year (and the pages) on a line of
    its own among the top ``lines`` lines of a page that prints an ISSN or its own DOI: the
    issue, the year, the pages and the name before them (:data:`_ISSUE_BAR_YEAR`). A name
    that reads as no journal's (:func:`comet.page.journal_head._journal_head`), a number
    that is a year, or a page without ISSN and DOI give none."""
    if not (page.memo.get("issn-offsets") or page.memo.get("own-doi")):
        return None
    for line in page.layout.lines[:lines]:
        text = line.text.strip()
        if line.zone != "main" or " | " not in text or len(text) > ISSUE_YEAR_CHARS:
            continue
        m = _ISSUE_BAR_YEAR.fullmatch(text)
        if m is None or _YEAR4.fullmatch(m.group("issue")):
            continue
        name = _journal_head(m.group("name") + " ", page.rules)
        if not name or _is_chrome(name, page.rules):
            continue  # ('Comments, 12 | 2021': an interface word, no journal)
        raw = text[m.start("issue") :]
        pages = m.group("pages")
        loc = next(iter(find_locators(pages, locales=page.rules)), None) if pages else None
        year = PartialDate(int(m.group("year")))
        value = Locator(issue=m.group("issue"), issued=year, raw=raw,
                        pages=loc.value.pages if loc is not None else None)  # fmt: skip
        start = line.start + line.text.index(text)
        return value, (start + m.start("issue"), start + len(text)), name
    return None
