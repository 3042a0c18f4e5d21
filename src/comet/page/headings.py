"""Where a heading stands: the evidence a title candidate gains from the lines around it.

A breadcrumb trail above that ends with it, a catalogue's page header that repeats it
(``Details for: …``), a dateline under it (an article's headline), a definition under it
(a dictionary headword). Each test reads only the page's lines; the weights are the
``*_BONUS`` constants here, added in :func:`comet.page.titles._title_candidates`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import accumulate

from comet.locales import LocaleRules, casefolded_terms, fold, folded_terms, terms_of
from comet.page.chrome import _is_chrome
from comet.page.crumb_cut import opened_by_cut_crumb
from comet.page.event_dates import event_date_lines
from comet.page.evidence import _SENTENCE, _WORD, Cand, _dates_in, _key, _Page
from comet.page.issued import _DATE_KEYS
from comet.page.layout import Line, _by_words, copyright_pattern
from comet.page.locator_lines import _locator_line
from comet.page.term_keys import lexicon_keys, may_hold
from comet.text._words import closed_class

_CRUMB = re.compile(r"\s[/>›»|]\s")
#: :func:`copyright_pattern` on a page that holds none of the locales' copyright words: its
#: signs alone (the same matches there; opening with a class, it is scanned for)
_COPYRIGHT_SIGN = re.compile(r"©|\(c\)\s*\d", re.IGNORECASE)


#: a capitalised step glued to the next one (a digit or a capital right after it, no
#: space): ``Numéros91…``, ``ArchivesVol…``
_GLUED_STEP = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?=[\dA-ZÀ-ÖØ-Þ])")
#: characters of a breadcrumb's first step at most (``Strona główna``)
FIRST_STEP_CHARS = 16


@functools.cache
def _first_steps(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The words a breadcrumb trail or a menu opens with: the locales' interface words
    (*Home*, *Accueil*, *Inicio*) and ``[words].home_crumbs`` (*Strona główna*, *Beranda*),
    folded."""
    return folded_terms("words", rules, "interface_words") | folded_terms(
        "words", rules, "home_crumbs"
    )


def glued_crumbs(text: str, rules: tuple[LocaleRules, ...]) -> bool:
    """A breadcrumb trail copied without its separators: an interface or home step of the
    locales glued to a capitalised step that is itself a section's word
    (``[words].crumb_steps``: *Numéros*, *Archives*, *Issues*) or is glued to a further
    capitalised step (``AccueilNuméros12Les oiseaux des marais …``, ``HomeArchivesVol. 3 No. 2``,
    ``InicioNúmerosVol. 5``). Such a line names the site's sections and ends with the work's
    title, often cut (``…mar...``); it is never the title itself. A brand or a compound
    (``HomeOffice2024 setup guide``, ``HomeKit Security``) has one step, then a number or a
    space."""
    if _glued_home_phrase(text, rules):
        return True
    k = next(
        (i for i in range(1, min(len(text), FIRST_STEP_CHARS + 1))
         if text[i].isupper() and text[i - 1].islower()),
        0,
    )  # fmt: skip
    if not k or fold(text[:k]) not in _first_steps(rules):
        return False
    step = _GLUED_STEP.match(text, k)
    if step is None:
        return False
    if fold(step.group()) in _first_steps(rules) | _crumb_steps(rules):
        return True
    return _GLUED_STEP.match(text, step.end()) is not None


#: letters of a step glued to a home step of several words at least (``Home Pagelista …``;
#: ``Home Pages`` is a plural, no second step)
GLUED_LETTERS = 3


def _glued_home_phrase(text: str, rules: tuple[LocaleRules, ...]) -> bool:
    """A home step of several words (``Home page``, ``Strona główna``) with the next step
    glued to it in small letters (``Home Pagelista alfabética de revistas``): the trail's
    separator lost where a link ended."""
    for step in _home_phrases(rules):
        n = len(step)
        if (
            len(text) > n + GLUED_LETTERS
            and fold(text[:n]) == step
            and text[n : n + GLUED_LETTERS].isalpha()
            and text[n : n + GLUED_LETTERS].islower()
            and not any(c.isupper() for c in text[n:])
        ):  # (a step's words in small letters: 'Home Pageantry in Victorian England' is
            # a title in title case)
            return True
    return False


@functools.cache
def _home_phrases(rules: tuple[LocaleRules, ...]) -> tuple[str, ...]:
    """The first steps of several words (:func:`_first_steps`), folded."""
    return tuple(sorted(w for w in _first_steps(rules) if " " in w))


@functools.cache
def _crumb_steps(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' ``[words].crumb_steps`` (a journal site's sections a breadcrumb trail
    passes: *Issues*, *Numéros*, *Números*, *Ausgaben*), folded."""
    return folded_terms("words", rules, "crumb_steps")


@functools.cache
def _neighbour_links(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' ``[words].neighbour_links`` (*Previous article*, *Next Article in
    Journal*, *Artículo anterior*, *Article suivant*), folded."""
    return folded_terms("words", rules, "neighbour_links")


def _neighbour_link(text: str, rules: tuple[LocaleRules, ...]) -> bool:
    """A platform's link to the previous or the next article (``Next Article in Journal``,
    ``Artigo anterior``): the line under it is that article's title, never the page's."""
    return len(text) <= NEIGHBOUR_LINK_CHARS and fold(text.strip(" :›»<>←→")) in _neighbour_links(
        rules
    )


#: characters of a previous/next link at most
NEIGHBOUR_LINK_CHARS = 40


#: evidence a title line gains when the breadcrumb trail above ends with it
CRUMB_BONUS = 0.3
#: lines above a heading searched for the breadcrumb trail that ends with it
CRUMB_LOOK_LINES = 3


def _crumb_tail(line: Line, page: _Page) -> bool:
    """A breadcrumb trail just above ends with this line's text (``Lexikon › S › Seiler`` /
    ``Seiler``): the page's own heading, the trail's last step."""
    key = _key(line.text)
    if not key:
        return False
    for k in range(max(0, line.index - CRUMB_LOOK_LINES), line.index):
        above = page.layout.lines[k].text
        steps = _CRUMB.split(above)
        if len(steps) >= 2 and _key(steps[-1]) == key:
            return True
    return False


#: lines above a record's heading searched for the page header that repeats it
HEADER_LOOK_LINES = 5
#: characters of the repeated title's key at least (a word or two proves nothing)
HEADER_KEY_CHARS = 12
#: words of a line the page header repeats at most (a catalogue title with its statement
#: of responsibility may be long)
HEADER_TITLE_WORDS = 90


def _header_repeat(line: Line, page: _Page) -> bool:
    """A header line just above repeats this line's start after interface words and a
    colon (``Details for: Richelieu and the growth …,`` over ``Richelieu and the growth …,
    by …``): a catalogue names the record it shows in its breadcrumb or page header, so the
    line is the record's heading even where it reads like a name or a sentence. Memoised."""
    return page.remember(("header-repeat", line.index), lambda: _repeats_header(line, page))


#: evidence a heading gains when a short line near it holds a whole date (see :func:`_dated`)
DATED_BONUS = 0.2
#: lines after a heading searched for that dateline
DATED_LINES = 3
#: label keys that may stand between a headline and its dateline (``By …``, ``Published …``)
_BYLINE_KEYS = frozenset({"author", *_DATE_KEYS})
#: characters of such a dateline at most (a date, a label, a byline, a reading time)
DATED_LINE_CHARS = 120


@functools.cache
def _volume_words(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' words for a volume (``[locator].volume``), casefolded, without dots."""
    return frozenset(
        w.casefold().rstrip(".") for w in terms_of("locator", rules, "volume") if len(w) > 2
    )


def _volume_line(line: Line, page: _Page) -> bool:
    """A locator line that names a volume (``Volume 12, 3 May 2021, Pages 5-9``)."""
    words = _volume_words(page.rules)
    return any(w.casefold() in words for w in re.findall(r"\w+", line.text)) and _locator_line(
        line, page
    )


def _has_day_date(page: _Page, index: int) -> bool:
    """Line ``index`` is short and holds a date to the day, and is no volume/issue/pages
    line (``Volume 12, 3 May 2021, Pages 5-9`` dates an issue under the journal's name);
    memoised per line."""
    key = ("day-date", index)
    if key not in page.memo:
        line = page.layout.lines[index]
        t = line.text
        page.memo[key] = (
            len(t) <= DATED_LINE_CHARS
            and not _volume_line(line, page)
            and any(
                d.value.month is not None and getattr(d.value, "day", None) is not None
                for d in _dates_in(page, t)
            )
        )
    found: bool = page.memo[key]
    return found


def _repeats_header(line: Line, page: _Page) -> bool:
    return _header_words(line, page) is not None


def _header_words(line: Line, page: _Page) -> int | None:
    """How many words of the line the page header above repeats (see :func:`_header_repeat`)."""
    own = _key(line.text)
    if len(own) < HEADER_KEY_CHARS:
        return None
    for k in range(max(0, line.index - HEADER_LOOK_LINES), line.index):
        prefix, colon, rest = page.layout.lines[k].text.partition(": ")
        if not colon or len(prefix.split()) > 3 or not _is_chrome(prefix, page.rules):
            continue
        head = _key(rest)
        if len(head) >= HEADER_KEY_CHARS and (own == head or own.startswith(head + " ")):
            return len(head.split())
    return None


#: characters that close a title's last word (``(S. 1983)``, ``[2nd ed.]``, ``?``)
_CLOSERS = ")]\"'»”’?!"


def _header_title(line: Line, page: _Page) -> str | None:
    """The part of a heading line that the page header repeats (``Little superman`` of
    ``Little superman, by Heinrich Mann.``): a catalogue's header shows the title proper
    and its other title, the heading adds the statement of responsibility (with an author
    word of the locales: ``by``, ``von``, ``par``). ``None`` when the header repeats the
    whole line or none of it, or the rest names no one (``. Part two``: the part's name)."""
    n = _header_words(line, page)
    if n is None:
        return None
    words = list(_WORD.finditer(line.text.casefold()))
    if n >= len(words):
        return None
    end = words[n - 1].end()
    while end < len(line.text) and line.text[end] in _CLOSERS:
        end += 1
    by = _by_words(page.rules)
    if not any(w.group() in by for w in words[n:]):
        return None  # the rest is no statement of responsibility: a part's number or name
    return line.text[:end].rstrip(" ,;:/=.") or None


def _dated(line: Line, page: _Page) -> bool:
    """A short line within :data:`DATED_LINES` after the heading holds a whole date
    (``Published 3 May 2021``, ``12.04.2019 | Anna Berg``): an article's headline sits by
    its dateline; teasers, menus and site names mostly do not. Rows of labels other than
    an author's stop the search, and a date in a table of labelled rows is no dateline: a
    record's table under a heading is no byline."""
    lines = page.layout.lines
    events = event_date_lines(page)  # (an event's dates in a running head date no article)
    for k in range(line.index + 1, min(len(lines), line.index + DATED_LINES + 1)):
        if k not in events and _has_day_date(page, k):
            return not _in_label_table(page, k)
        if k in page.layout.label_lines and not any(
            lv.line == k and lv.key in _BYLINE_KEYS for lv in page.layout.labels
        ):
            return False  # a record's rows of labels under a heading, not a byline
    return False


#: labelled lines around a date (itself included) from which it is a row of a record's table
LABEL_TABLE_ROWS = 4


def _in_label_table(page: _Page, k: int) -> bool:
    """Line ``k`` stands among :data:`LABEL_TABLE_ROWS` or more labelled lines (two lines
    either side): a row of a record's metadata table (``dc.date.issued …``), no dateline
    (``By …`` / ``Published …`` / ``Updated …`` are three)."""
    rows = page.layout.label_lines
    return sum(1 for j in range(k - 2, k + 3) if j in rows) >= LABEL_TABLE_ROWS


#: evidence a headword in capitals over its definition gains (see :func:`_headword`)
HEADWORD_BONUS = 0.6
#: words of a headword at most, and of the prose under it at least
HEADWORD_WORDS = 3
DEFINITION_WORDS = 8
#: short lines between a headword and its definition (a part of speech, a pronunciation)
HEADWORD_GAP = 1
HEADWORD_NOTE_WORDS = 6


def _headword(line: Line, page: _Page) -> bool:
    """A short line all in capitals over a paragraph of prose (``WHEELWRIGHT`` / ``A
    craftsman who builds …``): a dictionary's or encyclopedia's headword, the entry's title
    (a site name or a menu entry is not followed by its definition). Memoised per line."""
    return page.remember(
        ("headword", line.index),
        lambda: len(line.text) <= HEADWORD_CHARS and _is_headword(line, page),
    )


#: characters of a headword line at most
HEADWORD_CHARS = 60
#: a section's number before its heading (``1.``, ``2 ``, ``I.``)
_SECTION_NUMBER = re.compile(r"^\s*(?:\d+|[IVX]+)\.?\s+|\s+$")


def _is_headword(line: Line, page: _Page) -> bool:
    t = line.text
    words = t.split()
    if not (0 < len(words) <= HEADWORD_WORDS and sum(map(str.isalpha, t)) >= 4):
        return False  # ('RSS', 'PDF': a menu's acronym)
    if _is_chrome(t, page.rules):
        return False
    if _SECTION_NUMBER.sub("", t).casefold() in casefolded_terms(
        "headings", page.rules, "introduction"
    ):
        return False  # 'INTRODUCCIÓN' over a paper's text: a part of the work, no entry's
    if not t.isupper():
        return _opens_next_paragraph(line, page)
    if any(not (c.isalpha() or c in " -’',.") for c in t):
        return False
    lines = page.layout.lines
    for nxt in range(line.index + 1, min(len(lines), line.index + 1 + HEADWORD_GAP + 1)):
        body = lines[nxt].text
        if len(body.split()) >= DEFINITION_WORDS:
            return not body.isupper() and (
                body.rstrip().endswith(".") or _SENTENCE.search(body) is not None
            )
        if len(body.split()) > HEADWORD_NOTE_WORDS or body[:1].isupper():
            return False  # only a short grammar note ('n. m. et n. f.', '/ˈkuːpə/') between
    return False


def _opens_next_paragraph(line: Line, page: _Page) -> bool:
    """A short capitalised line whose words open the paragraph of prose under it
    (``Seiler`` / ``Seiler stellten aus Hanf … her.``): an entry's headword repeated as the
    first words of its article, after an article word and inflected as the sentence needs
    (``Dissertation`` / ``Eine Dissertation … ist …``; ``Libros`` / ``Un libro … es …``), with
    at most :data:`DEFINITION_LEAD_LINES` short lines between (the reference work's name, a
    redirect note: ``aus Wikipedia, der freien Enzyklopädie``)."""
    t = line.text.strip()
    lines = page.layout.lines
    if not t[:1].isupper() or t.endswith((".", ":", ",", "!", "?")):
        return False
    last = min(len(lines), line.index + 1 + DEFINITION_LEAD_LINES + 1)
    for nxt in range(line.index + 1, last):
        body = lines[nxt].text
        if len(body.split()) < DEFINITION_WORDS:
            continue  # a short line between: the work's name, a note, a skip link
        end = _NOTE_MARK_END.sub("", body)  # '… y el mérito. [1]': a footnote mark after it
        if not (end.endswith(".") or _SENTENCE.search(body) is not None):
            return False
        if body.startswith(t + " "):
            return True
        return _names_headword(t, body, page) and _one_defined_heading(page, line.index)
    return False


def _defines(line: Line, page: _Page) -> bool:
    """The line is a short capitalised heading whose words open the prose right under it
    after an article or inflected (the loose test of :func:`_opens_next_paragraph`)."""
    t = line.text.strip()
    lines = page.layout.lines
    if (
        line.zone != "main"
        or not 0 < len(t.split()) <= HEADWORD_WORDS
        or not t[:1].isupper()
        or t.endswith((".", ":", ",", "!", "?"))
    ):
        return False
    last = min(len(lines), line.index + 1 + DEFINITION_LEAD_LINES + 1)
    for nxt in range(line.index + 1, last):
        body = lines[nxt].text
        if len(body.split()) >= DEFINITION_WORDS:
            return _names_headword(t, body, page)
    return False


def _one_defined_heading(page: _Page, index: int) -> bool:
    """The heading at ``index`` is the only one of the page whose words open the prose under
    it (an entry defines one headword; an article's sections repeat theirs: ``Primary
    objective`` / ``The primary objective is …``, ``Intervention`` / ``The intervention …``)."""
    found: list[int] = page.remember(
        "defined-headings",
        lambda: [ln.index for ln in page.layout.lines if _defines(ln, page)][:2],
    )
    return found == [index]


#: lines of fewer than :data:`DEFINITION_WORDS` words a definition may stand under its
#: headword at most
DEFINITION_LEAD_LINES = 3
#: letters two spellings of a word share at least to be one word inflected (``Libros`` /
#: ``libro``), and the letters either may have past their common start at most (an ending)
STEM_LETTERS = 4
STEM_SLACK = 3
#: a qualifier in brackets closing a headword (``Lemma (naslagwerk)``, ``Mercury (planet)``)
_QUALIFIER = re.compile(r"\s+\([^()]{1,40}\)\s*$")
_NOTE_MARK_END = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$|\s+$")
_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _same_word(a: str, b: str) -> bool:
    """Two spellings of one word, inflected (``Historisches`` / ``Historische``)."""
    a, b = a.casefold(), b.casefold()
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= STEM_LETTERS and n >= max(len(a), len(b)) - STEM_SLACK


def _names_headword(head: str, body: str, page: _Page) -> bool:
    """The sentence ``body`` opens with the headword ``head`` (after one function word of the
    locales, ``[words].function_words``: an article, elided or not): its first word is the
    headword's, inflected, and a headword of several words ends within the sentence's first
    words."""
    words = _LETTERS.findall(_QUALIFIER.sub("", head))  # 'Lemma (naslagwerk)': a wiki's
    said = _LETTERS.findall(body[: 40 * (len(words) + 3)])  # qualifier is not defined
    if not words or not said:
        return False
    small = closed_class(page.rules)  # function words and particles ('la', 'le')
    if said[0].casefold() in small:
        said = said[1:]  # 'Eine Dissertation …', 'Un libro …'
    elif said[0][1:2] in ("'", "’") and said[0][:1].casefold() in small:
        said = [said[0][2:], *said[1:]]  # "L'encyclopédie …"
    if not said or not _same_word(words[0], said[0]):
        return False
    return len(words) == 1 or any(_same_word(words[-1], w) for w in said[1 : len(words) + 3])


def _add_placement(cand: Cand, line: Line, page: _Page, authored: bool) -> None:
    """Add to a title-like line's candidate what its place on the page proves: the end of
    the breadcrumb trail, repeated whole by the page header, over a dateline, or a headword
    over its definition (not under an authored work's title and byline, where a heading
    opening its paragraph is a section of the work: ``Recruitment`` / ``Recruitment was …``)."""
    if _crumb_tail(line, page):
        cand.score += CRUMB_BONUS
        cand.evidence += " ending the breadcrumb trail above"
    elif _header_words(line, page) == len(_key(line.text).split()):
        cand.score += CRUMB_BONUS  # 'Details for: Maxim Karolik, 1893-1963.' over it
        cand.evidence += " repeated whole by the page header above"
    elif opened_by_cut_crumb(line, page):
        cand.score += CRUMB_BONUS  # '… › Field notes › Between two towns: a s...' over it
        cand.evidence += " the breadcrumb trail above ends with, cut"
    if _dated(line, page):
        cand.score += DATED_BONUS
        cand.evidence += " by a dateline"
    if _headword(line, page) and not authored:
        cand.score += HEADWORD_BONUS
        cand.evidence += ", a headword over its definition"
    if _site_name(line, page):
        cand.score -= SITE_NAME_PENALTY
        cand.evidence += ", the site's name (its footer names it)"


#: evidence a title line loses when the site's footer names it: the site, not the work
SITE_NAME_PENALTY = 0.3
#: last lines of a page read as its footer (with every copyright line), but for sentences,
#: on a page of :data:`FOOTER_PAGE_LINES` lines or more
FOOTER_LINES = 5
FOOTER_PAGE_LINES = 30
#: words a name shares with the footer in a row at least, where it is not named whole,
#: and the share of the line's words they make at least
SITE_NAME_RUN = 3
SITE_NAME_SHARE = 0.4


def _copyright_line(text: str, page: _Page) -> bool:
    """A line with a copyright sign or one of the locales' copyright words."""
    return copyright_pattern(page.rules).search(text) is not None


def _copyright_lines(page: _Page) -> list[int]:
    """The indexes of the lines with a copyright sign or word (:func:`_copyright_line`), in
    order: one search of all lines joined, each line a match touches then checked alone (a
    match of a line alone is in one that touches it)."""
    lines = page.layout.lines
    pattern = copyright_pattern(page.rules)
    if not may_hold(page, lexicon_keys("words", page.rules, "copyright_words", joined=False)):
        pattern = _COPYRIGHT_SIGN  # (no copyright word on the page, its lines glued or not)
    starts = list(accumulate((len(ln.text) + 1 for ln in lines), initial=0))
    touched: set[int] = set()
    for m in pattern.finditer("\n".join(ln.text for ln in lines)):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, max(m.start(), m.end() - 1)) - 1
        touched.update(range(first, last + 1))
    return [i for i in sorted(touched) if i < len(lines) and _copyright_line(lines[i].text, page)]


def _footer_words(page: _Page) -> tuple[str, frozenset[tuple[str, ...]]]:
    """The folded words of the page's footer (its copyright lines and its last
    :data:`FOOTER_LINES` lines but sentences), joined by spaces, and their runs of
    :data:`SITE_NAME_RUN` words."""
    key = ("footer-words", 0)
    if key not in page.memo:
        lines = page.layout.lines
        footer = [lines[i].text for i in _copyright_lines(page)]
        if len(lines) >= FOOTER_PAGE_LINES:  # a short page is all body
            footer += [
                ln.text
                for ln in lines[-FOOTER_LINES:]
                if not (_SENTENCE.search(ln.text) or ln.text.rstrip().endswith("."))
            ]  # (a sentence at the end is the body's, or an abstract's)
        words = _WORD.findall(" ".join(footer).casefold())
        runs = frozenset(
            tuple(words[i : i + SITE_NAME_RUN]) for i in range(len(words) - SITE_NAME_RUN + 1)
        )
        page.memo[key] = (f" {' '.join(words)} ", runs)
    found: tuple[str, frozenset[tuple[str, ...]]] = page.memo[key]
    return found


def _site_name(line: Line, page: _Page) -> bool:
    """The line names the site (a publisher's platform, an institution) that the page's
    footer names too (``BioMed Central`` / ``© 2014 BioMed Central Ltd``): whole, or with a
    run of :data:`SITE_NAME_RUN` words that makes :data:`SITE_NAME_SHARE` of the line. A
    line of the footer itself names nothing else."""
    if line.index >= len(page.layout.lines) - FOOTER_LINES or _copyright_line(line.text, page):
        return False
    words = _WORD.findall(line.text.casefold())
    if not words or sum(len(w) for w in words) < 4:
        return False
    text, runs = _footer_words(page)
    if f" {' '.join(words)} " in text:
        return True
    shared = {
        i + k
        for i in range(len(words) - SITE_NAME_RUN + 1)
        if tuple(words[i : i + SITE_NAME_RUN]) in runs
        for k in range(SITE_NAME_RUN)
    }
    return len(shared) >= SITE_NAME_SHARE * len(words)
