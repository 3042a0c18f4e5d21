"""A report's series statement inside a citation of the page's own work: the series' name,
a report's word in it, a number word or a colon perhaps, and the report's number
(:mod:`comet.page.document_code`), as a style prints it in brackets after the title (APA's
``Title (Report No. 123).``, ``Title. (FenWorkingPaper: 21-0417).``) or as a part between
commas (``Title, Harbour Discussion Paper, No. 2019-03, Fen Institute``).

The reference reader knows no report series: it reads the bracket as a place or a note and
the part as a journal with its issue. Where a citation holds such a statement the cited work
is a report, the statement's number its number, the series' name (more than a report's
word) its collection; the publisher APA introduces with a retrieval phrase (``Retrieved
from Fen Institute: https://…``) is named without it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.caseless_terms import caseless
from comet.page.document_code import document_code
from comet.page.evidence import _DIGIT_RE, W_POS, Cand, _Page
from comet.page.name_checks import _type_term
from comet.page.publisher_holder import pointer_phrase
from comet.page.report_terms import _BARE_YEAR, REPORT_LINES, _series_terms

__all__ = ["cited_report", "cited_statement"]

#: characters of a series' name in a citation at most
SERIES_CHARS = 80
#: the fields the reference reader may have read a series statement into
_MISREAD = ("publisher-place", "container-title", "issue", "page", "volume", "note")


@functools.cache
def _report_terms(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' report series words (``[references].report``, but those whose
    ``[types]`` reading names another type: ``Preprint``), in lower case."""
    return tuple(
        t
        for t in caseless(_loc.terms_of("references", rules, "report"))
        if (pt := _type_term(t, rules)) is None or pt.csl_type == "report"
    )


#: words after a series' report word at most (``Working Paper Series in Fisheries``)
SERIES_TAIL_WORDS = 3


@functools.cache
def _statement(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A series statement after a bracket, a comma or a sentence's stop: a series' name (no
    bracket, comma, colon, semicolon or sentence's stop in it) with a report's word (:func:`_report_terms`,
    its words perhaps glued: ``FenWorkingPaper``) and at most :data:`SERIES_TAIL_WORDS` words
    after it, then a number word of the locales' issue terms or a colon, or a space before a
    code with a digit, then the code (digits a comma joins, ``2007,021``; a bracketed part
    glued after it) up to a bracket, a comma, a stop or a space."""
    terms = _report_terms(rules)
    if not terms:
        return None
    _series, numero = _series_terms(rules, 3)
    # (no number word in the locales: only a colon or a space goes before the code)
    words = _loc.alternation(numero) if numero else "(?!)"
    report = _loc.alternation(terms, space=r"\s*")  # ('FenWorkingPaper': its words glued)
    return re.compile(
        r"(?:(?<=\()|(?<=,)|(?<=\.\s))\s*"
        rf"(?P<series>(?:[^\W\d_](?:[^(),;:.]|\.(?!\s)){{0,{SERIES_CHARS}}}?)?"
        rf"(?P<term>{report})(?![^\W\d_])"
        rf"(?P<rest>(?:\s+[^\W\d_][^\s(),;:]*){{0,{SERIES_TAIL_WORDS}}}?))"
        rf"(?:\s*,?\s+(?P<word>{words})(?:\.|(?![^\W\d_]))\s*|\s*(?P<colon>:)\s*|\s+(?=[^\W_]*\d))"
        r"(?P<code>[^\W_](?:[^\s(),;]|(?<=\d),(?=\d))*(?:\([^\W_]{1,4}\))?)"
        r"(?=[\s,;)]|\.(?:\s|$)|$)",
        re.I,
    )


def _report_series(series: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``series`` is more than a report's word (``Harbour Discussion Paper``,
    ``FenWorkingPaper``, not ``Working Paper`` or ``Report``)."""
    key = " ".join(series.casefold().split())
    return key not in _report_terms(rules) and key.replace(" ", "") not in {
        t.replace(" ", "") for t in _report_terms(rules)
    }


def _find(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str, str] | None:
    """The series' name, the report's number and the statement's text of the first series
    statement of ``text`` (:func:`_statement`) whose number is a code with a digit. Without
    a number word or a colon before the number, the report's word is of two words or more
    (``Fen Working Paper 12``; ``Weekly Report 69`` is a journal's volume), none follows it
    (``Working Paper 2019 Outlook 3``) and the number is no year alone (``Annual Report
    2019``)."""
    pattern = _statement(rules)
    if pattern is None or not any(c.isdigit() for c in text):
        return None
    at = 0
    while (m := pattern.search(text, at)) is not None:
        at = m.start() + 1
        if not (m.group("word") or m.group("colon")) and (
            m.group("rest")
            or " " not in m.group("term").strip()  # ('Weekly Report 69(12)': a journal's)
            or _BARE_YEAR.fullmatch(m.group("code"))  # ('Annual Report 2019': a year)
        ):
            continue
        code = document_code(m.group("code"))
        if code is None or code != m.group("code"):
            continue
        return m.group("series").strip(" ,"), code, m.group().strip()
    return None


def cited_report(item: dict[str, Any], text: str, rules: tuple[_loc.LocaleRules, ...]) -> None:
    """Mend a citation's CSL ``item`` read from ``text`` where it holds a report's series
    statement (:func:`_find`): the type ``report``, the statement's number, its series as
    the collection (a name that is more than a report's word), and the fields the reference
    reader read the statement into dropped; a publisher a retrieval phrase opens is named
    without it."""
    found = _find(text, rules)
    if found is None:
        return
    series, code, inner = found
    for key in _MISREAD:
        value = str(item.get(key) or "")
        if value and (value.strip("() .") in inner or code in value or series in value):
            del item[key]
    item["type"] = "report"
    item["number"] = code
    if _report_series(series, rules):
        item["collection-title"] = series
    publisher = item.get("publisher")
    retrieval = pointer_phrase(rules)
    if isinstance(publisher, str) and retrieval is not None:
        item["publisher"] = retrieval.sub("", publisher, count=1)


@functools.cache
def _cite_label(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A citation's label and its colon anywhere in a line (the locales'
    ``[labels].cite_this``: ``Suggested Citation:``, ``Cite as:``), as a transcript glues a
    cover's lines into one (``… Provided in Cooperation with: … Suggested Citation: …``)."""
    terms = _loc.terms_of("labels", rules, "cite_this")
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(caseless(terms))})\s*:", re.I)


#: characters after a citation's label where its series statement is looked for
CITED_CHARS = 400


def cited_statement(page: _Page) -> Cand | None:
    """A report's number from the series statement (:func:`_find`) of a citation of the
    page's own work near the top, read after its label (``Suggested Citation: Roe, Jane
    (2019) : Title, Fen Discussion Paper, No. 2019-03``) where the citation reader read no
    citation from it (a transcript's cover glued into one long line): the number, its series
    the record's collection. Position evidence."""
    label = _cite_label(page.rules)
    if label is None:
        return None
    for line in page.layout.lines[:REPORT_LINES]:
        if line.zone != "main" or ":" not in line.text or not _DIGIT_RE.search(line.text):
            continue
        for m in label.finditer(line.text):
            tail = line.text[m.end() : m.end() + CITED_CHARS]
            found = _find(tail, page.rules)
            if found is None:
                continue
            series, code, statement = found
            at = line.start + m.end() + tail.index(statement)
            start = at + statement.rindex(code)
            page.memo["report-number"] = code
            if _report_series(series, page.rules):
                page.memo["report-series"] = series
            return Cand(code, W_POS, (start, start + len(code)), "a series statement cited")
    return None
