"""A report's or working paper's number line near the top of a page (and its series); the
page count on a line of its own is :mod:`comet.page.page_count_lines`."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import parse_date
from comet.dates.years import year_pattern
from comet.page.body_words import _body_word
from comet.page.cited_report import cited_statement
from comet.page.evidence import (
    _DIGIT_RE,
    W_LINE,
    W_POS,
    Cand,
    _Page,
)
from comet.page.lines import Line
from comet.page.name_checks import _names_report
from comet.page.report_cover_series import COVER_CHARS, _series_in_cover_text
from comet.page.report_terms import (
    _BARE_YEAR,
    _NUMBER_END,
    PROSE_WORDS,
    REPORT_LINE_CHARS,
    REPORT_LINES,
    REPORT_PREFIX_WORDS,
    _number_word,
    _series_start,
    _series_terms,
)
from comet.page.term_keys import may_hold, term_keys
from comet.text._words import closed_class


@functools.cache
def _report_line(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A report series and its number on a line of their own: ``Working Paper No. 2719``,
    ``Technical Report TR-2019-04``, ``Diskussionspapier Nr. 27``, after the issuing body's
    name (``University of X Department of Y Technical Report No. MS-CIS-95-14``; the series
    names are the locales' ``[references].report``, the number words their issue terms; a
    code before the number is in capitals, ``MS-CIS-``: a word such as ``Interno`` is none;
    a number word is a word of its own, not a capital glued to more letters: the ``N`` of
    ``NAVA TN D-4471`` is no ``N.``)."""
    series, numero = _series_terms(rules, 3)
    if not series:
        return None
    words = _series_words(rules)
    word = rf"(?:\s+(?:{_loc.alternation(words)})(?![^\W\d_]))?" if words else ""
    return re.compile(
        rf"(?P<series>(?:[^\W\d_][\w.&'-]*\s+){{0,{REPORT_PREFIX_WORDS}}}?"
        rf"(?:{_loc.alternation(series)}){word})\s*,?\s*"
        rf"(?:(?:{_loc.alternation(numero or ('No',))})(?:\.|(?![^\W\d_]))\s*)?[:#]?\s*"
        rf"(?P<num>(?-i:[A-Z]{{1,8}}[-/\s])*[A-Z]{{0,6}}\d(?:[\w./-]|(?<=\d{{4}}):(?=\d)){{0,15}}?)\.?"
        rf"(?:\s+[/|]\s+(?:[^\W\d_]+\.?\s+)?{_YEAR_TAIL})?",
        re.I,
    )


#: the year closing a report's number line after a bar or a slash (``No 2567 / June 2021``)
_YEAR_TAIL = r"(?:1[89]\d\d|20\d\d)"


@functools.cache
def _series_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' one-word series labels (``[labels].series``: *Series, Reihe, Serie*), as a
    report series' name may end with one before its number (``Discussion Paper Series, No.
    12``, ``Working Paper Series 2021-07``)."""
    return tuple(t for t in _loc.terms_of("labels", rules, "series") if t.isalpha() and len(t) > 3)


@functools.cache
def _split_statement(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A series statement printed over two lines: the series' name on a line of its own
    (``HRI Working Papers``, after at most a few words of its issuing body) and its number
    word and number alone on the next (``No 412``, ``Nr. 12/2020``)."""
    series, numero = _series_terms(rules, 3)
    if not series or not numero:
        return None
    name = re.compile(
        rf"(?:[^\W\d_][\w.&'-]*\s+){{0,{SPLIT_PREFIX_WORDS}}}?(?:{_loc.alternation(series)})",
        re.I,
    )
    number = re.compile(
        rf"(?:{_loc.alternation(numero)})\.?\s*(?P<num>\d[\w./-]{{0,15}}?)\.?", re.I
    )
    return name, number


#: words of the issuing body's name before a series name on a line of its own at most
SPLIT_PREFIX_WORDS = 3
#: a line whose series statement closes it in brackets (``Paris: OECD, 1998, (OECD Working
#: Paper No. 204)``, as a catalogue's series area)
_SERIES_IN_BRACKETS = re.compile(r"\(([^()]{4,100})\)\.?$")
#: words of a series name that is the record's collection (a short line's or a bracketed one)
REPORT_SERIES_WORDS = 6


def _report_number(page: _Page) -> Cand | None:
    """The number of a report or working paper, from its series line near the top; the
    series name of a short line or of a bracketed series statement is kept
    (``page.memo['report-series']``) as the record's collection. Read once per page: any
    stage may ask (the locator's, the copyright holder's as a report's publisher)."""
    return page.remember(("report-number-line",), lambda: _find_report_number(page))


def _find_report_number(page: _Page) -> Cand | None:
    pattern = _report_line(page.rules)
    if pattern is None:
        return None
    prose = False  # a paragraph of prose came before: a long series line is a citation
    for line in page.layout.lines[:REPORT_LINES]:
        text = line.text.strip()
        if line.zone == "main" and len(text.split()) >= PROSE_WORDS:
            prose = True
        if line.zone != "main" or len(text) > REPORT_LINE_CHARS or not _DIGIT_RE.search(text):
            continue
        if prose and len(text) > 80:
            continue  # ('… Development Economics Department Working Paper No. 1' under a quote)
        m, bracketed = pattern.fullmatch(text), False
        at = line.text.index(text)  # where the matched text starts in the line
        if m is None:
            tail = _SERIES_IN_BRACKETS.search(text)
            inner = tail.group(1).strip() if tail else ""
            m, bracketed = (pattern.fullmatch(inner), True) if tail else (None, False)
            if tail is not None:
                at += tail.start(1) + tail.group(1).index(inner)
        if m is None:
            split = _split_number(page, line, text)
            if split is not None:
                return split
            continue
        num = m.group("num")
        if _BARE_YEAR.fullmatch(num) and not re.search(
            r"[^\W\d_]", text[m.end("series") : m.start("num")]
        ):
            page.memo.setdefault("report-year-line", line.index)  # ('Annual Report 2022')
            continue  # ('… publishes its Annual Report 2020': a year, no number word)
        start = line.start + at + m.start("num")  # not the first such digits ('2002, … No. 2')
        page.memo["report-number"] = num
        name = m.group("series").strip()
        if (bracketed or len(text) <= 80) and len(name.split()) <= REPORT_SERIES_WORDS:
            page.memo["report-series"] = name
        return Cand(num, W_LINE, (start, start + len(num)), "a report's number line")
    return (
        _standard_number(page)
        or _number_before_series(page)
        or _series_in_cover_text(page)
        or _series_of_body(page)
        or cited_statement(page)
    )


def _split_number(page: _Page, line: Line, text: str) -> Cand | None:
    """The number of a series statement printed over two lines (:func:`_split_statement`):
    ``HRI Working Papers`` / ``No 412``; the series is the record's collection. A pair
    between menu items (``Research`` / ``Working Papers`` / ``No 2`` / ``Projects``) is a
    site's menu, no statement."""
    patterns = _split_statement(page.rules)
    if patterns is None or line.index == 0:
        return None
    name, number = patterns
    m = number.fullmatch(text)
    if m is None:
        return None
    above = page.layout.lines[line.index - 1]
    if above.zone != "main" or name.fullmatch(above.text.strip()) is None:
        return None
    lines = page.layout.lines
    if any(
        0 <= k < len(lines) and _menu_item(lines[k].text) for k in (line.index - 2, line.index + 1)
    ):
        return None  # 'Research' / 'Working Papers' / 'No 2' / 'Projects': a site's menu
    num = m.group("num")
    start = line.start + line.text.index(text) + m.start("num")
    page.memo["report-number"] = num
    page.memo["report-series"] = above.text.strip()
    return Cand(num, W_LINE, (start, start + len(num)), "a series statement over two lines")


#: words of a site's menu item at most (``Projects``, ``About us``)
MENU_ITEM_WORDS = 2


def _menu_item(text: str) -> bool:
    """A short line of capitalised words, no digit and no punctuation: a menu's item."""
    words = text.split()
    return 0 < len(words) <= MENU_ITEM_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


@functools.cache
def _series_tail(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A report series' name, its number and the issuing body after a comma, as a citation
    prints them (``MERIT Working Papers 2018-035, United Nations University``, ``Working
    papers 2016-27, University of X, Department of Economics``; the series names are the
    locales' ``[references].report``, a number word of their issue terms may stand between)."""
    series, numero = _series_terms(rules, 6)
    if not series:
        return None
    return re.compile(
        rf"(?P<series>.*?(?<!\w)(?:{_loc.alternation(series)}))(?!\w)\s*,?\s*"
        rf"(?:(?:{_loc.alternation(numero or ('No',))})(?:\.|(?![^\W\d_]))\s*)?"
        rf"(?P<num>[^\W_]*\d[\w./-]*)(?:,\s+(?P<body>[^\W\d_].*?))?[.\s]*",
        re.I,
    )


def split_report_series(
    value: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, str, str | None] | None:
    """A cited report series as its name, the report's number and the issuing body (or
    ``None`` where the value holds no number after a report series' name): ``MERIT Working
    Papers 2018-035, United Nations University`` → ``('MERIT Working Papers', '2018-035',
    'United Nations University')``."""
    pattern = _series_tail(rules)
    m = pattern.fullmatch(value.strip()) if pattern is not None else None
    if m is None:
        return None
    return m.group("series").strip(" ,"), m.group("num").rstrip(".,"), m.group("body")


#: a standard technical report number (the shape of ANSI/NISO Z39.23's STRN): the issuing
#: agency's report code in capitals (more codes after hyphens or slashes may follow), then
#: two groups of digits (a year and a sequence) joined by hyphens or slashes, and a letter
#: suffix: ``HBR-21-114T``, ``HBR-14-506CG``, ``HBE-2003-4012``, ``WP/21/77``,
#: ``HBL/TM-2019/1234``, ``MS-CIS-95-14``, the dash before a year lost from a PDF's text
#: (``HBL/TM2019-1234``); one group of digits is none (``COVID-19``, ``MIL-STD-810``)
_STRN = re.compile(
    r"(?P<num>[A-Z](?<![\w/.-][A-Z])[A-Z]{1,9}(?:[/-][A-Z]{1,8})*"  # (its first capital scanned for)
    r"(?:[-/]\d{2,4}|(?<=[A-Z])(?:19|20)\d\d)[-/]\d{1,6}[A-Z]{0,3})"
    r"(?![\w/-]|\.\d)"
)


@functools.cache
def _not_report_codes(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Codes of identifier schemes and standards with a report number's shape
    (``[words].not_report_codes``: ``CVE``; ``[words].standard_bodies``: ``ISO``): their
    numbers are no report's."""
    return frozenset(
        (*_loc.terms_of("words", rules, "not_report_codes"),
         *_loc.terms_of("words", rules, "standard_bodies"))
    )  # fmt: skip


@functools.cache
def _report_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A word of a report's kind or series (the locales' ``[types].report`` and
    ``[references].report``: ``Report``, ``Working Paper``, ``Policy brief``)."""
    terms = {
        *_loc.terms_of("types", rules, "report"),
        *_loc.terms_of("references", rules, "report"),
    }
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(tuple(terms))})(?!\w)", re.I)


#: lines near the top holding a report number's code alone at least (the running head of
#: a transcript's pages): a sign the code is the document's number
RUNNING_HEADS = 2


def _report_sign(page: _Page, label: str, code: str) -> bool:
    """A second sign that a code of a report number's shape is a report's: the label before
    it names the agency whose code opens the number (``Hbr ID: HBR-21-114T``), a report's
    or series' word stands on a line near the top that is no prose (a title, a label, a
    cover's line: ``Report to Congressional Committees``, ``Working Paper``), or the code
    stands alone on :data:`RUNNING_HEADS` lines or more (a transcript's pages under their
    running head). Without one such a code is a press release's, a job's, a tender's or a
    course's reference (``Ref: PR-2023-114``, ``Job ID: HR-2024-117``)."""
    agency = re.split(r"[-/]", code, maxsplit=1)[0].casefold()
    if agency in {w.casefold() for w in re.findall(r"[^\W\d_]+", label)}:
        return True
    top = page.layout.lines[:REPORT_LINES]
    if sum(line.text.strip() == code for line in top) >= RUNNING_HEADS:
        return True  # the code alone atop the document's pages: its running head
    pattern = _report_word(page.rules)
    if pattern is None:
        return False
    return any(
        line.zone == "main"
        and len(line.text.split()) < PROSE_WORDS
        and pattern.search(line.text) is not None
        for line in top
    )


def _standard_number(page: _Page) -> Cand | None:
    """A standard technical report number (:data:`_STRN`) near the top that opens a line
    (``HBR-21-114T`` over a testimony's title) or follows a label's colon on it (``ID:
    HBR-21-114T March 2, 2021``), with a second sign of a report
    (:func:`_report_sign`): the report's number (and the page a report's). Elsewhere in a
    line such a code is another report's (``as HBR-21-114T found``); a page of a shop
    prints its products' codes so, and an identifier scheme's or a standard's code
    (``CVE-2021-44228``; :func:`_not_report_codes`) is none."""
    if page.kind is not None and page.kind.name == "shop":
        return None
    for line in page.layout.lines[:REPORT_LINES]:
        if line.zone != "main" or not _DIGIT_RE.search(line.text):
            continue
        for m in _STRN.finditer(line.text):
            before = line.text[: m.start()].rstrip()
            if before and not before.endswith(":"):
                continue
            if re.split(r"[-/]", m.group("num"), maxsplit=1)[0] in _not_report_codes(page.rules):
                continue  # ('CVE-2021-44228': a vulnerability's identifier, no report's)
            if not _report_sign(page, before, m.group("num")):
                continue  # ('Ref: PR-2023-114' over a press release)
            num = m.group("num")
            start = line.start + m.start("num")
            page.memo["report-number"] = num
            return Cand(num, W_POS, (start, start + len(num)), "a standard report number")
    return None


@functools.cache
def _body_series(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A report series named after its issuing body, then the report's number (``Rapporter
    fra Biblioteksstyrelsen 4``, ``Reports from the Fen Institute No. 12``, ``Cuadernos del
    Banco de la Marisma 7``): a series term of the locales (``[references].report``), one
    word (a function word, checked by the caller), up to eight words of the body's name, a
    number word perhaps, and the number."""
    series, numero = _series_terms(rules, 3)
    if not series or not numero:
        return None
    words = _loc.alternation(numero)
    return re.compile(
        rf"{_series_start(series)}(?P<series>{_loc.alternation(series)})\s+(?P<conn>[^\W\d_]+)\s+"
        rf"(?P<body>[^\W\d_][\w.&'-]*(?:\s+[^\W\d_][\w.&'-]*){{0,7}}?)\.?\s+"
        rf"{_number_word(words)}(?P<num>\d[\w./-]{{0,12}}?){_NUMBER_END}",
        re.I,
    )


def _series_of_body(page: _Page) -> Cand | None:
    """A report's number from a series named after its issuing body near the top
    (:func:`_body_series`), the series capitalised and the body's name too (its words
    capitalised, or function words between them) holding a body's word of the locales
    (*Institute, Banco, -styrelsen*): the series is the record's collection and the body its
    publisher. A year alone with no number word (``Report of the Fen Institute 2019``) is no
    number, nor one that words in small letters follow (``Reports from Fen Institute 3 new
    studies``)."""
    pattern = _body_series(page.rules)
    if pattern is None:
        return None
    if not may_hold(page, term_keys(_series_terms(page.rules, 3)[0])):
        return None  # (no series term on the page)
    fw = closed_class(page.rules)
    for line in page.layout.lines[:REPORT_LINES]:
        if line.zone != "main" or not _DIGIT_RE.search(line.text):
            continue
        head = line.text[:COVER_CHARS]
        for m in pattern.finditer(head):
            words = m.group("body").split()
            lead = next((k for k, w in enumerate(words) if w.casefold() not in fw), len(words))
            body = words[lead:]  # ('of the Fen Institute': the article is no part of the name)
            if not m.group("series")[:1].isupper() or m.group("conn").casefold() not in fw:
                continue
            if not body or not (body[0][:1].isupper() and body[-1][:1].isupper()):
                continue
            if any(not w[:1].isupper() and w.casefold() not in fw for w in body):
                continue
            if not any(_body_word(w.strip(".,"), page.rules) for w in body):
                continue
            num = m.group("num")
            if not m.group("word") and _BARE_YEAR.fullmatch(num):
                continue  # ('Report of the Fen Institute 2019': a year)
            after = head[m.end() :].split(maxsplit=1)
            if after and after[0][:1].islower():
                continue  # ('… 3 new studies': a sentence)
            start = line.start + m.start("num")
            name = " ".join(body).rstrip(".")
            page.memo["report-number"] = num
            page.memo["report-series"] = " ".join(
                (m.group("series"), m.group("conn"), *words[:lead], name)
            )
            at = line.start + m.start("body") + m.group("body").index(body[0])
            page.memo.setdefault(
                "report-issuer",
                Cand(name, W_POS, (at, at + len(name)), "the body a report series is named after"),
            )
            return Cand(num, W_POS, (start, start + len(num)), "a series named after its body")
    return None


@functools.cache
def _number_first(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line that opens with a number word and the report's number, then a comma and the
    series' name (``No 20417, Harbour Discussion Papers from …``, ``No. 2018-1, Working
    Papers``, as a repository of working papers lists a paper's series; the series names are
    the locales' ``[references].report`` after at most four words of its issuing body)."""
    series, numero = _series_terms(rules, 3)
    if not series or not numero:
        return None
    return re.compile(
        rf"(?:{_loc.alternation(numero)})\.?\s*(?P<num>[\w./-]*\d[\w./-]*),\s+"
        rf"(?P<series>(?:[^\W\d_][\w.&'-]*\s+){{0,4}}?(?:{_loc.alternation(series)}))(?!\w)",
        re.I,
    )


def _number_before_series(page: _Page) -> Cand | None:
    """A report's number and series on a short line near the top that opens with the number
    (:func:`_number_first`), the series' name capitalised: the number is the report's, the
    series its collection. A phrase after the series (two lower-case words: ``No. 14,
    Annual Report of the committee``, a newsletter's issue line) makes it no series
    statement; its issuing body may follow (``from Harbour Institute``)."""
    pattern = _number_first(page.rules)
    if pattern is None:
        return None
    for line in page.layout.lines[:REPORT_LINES]:
        text = line.text.strip()
        if line.zone != "main" or len(text) > 80 or not _DIGIT_RE.search(text):
            continue
        m = pattern.match(text)
        if m is None or not m.group("series")[:1].isupper():
            continue  # ('No 1, the discussion paper says …': a sentence)
        if all(w[:1].islower() for w in text[m.end() :].split()[:2]) and text[m.end() :].strip():
            continue  # ('No. 14, Annual Report of the committee': a periodical's issue line)
        num = m.group("num")
        start = line.start + line.text.index(text) + m.start("num")
        page.memo["report-number"] = num
        name = m.group("series").strip()
        if len(name.split()) <= REPORT_SERIES_WORDS:
            page.memo["report-series"] = name
        page.memo["report-issuer"] = _issuer_after(
            text[m.end() :], line.start + line.text.index(text) + m.end(), page
        )
        return Cand(num, W_LINE, (start, start + len(num)), "a number before its series")
    return None


def _issuer_after(rest: str, at: int, page: _Page) -> Cand | None:
    """The issuing body after a series' name on its number-first line (``No 20417, Harbour
    Discussion Papers from Harbour Institute``, ``Documentos de Trabajo del Banco de la
    Marisma``): one function word of the locales, then the rest of the line, capitalised, no
    digit, a body's name (a publisher's or an organisation's word of the locales) or the
    series' own name again (``from H.I. Discussion Papers``): the report's publisher. A field
    of study after the series (``Working Papers in Economics``) names no body."""
    head = rest.split(maxsplit=1)
    if len(head) < 2 or head[0].casefold() not in closed_class(page.rules):
        return None
    body = head[1].strip(" .,;")
    if not body[:1].isupper() or _DIGIT_RE.search(body):
        return None
    words = body.split()
    if not (any(_body_word(w, page.rules) for w in words) or _names_report(words, page.rules)):
        return None  # 'Working Papers in Economics': a field, no body
    start = at + rest.index(head[1])
    return Cand(body, W_LINE, (start, start + len(body)), "the body after its series' name")


@functools.cache
def _number_word_line(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line that is a number word and a number, a month before it or a date after it
    (``N.° 14 - Octubre 2011``, ``March  Number 318``, ``No. 14/2011``; the number
    words are the locales' issue terms of :func:`_series_terms`, the months their
    ``[months]``)."""
    _, numero = _series_terms(rules, 3)
    if not numero:
        return None
    months = _loc.terms_of("months", rules)
    lead = rf"(?:(?P<month>{_loc.alternation(months)})\.?\s+)?" if months else ""
    return re.compile(
        rf"{lead}(?:{_loc.alternation(numero)})(?:\.|(?![^\W\d_]))\s*"
        rf"(?P<num>\d[\w./-]{{0,15}}?)(?:\s*[-–—,|]\s*(?P<date>[^\W\d_].{{2,30}}?))?\.?",
        re.I,
    )


#: a report's number within its year (``14/2011``, ``2016/3``)
_NUMBER_OF_YEAR = re.compile(rf"(?<!\d){year_pattern(1900, 2099)}(?!\d)")
#: characters of a report's number-word line at most (``N.° 14 - Octubre 2011``)
NUMBER_WORD_LINE_CHARS = 40


def number_word_line(page: _Page) -> Cand | None:
    """A report's number on a line of its own near the top (:func:`_number_word_line`),
    asked only of a page that other evidence already makes a report and that has no
    number, issue, volume or container: ``N.° 14 - Octubre 2011`` under a working
    paper's byline. The line dates the number: a month before it, a date after it, or a year
    within it (``No. 14/2011``); a number alone (``No 12``) is none, nor one whose words after
    it are no date (``No. 3 - Annex tables``). The first such line is the report's (a list
    of a series' reports prints its newest first)."""
    pattern = _number_word_line(page.rules)
    if pattern is None:
        return None
    for line in page.layout.lines[:REPORT_LINES]:
        text = line.text.strip()
        if line.zone != "main" or len(text) > NUMBER_WORD_LINE_CHARS or not _DIGIT_RE.search(text):
            continue
        m = pattern.fullmatch(text)
        if m is None:
            continue
        date = m.group("date")
        if date and parse_date(date, locales=page.rules, strict=False).value is None:
            continue  # ('No. 3 - Annex tables': a part's heading)
        num = m.group("num")
        if _BARE_YEAR.fullmatch(num):
            continue  # ('No. 2019': a year)
        if not (date or m.groupdict().get("month") or _NUMBER_OF_YEAR.search(num)):
            continue  # ('No 12' alone under a byline: no date says it is the report's)
        start = line.start + line.text.index(text) + m.start("num")
        return Cand(num, W_POS, (start, start + len(num)), "a number line on a report's page")
    return None
