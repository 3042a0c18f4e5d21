"""A book's series statement printed as a line of its own, unlabelled: the series' name, a
comma and a volume word with the book's number in the series (``Schadenfreies Bauen, Band
42``, ``Fenland Studies, Vol. 7``, ``Cahiers du Marais, tome 3``), as publishers and shops
print it by a book's title. The volume words are the locales' ``[locator].volume``. And a
series named in quotation marks after a series word, as French, German, Italian, Spanish,
Polish and Russian books print it (``Collection « Terres humides »``, ``Reihe »Marsch«``,
``collana «Paludi»``; the locales' ``[references].series_words``).

Such a line is never a byline (``Band`` is no given name) and names the book's collection
where nothing labels one (:mod:`comet.page.venue_fields`)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _Page
from comet.page.line_scan import whole_lines

__all__ = ["numbered_series", "quoted_series", "series_line", "series_over_title"]

#: lines from the top of a page a book's series line is looked for in
SERIES_LINE_REACH = 60


@functools.cache
def _series_line_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A whole line ``Name, <volume word> <number>``: a name of letters (no digit, comma,
    colon or semicolon; three characters at least) before the comma, a volume word of the
    locales and a number closing the line."""
    tail = _tail(rules)
    if tail is None:
        return None
    return re.compile(rf"^[ \t]*(?P<name>[^\W\d_][^\d,;:\n]{{2,80}}?){tail}", re.I | re.M)


def _number_end(text: str) -> bool:
    """The line ends in a number (``… Band 42``, ``… Vol. 7b``): a cheap pre-test."""
    t = text.rstrip()
    return bool(t) and (t[-1].isdigit() or (len(t) > 1 and t[-2].isdigit()))


@functools.cache
def _series_tail(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A series line's tail alone (``, Band 42`` closing a line): sought first, as a comma
    opens it (the whole line's pattern is tried from the start of a line that has it)."""
    tail = _tail(rules)
    return re.compile(tail, re.I | re.M) if tail is not None else None


@functools.cache
def _tail(rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The regex of a series line's tail: a comma, a volume word of the locales
    (``[locator].volume``) and the number closing the line."""
    alt = _loc.alternation(_loc.terms_of("locator", rules, "volume"), space=r"[ \t]+")
    if not alt:
        return None
    return rf"(?:,[ \t]*(?:{alt})[ \t]*|{_NUMBER_SIGN})(?P<number>\d{{1,4}}[a-z]?)[ \t]*$"


#: a number sign before a series' number after a space (``Fenland Sagas #2``, as book
#: databases and shops print a book's place in its series)
_NUMBER_SIGN = r"[ \t]+[#＃][ \t]?"


def numbered_series(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str] | None:
    """The series' name and the number of a line ``Name, Band 42`` (``None`` for any other
    line: ``Vol. 12`` alone, ``Berlin, 2019``, ``Smith, John``)."""
    if ("," not in text and "#" not in text and "＃" not in text) or not _number_end(text):
        return None
    pattern = _series_line_pattern(rules)
    m = pattern.match(text) if pattern is not None else None
    if m is None:
        return None
    return m.group("name").strip(), m.group("number")


def series_line(page: _Page) -> tuple[str, str, tuple[int, int]] | None:
    """The first series line among the page's first :data:`SERIES_LINE_REACH` lines: its
    name, its number and its span (``None`` where there is none). One scan of the text
    first; memoised per page."""

    def find() -> tuple[str, str, tuple[int, int]] | None:
        pattern, tail = _series_line_pattern(page.rules), _series_tail(page.rules)
        if pattern is None or tail is None:
            return None
        lines = page.layout.lines
        end = lines[min(len(lines), SERIES_LINE_REACH) - 1].end if lines else 0
        for m in whole_lines(page.text, tail, pattern, end):
            at = page.layout.line_at(m.start())
            if at is not None and at.index == page.title_line:
                continue  # the title's own line: a multi-volume work's ('Fen Flora, Vol. 2')
            return m.group("name").strip(), m.group("number"), m.span()
        return _opening_title(page)

    found = page.remember(("series-line", 0), find)
    return found if isinstance(found, tuple) else None


@functools.cache
def _locator_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' volume and issue words (``[locator]``), case-folded: a locator's name."""
    return frozenset(
        t.casefold() for key in ("volume", "issue") for t in _loc.terms_of("locator", rules, key)
    )


#: a series' number after a number sign
_SIGNED = re.compile(rf"{_NUMBER_SIGN}\d")


def series_over_title(page: _Page) -> tuple[str, str, tuple[int, int]] | None:
    """The page's series line (:func:`series_line`) where it stands right over the title's
    line (only blank lines between) or opens it, with a number sign before its number: a
    book's place in its series as its own heading prints it (``Fenland Sagas #2`` over
    ``The Reed Cutter``), read on a page not known for a book's (no ISBN, no shop's or
    catalogue's kind). A volume word's line there is a journal's (``Marsh Journal, Vol. 12``
    over an article's title)."""
    lines = page.layout.lines
    if page.title_line is None or not 0 <= page.title_line < len(lines):
        return None
    above = next((ln for ln in reversed(lines[: page.title_line]) if ln.text.strip()), None)
    if not any(
        ln is not None and _SIGNED.search(ln.text) for ln in (above, lines[page.title_line])
    ):
        return None  # (no number sign over the title or on it: no series line can be it)
    lined = series_line(page)
    if lined is None:
        return None
    at = page.layout.line_at(lined[2][0])
    if at is None or at.index > page.title_line or not _SIGNED.search(at.text):
        return None  # ('Marsh Journal, Vol. 12' over an article's title: a journal's line)
    if lined[0].casefold() in _locator_words(page.rules):
        return None  # ('Issue #3' over a magazine's article: its issue, no series)
    between = lines[at.index + 1 : page.title_line]
    return lined if all(not b.text.strip() for b in between) else None


@functools.cache
def _opening_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A series statement opening a title before a colon and the title proper: ``Name,
    <volume word> <number> : Title`` or ``Name #<number>: Title``."""
    alt = _loc.alternation(_loc.terms_of("locator", rules, "volume"), space=r"[ \t]+")
    if not alt:
        return None
    return re.compile(
        rf"[ \t]*(?P<name>[^\W\d_][^\d,;:\n]{{2,80}}?)"
        rf"(?:,[ \t]*(?:{alt})[ \t]*|{_NUMBER_SIGN})(?P<number>\d{{1,4}}[a-z]?)"
        rf"[ \t\u00a0]*:[ \t]*[^\W\d_]",
        re.I,
    )


def _opening_title(page: _Page) -> tuple[str, str, tuple[int, int]] | None:
    """The series statement opening the title's own line (``Fen Sagas, tome 4 : Le gué``, as
    shops and catalogues title a volume of a numbered series): the series' name, its number
    and the name's span."""
    lines = page.layout.lines
    if page.title_line is None or not 0 <= page.title_line < len(lines):
        return None
    line = lines[page.title_line]
    pattern = _opening_pattern(page.rules)
    m = pattern.match(line.text) if pattern is not None and ":" in line.text else None
    if m is None:
        return None
    start = line.start + m.start("name")
    return m.group("name").strip(), m.group("number"), (start, start + len(m.group("name")))


@functools.cache
def _quoted_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A series word of the locales right before a name in quotation marks (guillemets either
    way, low-high or straight quotes): ``Collection « Inter-National »``, ``Reihe »Marsch«``."""
    alt = _loc.alternation(_loc.terms_of("references", rules, "series_words"), space=r"[ \t]+")
    if not alt:
        return None
    return re.compile(
        rf"(?<![^\W\d_])(?:{alt})[ \t\u00a0]*[«»„“\"][ \t\u00a0]*"
        rf"(?P<name>[^«»„“”\"\n]{{2,80}}?)[ \t\u00a0]*[»«”“\"]",
        re.IGNORECASE,
    )


#: a quotation mark that may open a series' name; characters before it a series word and
#: its spaces take at most
_OPENING_QUOTE = re.compile(r"[«»„“\"]")
_WORD_REACH = 60
#: characters after it the name and its closing mark take at most (the pattern's 80 and spaces)
_NAME_REACH = 90


def quoted_series(page: _Page) -> tuple[str, tuple[int, int]] | None:
    """The first series named in quotation marks after a series word among the page's first
    :data:`SERIES_LINE_REACH` lines, and its span (``None`` where there is none); memoised."""

    def find() -> tuple[str, tuple[int, int]] | None:
        pattern = _quoted_pattern(page.rules)
        lines = page.layout.lines
        if pattern is None or not lines:
            return None
        end = lines[min(len(lines), SERIES_LINE_REACH) - 1].end
        for q in _OPENING_QUOTE.finditer(page.text, 0, end):
            # the series word stands right before a quotation mark: sought there only
            m = pattern.search(
                page.text, max(0, q.start() - _WORD_REACH), min(end, q.end() + _NAME_REACH)
            )
            if m is not None and m.start() <= q.start():
                return m.group("name").strip(), m.span("name")
        return None

    found = page.remember(("quoted-series", 0), find)
    return found if isinstance(found, tuple) else None
