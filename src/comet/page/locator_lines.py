"""Locator lines: which lines of a page are read for a locator (main-zone lines and runs of
short lines joined into one; never contact, licence, classification, price or table rows,
nor the title repeated), and whether a line is a locator (``Volume 145, July 2023, Pages
228-237``), an issue's masthead, a venue line (a journal's name and the work's locator) or
a licence statement; the locator words of scripts written without spaces moved before
their numbers. A step of :mod:`comet.page.locator`.
"""

from __future__ import annotations

import functools
import itertools
import re

import attrs

from comet import locales as _loc
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.locators import Locator, find_locators, parse_locator
from comet.page.chrome import _is_classification, _is_contact, _journal_words
from comet.page.evidence import (
    _DIGIT_RE,
    _DOI_LIKE,
    _WORD,
    _guard,
    _key,
    _lenient,
    _may_hold_key,
    _Page,
)
from comet.page.false_locators import _clock_after_date, _only_date_and_time
from comet.page.journal_head import _FULL_WIDTH, _OPENING_TITLE_MARKS, _journal_head
from comet.page.layout import Line
from comet.page.locator_windows import locator_window
from comet.page.prices import price_pattern
from comet.records import Match

_TWO_NUMBERS = re.compile(r"\d\D{1,40}\d")


def _names_journal(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The name before a locator holds a journal word of the locales (``Letters``,
    ``Journal``, ``Zeitschrift``): its numbers are the work's, not an address or a phone."""
    words = _journal_words(rules)
    return any(w.casefold() in words for w in _WORD.findall(head))


def _locator_words(page: _Page) -> frozenset[str]:
    return _locator_vocab(page.rules)


@functools.cache
def _locator_vocab(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    words: set[str] = set()
    for section in ("locator", "months"):
        for term in _loc.terms_of(section, rules):
            words.update(w.casefold() for w in _WORD.findall(term))
    return frozenset(words)


def _locator_line(line: Line, page: _Page) -> bool:
    """A line that is a locator (``Volume 145, July 2023, Pages 228-237``), not prose."""
    if not _DIGIT_RE.search(line.text):
        return False  # a locator has numbers
    vocab = _locator_words(page)
    other = [w for w in _WORD.findall(line.text) if len(w) > 2 and w.casefold() not in vocab]
    if len(other) > 2:
        return False
    if _only_date_and_time(line.text, page):
        return False  # a dateline ('14 de marzo de 2022', 'le 14 mars 2022 à 09h15')
    loc = _lenient(parse_locator, line.text, locales=page.rules)
    if isinstance(loc, Locator) and _clock_after_date(line.text, loc):
        return False  # a dateline with its time ('March 3, 2021 at 9:15 am'), no volume
    return isinstance(loc, Locator) and bool(loc.volume) and bool(loc.pages or loc.issued)


#: a locator's end before an issue's theme: a colon (``2021 : Justice et société …``)
_THEME_COLON = re.compile(r"\s*:\s+(?=\w)")


def _issue_masthead(line: Line, page: _Page) -> bool:
    """An issue's masthead: a locator of a volume with its issue or its date, then a colon
    and the issue's theme (``Volume 3 – numéro 2 – 2021 : Justice et société …``) — the
    issue's line, never the title of a work in it."""
    if not _DIGIT_RE.search(line.text):
        return False
    m = _THEME_COLON.search(line.text)
    if m is None or m.start() == 0:
        return False
    head = line.text[: m.start()]
    vocab = _locator_words(page)
    if any(len(w) > 2 and w.casefold() not in vocab for w in _WORD.findall(head)):
        return False  # words of a title before the colon ('Volume 2: The Later Years')
    loc = _lenient(parse_locator, head, locales=page.rules)
    return isinstance(loc, Locator) and bool(loc.volume) and bool(loc.issue or loc.issued)


def _venue_line(line: Line, page: _Page) -> bool:
    """A journal's name followed by the work's locator and nothing else (``Zeitschrift für
    Küstenforschung, 2019, 27, 311–329``): a venue line, never the title of the work."""
    return page.remember(("venue-line", line.index), lambda: _is_venue_line(line.text, page.rules))


def _is_venue_line(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    text = _suffix_words_first(text, rules)
    if not _TWO_NUMBERS.search(text):
        return False
    for m in find_locators(text, locales=rules):
        loc = m.value
        if loc.volume and (loc.pages or loc.issued) and not text[m.end :].strip(" .,;"):
            return bool(_journal_head(text[: m.start], rules))
    return False


_ALNUM_ONLY = re.compile(r"[\W_]+")


@functools.cache
def _licence_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """The locales' licence labels (``License``, ``Licence``, ``Lizenz``) as words."""
    terms = {t.casefold() for t in _loc.terms_of("labels", rules, "license")}
    return re.compile(rf"(?<!\w){_guard(terms)}(?:{_loc.alternation(terms)})(?!\w)", re.I)


def _is_licence(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A licence statement (``… under a Creative Commons Attribution 3.0 Licence``): its
    version numbers are no volume and issue."""
    return bool(_licence_words(rules).search(text))


#: width of a short line joined into a run (a character of a script written without
#: spaces, Chinese or Japanese, counts twice: it is about half a word)
RUN_LINE_WIDTH = 30


def _width(text: str) -> int:
    if text.isascii() or max(text, default="a") < "\u2e80":
        return len(text)
    return len(text) + sum(1 for c in text if c >= "\u2e80")


#: lines after this one hold a locator of the work only with its own DOI
LAST_LOCATOR_LINE = 400
#: characters of a line (or run) read for a locator at most
LOCATOR_UNIT_CHARS = 300


def _no_locator_text(text: str) -> bool:
    """Too long for a locator line, or without two numbers."""
    return len(text) > LOCATOR_UNIT_CHARS or not _TWO_NUMBERS.search(text)


#: characters of a cell of a row of locator parts at most (``Issue 3``, ``Pages 45-67``)
ROW_CELL_CHARS = 24


def _locator_row(text: str) -> bool:
    """A row of locator parts parted by bars (``Volume 12 | Issue 3 | Pages 45-67``, a
    journal's name in the first cell at most): every later cell short and with a number. A
    menu (``Home | Archives | Vol. 3``) or a table row with words in its cells is none."""
    cells = [c.strip() for c in text.strip(" |").split("|")]
    return all(len(c) <= ROW_CELL_CHARS and _DIGIT_RE.search(c) is not None for c in cells[1:])


#: characters after the title on a line that repeats it, at least, read for a locator; and
#: the characters after it read at most (a citation's journal and locator follow the title;
#: a catalogue line's later areas, its classification numbers, are far after it)
TITLE_TAIL_CHARS = 8
TITLE_TAIL_READ = 300


def _after_title(text: str, title: str) -> str | None:
    """What follows the title on a line that repeats it (a citation of the work printed with
    no label: ``Lin A, Berg T. Title[J]. Journal, 2020, 12(3): 45-67.``): the text after the
    title's last word, where it holds two numbers; the title's own numbers (``Opus 49, Nr.
    4``) are never read, nor a line that ends with the title."""
    words = title.split()
    if not words:
        return None
    last = words[-1].strip(".,:;!?)]}\"'»”").casefold()
    at = text.casefold().rfind(last) if len(last) >= 2 else -1
    if at < 0:
        return None
    tail = text[at + len(last) :][:TITLE_TAIL_READ]
    field = _FIELD_LABEL.search(tail)
    if field is not None:  # '… - 41 p. - Universal Decimal Class. No.: 351.852.11(460.2)'
        tail = tail[: field.start()]
    return tail if len(tail) >= TITLE_TAIL_CHARS and _TWO_NUMBERS.search(tail) else None


#: a catalogue's abbreviated field label closed by a colon (``Class. No.:``, ``Call no.:``):
#: what follows is a field's value, a class or a shelf mark, never the work's locator
_FIELD_LABEL = re.compile(r"[^\W\d_]\.:\s")


def _lone_locator_row(page: _Page, line: Line) -> bool:
    """A row of locator parts (:func:`_locator_row`) with no row of that shape beside it: a
    run of them is an archive's list of issues or a related list, no masthead."""
    if not _locator_row(line.text):
        return False
    lines = page.layout.lines
    return not any(
        0 <= k < len(lines) and lines[k].text.count("|") >= 2 and _locator_row(lines[k].text)
        for k in (line.index - 1, line.index + 1)
    )


def _units(page: _Page) -> list[tuple[str, int, int, int]]:
    """Main-zone lines, plus runs of short lines joined into one (a locator printed one
    part per line: ``Metrologia,`` / ``Volume 12,`` / ``Number 4``)."""
    out: list[tuple[str, int, int, int]] = []
    run: list[Line] = []

    def flush() -> None:
        if len(run) >= 2:
            joined = " ".join(ln.text for ln in run)
            out.append((joined, run[0].start, run[-1].end, run[0].index))
        run.clear()

    in_byline = {i for by in page.bylines for i in range(by.first_line, by.last_line + 1)}
    title_key = page.memo.get("title-key", "")
    if len(title_key) <= 12:  # a short main title ('Wiegenlied'): with its subtitle
        title_key = page.memo.get("full-title-key", "")
    doi_lines = {lv.line for lv in page.layout.values("doi")}
    tabbed = "\t" in page.raw  # only then is a line's raw text looked at for table cells
    own_doi = str(page.memo.get("own-doi") or "")
    for line in page.layout.lines:
        if line.zone == "references":
            flush()
            continue  # another work's locator (and the names above it) is never the page's
        if line.index in doi_lines or (own_doi and own_doi in line.text.casefold()):
            # a DOI line often carries the locator too ('DOI: 10.1/x (Article) Journal,
            # 2012, 4, 1-10'): read it with the identifiers blanked out
            blanked = _DOI_LIKE.sub(lambda m: " " * len(m.group()), line.text)
            out.append((blanked, line.start, line.end, line.index))
            flush()
            continue
        if _width(line.text) > RUN_LINE_WIDTH and (
            line.index > LAST_LOCATOR_LINE or _no_locator_text(line.text)
        ):
            flush()
            window = (
                locator_window(line.text, page.rules)
                if line.index <= LAST_LOCATOR_LINE and len(line.text) > LOCATOR_UNIT_CHARS
                else None
            )
            if window is not None:  # '… Marsh Letters, Vol. 12, No. 3, pp. 45-67 Abstract …'
                # (to the line's end: a unit apart from its line, no name over it)
                out.append((window[1], line.start + window[0], line.end, line.index))
            continue  # joins no run, and no locator is read from it (:func:`_line_locators`)
        if (
            _is_contact(line.text, page.rules)
            or _is_licence(line.text, page.rules)
            or _is_classification(line.text, page.rules)
        ):
            flush()
            continue  # 'Fax: +65 6794 1325; Tel: …', '… Attribution 3.0 Licence', 'УДК 94':
            # no locator
        if tabbed and page.raw.count("\t", *page.to_raw(line.start, line.end)) >= 2:
            flush()
            continue  # a table row (holdings: 'Book⇥Main library⇥598.33 YAM') is no locator
        if (
            len(title_key) > 12
            and _may_hold_key(line.text, title_key)
            and title_key in _key(line.text)
        ):
            flush()
            tail = _after_title(line.text, str(page.memo.get("title-text") or ""))
            if tail is not None:  # 'Name A. Title[J]. Journal, 2020, 12(3): 45-67.'
                out.append((tail, line.end - len(tail), line.end, line.index))
            continue  # the title or a breadcrumb repeating it: 'Opus 49, Nr. 4' is no locator
        if (
            line.index in page.layout.label_lines
            or line.index in in_byline
            or (line.text.count("|") >= 2 and not _lone_locator_row(page, line))
            or (_DIGIT_RE.search(line.text) and price_pattern().search(line.text))
        ):
            flush()
            continue
        out.append((line.text, line.start, line.end, line.index))
        if _width(line.text) <= RUN_LINE_WIDTH:
            run.append(line)
        else:
            flush()
    flush()
    return out


def _unspaced_words(rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The one-character volume, issue and page words of the locales in scripts written
    without spaces (``卷``, ``期``, ``页``, ``巻``, ``号``), escaped for a character class, or
    ``None`` where no locale has any."""
    keys = ("volume", "issue", "pages")
    terms = {w for key in keys for w in _loc.terms_of("locator", rules, key)}
    words = sorted(w for w in terms if len(w) == 1 and ord(w) >= 0x2E80)
    return "".join(re.escape(w) for w in words) if words else None


@functools.cache
def _suffix_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locator words of a script written without spaces (``卷``, ``期``, ``页``: one
    character each), which follow their number, an ordinal prefix of the locales
    (``[words].locator_prefixes``: ``第``, ``제``) before it: ``15卷``, ``第2期``, ``33-41页``,
    ``제12권``."""
    alt = _unspaced_words(rules)
    if alt is None:
        return None
    prefixes = _loc.terms_of("words", rules, "locator_prefixes")  # '第', '제'
    prefix = rf"(?:{_loc.alternation(prefixes)})?" if prefixes else ""
    return re.compile(rf"{prefix}(\d+(?:[-–]\d+)?)\s?([{alt}])")


@functools.cache
def _prefix_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The same locator words printed before their numbers, as labels (``巻 12 号 1``, as
    J-STAGE prints them): a word after no digit and before a number, at the start of the
    line or after a space."""
    alt = _unspaced_words(rules)
    return None if alt is None else re.compile(rf"(?:^|(?<=\s))[{alt}]\s\d")


#: a year followed by the year character of those scripts (``2003年``); not before its
#: month with the month's mark (``2031年3月``: a date the locator parser reads whole, review26)
_YEAR_CHARACTER = re.compile(rf"({CITATION_YEAR_PATTERN})年(?!\s?\d{{1,2}}\s?月)")


_FULL_WIDTH_CHARS = re.compile(r"[，：；（）《》〈〉]")


def _suffix_words_first(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``text`` with each such word moved before its number and spaced
    (``2003年15卷04期 33-41页`` → ``2003 卷 15 期 04 页 33-41``) and full-width
    punctuation and book-title marks made ASCII (``《湿地学报》，2019，12(3)`` → ``湿地学报
    , 2019, 12(3)``), as the locator parser reads labels; ``text`` itself when it has none."""
    pattern = _suffix_words(rules)
    if max(text, default="a") < "\u2e80":
        return text
    moved = text
    prefixed = _prefix_words(rules)
    if prefixed is not None and prefixed.search(text):
        pattern = (
            None  # 'Vol 12 No 1' order ('巻 12 号 1 p. 33-48'): the words before their numbers
        )
    if pattern is not None and pattern.search(text):
        moved = pattern.sub(lambda m: f" {m.group(2)} {m.group(1)} ", text)
        moved = _YEAR_CHARACTER.sub(r"\1 ", moved)
    elif _FULL_WIDTH_CHARS.search(text) is None:
        return text
    # a name in book-title marks opening the line keeps them (``《计算机应用》唯一官方网站``:
    # the journal's name is what they hold, not the site's words after them)
    marked = _OPENING_TITLE_MARKS.match(moved)
    kept = moved[: marked.end()] if marked is not None else ""
    moved = kept + moved[len(kept) :].translate(_FULL_WIDTH)
    return " ".join(re.sub(r"\s+([,:;])", r"\1", moved).split())


#: letters of the scripts written right to left (Hebrew, Arabic, Persian, Syriac, Thaana)
_RTL_LETTER = re.compile(r"[\u0590-\u08ff]")
#: a page range whose numbers a right-to-left line printed last page first (``ص. 76- 47``)
_RANGE = re.compile(r"(?<![\d.,/])(\d{1,5})(\s?[-–]\s?)(\d{1,5})(?![\d.,/])")


def rtl_ranges(text: str) -> str:
    """``text`` with each page range printed last page first in a line of a right-to-left
    script turned round (``دوره 8، شماره 1، ص. 76- 47`` → ``… ص. 47- 76``: the text was
    taken from a PDF in visual order), the line's length kept. A descending range that is an
    abbreviation (``145-49``: 145–149) and any line without letters of such a script stay."""
    if max(text, default="a") < "\u0590" or _RTL_LETTER.search(text) is None:
        return text

    def turn(m: re.Match[str]) -> str:
        a, sep, b = m.groups()
        if int(b) >= int(a) or (len(b) < len(a) and int(a[: len(a) - len(b)] + b) > int(a)):
            return m.group()
        return f"{b}{sep}{a}"

    return _RANGE.sub(turn, text)


#: characters between the two parts of a locator split by a word its grammar does not know
SPLIT_GAP_CHARS = 24


@functools.cache
def _calendar_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' month and season names (the Solar Hijri calendar's too), folded."""
    terms = [*_loc.terms_of("months", rules), *_loc.terms_of("seasons", rules),
             *_loc.terms_of("solar_hijri", rules)]  # fmt: skip
    return frozenset(t.casefold().rstrip(".") for t in terms)


def _short_year(gap: str, volume: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A two-digit number right after a month's or a season's name (``تابستان 99``, summer
    of 1399, as Iranian journals print the year of an issue): a year, no volume."""
    words = gap.split()
    return (
        bool(rules and words)
        and re.fullmatch(r"\d{2}", volume) is not None
        and words[-1].strip("،,.;:").casefold() in _calendar_words(rules)
    )


def joined_parts(
    text: str, matches: list[Match[Locator]], rules: tuple[_loc.LocaleRules, ...] = ()
) -> list[Match[Locator]]:
    """``matches`` with a volume and issue that have no pages joined to the pages right after
    them, when only a word or two without digits stands between and the later part's volume is
    none or a four-digit number (``دوره 6، شماره 2 تابستان 1393 ص. 401-418``: a season and a
    year of a calendar the locator grammar does not read split the line; ``1393`` is no
    volume), or a two-digit one after a month's or a season's name (``تابستان 99``:
    :func:`_short_year`). A volume before its pages in a part of its own (``vol. 3 … 12,
    pp. 5-9``) stays."""
    if len(matches) < 2:
        return matches
    out: list[Match[Locator]] = []
    skip = False
    for a, b in zip(matches, [*matches[1:], None], strict=True):
        if skip:
            skip = False
            continue
        la = a.value
        if (
            b is not None
            and la.volume
            and la.issue
            and la.pages is None
            and b.value.pages is not None
            and not b.value.issue
            and b.start - a.end <= SPLIT_GAP_CHARS
            and not _DIGIT_RE.search(gap := text[a.end : b.start])
            and len(gap.split()) <= 2
            and (
                b.value.volume is None
                or re.fullmatch(r"\d{4}", b.value.volume)
                or _short_year(gap, b.value.volume, rules)
            )
        ):
            loc = attrs.evolve(la, pages=b.value.pages, issued=la.issued or b.value.issued)
            out.append(Match(loc, a.start, b.end, text[a.start : b.end]))
            skip = True
            continue
        out.append(a)
    return out


#: what may part a locator's pieces on a masthead or a breadcrumb (``Vol. 42 ›› Issue (7)``,
#: ``Volume 12 | Issue 3 | Pages 45-67``): bars, arrows and middle dots, between spaces
_PART_SEPARATOR = re.compile(r"\s*[›»>|·•]{1,3}\s*")


#: what follows a pager's page number (``Page 2 of 5``, ``Seite 2 von 5``): a short word and
#: the count of pages
_PAGER_TAIL = re.compile(r"\s+[^\W\d_]{1,4}\s+\d")


def line_locators(
    text: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, list[Match[Locator]]]:
    """The locators of one line (:func:`joined_parts`), and the text they were read from:
    where two locators of the line stand apart only by a bar, an arrow or a middle dot, the
    line with those separators read as commas (its length kept), so the pieces make one
    locator (``2022, Vol. 42 ›› Issue (7): 2015-2021`` → volume 42, issue 7, pages). Numbers
    with no locator word between such separators (``Home › 2019 › 12``) make none."""
    matches = list(find_locators(text, locales=rules))
    if len(matches) >= 2:
        gaps = [
            (a.end, b.start)
            for a, b in itertools.pairwise(matches)
            if _PART_SEPARATOR.fullmatch(text, a.end, b.start)
            and not _PAGER_TAIL.match(text, b.end)  # 'Vol. 3 › Page 2 of 5': a pager
        ]
        if gaps:
            chars = list(text)
            for lo, hi in gaps:
                for k in range(lo, hi):
                    if chars[k] in "›»>|·•":
                        chars[k] = ","
            text = "".join(chars)
            matches = list(find_locators(text, locales=rules))
    return text, joined_parts(text, matches, rules)
