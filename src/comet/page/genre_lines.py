"""A report's or a thesis's genre heading a line at the top of its page.

A working paper's or a thesis's cover names its genre before its title or its number:
``Working Paper Rent-Sharing and …`` (a repository's cover sheet), ``DISCUSSION PAPER SERIES
IZA DP No. 897``, ``TRABAJO DE FIN DE MÁSTER – CURSO 2011/2012``. The genre words are the
locales' publication-type terms (``[types]``) of a report or a thesis; a line that is the
genre alone is :func:`type_line_near_title`'s, near the title only (a site's menu prints
``Working Papers`` alone too), so here something must follow the genre on its line: a
title, a number or a separator and more. A title that closes with a report's genre
(``… Completion Report``) is weaker evidence (:func:`title_genre`).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.page.evidence import _YEAR, W_POS, Cand, _Page
from comet.page.name_checks import _report_terms, _type_term
from comet.page.report_number import _report_number
from comet.text._words import closed_class

__all__ = [
    "GENRE_LINES",
    "TYPE_LINE_WINDOW",
    "after_genre",
    "cover_capitals_genre",
    "genre_heading",
    "title_genre",
    "type_line_near_title",
]

#: lines around the title where a bare type word (``Thèse``, ``Original Paper``) is looked for
TYPE_LINE_WINDOW = 6
#: words of a type line by the title at most (``Research Article``), longer only for a
#: thesis's or a report's genre (``Tesi di Laurea Triennale``, up to :data:`GENRE_WORDS`)
TAG_WORDS = 3
#: the types a one-word line by the title names on any page (a journal's ``Article``, a
#: repository's ``Dataset``, ``Thèse``, ``Preprint``); a one-word term of another type
#: (``Рецензия``, ``Yazılım``, ``Bildiri``, ``図書``, ``Sách``) is a news site's section tag
#: over a story too and names the type only where the page labels a record's facts
ONE_WORD_TAG_TYPES = frozenset(
    {"article-journal", "article", "thesis", "dataset", "report", "book", "chapter"}
)
#: label keys of a record's imprint (a story's byline labels its author too)
_IMPRINT_FACT_KEYS = ("publisher", "published", "place", "isbn", "isbn_print", "isbn_electronic")


def type_line_near_title(page: _Page) -> Cand | None:
    """A line of type words alone near the title (``Research Article``, ``Thèse``): weak
    type evidence (the line is the site's genre tag for the work)."""
    if page.title_line is None:
        return None
    lines = page.layout.lines
    lo, hi = max(0, page.title_line - TYPE_LINE_WINDOW), page.title_line + TYPE_LINE_WINDOW + 1
    for line in lines[lo:hi]:
        words = len(line.text.split())
        if line.index == page.title_line or words > GENRE_WORDS or line.zone != "main":
            continue
        if line.index in page.layout.label_lines:
            continue
        pt = _type_term(line.text, page.rules)
        if pt is not None and words > TAG_WORDS and pt.csl_type not in GENRE_TYPES:
            continue  # (four words or more of a type: a cover's genre, 'Tesi di Laurea …')
        if _crumb_step(page, line.index):
            continue  # 'Books' / '>' / 'Other' / '>' / the title: a trail's steps, no tag
        if pt is not None and pt.csl_type and not _menu_entry(page, line.index):
            if (
                len(line.text.split()) == 1
                and pt.csl_type not in ONE_WORD_TAG_TYPES
                and not any(True for _ in page.layout.values(*_IMPRINT_FACT_KEYS))
            ):
                continue  # ('Рецензия', 'Yazılım', '図書' over a story: a section's tag)
            # ('Policy Brief' over a report's title: the genre _genre may print)
            page.memo["type-line"] = (pt.csl_type, line.text.strip(" .:;"))
            return Cand(pt.csl_type, W_POS, (line.start, line.end), "a type word by the title")
    return None


#: a breadcrumb trail's separator alone on a line (the trail printed one step a line)
_CRUMB_SEPARATORS = frozenset(">›»/|→")


def _crumb_step(page: _Page, index: int) -> bool:
    """Line ``index`` is a step of a breadcrumb trail printed one step a line: a separator
    alone on the line above or below it (``Books`` / ``>`` / ``Other`` / ``>`` / the
    title), a category of the site's, no genre tag of the work."""
    lines = page.layout.lines
    return any(
        0 <= i < len(lines) and lines[i].text.strip() in _CRUMB_SEPARATORS
        for i in (index - 1, index + 1)
    )


#: words of a menu's entry beside a type word's line at most (``Home``, ``About us``)
MENU_ENTRY_WORDS = 2
#: short lines in a row, the type word's among them, that make a menu at least (a genre tag
#: between two badges, ``Open Access`` / ``Research Article`` / ``Peer Reviewed``, is three)
MENU_ENTRIES = 4
#: label keys of a record's own facts: with one of them, a menu's category (a shop's
#: ``Home`` / ``Books`` / ``Picture books`` over a book's ``Author:`` and ``Publisher:``)
#: names the type of the record's work
_RECORD_FACT_KEYS = ("author", "publisher", "isbn", "isbn_print", "isbn_electronic")


def _menu_entry(page: _Page, index: int) -> bool:
    """Line ``index`` is an entry of a menu: it stands in a run of :data:`MENU_ENTRIES` short
    lines or more, no blank line between (:data:`MENU_ENTRY_WORDS` words, no digit, no label,
    not the title), not right above or below the title, and the page labels none of a
    record's facts (:data:`_RECORD_FACT_KEYS`): ``Home`` / ``Books`` / ``Journals`` / ``News``
    over a library's news, where a genre tag stands right by the title (a repository's
    ``Log in`` / ``Sign up`` / ``Dataset`` / the title) or between a journal's badges
    (``Open Access`` / ``Research Article`` / ``Peer Reviewed`` / the title)."""
    lines = page.layout.lines
    if page.title_line is not None and abs(index - page.title_line) == 1:
        return False  # right by the title: the work's tag ('Sign up' / 'Dataset' / the title)

    def entry(i: int) -> bool:
        ln = lines[i]
        return (
            ln.index != page.title_line
            and ln.index not in page.layout.label_lines
            and len(ln.text.split()) <= MENU_ENTRY_WORDS
            and not any(c.isdigit() for c in ln.text)
        )

    lo = hi = index
    while lo > 0 and not lines[lo].blank_before and entry(lo - 1) and hi - lo + 1 < MENU_ENTRIES:
        lo -= 1
    while (
        hi + 1 < len(lines)
        and not lines[hi + 1].blank_before
        and entry(hi + 1)
        and hi - lo + 1 < MENU_ENTRIES
    ):
        hi += 1
    if hi - lo + 1 < MENU_ENTRIES:
        return False
    return not any(True for _ in page.layout.values(*_RECORD_FACT_KEYS))


#: lines from the top where a genre heading is looked for
GENRE_LINES = 40
#: words of a genre at most (``Trabajo de fin de máster``; a printed genre label too,
#: ``Master's thesis``)
GENRE_WORDS = 5
#: characters of a line holding a genre heading at most (a cover's line, not prose)
GENRE_LINE_CHARS = 300
#: the types a genre heading gives
GENRE_TYPES = frozenset({"report", "thesis"})

#: a transcript's page marker before a line's text: ``1 ``, ``(1) ``
_PAGE_MARK = re.compile(r"^\(?\d{1,3}\)?\s+")
#: what may follow a genre on its line: a separator, then a capital or a digit
#: (``Working Paper No. 12``, ``Working Paper Rent-Sharing …``, ``– CURSO 2011/2012``)
_AFTER = re.compile(r"^[-–—:|,]?\s*(?:\d|[^\W\d_])")


def _periodical_page(page: _Page) -> bool:
    """The page is of a periodical's or a blog's kind (a magazine, a blog, an entry): its
    headlines are no cover's lines."""
    return page.kind is not None and page.kind.csl_type not in (None, "report", "thesis")


def genre_heading(page: _Page) -> Cand | None:
    """A line near the top that opens with a report's or a thesis's genre (the locales'
    type terms, two words or more, or one word before a number) followed by more text on
    the same line: the work's type at position weight."""
    if _periodical_page(page):
        return None
    for line in page.layout.lines[:GENRE_LINES]:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        text = line.text.strip()
        if len(text) > GENRE_LINE_CHARS:
            continue
        mark = _PAGE_MARK.match(text)
        body = text[mark.end() :] if mark else text
        found = _leading_genre(body, page)
        if found is None:
            continue
        csl_type, genre = found
        page.memo["genre-heading"] = (csl_type, genre)  # the printed genre (Record.genre)
        at = line.start + line.text.index(body)
        return Cand(
            csl_type, W_POS, (at, at + len(genre)), f"the line opens with the genre {genre!r}"
        )
    return None


#: words after a genre a number may stand in to make the line a numbered cover's
#: (``DISCUSSION PAPER SERIES IZA DP No. 897``)
GENRE_NUMBER_WORDS = 5
#: characters of a number word before a one-word genre's number at most (``Nr.``, ``n°``)
NUMBER_WORD_CHARS = 4


@functools.cache
def _series_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """One-word names of a series (the locales' ``[labels].series`` of one word: ``Series``,
    ``Reihe``, ``Collection``) and words of journal and series names
    (``[words].journal_words``): after a genre they make it part of a longer name."""
    labels = (t for t in _loc.terms_of("labels", rules, "series") if " " not in t.strip())
    journal = _loc.terms_of("words", rules, "journal_words")
    return frozenset(t.casefold().rstrip(".") for t in (*labels, *journal))


def _numbered(words: list[str]) -> bool:
    """A one-word genre's number right after it, and no headline after a year: ``Nr. 12``,
    ``2019-07``, ``No. 5 Title …``; not ``2023 Finds …`` nor ``Defense 2021 …``."""
    if not words:
        return False
    first = words[0]
    if any(c.isdigit() for c in first):
        return not _YEAR.fullmatch(first.rstrip(".,:")) or len(words) == 1
    return (
        len(first) <= NUMBER_WORD_CHARS
        and not first[:1].islower()
        and len(words) > 1
        and any(c.isdigit() for c in words[1])
    )


def _leading_genre(text: str, page: _Page) -> tuple[str, str] | None:
    """The type and the words of the longest genre opening ``text`` with more after it.

    A title (no number) after the genre must read as one: not a series' or a journal's name
    the genre begins (``Working Paper Series on …``) and holding a lower-case word or a colon
    (``Rent-Sharing and …``, not a headline's ``Report Card Shows Schools Improving``). A
    report's genre closed by a colon (``Final report: United 2-1 City``) is a headline's kicker
    unless the page prints a report's number line (:func:`_report_number`)."""
    words = text.split()
    for n in range(min(GENRE_WORDS, len(words) - 1), 0, -1):
        genre = " ".join(words[:n])
        pt = _type_term(genre.rstrip(":,"), page.rules)
        if pt is None or pt.csl_type not in GENRE_TYPES:
            continue
        rest = " ".join(words[n:])
        m = _AFTER.match(rest)
        if m is None or not (m.group()[-1].isdigit() or m.group()[-1].isupper()):
            if n > 1 and pt.csl_type == "thesis" and _study_field(words[n:], page.rules):
                return pt.csl_type, genre.rstrip(":,")  # 'Master's Thesis in Coastal …'
            return None  # 'Report this ad', 'Working paper series on …': no cover's line
        if n == 1 and not _numbered(words[1:]):
            return None  # one word ('Report', 'Thèse') only before a number: 'Arbeitspapier Nr. 5'
        if pt.csl_type == "report" and words[n - 1].endswith(":") and _report_number(page) is None:
            return None  # 'Final report: United 2-1 City': a headline's kicker, no report sign
        after = words[n:]
        if words[n].casefold().strip(":,.") in _series_words(page.rules):
            after = after[1:]  # 'DISCUSSION PAPER SERIES IZA …': the series' name goes on
            if not after or after[0][:1].islower():
                return None  # 'Working Paper Series on Harbours': a series' name
        if any(c.isdigit() for c in " ".join(after[:GENRE_NUMBER_WORDS])):
            return pt.csl_type, genre.rstrip(":,")
        if not any(w[:1].islower() or w.endswith(":") for w in after):
            return None  # 'Technical Report Card Shows Schools Improving': a headline
        return pt.csl_type, genre.rstrip(":,")
    return None


def _study_field(after: list[str], locales: tuple[_loc.LocaleRules, ...]) -> bool:
    """The words after a thesis's genre of two words or more name its field of study: a
    function word (a preposition: the locales' closed class) and a capitalised word
    (``Master's Thesis in Coastal Engineering``, ``Tesi di laurea in Storia``; not
    ``Master's thesis that …`` nor a thesis's genre in a sentence's lower-case run)."""
    return (
        len(after) >= 2 and after[0].casefold() in closed_class(locales) and after[1][:1].isupper()
    )


#: words of a title after a genre cut from its line at least
GENRE_TITLE_WORDS = 3


#: a one-word genre closed by a full stop before a capitalised title (``Dissertation. Title``,
#: as a document's page heads its title with the kind of work)
_GENRE_DOT = re.compile(r"([^\W\d_]{4,})\.\s+(?=[A-ZÀ-ÖØ-Þ])")


def after_genre(text: str, page: _Page) -> int:
    """Where a title starts after a report's or a thesis's genre glued before it on its
    line (``Working Paper Rent-Sharing and Collective Bargaining …``, a repository's cover;
    ``Dissertation. Gezeiten erfundener …``, one word closed by a full stop):
    the rest of the line, of :data:`GENRE_TITLE_WORDS` words or more, opening with a capital
    and no number; 0 when the line opens with no genre."""
    if _periodical_page(page):
        return 0
    dotted = _GENRE_DOT.match(text)
    if dotted is not None:  # 'Dissertation. Gezeiten erfundener Häfen im …'
        pt = _type_term(dotted.group(1), page.rules)
        after = text[dotted.end() :].split()
        if pt is not None and pt.csl_type in GENRE_TYPES and len(after) >= GENRE_TITLE_WORDS:
            return dotted.end()
    found = _leading_genre(text, page)
    if found is None:
        return 0
    rest = text[len(found[1]) :].lstrip(" :–—-|,")
    numbering = _series_numbering(page.rules)
    numbered = numbering.match(rest) if numbering is not None else None
    if numbered is not None:  # 'Policy Brief Series Issue 6 | Vol. 2: Title …'
        rest = rest[numbered.end() :]
    words = rest.split()
    if len(words) < GENRE_TITLE_WORDS or not words[0][:1].isupper():
        return 0
    if any(c.isdigit() for c in words[0]) or _type_term(words[0].rstrip("."), page.rules):
        return 0  # 'Working Paper No. 12', 'Discussion Paper Series …': no title follows
    return len(text) - len(rest)


#: a title's closing year or span of years, after its genre (``Annual Report 2002–2003``)
_CLOSING_YEARS = re.compile(
    rf"\s+{CITATION_YEAR_PATTERN}(?:\s?[-–/]\s?(?:{CITATION_YEAR_PATTERN}|\d\d))?$"
)


def title_genre(title: str, page: _Page) -> Cand | None:
    """A title that closes with a report's genre (``Strategic Research Program Completion
    Report``, ``Annual Progress Report 2002–2003``; the locales' type terms of a report,
    a year or a span of years after it aside) on a page of no periodical's or blog's kind:
    weak type evidence, a little under a line's. A headline about a report (``The Fen Bank
    publishes its Annual Report 2020``: a function word before the genre) gives none."""
    if page.kind is not None and page.kind.csl_type not in (None, "report", "thesis"):
        return None
    words = _CLOSING_YEARS.sub("", title.strip(" .")).split()
    if len(words) < 2 or _type_term(" ".join(words), page.rules) is not None:
        return None  # ('Final report', a headline's kicker read as the title: a genre alone)
    for n in range(min(GENRE_WORDS, len(words) - 1), 0, -1):
        genre = " ".join(words[-n:])
        pt = _type_term(genre, page.rules)
        if pt is not None and pt.csl_type == "report":
            if _sentence_about(words[: len(words) - n], page):
                return None  # 'The Fen Bank publishes its Annual Report 2020': a press release
            return Cand("report", W_POS - 0.1, (0, 0), f"the title closes with the genre {genre!r}")
    return None


#: words before a title's closing genre looked at for the function word of a sentence
SENTENCE_REACH = 2


def _sentence_about(before: list[str], page: _Page) -> bool:
    """A function word of the locales stands among the last words of a title before its
    closing genre (:data:`SENTENCE_REACH`, a capitalised word between: ``… publishes its
    Annual Report``, ``… welcomes the final report``), no colon or dash before it: a sentence
    about a report, a press release's or a news item's headline; ``The Harbour: A Report``
    and ``Fen Delta Completion Report`` are a report's titles."""
    fw = closed_class(page.rules)
    for k in range(len(before) - 1, max(-1, len(before) - 1 - SENTENCE_REACH), -1):
        if before[k].casefold() in fw:  # ('its Annual', 'the final'; not after 'Harbour:')
            return k == 0 or not before[k - 1].endswith((":", "–", "—", "-"))
        if not before[k][:1].isupper():
            return False
    return False


#: lines from the top, and characters of each, where a cover's genre in capitals is looked for
CAPS_GENRE_LINES = 12
CAPS_GENRE_CHARS = 300
#: evidence of a genre in a cover's capitals: below every other type signal (a web article's
#: shape, a page kind's type), so that it names the type only where nothing else does
W_CAPS_GENRE = W_POS - 0.25
#: a word in capitals (two letters or more)
_CAPS_WORD = re.compile(r"[^\W\d_a-z](?<![\w-][^\W\d_a-z])[^\W\d_a-z]+(?![\w-])")


def cover_capitals_genre(page: _Page) -> Cand | None:
    """A report's genre printed in capitals among a cover's words near the top (``… WARUNKI
    ŻYCIA RAPORT redakcja …``, ``RAPPORTER FRA …`` in a transcript's glued cover): a word in
    capitals that is a report's type term (the locales' ``[types]``, or a report series' word
    of ``[references].report``), not the end of a longer type term of another type with the
    capitals' word before it (``CASE REPORT`` is an article's). The weakest type evidence:
    it names the type only where nothing else does."""
    if _periodical_page(page):
        return None
    series = _report_words(page.rules)
    for line in page.layout.lines[:CAPS_GENRE_LINES]:
        if line.zone != "main":
            continue
        head = line.text[:CAPS_GENRE_CHARS]
        words = list(_CAPS_WORD.finditer(head))
        for k, m in enumerate(words):
            word = m.group()
            pt = _type_term(word.title(), page.rules)
            if not ((pt is not None and pt.csl_type == "report") or word.casefold() in series):
                continue
            if k > 0 and words[k - 1].end() + 1 == m.start():
                pair = _type_term(f"{words[k - 1].group()} {word}".title(), page.rules)
                if pair is not None and pair.csl_type != "report":
                    continue  # ('CASE REPORT': an article's type)
            at = line.start + m.start()
            return Cand("report", W_CAPS_GENRE, (at, at + len(word)),
                        f"the cover prints the genre {word!r}")  # fmt: skip
    return None


@functools.cache
def _report_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The one-word report series' words of the locales (``[references].report``:
    ``rapporter``, ``Arbeitspapiere``), folded: the one-word terms of
    :func:`comet.page.name_checks._report_terms`."""
    return frozenset(t for t in _report_terms(rules) if " " not in t)


@functools.cache
def _series_numbering(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A series' word and its numbering after a genre, closed by a colon, before a title
    (``Series Issue 6 | Vol. 2: ``, ``Series No. 41: ``; the one-word series labels of the
    locales and their volume and issue terms): cut with the genre. ``None`` where the
    locales hold no such words."""
    series = sorted(
        {t.rstrip(".") for t in _loc.terms_of("labels", rules, "series") if " " not in t}
    )
    numbers = sorted(
        {
            t.rstrip(".")
            for key in ("volume", "issue")
            for t in _loc.terms_of("locator", rules, key)
            if " " not in t
        }
    )
    if not series or not numbers:
        return None
    part = rf"(?:{_loc.alternation(numbers)})\.?\s*\d[\w./-]*"
    return re.compile(
        rf"(?:{_loc.alternation(series)})\s+{part}(?:\s*[|,;]\s*{part})*\s*:\s+",
        re.I,
    )
